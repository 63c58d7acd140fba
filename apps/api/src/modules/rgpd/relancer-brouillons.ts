import { formaterDate } from '@mse/shared/commun/dates';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { etapeBrouillonInactif, seuilCandidatsBrouillons } from '@mse/shared/rgpd/brouillons-inactifs';
import { audit } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { envoyerModele } from '../../mail/envoyer';
import type { Contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { brouillonsCandidats, destinataireDuBrouillon, noterRelance, supprimerDemandeEtSesLignes, verrouillerBrouillon } from './rgpd.repository';
import { supprimerFichiers } from './supprimer-fichiers';

export type EffetBrouillon = 'relance1' | 'relance2' | 'supprime' | 'rien';

const jour = (d: Date) => formaterDate(dateDuJour(d));

/**
 * One draft, one transaction: locked, the rule applied to the locked row, then the reminder (its e-mail
 * row, the counter on the draft and the audit row committed together) or the deletion. A restarted job,
 * or two workers at once, find the counter already moved and do nothing: a reminder never goes twice.
 */
export async function traiterBrouillonInactif(ctx: Contexte, id: string): Promise<EffetBrouillon> {
  const resultat = await transaction(ctx.database, ctx.boss, async (tx) => {
    const brouillon = await verrouillerBrouillon(tx.db, id);
    if (!brouillon) return { effet: 'rien' as const, cles: [] };
    const etape = etapeBrouillonInactif({ modifieLe: brouillon.modifieLe, relances: brouillon.relances, relanceLe: brouillon.relanceLe }, ctx.now);
    if (etape.action === 'rien') return { effet: 'rien' as const, cles: [] };
    if (etape.action === 'relancer') {
      const email = await destinataireDuBrouillon(tx.db, brouillon);
      if (email) {
        await envoyerModele(tx, ctx.config, 'relanceBrouillon', email, {
          id: brouillon.id, dispositif: FORMULAIRES[brouillon.dispositif].titre, beneficiaire: brouillon.beneficiaire, relance: etape.relance,
          modifieLe: jour(brouillon.modifieLe), suppressionLe: jour(etape.suppressionPrevueLe),
        });
      }
      await noterRelance(tx.db, brouillon.id, etape.relance, ctx.now);
      await tx.db.insert(audit).values({
        evenement: 'rgpd_brouillon_relance', utilisateurId: brouillon.creePar, ip: ctx.ip,
        details: { demandeId: brouillon.id, relance: etape.relance, suppressionPrevueLe: etape.suppressionPrevueLe.toISOString(), emailEnvoye: !!email },
      });
      return { effet: etape.relance === 1 ? ('relance1' as const) : ('relance2' as const), cles: [] };
    }
    const cles = await supprimerDemandeEtSesLignes(tx, brouillon.id);
    await tx.db.insert(audit).values({
      evenement: 'rgpd_brouillon_supprime', utilisateurId: brouillon.creePar, ip: ctx.ip,
      details: { demandeId: brouillon.id, dispositif: brouillon.dispositif, modifieLe: brouillon.modifieLe.toISOString(), relances: brouillon.relances, fichiers: cles.length },
    });
    return { effet: 'supprime' as const, cles };
  });
  await supprimerFichiers(ctx.config, resultat.cles);
  return resultat.effet;
}

const LOT = 200;

/** The daily pass over the drafts that may need a reminder or a deletion. */
export async function traiterBrouillonsInactifs(ctx: Contexte): Promise<Record<EffetBrouillon, number>> {
  const bilan: Record<EffetBrouillon, number> = { relance1: 0, relance2: 0, supprime: 0, rien: 0 };
  const seuil = seuilCandidatsBrouillons(ctx.now);
  let apres: string | null = null;
  for (;;) {
    const ids = await brouillonsCandidats(ctx.database.db, seuil, apres, LOT);
    if (ids.length === 0) return bilan;
    for (const id of ids) bilan[await traiterBrouillonInactif(ctx, id)] += 1;
    apres = ids.at(-1)!;
  }
}
