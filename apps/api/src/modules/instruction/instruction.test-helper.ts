import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ajouterJours } from '@mse/shared/commun/dates';
import { formaterNumeroDossier } from '@mse/shared/demande/numero';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { compteEtablissements, demandes, emails, etablissements, historiqueDemandes, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { clientConnecte } from '../../test/session-client';
import { dateDuJour } from '../referentiel/date-du-jour';

export const BOULANGER = 'julien.martin@au-pain-dore.test';
const JOUR_MS = 86_400_000;

/** The real app on a fresh database with the demo, staff and employers signed in, and requests made to measure. */
export async function preparerInstruction() {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-instruction-fichiers-'));
  afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));
  const ctx = await testApp({ env: { FILES_DIR: filesDir } });
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;
  const { db } = database;

  const connecter = (email: string) => clientConnecte(ctx, email);


  let rang = 900_000;
  const [boulanger] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, BOULANGER));
  const [{ site }] = (await db.select({ site: etablissements }).from(compteEtablissements).innerJoin(etablissements, eq(etablissements.id, compteEtablissements.etablissementId)).where(eq(compteEtablissements.compteId, boulanger!.compteId!))) as [{ site: typeof etablissements.$inferSelect }];

  /** A complete request of the demo baker, sent `joursDepuisComplet` days ago (10:00, Paris), in `statut`. */
  async function demande(dispositif: Dispositif, statut: StatutDemande, options: { joursDepuisComplet?: number; gestionnaireId?: string; complet?: boolean } = {}) {
    const numero = formaterNumeroDossier(dispositif, 2026, ++rang);
    const jours = options.joursDepuisComplet ?? 2;
    const envoyeLe = new Date(ctx.clock.now.getTime() - jours * JOUR_MS);
    const aujourdhui = dateDuJour(ctx.clock.now);
    const exemple = exempleComplet(dispositif, ajouterJours(aujourdhui, -jours));
    const donnees = { ...exemple, employeur: { ...(exemple.employeur as object), siret: site.siret, raisonSociale: site.raisonSociale } };
    const resume = FORMULAIRES[dispositif].resume(donnees);
    const [ligne] = await db
      .insert(demandes)
      .values({
        numero, dispositif, statut, compteId: boulanger!.compteId!, etablissementId: site.id, creePar: boulanger!.id, donnees,
        beneficiaire: resume.beneficiaire, intituleFormation: resume.intituleFormation, organisme: resume.organisme,
        montantEstimeCentimes: 123_400, gestionnaireId: options.gestionnaireId ?? null,
        envoyeLe, dossierCompletLe: statut === 'a_completer' || options.complet === false ? null : envoyeLe, creeLe: envoyeLe, modifieLe: envoyeLe,
      })
      .returning();
    await db.insert(historiqueDemandes).values({ demandeId: ligne!.id, action: 'soumettre', de: 'brouillon', vers: 'envoye', acteur: 'entreprise', utilisateurId: boulanger!.id, creeLe: envoyeLe });
    return ligne!;
  }

  const lire = async (numero: string) => (await db.select().from(demandes).where(eq(demandes.numero, numero)))[0]!;
  const historique = async (id: string) => db.select().from(historiqueDemandes).where(eq(historiqueDemandes.demandeId, id)).orderBy(asc(historiqueDemandes.id));
  const emailsDe = async (numero: string) => db.select().from(emails).where(and(eq(emails.destinataire, BOULANGER), like(emails.sujet, `%${numero}%`))).orderBy(asc(emails.creeLe));

  return { ctx, app, db, filesDir, connecter, demande, lire, historique, emailsDe, boulanger: boulanger!, site };
}
