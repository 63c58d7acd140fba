import fs from 'node:fs';
import path from 'node:path';
import { formaterNumeroDossier } from '@mse/shared/demande/numero';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accesEtablissements, audit, compteEtablissements, demandes, emails, etablissements, historiqueDemandes, utilisateurs } from '../../db/schema';
import { piecesDemandes } from '../../db/schema-demandes';
import { messagesDemandes, piecesJointesMessagesDemandes, piecesRemboursements, remboursements } from '../../db/schema-suivi';
import { BOULANGER, preparerInstruction } from '../instruction/instruction.test-helper';
import { purgerArchive, purgerArchives } from './purger-archives';
import { traiterBrouillonInactif, traiterBrouillonsInactifs } from './relancer-brouillons';

const JOUR_MS = 86_400_000;
const MULTI = 'cecile.moreau@aidomi-provence.test';

describe('RGPD : brouillons inactifs, archives échues, téléchargement de mes données', async () => {
  const t = await preparerInstruction();
  const { db } = t;
  const ctx = (now: Date, config = t.ctx.config) => ({ database: t.ctx.database, config, now, ip: 'minuterie' });
  const NOW = t.ctx.clock.now; // 2026-11-22T09:00Z
  const ilYa = (jours: number) => new Date(NOW.getTime() - jours * JOUR_MS);
  let rang = 0;

  /** A file really stored under FILES_DIR, as the upload helpers do. */
  function fichierStocke(nom: string) {
    const cle = `demandes/2026/${crypto.randomUUID()}`;
    fs.mkdirSync(path.join(t.filesDir, 'demandes/2026'), { recursive: true });
    fs.writeFileSync(path.join(t.filesDir, cle), `%PDF-1.4 ${nom}`);
    return { nomFichier: nom, typeMime: 'application/pdf', taille: 12, sha256: 'a'.repeat(64), cle };
  }
  const existe = (cle: string) => fs.existsSync(path.join(t.filesDir, cle));

  async function brouillon(modifieLe: Date, options: { beneficiaire?: string } = {}) {
    const [ligne] = await db
      .insert(demandes)
      .values({ dispositif: 'apprentissage', statut: 'brouillon', compteId: t.boulanger.compteId!, etablissementId: t.site.id, creePar: t.boulanger.id, donnees: {}, beneficiaire: options.beneficiaire ?? 'Léa DUPONT', creeLe: modifieLe, modifieLe })
      .returning();
    return ligne!;
  }

  async function archive(statut: StatutDemande, modifieLe: Date) {
    const [ligne] = await db
      .insert(demandes)
      .values({
        numero: formaterNumeroDossier('apprentissage', 2015, 800_000 + ++rang), dispositif: 'apprentissage', statut, compteId: t.boulanger.compteId!, etablissementId: t.site.id,
        creePar: t.boulanger.id, donnees: { apprenti: { nom: 'ANCIEN' } }, beneficiaire: 'Paul ANCIEN', dateFin: '2015-06-30', envoyeLe: modifieLe, decideLe: modifieLe, creeLe: modifieLe, modifieLe,
      })
      .returning();
    await db.insert(historiqueDemandes).values({ demandeId: ligne!.id, action: 'soumettre', de: 'brouillon', vers: 'envoye', acteur: 'entreprise', utilisateurId: t.boulanger.id, creeLe: modifieLe });
    return ligne!;
  }

  const lignesAudit = (evenement: string, demandeId: string) =>
    db.select().from(audit).where(and(eq(audit.evenement, evenement), sql`${audit.details}->>'demandeId' = ${demandeId}`)).orderBy(asc(audit.sequence));
  const relances = (id: string) => db.select().from(emails).where(and(eq(emails.destinataire, BOULANGER), like(emails.texte, `%/demandes/${id}/modifier%`))).orderBy(asc(emails.creeLe));
  const ligne = async (id: string) => (await db.select().from(demandes).where(eq(demandes.id, id)))[0];

  it('relance à 10 puis 11 mois, une seule fois chacune même relancée, puis supprime à 12 mois avec les fichiers', async () => {
    const b = await brouillon(new Date('2026-01-10T10:00:00Z'));
    const piece = fichierStocke('cerfa.pdf');
    await db.insert(piecesDemandes).values({ demandeId: b.id, type: 'cerfa_signe', ...piece, deposePar: t.boulanger.id, deposeLe: b.modifieLe });
    const recent = await brouillon(ilYa(200));

    expect(await traiterBrouillonInactif(ctx(NOW), b.id)).toBe('relance1');
    expect(await traiterBrouillonInactif(ctx(NOW), b.id)).toBe('rien');
    await traiterBrouillonsInactifs(ctx(NOW)); // the daily pass, run again after the reminder: nothing more for this draft
    expect(await traiterBrouillonInactif(ctx(NOW), recent.id)).toBe('rien');
    const [premiere, ...autres] = await relances(b.id);
    expect(autres).toEqual([]);
    expect(premiere).toMatchObject({ sujet: expect.stringContaining('sera bientôt supprimé'), statut: 'conserve' });
    expect(premiere!.texte).toContain('n’a pas été modifié depuis le 10/01/2026');
    expect(premiere!.texte).toContain('à partir du 10/01/2027');
    expect(premiere!.texte).toContain(`${t.ctx.config.publicUrl}/demandes/${b.id}/modifier`);
    expect(await ligne(b.id)).toMatchObject({ relancesBrouillon: 1, relanceBrouillonLe: NOW, modifieLe: b.modifieLe, version: b.version });
    expect(await lignesAudit('rgpd_brouillon_relance', b.id)).toEqual([expect.objectContaining({ utilisateurId: t.boulanger.id, ip: 'minuterie', details: expect.objectContaining({ relance: 1 }) })]);
    expect(await relances(recent.id)).toEqual([]);

    const unMoisPlusTard = new Date('2026-12-22T09:00:00Z');
    expect(await traiterBrouillonInactif(ctx(unMoisPlusTard), b.id)).toBe('relance2');
    await traiterBrouillonsInactifs(ctx(unMoisPlusTard));
    const toutes = await relances(b.id);
    expect(toutes.map((e) => e.sujet)).toEqual([expect.stringContaining('sera bientôt supprimé'), expect.stringContaining('Dernier rappel')]);
    expect(await traiterBrouillonInactif(ctx(new Date('2027-01-09T09:00:00Z')), b.id)).toBe('rien');
    expect(await ligne(b.id)).toBeDefined();

    expect(existe(piece.cle)).toBe(true);
    expect(await traiterBrouillonInactif(ctx(new Date('2027-01-11T09:00:00Z')), b.id)).toBe('supprime');
    expect(await ligne(b.id)).toBeUndefined();
    expect(await db.select().from(piecesDemandes).where(eq(piecesDemandes.demandeId, b.id))).toEqual([]);
    expect(existe(piece.cle)).toBe(false);
    expect(await lignesAudit('rgpd_brouillon_supprime', b.id)).toEqual([expect.objectContaining({ details: expect.objectContaining({ relances: 2, fichiers: 1 }) })]);
    expect(await traiterBrouillonInactif(ctx(new Date('2027-01-11T09:00:00Z')), b.id)).toBe('rien');
  });

  it('deux travailleurs en même temps n’envoient qu’une relance', async () => {
    const b = await brouillon(ilYa(320));
    expect((await Promise.all([traiterBrouillonInactif(ctx(NOW), b.id), traiterBrouillonInactif(ctx(NOW), b.id)])).sort()).toEqual(['relance1', 'rien']);
    expect(await relances(b.id)).toHaveLength(1);
  });

  it('un enregistrement par l’employeur remet le décompte à zéro', async () => {
    const b = await brouillon(new Date('2025-12-01T10:00:00Z'));
    await db.update(demandes).set({ relancesBrouillon: 2, relanceBrouillonLe: new Date('2026-11-01T09:00:00Z') }).where(eq(demandes.id, b.id));
    const employeur = await t.connecter(BOULANGER);
    t.ctx.clock.now = new Date('2026-11-20T09:00:00Z');
    try {
      const reponse = await employeur.put(`/api/demandes/${b.id}`, { version: b.version, donnees: {} });
      expect(reponse.statusCode, reponse.body).toBe(200);
    } finally {
      t.ctx.clock.now = NOW;
    }
    expect(await traiterBrouillonInactif(ctx(new Date('2026-12-15T09:00:00Z')), b.id)).toBe('rien');
    expect(await ligne(b.id)).toBeDefined();
    expect(await traiterBrouillonInactif(ctx(new Date('2027-09-20T09:00:00Z')), b.id)).toBe('relance1');
  });

  it('supprime les dossiers archivés après la durée de conservation, et eux seuls', async () => {
    const solde = await archive('solde', new Date('2015-07-01T10:00:00Z'));
    const piece = fichierStocke('convention.pdf');
    const jointe = fichierStocke('message.pdf');
    const facture = fichierStocke('facture.pdf');
    await db.insert(piecesDemandes).values({ demandeId: solde.id, type: 'cerfa_signe', ...piece });
    const [message] = await db.insert(messagesDemandes).values({ demandeId: solde.id, auteur: 'opco', texte: 'Votre dossier est soldé.', creeLe: solde.modifieLe }).returning();
    await db.insert(piecesJointesMessagesDemandes).values({ messageId: message!.id, ...jointe, creeLe: solde.modifieLe });
    const [rb] = await db.insert(remboursements).values({ numero: `RB-2015-${800_000 + rang}`, demandeId: solde.id, compteId: t.boulanger.compteId!, etablissementId: t.site.id, dispositif: 'apprentissage', statut: 'paye', montantDemandeCentimes: 10_000, creeLe: solde.modifieLe, modifieLe: solde.modifieLe }).returning();
    await db.insert(piecesRemboursements).values({ remboursementId: rb!.id, type: 'facture', ...facture });
    const annule = await archive('annule', new Date('2016-01-05T10:00:00Z'));
    const neufAns = await archive('refuse', ilYa(9 * 365));
    const enCours = await archive('pris_en_charge', new Date('2015-07-01T10:00:00Z'));
    const histoireRecente = await archive('refuse', new Date('2015-07-01T10:00:00Z'));
    await db.insert(historiqueDemandes).values({ demandeId: histoireRecente.id, action: 'refuser', de: 'envoye', vers: 'refuse', acteur: 'opco', creeLe: ilYa(400) });

    expect(await purgerArchive(ctx(NOW), neufAns.id)).toBe(false);
    const bilan = await purgerArchives(ctx(NOW));
    expect(bilan.supprimes).toBeGreaterThanOrEqual(2);
    expect(await ligne(solde.id)).toBeUndefined();
    expect(await ligne(annule.id)).toBeUndefined();
    expect(await db.select().from(messagesDemandes).where(eq(messagesDemandes.demandeId, solde.id))).toEqual([]);
    expect(await db.select().from(remboursements).where(eq(remboursements.demandeId, solde.id))).toEqual([]);
    expect(await db.select().from(historiqueDemandes).where(eq(historiqueDemandes.demandeId, solde.id))).toEqual([]);
    expect([piece, jointe, facture].map((f) => existe(f.cle))).toEqual([false, false, false]);
    expect(await lignesAudit('rgpd_dossier_archive_supprime', solde.id)).toEqual([
      expect.objectContaining({ utilisateurId: null, details: expect.objectContaining({ numero: solde.numero, statut: 'solde', retentionAnnees: 10, fichiers: 3 }) }),
    ]);
    expect(JSON.stringify((await lignesAudit('rgpd_dossier_archive_supprime', solde.id))[0]!.details)).not.toContain('ANCIEN');
    expect(await ligne(neufAns.id)).toBeDefined();
    expect(await ligne(enCours.id)).toBeDefined();
    expect(await ligne(histoireRecente.id)).toBeDefined();
    expect(await purgerArchives(ctx(NOW))).toEqual({ supprimes: 0 });

    const cinqAns = { ...t.ctx.config, retentionArchivesAnnees: 5 };
    expect(await purgerArchive(ctx(NOW, cinqAns), neufAns.id)).toBe(true);
    expect(await purgerArchive(ctx(NOW, cinqAns), histoireRecente.id)).toBe(false);
  });

  it('« Télécharger mes données » : la personne, son compte et ses demandes, rien d’un autre compte', async () => {
    const envoyee = await t.demande('apprentissage', 'en_cours_de_traitement');
    await db.insert(messagesDemandes).values({ demandeId: envoyee.id, auteur: 'opco', texte: 'Merci de préciser la date de début.' });
    const employeur = await t.connecter(BOULANGER);
    const reponse = await employeur.get('/api/compte/mes-donnees');
    expect(reponse.statusCode, reponse.body).toBe(200);
    expect(reponse.headers['content-disposition']).toBe('attachment; filename="mes-donnees-2026-11-22.json"');
    expect(reponse.headers['cache-control']).toBe('no-store');
    const donnees = reponse.json();
    expect(donnees.personne).toMatchObject({ email: BOULANGER, nom: t.boulanger.nom, prenom: t.boulanger.prenom, role: 'proprietaire' });
    expect(donnees.personne).not.toHaveProperty('motDePasseHash');
    expect(reponse.body).not.toContain(t.boulanger.motDePasseHash!);
    expect(donnees.etablissements.map((e: { siret: string }) => e.siret)).toEqual([t.site.siret]);
    const dossier = donnees.demandes.find((d: { numero: string }) => d.numero === envoyee.numero);
    expect(dossier).toMatchObject({ statut: 'en_cours_de_traitement', contenu: envoyee.donnees, etablissement: t.site.siret });
    expect(dossier.historique).toEqual([expect.objectContaining({ action: 'soumettre', qui: 'Vous', vers: 'envoye' })]);
    expect(dossier.messages).toEqual([expect.objectContaining({ auteur: 'Opco', texte: 'Merci de préciser la date de début.' })]);
    expect(donnees.sessions.length).toBeGreaterThanOrEqual(1);

    const [autre] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, MULTI));
    const sitesAutre = await db.select({ siret: etablissements.siret, id: etablissements.id }).from(compteEtablissements).innerJoin(etablissements, eq(etablissements.id, compteEtablissements.etablissementId)).where(eq(compteEtablissements.compteId, autre!.compteId!)).orderBy(asc(etablissements.siret));
    for (const s of sitesAutre) expect(reponse.body).not.toContain(s.siret);
    expect(reponse.body).not.toContain(MULTI);
    const [trace] = await db.select().from(audit).where(and(eq(audit.evenement, 'rgpd_donnees_telechargees'), eq(audit.utilisateurId, t.boulanger.id))).orderBy(desc(audit.sequence)).limit(1);
    expect(trace).toMatchObject({ details: expect.objectContaining({ demandes: donnees.demandes.length }) });

    // A collaborateur of the multi-site account sees the establishment granted to them only, and no colleague list.
    expect(sitesAutre.length).toBeGreaterThanOrEqual(2);
    const [collaborateur] = await db.insert(utilisateurs).values({ email: 'alice.collab@aidomi-provence.test', nom: 'COLLAB', prenom: 'Alice', role: 'collaborateur', compteId: autre!.compteId }).returning();
    await db.insert(accesEtablissements).values({ utilisateurId: collaborateur!.id, etablissementId: sitesAutre[0]!.id });
    const exportCollab = (await (await t.connecter('alice.collab@aidomi-provence.test')).get('/api/compte/mes-donnees')).json();
    expect(exportCollab.etablissements.map((e: { siret: string }) => e.siret)).toEqual([sitesAutre[0]!.siret]);
    expect(exportCollab.compte.collegues).toEqual([]);
    expect(exportCollab.demandes.every((d: { etablissement: string }) => d.etablissement === sitesAutre[0]!.siret)).toBe(true);
    const exportProprietaire = (await (await t.connecter(MULTI)).get('/api/compte/mes-donnees')).json();
    expect(exportProprietaire.compte.collegues).toEqual(expect.arrayContaining([expect.objectContaining({ email: 'alice.collab@aidomi-provence.test', role: 'collaborateur' })]));
    expect(exportProprietaire.etablissements).toHaveLength(sitesAutre.length);

    expect((await t.app.inject({ url: '/api/compte/mes-donnees' })).statusCode).toBe(401);
    expect((await (await t.connecter('gestionnaire@opco.test')).get('/api/compte/mes-donnees')).statusCode).toBe(404);
  });
});
