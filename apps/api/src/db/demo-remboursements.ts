/**
 * Fictional reimbursement claims for the demo accounts (« Mes remboursements »): claims « À venir » on
 * dossiers « Facturation en cours », claims paid (date, amount, payment reference) and refused (with the
 * reason) on dossiers « Facturation en cours » and « Soldé ». Dossiers « Pris en charge » keep no claim,
 * so that a first one can be asked for in the demo. Amounts stay within each dossier's commitment, as
 * the portal's own rules (shared remboursement/regles.ts) would let them. Demo claims carry no files.
 */
import { NATURES_PAR_DISPOSITIF, type NatureMontant } from '@mse/shared/remboursement/demande-remboursement.schema';
import { formaterNumeroRemboursement, PREFIXE_REMBOURSEMENT } from '@mse/shared/remboursement/numero';
import { heuresConvenues } from '@mse/shared/remboursement/regles';
import type { StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './database';
import { COMPTES_DEMO, PERSONNEL_DEMO } from './demo-data';
import { compteursDossiers, demandes, utilisateurs } from './schema';
import { remboursements } from './schema-suivi';

type Executeur = Pick<Db, 'select' | 'insert'>;
const JOUR_MS = 86_400_000;

/** What each claim of a dossier is: its status, the share of the commitment claimed, how long ago. */
type Modele = { statut: StatutRemboursement; part: number; joursAvant: number; motif?: string; heuresEnPlus?: number };

const MOTIFS_REFUS = [
  'Le certificat de réalisation et la facture ne concordent pas (écart de 30 minutes sur la durée réalisée).',
  'Justificatif de salaire manquant pour les salaires demandés.',
  'Demande reçue plus de 6 mois après la fin de la formation (forclusion).',
];

const PAR_STATUT_DOSSIER: Record<'facturation_en_cours' | 'solde', Modele[][]> = {
  facturation_en_cours: [
    [{ statut: 'a_venir', part: 0.4, joursAvant: 12 }],
    [{ statut: 'paye', part: 0.3, joursAvant: 70 }, { statut: 'a_venir', part: 0.3, joursAvant: 5, heuresEnPlus: 3 }],
    [{ statut: 'refuse', part: 0.5, joursAvant: 40, motif: MOTIFS_REFUS[0] }, { statut: 'a_venir', part: 0.5, joursAvant: 8 }],
  ],
  solde: [
    [{ statut: 'paye', part: 1, joursAvant: 120 }],
    [{ statut: 'paye', part: 0.6, joursAvant: 200 }, { statut: 'paye', part: 0.4, joursAvant: 150 }],
    [{ statut: 'refuse', part: 0.2, joursAvant: 260, motif: MOTIFS_REFUS[1] }, { statut: 'paye', part: 0.8, joursAvant: 230 }],
  ],
};

const dateIso = (d: Date) => d.toISOString().slice(0, 10);

/** Loads the demo claims; called by the seed, in its transaction, after the demo requests. */
export async function chargerRemboursementsDemo(db: Executeur, now: Date): Promise<void> {
  const [gestionnaire] = await db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(utilisateurs.email, PERSONNEL_DEMO[0]!.email));
  const proprietaires = await db.select({ id: utilisateurs.id, compteId: utilisateurs.compteId }).from(utilisateurs).where(inArray(utilisateurs.email, COMPTES_DEMO.map((c) => c.email)));
  const demandeurParCompte = new Map(proprietaires.map((p) => [p.compteId, p.id]));
  const dossiers = await db
    .select({ id: demandes.id, numero: demandes.numero, statut: demandes.statut, compteId: demandes.compteId, etablissementId: demandes.etablissementId, dispositif: demandes.dispositif, beneficiaire: demandes.beneficiaire, montantEngageCentimes: demandes.montantEngageCentimes, donnees: demandes.donnees })
    .from(demandes)
    .where(inArray(demandes.statut, ['facturation_en_cours', 'solde']))
    .orderBy(asc(demandes.numero));

  const lignes: (typeof remboursements.$inferInsert)[] = [];
  const rang = { facturation_en_cours: 0, solde: 0 };
  for (const d of dossiers) {
    if (!d.montantEngageCentimes || !d.numero || (d.statut !== 'facturation_en_cours' && d.statut !== 'solde')) continue;
    const modeles = PAR_STATUT_DOSSIER[d.statut][rang[d.statut]++ % PAR_STATUT_DOSSIER[d.statut].length]!;
    const heures = heuresConvenues(d.dispositif, d.donnees) ?? 0;
    let reste = d.montantEngageCentimes;
    for (const m of modeles) {
      const montant = Math.min(reste, Math.max(100, Math.floor(d.montantEngageCentimes * m.part)));
      if (m.statut !== 'refuse') reste -= montant;
      if (montant <= 0) continue;
      const creeLe = new Date(now.getTime() - m.joursAvant * JOUR_MS);
      const payeLe = new Date(creeLe.getTime() + 21 * JOUR_MS);
      lignes.push({
        numero: '',
        demandeId: d.id,
        compteId: d.compteId,
        etablissementId: d.etablissementId,
        dispositif: d.dispositif,
        beneficiaire: d.beneficiaire,
        statut: m.statut,
        donnees: { montants: repartir(NATURES_PAR_DISPOSITIF[d.dispositif], montant), stagiaires: [{ nom: d.beneficiaire ?? 'Stagiaire', heuresRealisees: heures + (m.heuresEnPlus ?? 0) }], derniereDemande: m.part === 1 || m === modeles.at(-1), commentaire: null },
        alertes: m.heuresEnPlus ? [{ code: 'heures_superieures', message: `${d.beneficiaire ?? 'Stagiaire'} : ${heures + m.heuresEnPlus} h réalisées pour ${heures} h convenues (stagiaire n° 1).` }] : [],
        montantDemandeCentimes: montant,
        montantAccepteCentimes: m.statut === 'paye' ? montant : null,
        montantPayeCentimes: m.statut === 'paye' ? montant : null,
        motifRefus: m.motif ?? null,
        demandePar: demandeurParCompte.get(d.compteId) ?? null,
        examinePar: m.statut === 'a_venir' ? null : (gestionnaire?.id ?? null),
        accepteLe: m.statut === 'paye' ? new Date(creeLe.getTime() + 10 * JOUR_MS) : null,
        payeLe: m.statut === 'paye' ? dateIso(payeLe) : null,
        referencePaiement: null,
        creeLe,
        modifieLe: m.statut === 'a_venir' ? creeLe : payeLe,
      });
    }
  }
  if (lignes.length === 0) return;

  // Numbers in the order the claims were sent, per year, as the portal gives them; payment references likewise.
  const compteurs = new Map<number, number>();
  lignes.sort((a, b) => a.creeLe!.getTime() - b.creeLe!.getTime());
  let virement = 0;
  for (const l of lignes) {
    const annee = l.creeLe!.getUTCFullYear();
    compteurs.set(annee, (compteurs.get(annee) ?? 0) + 1);
    l.numero = formaterNumeroRemboursement(annee, compteurs.get(annee)!);
    if (l.statut === 'paye') l.referencePaiement = `VIR-${l.payeLe!.slice(0, 4)}-${String(++virement).padStart(5, '0')}`;
  }
  await db.insert(remboursements).values(lignes);
  await db
    .insert(compteursDossiers)
    .values([...compteurs].map(([annee, dernier]) => ({ prefixe: PREFIXE_REMBOURSEMENT, annee, dernier })))
    .onConflictDoUpdate({ target: [compteursDossiers.prefixe, compteursDossiers.annee], set: { dernier: sql`greatest(${compteursDossiers.dernier}, excluded.dernier)` } });
}

/** The claimed amount by nature: mostly pedagogy, a share of the scheme's second nature. */
function repartir(natures: readonly NatureMontant[], montant: number): Partial<Record<NatureMontant, number>> {
  const [premiere, seconde] = natures;
  if (!seconde || montant < 10_000) return { [premiere!]: montant };
  const part = Math.floor(montant * 0.2);
  return { [premiere!]: montant - part, [seconde]: part };
}
