import { formaterDate, type DateIso } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { alertesExamen, heuresConvenues, lireDonneesRemboursement } from '@mse/shared/facturation/examen';
import { etapeRemboursement, type ActionFacturation, type LigneRemboursementOpco, type LotPaiement, type RemboursementOpco } from '@mse/shared/facturation/facturation.schema';
import { LIBELLES_PIECE_REMBOURSEMENT } from '@mse/shared/remboursement/demande-remboursement.schema';
import { dateLimiteDeDemande } from '@mse/shared/remboursement/regles';
import { resteDuCentimes } from '@mse/shared/remboursement/solde';
import type { lotsPaiement } from '../../db/schema-suivi';
import { dateDuJour } from '../referentiel/date-du-jour';
import type { LigneFile, RemboursementTrouve } from './facturation.repository';

const LIBELLES_PIECES: Record<string, string> = LIBELLES_PIECE_REMBOURSEMENT;
/** Shown in the page (PDF viewer, image); anything else is only downloaded. */
export const TYPES_AFFICHABLES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export function presenterLigne(l: LigneFile): LigneRemboursementOpco {
  return {
    numero: l.numero,
    etape: etapeRemboursement(l),
    statut: l.statut,
    dossier: { numero: l.dossierNumero ?? '', dispositif: l.dispositif },
    etablissement: { siret: l.siret, raisonSociale: l.raisonSociale },
    beneficiaire: l.beneficiaire,
    montantDemandeCentimes: l.montantDemandeCentimes,
    montantAccepteCentimes: l.montantAccepteCentimes,
    creeLe: l.creeLe.toISOString(),
    nombreAlertes: l.alertes.length,
  };
}

type Detail = {
  trouve: RemboursementTrouve;
  sommes: { dejaPayeCentimes: number; accepteNonPayeCentimes: number };
  pieces: { id: string; type: string; nom: string; typeMime: string; taille: number; deposeLe: Date }[];
  motifAcceptation: string | null;
  actions: ActionFacturation[];
};

/** One claim against its dossier: the commitment, what is paid and what remains, hours, deadline, warnings. */
export function presenterDetail({ trouve, sommes, pieces, motifAcceptation, actions }: Detail): RemboursementOpco {
  const { remboursement: r, dossier, lot } = trouve;
  const lu = lireDonneesRemboursement(r.donnees);
  const heures = heuresConvenues(dossier.dispositif, dossier.donnees);
  const reste = resteDuCentimes({ montantEngageCentimes: dossier.montantEngageCentimes, ...sommes });
  const limite = dossier.dateFin ? dateLimiteDeDemande(dossier.dateFin) : null;
  const calculees = alertesExamen({
    heuresConvenues: heures,
    heuresRealisees: lu.heuresRealisees,
    montantDemandeCentimes: r.montantDemandeCentimes,
    resteDuCentimes: reste,
    jourDemande: dateDuJour(r.creeLe),
    dateLimiteForclusion: limite,
  });
  // Once decided, the remaining amount already counts this claim: its warning would only repeat it.
  const pertinentes = etapeRemboursement(r) === 'a_examiner' ? calculees : calculees.filter((a) => a.code !== 'montant_superieur_reste');
  const codes = new Set(r.alertes.map((a) => a.code));
  return {
    numero: r.numero,
    etape: etapeRemboursement(r),
    statut: r.statut,
    creeLe: r.creeLe.toISOString(),
    beneficiaire: r.beneficiaire,
    etablissement: trouve.etablissement,
    dossier: {
      numero: dossier.numero ?? '',
      dispositif: dossier.dispositif,
      titreDispositif: FORMULAIRES[dossier.dispositif].titre,
      statut: dossier.statut,
      intituleFormation: dossier.intituleFormation,
      dateDebut: dossier.dateDebut,
      dateFin: dossier.dateFin,
      montantEngageCentimes: dossier.montantEngageCentimes,
      dejaPayeCentimes: sommes.dejaPayeCentimes,
      accepteNonPayeCentimes: sommes.accepteNonPayeCentimes,
      resteDuCentimes: reste,
      heuresConvenues: heures,
      dateLimiteForclusion: limite,
    },
    montantDemandeCentimes: r.montantDemandeCentimes,
    montantAccepteCentimes: r.montantAccepteCentimes,
    montantPayeCentimes: r.montantPayeCentimes,
    montants: lu.montants,
    heuresRealisees: lu.heuresRealisees,
    stagiaires: lu.stagiaires,
    derniereDemande: lu.derniereDemande,
    commentaire: lu.commentaire,
    alertes: [...r.alertes, ...pertinentes.filter((a) => !codes.has(a.code))],
    motifRefus: r.motifRefus,
    motifAcceptation,
    examinePar: trouve.nomExaminateur,
    accepteLe: r.accepteLe?.toISOString() ?? null,
    lot: lot ? { numero: lot.numero, statut: lot.statut } : null,
    payeLe: r.payeLe,
    referencePaiement: r.referencePaiement,
    pieces: pieces.map((p) => ({ ...p, libelle: LIBELLES_PIECES[p.type] ?? p.type, deposeLe: p.deposeLe.toISOString(), affichable: TYPES_AFFICHABLES.has(p.typeMime) })),
    historique: historique(trouve, motifAcceptation),
    actions,
  };
}

