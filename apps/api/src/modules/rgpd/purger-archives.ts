import { limiteRetentionArchives } from '@mse/shared/rgpd/brouillons-inactifs';
import { audit } from '../../db/schema';
import { transaction } from '../../db/transaction';
import type { Contexte } from '../identite/contexte';
import { archivesCandidates, supprimerDemandeEtSesLignes, verrouillerArchiveEchue } from './rgpd.repository';
import { supprimerFichiers } from './supprimer-fichiers';

/**
 * One archived dossier past its retention period (RETENTION_ARCHIVES_ANNEES after its last change):
 * re-checked on the locked row, deleted with its history, pieces, messages and reimbursement claims,
 * then its files. The audit row keeps the number and the scheme, never the beneficiary.
 */
export async function purgerArchive(ctx: Contexte, id: string): Promise<boolean> {
  const annees = ctx.config.retentionArchivesAnnees;
  const limite = limiteRetentionArchives(ctx.now, annees);
  const cles = await transaction(ctx.database, ctx.boss, async (tx) => {
    const dossier = await verrouillerArchiveEchue(tx.db, id, limite);
    if (!dossier) return undefined;
    const cles = await supprimerDemandeEtSesLignes(tx, dossier.id);
    await tx.db.insert(audit).values({
      evenement: 'rgpd_dossier_archive_supprime', utilisateurId: null, ip: ctx.ip,
      details: { demandeId: dossier.id, numero: dossier.numero, dispositif: dossier.dispositif, statut: dossier.statut, retentionAnnees: annees, fichiers: cles.length },
    });
    return cles;
  });
  if (!cles) return false;
  await supprimerFichiers(ctx.config, cles);
  return true;
}

const LOT = 200;

/** The daily pass: every archived dossier past the retention period, one transaction each. */
export async function purgerArchives(ctx: Contexte): Promise<{ supprimes: number }> {
  const limite = limiteRetentionArchives(ctx.now, ctx.config.retentionArchivesAnnees);
  let supprimes = 0;
  let apres: string | null = null;
  for (;;) {
    const ids = await archivesCandidates(ctx.database.db, limite, apres, LOT);
    if (ids.length === 0) return { supprimes };
    for (const id of ids) if (await purgerArchive(ctx, id)) supprimes += 1;
    apres = ids.at(-1)!;
  }
}
