import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formaterNumeroDossier } from '@mse/shared/demande/numero';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { compteEtablissements, demandes, emails, etablissements, historiqueDemandes, utilisateurs } from '../../db/schema';
import { piecesRemboursements, remboursements } from '../../db/schema-suivi';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { clientConnecte } from '../../test/session-client';

export const BOULANGER = 'julien.martin@au-pain-dore.test';
const JOUR_MS = 86_400_000;

/**
 * The real app on a fresh database with the demo, staff and the demo baker signed in; dossiers and
 * reimbursement claims inserted directly (as the employer's claim command would leave them).
 */
export async function preparerFacturation() {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-facturation-fichiers-'));
  afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));
  const ctx = await testApp({ env: { FILES_DIR: filesDir } });
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;
  const { db } = database;

  const connecter = (email: string) => clientConnecte(ctx, email);


  const [boulanger] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, BOULANGER));
  const [{ site }] = (await db.select({ site: etablissements }).from(compteEtablissements).innerJoin(etablissements, eq(etablissements.id, compteEtablissements.etablissementId)).where(eq(compteEtablissements.compteId, boulanger!.compteId!))) as [{ site: typeof etablissements.$inferSelect }];

  let rangDossier = 800_000;
  /** A dossier of the demo baker, decided 30 days ago with `montantEngageCentimes` committed. */
  async function dossier(options: { statut?: StatutDemande; montantEngageCentimes?: number; dispositif?: Dispositif; heures?: number; dateFin?: string } = {}) {
    const dispositif = options.dispositif ?? 'action_individuelle';
    const numero = formaterNumeroDossier(dispositif, 2026, ++rangDossier);
    const il_y_a = new Date(ctx.clock.now.getTime() - 30 * JOUR_MS);
    const [d] = await db
      .insert(demandes)
      .values({
        numero, dispositif, statut: options.statut ?? 'facturation_en_cours', compteId: boulanger!.compteId!, etablissementId: site.id, creePar: boulanger!.id,
        donnees: { action: { intitule: 'Hygiène alimentaire (HACCP)', heures: options.heures ?? 14 } },
        beneficiaire: 'Léa DURAND', intituleFormation: 'Hygiène alimentaire (HACCP)', dateDebut: '2026-09-01', dateFin: options.dateFin ?? '2026-09-30',
        montantEstimeCentimes: options.montantEngageCentimes ?? 300_000, montantEngageCentimes: options.montantEngageCentimes ?? 300_000,
        envoyeLe: il_y_a, dossierCompletLe: il_y_a, decideLe: il_y_a, creeLe: il_y_a, modifieLe: il_y_a,
      })
      .returning();
    return d!;
  }

  let rangRemboursement = 700_000;
  /** A claim « À venir » on `d`, sent `joursAvant` days ago, with its amounts by nature and hours done. */
  async function remboursement(d: typeof demandes.$inferSelect, options: { montantCentimes?: number; heuresRealisees?: number; derniereDemande?: boolean; joursAvant?: number } = {}) {
    const montant = options.montantCentimes ?? 120_000;
    const creeLe = new Date(ctx.clock.now.getTime() - (options.joursAvant ?? 2) * JOUR_MS - rangRemboursement);
    const [r] = await db
      .insert(remboursements)
      .values({
        numero: `RB-2026-${String(++rangRemboursement).padStart(6, '0')}`, demandeId: d.id, compteId: d.compteId, etablissementId: d.etablissementId, dispositif: d.dispositif, beneficiaire: d.beneficiaire,
        donnees: { montants: { pedagogie: montant - 20_000, salaires: 20_000 }, stagiaires: [{ nom: 'Léa DURAND', heuresRealisees: options.heuresRealisees ?? 14 }], derniereDemande: options.derniereDemande ?? false, commentaire: null },
        montantDemandeCentimes: montant, demandePar: boulanger!.id, creeLe, modifieLe: creeLe,
      })
      .returning();
    return r!;
  }

  /** A piece of a claim, its bytes in the file store. */
  async function piece(r: typeof remboursements.$inferSelect, options: { nom: string; typeMime: string; octets: Buffer; type?: 'facture' | 'certificat_realisation' }) {
    const cle = `remboursements/2026/${r.id}-${options.nom}`;
    fs.mkdirSync(path.join(filesDir, 'remboursements/2026'), { recursive: true });
    fs.writeFileSync(path.join(filesDir, cle), options.octets);
    const [p] = await db
      .insert(piecesRemboursements)
      .values({ remboursementId: r.id, type: options.type ?? 'facture', nomFichier: options.nom, typeMime: options.typeMime, taille: options.octets.length, sha256: createHash('sha256').update(options.octets).digest('hex'), cle })
      .returning();
    return p!;
  }

  const lireRemboursement = async (numero: string) => (await db.select().from(remboursements).where(eq(remboursements.numero, numero)))[0]!;
  const lireDossier = async (id: string) => (await db.select().from(demandes).where(eq(demandes.id, id)))[0]!;
  const historique = async (id: string) => db.select().from(historiqueDemandes).where(eq(historiqueDemandes.demandeId, id)).orderBy(asc(historiqueDemandes.id));
  const emailsDe = async (numero: string) => db.select().from(emails).where(and(eq(emails.destinataire, BOULANGER), like(emails.sujet, `%${numero}%`))).orderBy(asc(emails.creeLe));

  return { ctx, app, db, filesDir, connecter, dossier, remboursement, piece, lireRemboursement, lireDossier, historique, emailsDe, boulanger: boulanger!, site };
}