/** The claim's history, from its own columns: sent, examined, put in a batch, paid. */
function historique(t: RemboursementTrouve, motifAcceptation: string | null): RemboursementOpco['historique'] {
  const { remboursement: r, lot } = t;
  const opco = (nom: string | null) => (nom ? `Opco — ${nom}` : 'Opco');
  const lignes: RemboursementOpco['historique'] = [
    { date: r.creeLe.toISOString(), qui: 'Entreprise', libelle: 'Demande de remboursement envoyée', precisions: [`Montant demandé : ${formaterEuros(r.montantDemandeCentimes)}`] },
  ];
  if (r.accepteLe && r.montantAccepteCentimes !== null) {
    lignes.push({ date: r.accepteLe.toISOString(), qui: opco(t.nomExaminateur), libelle: 'Demande acceptée', precisions: [`Montant accepté : ${formaterEuros(r.montantAccepteCentimes)}`, ...(motifAcceptation ? [`Motif : ${motifAcceptation}`] : [])] });
  }
  if (r.statut === 'refuse') lignes.push({ date: r.modifieLe.toISOString(), qui: opco(t.nomExaminateur), libelle: 'Demande refusée', precisions: r.motifRefus ? [`Motif : ${r.motifRefus}`] : [] });
  if (lot) lignes.push({ date: lot.creeLe.toISOString(), qui: opco(lot.nomCreateur), libelle: `Mise en paiement dans le lot ${lot.numero}`, precisions: r.referencePaiement ? [`Référence de paiement : ${r.referencePaiement}`] : [] });
  if (r.statut === 'paye' && r.payeLe) {
    lignes.push({ date: r.modifieLe.toISOString(), qui: opco(lot?.nomPayeur ?? null), libelle: `Payé le ${formaterDate(r.payeLe as DateIso)}`, precisions: [`Montant payé : ${formaterEuros(r.montantPayeCentimes ?? 0)}`] });
  }
  return lignes;
}

export function presenterLot(l: { lot: typeof lotsPaiement.$inferSelect; creePar: string | null; payePar: string | null }): LotPaiement {
  return {
    numero: l.lot.numero,
    statut: l.lot.statut,
    nombre: l.lot.nombre,
    montantTotalCentimes: Number(l.lot.montantTotalCentimes),
    creeLe: l.lot.creeLe.toISOString(),
    creePar: l.creePar,
    payeLe: l.lot.payeLe,
    payePar: l.payePar,
  };
}
