import { ajouterJours } from '@mse/shared/commun/dates';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demandes } from '../../db/schema';
import { dateDuJour } from '../referentiel/date-du-jour';
import { BOULANGER, preparerInstruction } from './instruction.test-helper';

describe('enregistrer la rupture d’un contrat d’apprentissage', async () => {
  const t = await preparerInstruction();
  const gestionnaire = await t.connecter('gestionnaire@opco.test');
  const superviseur = await t.connecter('superviseur@opco.test');
  const employeur = await t.connecter(BOULANGER);
  const aujourdhui = dateDuJour(t.ctx.clock.now);

  /** An apprenticeship taken in charge at the engine's amount, its contract started about 60 days ago. */
  async function prisEnCharge(statut: 'pris_en_charge' | 'facturation_en_cours' = 'pris_en_charge') {
    const d = await t.demande('apprentissage', 'en_cours_de_traitement', { joursDepuisComplet: 58 });
    const accord = await gestionnaire.post(`/api/opco/demandes/${d.numero}/accepter`, {});
    expect(accord.statusCode, accord.body).toBe(200);
    if (statut === 'facturation_en_cours') await t.db.update(demandes).set({ statut }).where(eq(demandes.id, d.id));
    return { ...d, engage: (await t.lire(d.numero!)).montantEngageCentimes! };
  }

  it('proratise au jour le montant engagé, garde la date et la cause, écrit l’historique et prévient l’employeur', async () => {
    const d = await prisEnCharge();
    expect(d.engage).toBeGreaterThan(0);
    const date = ajouterJours(aujourdhui, -1);
    const res = await gestionnaire.post(`/api/opco/demandes/${d.numero}/enregistrer-rupture`, { date, motif: 'commun_accord', precision: 'Réorientation de l’apprentie' });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail.statut).toBe('pris_en_charge');
    expect(detail.rupture).toEqual({ date, motif: 'Rupture d’un commun accord — Réorientation de l’apprentie' });
    expect(detail.actions).not.toContain('enregistrerRupture');
    const ligne = await t.lire(d.numero!);
    expect(ligne.ruptureLe).toBe(date);
    expect(ligne.montantEngageCentimes).toBeLessThan(d.engage);
    expect(ligne.montantEngageCentimes).toBeGreaterThan(0);
    expect((ligne.echeancier as { montantCentimes: number }[]).reduce((s, e) => s + e.montantCentimes, 0)).toBe(ligne.montantEngageCentimes);
    expect((await t.historique(d.id)).at(-1)).toMatchObject({
      action: 'enregistrerRupture',
      acteur: 'opco',
      de: 'pris_en_charge',
      vers: 'pris_en_charge',
      details: expect.objectContaining({ dateRupture: date, codeMotif: 'commun_accord', montantCentimes: ligne.montantEngageCentimes, montantPrecedentCentimes: d.engage }),
    });
    expect(detail.historique.at(-1)).toMatchObject({ libelle: 'Rupture du contrat enregistrée', precisions: expect.arrayContaining([expect.stringMatching(/^Montant engagé : /), expect.stringMatching(/^Date de rupture : /)]) });
    const mail = (await t.emailsDe(d.numero!)).at(-1)!;
    expect(mail.sujet).toContain('rupture du contrat enregistrée');
    expect(mail.texte).toContain('Cause : Rupture d’un commun accord — Réorientation de l’apprentie');

    const encore = await superviseur.post(`/api/opco/demandes/${d.numero}/enregistrer-rupture`, { date, motif: 'licenciement' });
    expect(encore.statusCode).toBe(409);
    expect(encore.json().erreur.message).toBe('La rupture de ce contrat est déjà enregistrée.');
  });

  it('s’enregistre aussi en facturation, mais ni sur un autre dispositif ni avant la prise en charge (409)', async () => {
    const facturation = await prisEnCharge('facturation_en_cours');
    expect((await gestionnaire.post(`/api/opco/demandes/${facturation.numero}/enregistrer-rupture`, { date: ajouterJours(aujourdhui, -2), motif: 'periode_probatoire' })).statusCode).toBe(200);
    const pro = await t.demande('professionnalisation', 'pris_en_charge');
    const refus = await gestionnaire.post(`/api/opco/demandes/${pro.numero}/enregistrer-rupture`, { date: aujourdhui, motif: 'commun_accord' });
    expect(refus.statusCode).toBe(409);
    expect(refus.json().erreur.message).toBe('Une rupture ne s’enregistre que sur un contrat d’apprentissage.');
    const envoyee = await t.demande('apprentissage', 'envoye');
    expect((await gestionnaire.post(`/api/opco/demandes/${envoyee.numero}/enregistrer-rupture`, { date: aujourdhui, motif: 'commun_accord' })).statusCode).toBe(409);
  });

  it('explique une date hors du contrat ou à venir, et une cause hors liste, sur leur champ', async () => {
    const d = await prisEnCharge();
    const avant = await gestionnaire.post(`/api/opco/demandes/${d.numero}/enregistrer-rupture`, { date: ajouterJours(aujourdhui, -400), motif: 'commun_accord' });
    expect(avant.statusCode).toBe(422);
    expect(avant.json().erreur.champs).toEqual([{ chemin: 'date', message: 'La date de rupture précède le début du contrat.' }]);
    const futur = await gestionnaire.post(`/api/opco/demandes/${d.numero}/enregistrer-rupture`, { date: ajouterJours(aujourdhui, 3), motif: 'commun_accord' });
    expect(futur.json().erreur.champs).toEqual([{ chemin: 'date', message: 'La date de rupture ne peut pas être dans le futur.' }]);
    const cause = await gestionnaire.post(`/api/opco/demandes/${d.numero}/enregistrer-rupture`, { date: aujourdhui, motif: 'lassitude' });
    expect(cause.statusCode).toBe(400);
    expect(cause.json().erreur.champs).toEqual([{ chemin: 'motif', message: 'Choisissez la cause de la rupture.' }]);
    expect((await t.lire(d.numero!)).ruptureLe).toBeNull();
    expect((await employeur.post(`/api/opco/demandes/${d.numero}/enregistrer-rupture`, { date: aujourdhui, motif: 'commun_accord' })).statusCode).toBe(404);
  });
});
