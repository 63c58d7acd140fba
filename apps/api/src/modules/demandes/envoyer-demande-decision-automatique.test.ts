import { ajouterJours } from '@mse/shared/commun/dates';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { MOTIF_DECISION_AUTOMATIQUE } from '@mse/shared/instruction/decision-automatique';
import { and, asc, desc, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demandes, emails, etablissements, historiqueDemandes, utilisateurs } from '../../db/schema';
import { creerSession } from '../identite/sessions.repository';
import { dateDuJour } from '../referentiel/date-du-jour';
import { BOULANGER, PDF, preparer } from './demandes.test-helper';

describe('la décision automatique à l’envoi', async () => {
  const { db, ctx, app, employeur } = await preparer();
  const julien = await employeur(BOULANGER);
  const [auPainDore] = await db.select().from(etablissements).where(eq(etablissements.raisonSociale, 'AU PAIN DORÉ'));
  const aujourdhui = dateDuJour(ctx.clock.now);

  async function personnel(email: string) {
    const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
    const { token, csrfToken } = await creerSession(db, { utilisateurId: u!.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    const headers = { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken };
    return {
      get: (url: string) => app.inject({ url, headers }),
      put: (url: string, payload: object) => app.inject({ method: 'PUT', url, payload, headers }),
    };
  }
  const administrateur = await personnel('administrateur@opco.test');
  const gestionnaire = await personnel('gestionnaire@opco.test');

  /** A complete request with its pieces, sent; `jour` is the day the example was filled in (contract start two days before). */
  async function envoyer(dispositif: Dispositif, jour = aujourdhui) {
    const donnees = exempleComplet(dispositif, jour);
    const brouillon = await julien.brouillon(dispositif, donnees);
    for (const p of FORMULAIRES[dispositif].piecesRequises(donnees)) {
      expect((await julien.deposer(brouillon.id, p.type, { nom: `${p.type}.pdf`, octets: PDF })).statusCode).toBe(201);
    }
    const res = await julien.post(`/api/demandes/${brouillon.id}/envoi`, { version: brouillon.version });
    expect(res.statusCode).toBe(200);
    const [ligne] = await db.select().from(demandes).where(eq(demandes.id, brouillon.id));
    const historique = await db.select().from(historiqueDemandes).where(eq(historiqueDemandes.demandeId, brouillon.id)).orderBy(asc(historiqueDemandes.id));
    return { reponse: res.json(), ligne: ligne!, historique };
  }
  const mailsDe = (numero: string) => db.select().from(emails).where(and(eq(emails.destinataire, BOULANGER), like(emails.sujet, `%${numero}%`))).orderBy(desc(emails.creeLe));

  it('accepte à l’envoi une demande d’apprentissage dont tous les contrôles passent, au montant du moteur, avec son échéancier, et le dit', async () => {
    const { reponse, ligne, historique } = await envoyer('apprentissage');
    expect(reponse.statut).toBe('pris_en_charge');
    expect(ligne).toMatchObject({ statut: 'pris_en_charge', decisionAutomatique: true, decideLe: ctx.clock.now, envoyeLe: ctx.clock.now });
    expect(ligne.montantEngageCentimes).toBe(ligne.montantEstimeCentimes);
    expect(ligne.montantEngageCentimes).toBeGreaterThan(0);
    const echeancier = ligne.echeancier as { montantCentimes: number }[];
    expect(echeancier.length).toBeGreaterThan(1);
    expect(echeancier.reduce((s, e) => s + e.montantCentimes, 0)).toBe(ligne.montantEngageCentimes);
    expect(historique.map((h) => [h.action, h.acteur, h.vers])).toEqual([
      ['soumettre', 'entreprise', 'envoye'],
      ['accepter', 'automatique', 'pris_en_charge'],
    ]);
    expect(historique[0]!.details).toEqual({ controlesEnEchec: [] });
    expect(historique[1]).toMatchObject({ motif: MOTIF_DECISION_AUTOMATIQUE, utilisateurId: null, details: expect.objectContaining({ decisionAutomatique: true, montantCentimes: ligne.montantEngageCentimes }) });
    const mails = await mailsDe(ligne.numero!);
    expect(mails.map((m) => m.sujet).sort()).toEqual([`Accusé de réception de votre demande n° ${ligne.numero} – Opco EP`, `Votre demande n° ${ligne.numero} est prise en charge – Opco EP`]);
    expect(mails.find((m) => m.sujet.includes('prise en charge'))!.texte).toContain(MOTIF_DECISION_AUTOMATIQUE);
  });

  it('laisse « Envoyé » une action individuelle (décision automatique coupée pour ce dispositif)', async () => {
    const { ligne, historique } = await envoyer('action_individuelle');
    expect(ligne).toMatchObject({ statut: 'envoye', decisionAutomatique: false, montantEngageCentimes: null, echeancier: null });
    expect(historique.map((h) => h.action)).toEqual(['soumettre']);
  });

  it('laisse « Envoyé » une demande dont un contrôle échoue, et la range dans « Contrôles en échec » avec le contrôle en cause', async () => {
    const { ligne, historique } = await envoyer('professionnalisation', ajouterJours(aujourdhui, -40));
    expect(ligne.statut).toBe('envoye');
    const echecs = historique[0]!.details.controlesEnEchec as { code: string; message: string }[];
    expect(echecs.map((e) => e.code)).toContain('DEPOT_HORS_DELAI');
    const corbeille = (await gestionnaire.get('/api/opco/demandes?corbeille=controles_en_echec&tri=recentes')).json();
    const rangee = corbeille.demandes.find((d: { numero: string }) => d.numero === ligne.numero);
    expect(rangee.controlesEnEchec).toEqual(echecs.map((e) => e.message));
    expect(corbeille.compteurs.controles_en_echec).toBe(corbeille.demandes.length);
    const detail = (await gestionnaire.get(`/api/opco/demandes/${ligne.numero}`)).json();
    expect(detail.controlesEnEchec).toEqual(echecs.map((e) => e.message));
    expect(detail.historique[0].precisions).toEqual(echecs.map((e) => `Contrôle en échec : ${e.message}`));
  });

  it('suit le réglage de l’administrateur : une branche coupée l’emporte sur son dispositif, et la retrouve une fois l’exception retirée', async () => {
    const idcc = auPainDore!.idcc;
    const coupe = await administrateur.put('/api/opco/parametres/decision-automatique', { dispositif: 'pro_a', idcc, active: false });
    expect(coupe.statusCode).toBe(200);
    expect(coupe.json().exceptions).toContainEqual(expect.objectContaining({ dispositif: 'pro_a', idcc, active: false }));
    expect(coupe.json().dispositifs).toContainEqual({ dispositif: 'pro_a', active: true });
    expect((await envoyer('pro_a')).ligne.statut).toBe('envoye');

    const retire = await administrateur.put('/api/opco/parametres/decision-automatique', { dispositif: 'pro_a', idcc, active: null });
    expect(retire.json().exceptions.filter((e: { dispositif: string }) => e.dispositif === 'pro_a')).toEqual([]);
    expect((await envoyer('pro_a')).ligne).toMatchObject({ statut: 'pris_en_charge', decisionAutomatique: true });

    await administrateur.put('/api/opco/parametres/decision-automatique', { dispositif: 'pro_a', active: false });
    expect((await envoyer('pro_a')).ligne.statut).toBe('envoye');
    await administrateur.put('/api/opco/parametres/decision-automatique', { dispositif: 'pro_a', active: true });
  });

  it('réserve le réglage à l’administrateur (403 au gestionnaire, 404 à l’employeur, 401 sans session) et explique une saisie invalide', async () => {
    expect((await gestionnaire.get('/api/opco/parametres/decision-automatique')).statusCode).toBe(403);
    expect((await gestionnaire.put('/api/opco/parametres/decision-automatique', { dispositif: 'pro_a', active: false })).statusCode).toBe(403);
    expect((await julien.get('/api/opco/parametres/decision-automatique')).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/opco/parametres/decision-automatique' })).statusCode).toBe(401);
    const inconnue = await administrateur.put('/api/opco/parametres/decision-automatique', { dispositif: 'pro_a', idcc: '0001', active: true });
    expect(inconnue.statusCode).toBe(422);
    expect(inconnue.json().erreur.champs).toEqual([{ chemin: 'idcc', message: 'Cette branche n’est pas une branche de l’OPCO.' }]);
    const sansChoix = await administrateur.put('/api/opco/parametres/decision-automatique', { dispositif: 'pro_a', active: null });
    expect(sansChoix.statusCode).toBe(400);
    expect(sansChoix.json().erreur.champs).toEqual([{ chemin: 'active', message: 'Indiquez si la décision automatique est activée.' }]);
    const lu = (await administrateur.get('/api/opco/parametres/decision-automatique')).json();
    expect(lu.dispositifs).toEqual([
      { dispositif: 'action_individuelle', active: false },
      { dispositif: 'apprentissage', active: true },
      { dispositif: 'professionnalisation', active: true },
      { dispositif: 'pro_a', active: true },
    ]);
    expect(lu.branches.length).toBeGreaterThan(10);
  });
});
