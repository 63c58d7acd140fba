import { formaterDate, type DateIso } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { doitEtreSolde } from '@mse/shared/remboursement/solde';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { demandes, historiqueDemandes } from '../../db/schema';
import { lotsPaiement, remboursements } from '../../db/schema-suivi';
import { transaction } from '../../db/transaction';
import { Conflit, DonneesInvalides, Introuvable } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { exigerGestionDesLots } from '../../policies/facturation';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import { journaliser, LOT_INTROUVABLE } from './journal';

const EMAIL_EMPLOYEUR = sql<string | null>`coalesce(
  (select u.email from utilisateurs u where u.id = ${remboursements.demandePar}),
  (select u.email from utilisateurs u where u.compte_id = ${remboursements.compteId} and u.role = 'proprietaire' order by u.cree_le limit 1))`;

/**
 * « Marquer comme payé »: the accounting system has paid the batch on `payeLe`. Each claim becomes
 * « Payé » with its amount, date and reference (e-mail to the employer); then each dossier whose paid
 * claim was the last one, or on which nothing remains due, becomes « Soldé » with its history row.
 * Locks: the batch, then its dossiers, then its claims.
 */
export function marquerLotPaye(ctx: Contexte, personnel: Instructeur, numeroLot: string, payeLe: DateIso): Promise<void> {
  exigerGestionDesLots(personnel);
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const [lot] = await tx.db.select().from(lotsPaiement).where(eq(lotsPaiement.numero, numeroLot)).for('update');
    if (!lot) throw new Introuvable(LOT_INTROUVABLE);
    if (lot.statut === 'paye') throw new Conflit('LOT_DEJA_PAYE', `Le lot ${lot.numero} est déjà marqué comme payé (le ${formaterDate(lot.payeLe!)}).`);
    const aujourdhui = dateDuJour(ctx.now);
    const prepareLe = dateDuJour(lot.creeLe);
    if (payeLe > aujourdhui) throw new DonneesInvalides([{ chemin: 'payeLe', message: 'La date de paiement ne peut pas être dans le futur.' }]);
    if (payeLe < prepareLe) throw new DonneesInvalides([{ chemin: 'payeLe', message: `La date de paiement ne peut pas précéder la préparation du lot (le ${formaterDate(prepareLe)}).` }]);

    const dossiersDuLot = await tx.db.selectDistinct({ id: remboursements.demandeId }).from(remboursements).where(eq(remboursements.lotPaiementId, lot.id));
    const idsDossiers = dossiersDuLot.map((d) => d.id);
    const dossiers = idsDossiers.length === 0 ? [] : await tx.db
      .select({ id: demandes.id, numero: demandes.numero, statut: demandes.statut, montantEngageCentimes: demandes.montantEngageCentimes })
      .from(demandes)
      .where(inArray(demandes.id, idsDossiers))
      .orderBy(asc(demandes.id))
      .for('update');
    const lignes = await tx.db
      .select({ id: remboursements.id, numero: remboursements.numero, demandeId: remboursements.demandeId, montant: remboursements.montantAccepteCentimes, reference: remboursements.referencePaiement, email: EMAIL_EMPLOYEUR })
      .from(remboursements)
      .where(and(eq(remboursements.lotPaiementId, lot.id), eq(remboursements.statut, 'a_venir')))
      .orderBy(asc(remboursements.referencePaiement))
      .for('update', { of: remboursements });

    await tx.db
      .update(remboursements)
      .set({ statut: 'paye', payeLe, montantPayeCentimes: sql`${remboursements.montantAccepteCentimes}`, modifieLe: ctx.now })
      .where(and(eq(remboursements.lotPaiementId, lot.id), eq(remboursements.statut, 'a_venir')));
    await tx.db.update(lotsPaiement).set({ statut: 'paye', payeLe, payePar: personnel.id }).where(eq(lotsPaiement.id, lot.id));

    const soldes = new Set<string>();
    for (const d of dossiers) {
      const [s] = await tx.db
        .select({
          totalPaye: sql<number>`coalesce(sum(${remboursements.montantPayeCentimes}), 0)::int`,
          derniere: sql<boolean>`coalesce(bool_or(${remboursements.donnees}->'derniereDemande' = 'true'::jsonb), false)`,
        })
        .from(remboursements)
        .where(and(eq(remboursements.demandeId, d.id), eq(remboursements.statut, 'paye')));
      if (!doitEtreSolde({ statut: d.statut, montantEngageCentimes: d.montantEngageCentimes, totalPayeCentimes: s!.totalPaye, derniereDemandePayee: s!.derniere })) continue;
      const raison = s!.derniere ? 'derniere_demande' : 'montant_engage_paye';
      await tx.db.update(demandes).set({ statut: 'solde', modifieLe: ctx.now }).where(eq(demandes.id, d.id));
      await tx.db.insert(historiqueDemandes).values({
        demandeId: d.id, action: 'solder', de: d.statut, vers: 'solde', acteur: 'opco', utilisateurId: personnel.id,
        motif: raison === 'derniere_demande' ? 'Dernière demande de remboursement payée.' : 'Montant engagé entièrement payé.',
        details: { lot: lot.numero, totalPayeCentimes: s!.totalPaye, montantEngageCentimes: d.montantEngageCentimes, raison }, creeLe: ctx.now,
      });
      await journaliser(tx, ctx, personnel, 'demande_solder', { demandeId: d.id, numero: d.numero, de: d.statut, vers: 'solde', lot: lot.numero, raison });
      soldes.add(d.id);
    }

    const numeros = new Map(dossiers.map((d) => [d.id, d.numero!]));
    for (const l of lignes) {
      if (!l.email) continue;
      await envoyerModele(tx, ctx.config, 'remboursementPaye', l.email, {
        numero: l.numero, dossier: numeros.get(l.demandeId)!, montant: formaterEuros(l.montant ?? 0), date: formaterDate(payeLe), reference: l.reference!, solde: soldes.has(l.demandeId),
      });
    }
    await journaliser(tx, ctx, personnel, 'lot_paiement_payer', { numero: lot.numero, payeLe, nombre: lignes.length, montantTotalCentimes: lot.montantTotalCentimes, dossiersSoldes: soldes.size });
  });
}
