import { count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { COMPTES_DEMO, groupeMultiSiret } from '../db/demo-data';
import { accesEtablissements, demandes, etablissements, utilisateurs } from '../db/schema';
import { seedDemoIfEmpty } from '../db/seed';
import { testDatabase } from '../test/database';
import { actionsAccueil, actionsDossier, actionsLigneFinancement, actionsSurLaDemande, demandeVisiblePar, exigerActionDossier, exigerDemandeurDeFinancement } from './demandes';
import type { Employeur } from './espaces';

describe('qui voit quelles demandes de financement', async () => {
  const { db } = await testDatabase();
  await seedDemoIfEmpty(db, new Date('2026-11-22T09:00:00Z'));
  const employeurs = (await db.select().from(utilisateurs).where(inArray(utilisateurs.email, COMPTES_DEMO.map((c) => c.email)))) as Employeur[];
  const cecile = employeurs.find((u) => u.email === 'cecile.moreau@aidomi-provence.test')!;
  const julien = employeurs.find((u) => u.email === 'julien.martin@au-pain-dore.test')!;
  const nombre = async (e: Employeur) => (await db.select({ n: count() }).from(demandes).where(demandeVisiblePar(e)))[0]!.n;

  it('le propriétaire voit toutes les demandes de son compte, et aucune d’un autre', async () => {
    const [duCompte] = await db.select({ n: count() }).from(demandes).where(eq(demandes.compteId, cecile.compteId));
    expect(await nombre(cecile)).toBe(duCompte!.n);
    const ids = (await db.select({ compteId: demandes.compteId }).from(demandes).where(demandeVisiblePar(julien))).map((d) => d.compteId);
    expect(new Set(ids)).toEqual(new Set([julien.compteId]));
  });

  it('un collègue ne voit que les demandes des établissements qui lui sont accordés', async () => {
    const [u] = await db.insert(utilisateurs).values({ email: 'lea@aidomi-provence.test', nom: 'L', prenom: 'Léa', role: 'lecture_seule', compteId: cecile.compteId }).returning();
    expect(await nombre(u as Employeur)).toBe(0);
    const [nice] = await db.select({ id: etablissements.id }).from(etablissements).where(eq(etablissements.siret, groupeMultiSiret()[4]!.siret));
    await db.insert(accesEtablissements).values({ utilisateurId: u!.id, etablissementId: nice!.id });
    const [surNice] = await db.select({ n: count() }).from(demandes).where(eq(demandes.etablissementId, nice!.id));
    expect(surNice!.n).toBeGreaterThan(0);
    expect(await nombre(u as Employeur)).toBe(surNice!.n);
  });

  it.each([
    ['proprietaire', ['demanderFinancement']],
    ['collaborateur', ['demanderFinancement']],
    ['lecture_seule', []],
  ] as const)('propose à un %s de demander un financement : %j', (role, attendu) => {
    expect(actionsAccueil({ ...cecile, role })).toEqual(attendu);
  });

  it.each([
    ['proprietaire', 'brouillon', ['enregistrer', 'envoyer', 'supprimer', 'dupliquer', 'deposerPiece']],
    ['collaborateur', 'brouillon', ['enregistrer', 'envoyer', 'supprimer', 'dupliquer', 'deposerPiece']],
    ['lecture_seule', 'brouillon', []],
    ['proprietaire', 'envoye', ['dupliquer']],
    ['collaborateur', 'pris_en_charge', ['dupliquer']],
    ['lecture_seule', 'refuse', []],
  ] as const)('permet à un %s, sur une demande au statut %s : %j', (role, statut, attendu) => {
    expect(actionsSurLaDemande({ ...cecile, role }, { statut })).toEqual(attendu);
  });

  it('refuse à un collègue en lecture seule de remplir une demande (403), pas aux autres', () => {
    expect(() => exigerDemandeurDeFinancement({ ...cecile, role: 'lecture_seule' })).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => exigerDemandeurDeFinancement({ ...cecile, role: 'collaborateur' })).not.toThrow();
  });

  it.each([
    ['proprietaire', 'brouillon', ['reprendre', 'dupliquer', 'supprimer']],
    ['collaborateur', 'brouillon', ['reprendre', 'dupliquer', 'supprimer']],
    ['lecture_seule', 'brouillon', ['consulter']],
    ['proprietaire', 'envoye', ['consulter']],
    ['collaborateur', 'refuse', ['consulter']],
  ] as const)('dans Mes financements, donne à un %s sur une demande au statut %s : %j', (role, statut, attendu) => {
    expect(actionsLigneFinancement({ ...cecile, role }, statut)).toEqual(attendu);
  });

  it.each([
    ['proprietaire', 'brouillon', []],
    ['proprietaire', 'envoye', ['annuler', 'dupliquer', 'ecrireMessage']],
    ['collaborateur', 'en_cours_de_traitement', ['annuler', 'dupliquer', 'ecrireMessage']],
    ['proprietaire', 'a_completer', ['annuler', 'deposerPiece', 'corrigerChamps', 'envoyerComplements', 'dupliquer', 'ecrireMessage']],
    ['proprietaire', 'pris_en_charge', ['demanderRemboursement', 'dupliquer', 'ecrireMessage']],
    ['collaborateur', 'facturation_en_cours', ['demanderRemboursement', 'dupliquer', 'ecrireMessage']],
    ['proprietaire', 'solde', ['dupliquer', 'ecrireMessage']],
    ['proprietaire', 'annule', ['dupliquer', 'ecrireMessage']],
    ['proprietaire', 'refuse', ['dupliquer', 'ecrireMessage']],
    ['lecture_seule', 'a_completer', []],
    ['lecture_seule', 'pris_en_charge', []],
  ] as const)('sur la page du dossier, donne à un %s sur une demande au statut %s : %j', (role, statut, attendu) => {
    expect(actionsDossier({ ...cecile, role }, { statut })).toEqual(attendu);
  });

  it('refuse une commande du dossier : 403 en lecture seule, 409 quand le statut ne la permet plus', () => {
    expect(() => exigerActionDossier({ ...cecile, role: 'lecture_seule' }, { statut: 'envoye' }, 'annuler')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => exigerActionDossier({ ...cecile, role: 'proprietaire' }, { statut: 'pris_en_charge' }, 'annuler')).toThrow(expect.objectContaining({ status: 409 }));
    expect(() => exigerActionDossier({ ...cecile, role: 'proprietaire' }, { statut: 'en_cours_de_traitement' }, 'envoyerComplements')).toThrow(expect.objectContaining({ status: 409 }));
    expect(() => exigerActionDossier({ ...cecile, role: 'collaborateur' }, { statut: 'a_completer' }, 'envoyerComplements')).not.toThrow();
  });
});
