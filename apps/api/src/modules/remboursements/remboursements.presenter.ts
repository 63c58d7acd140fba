import type { LigneRemboursement, PieceRemboursement, RemboursementDetail, StagiaireRealise } from '@mse/shared/remboursement/demande-remboursement.schema';
import type { PageRemboursements } from '@mse/shared/remboursement/liste.schema';
import { libelleStatutRemboursement } from '@mse/shared/remboursement/statut';
import { STATUTS_REMBOURSEMENT, type StatutRemboursement } from '@mse/shared/remboursement/statut.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { ColonneExport } from '../../exports/export';
import { encoderCurseur } from './curseur';
import type { LigneDetail, LigneListe, listerRemboursements, piecesDuRemboursement } from './remboursements.repository';

export function presenterLigne(l: LigneListe): LigneRemboursement {
  return {
    id: l.id,
    numero: l.numero,
    statut: l.statut,
    demande: { id: l.demandeId, numero: l.dossier },
    dispositif: l.dispositif,
    beneficiaire: l.beneficiaire,
    demandeLe: l.creeLe.toISOString(),
    montantDemandeCentimes: l.montantDemandeCentimes,
    montantPayeCentimes: l.statut === 'paye' ? l.montantPayeCentimes : null,
    payeLe: l.statut === 'paye' ? l.payeLe : null,
    referencePaiement: l.statut === 'paye' ? l.referencePaiement : null,
    motifRefus: l.statut === 'refuse' ? l.motifRefus : null,
  };
}

export function presenterPage(input: { onglet: StatutRemboursement; page: Awaited<ReturnType<typeof listerRemboursements>>; parStatut: Map<StatutRemboursement, number>; filtre: boolean }): PageRemboursements {
  return {
    onglet: input.onglet,
    remboursements: input.page.lignes.map(presenterLigne),
    suivant: input.page.suivant ? encoderCurseur(input.page.suivant) : null,
    compteurs: STATUTS_REMBOURSEMENT.map((onglet) => ({ onglet, libelle: libelleStatutRemboursement(onglet), nombre: input.parStatut.get(onglet) ?? 0 })),
    filtre: input.filtre,
  };
}

export function presenterPiece(p: Awaited<ReturnType<typeof piecesDuRemboursement>>[number]): PieceRemboursement {
  return { id: p.id, type: p.type, nomFichier: p.nomFichier, typeMime: p.typeMime, taille: p.taille, deposeLe: p.deposeLe.toISOString() };
}

export function presenterDetail(l: LigneDetail, pieces: Awaited<ReturnType<typeof piecesDuRemboursement>>): RemboursementDetail {
  const d = l.donnees as { montants?: RemboursementDetail['montants']; stagiaires?: StagiaireRealise[]; derniereDemande?: boolean; commentaire?: string | null };
  return {
    ...presenterLigne(l),
    montants: d.montants ?? {},
    stagiaires: d.stagiaires ?? [],
    derniereDemande: d.derniereDemande ?? false,
    commentaire: d.commentaire ?? null,
    alertes: l.alertes,
    montantAccepteCentimes: l.montantAccepteCentimes,
    pieces: pieces.map(presenterPiece),
  };
}

/** The columns of the export of « Mes remboursements », as the table shows them (amounts and dates stay numbers and dates). */
export const COLONNES_EXPORT_REMBOURSEMENTS: ColonneExport<LigneListe>[] = [
  { titre: 'N° de remboursement', type: 'texte', valeur: (l) => l.numero, largeur: 18 },
  { titre: 'Statut', type: 'texte', valeur: (l) => libelleStatutRemboursement(l.statut), largeur: 10 },
  { titre: 'N° de dossier', type: 'texte', valeur: (l) => l.dossier, largeur: 18 },
  { titre: 'Dispositif', type: 'texte', valeur: (l) => FORMULAIRES[l.dispositif].titre, largeur: 28 },
  { titre: 'Bénéficiaire', type: 'texte', valeur: (l) => l.beneficiaire, largeur: 24 },
  { titre: 'Date de demande', type: 'dateHeure', valeur: (l) => l.creeLe, largeur: 18 },
  { titre: 'Montant demandé', type: 'montant', valeur: (l) => l.montantDemandeCentimes, largeur: 14 },
  { titre: 'Montant payé', type: 'montant', valeur: (l) => (l.statut === 'paye' ? l.montantPayeCentimes : null), largeur: 14 },
  { titre: 'Date de paiement', type: 'date', valeur: (l) => (l.statut === 'paye' ? l.payeLe : null), largeur: 14 },
  { titre: 'Référence de paiement', type: 'texte', valeur: (l) => (l.statut === 'paye' ? l.referencePaiement : null), largeur: 18 },
  { titre: 'Motif du refus', type: 'texte', valeur: (l) => (l.statut === 'refuse' ? l.motifRefus : null), largeur: 48 },
];
