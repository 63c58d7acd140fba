import { verifierFormulaire } from '@mse/shared/demande/formulaire/formulaires';
import { lireNumeroDossier } from '@mse/shared/demande/numero';
import { referentielParDefaut } from '@mse/shared/referentiel/referentiel-par-defaut';
import { transition } from '@mse/shared/demande/statut';
import { STATUTS_DEMANDE, type ActionDemande, type StatutDemande } from '@mse/shared/demande/statut.schema';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test/database';
import { compteursDossiers, demandes, historiqueDemandes, utilisateurs } from './schema';
import { seedDemoIfEmpty } from './seed';

describe('les demandes de démonstration', async () => {
  const { db } = await testDatabase();
  await seedDemoIfEmpty(db, new Date('2026-11-22T09:00:00Z'));
  const toutes = await db.select({ d: demandes, email: utilisateurs.email }).from(demandes).innerJoin(utilisateurs, eq(utilisateurs.id, demandes.creePar));
  const de = (email: string) => toutes.filter((t) => t.email === email).map((t) => t.d);

  it('donnent quelques dizaines de demandes au compte de 12 établissements, réparties sur eux, quelques-unes au boulanger et deux au fleuriste', () => {
    const cecile = de('cecile.moreau@aidomi-provence.test');
    expect(cecile.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cecile.map((d) => d.etablissementId)).size).toBe(12);
    expect(de('julien.martin@au-pain-dore.test').length).toBe(5);
    expect(de('sophie.bernard@fleurs-de-lys.test').length).toBe(2);
  });

  it('ont un contenu complet, tel que le formulaire l’aurait envoyé : le gestionnaire examine un vrai dossier', () => {
    for (const { d } of toutes) {
      const jour = (d.envoyeLe ?? new Date('2026-11-22T09:00:00Z')).toISOString().slice(0, 10);
      const { problemes, controles } = verifierFormulaire(d.dispositif, d.donnees, referentielParDefaut, jour);
      expect(controles.length, `${d.numero ?? d.id} : ${JSON.stringify(problemes)}`).toBeGreaterThan(0);
      expect(d.beneficiaire).toMatch(/^\S+ [A-ZÀ-Ý' -]+$/);
    }
  });

  it('couvrent tous les statuts et les quatre dispositifs', () => {
    expect(new Set(toutes.map((t) => t.d.statut))).toEqual(new Set(STATUTS_DEMANDE));
    expect(new Set(toutes.map((t) => t.d.dispositif))).toEqual(new Set(['apprentissage', 'professionnalisation', 'pro_a', 'action_individuelle']));
    expect(new Set(de('cecile.moreau@aidomi-provence.test').map((d) => d.statut))).toEqual(new Set(STATUTS_DEMANDE));
  });

  it('numérotent chaque demande envoyée selon son dispositif et l’année d’envoi, sans doublon, et laissent les brouillons sans numéro', async () => {
    for (const { d } of toutes) {
      if (d.statut === 'brouillon') {
        expect(d.numero).toBeNull();
        continue;
      }
      const lu = lireNumeroDossier(d.numero ?? '');
      expect(lu, d.numero ?? 'sans numéro').toMatchObject({ dispositif: d.dispositif, annee: d.envoyeLe!.getUTCFullYear() });
    }
    const numeros = toutes.map((t) => t.d.numero).filter(Boolean);
    expect(new Set(numeros).size).toBe(numeros.length);
    const compteurs = await db.select().from(compteursDossiers);
    for (const numero of numeros) {
      const { annee, rang } = lireNumeroDossier(numero!)!;
      const prefixe = numero!.split('-')[0];
      expect(compteurs.find((c) => c.prefixe === prefixe && c.annee === annee)!.dernier).toBeGreaterThanOrEqual(rang);
    }
  });

  it('ont une ligne d’historique par changement de statut, que la machine à états accepte, jusqu’au statut actuel', async () => {
    for (const { d } of toutes) {
      const lignes = await db.select().from(historiqueDemandes).where(eq(historiqueDemandes.demandeId, d.id)).orderBy(asc(historiqueDemandes.creeLe));
      expect(lignes[0]).toMatchObject({ action: 'creer', de: null, vers: 'brouillon' });
      let statut: StatutDemande = 'brouillon';
      for (const l of lignes.slice(1)) {
        expect(l.de).toBe(statut);
        const r = transition(statut, l.action as ActionDemande);
        expect(r).toEqual({ ok: true, statut: l.vers });
        statut = l.vers;
      }
      expect(statut).toBe(d.statut);
      expect(lignes.at(-1)!.creeLe.getTime()).toBeLessThanOrEqual(new Date('2026-11-22T09:00:00Z').getTime());
      if (['refuse', 'annule', 'a_completer'].includes(d.statut)) expect(lignes.at(-1)!.motif).toBeTruthy();
    }
  });

  it('portent bénéficiaire, formation, organisme, dates et montant, et un montant engagé une fois prises en charge', () => {
    for (const { d } of toutes) {
      expect(d).toMatchObject({ beneficiaire: expect.any(String), intituleFormation: expect.any(String), organisme: expect.any(String) });
      expect(d.organismeSiret).toMatch(/^\d{14}$/);
      expect(d.dateFin! >= d.dateDebut!).toBe(true);
      expect(d.montantEstimeCentimes).toBeGreaterThan(0);
      expect(d.montantEngageCentimes !== null).toBe(['pris_en_charge', 'facturation_en_cours', 'solde'].includes(d.statut));
    }
  });
});
