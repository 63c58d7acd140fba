import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database';
import { Introuvable } from '../../errors';
import { envoyerExport, parLots, TAILLE_LOT_EXPORT, type ColonneExport } from '../../exports/export';
import { dateDuJour } from '../referentiel/date-du-jour';
import { lignesDuLot, lotParNumero, type LigneDuLot } from './facturation.repository';
import { LOT_INTROUVABLE } from './journal';

/**
 * The batch for the accounting system, through the portal's streaming export (CSV for French Excel:
 * UTF-8 with BOM, « ; », decimal comma, CRLF): one line per claim with the payment reference to put
 * on the transfer. No bank details: the accounting system holds them.
 */
export function colonnesExport(numeroLot: string): ColonneExport<LigneDuLot>[] {
  return [
    { titre: 'Référence de paiement', type: 'texte', valeur: (l) => l.referencePaiement, largeur: 24 },
    { titre: 'N° de lot', type: 'texte', valeur: () => numeroLot, largeur: 16 },
    { titre: 'N° de remboursement', type: 'texte', valeur: (l) => l.numero, largeur: 16 },
    { titre: 'N° de dossier', type: 'texte', valeur: (l) => l.dossier, largeur: 16 },
    { titre: 'Dispositif', type: 'texte', valeur: (l) => FORMULAIRES[l.dispositif].titre, largeur: 28 },
    { titre: 'SIRET', type: 'texte', valeur: (l) => l.siret, largeur: 16 },
    { titre: 'Raison sociale', type: 'texte', valeur: (l) => l.raisonSociale, largeur: 32 },
    { titre: 'Bénéficiaire', type: 'texte', valeur: (l) => l.beneficiaire, largeur: 24 },
    { titre: 'Montant (EUR)', type: 'montant', valeur: (l) => l.montantPayeCentimes ?? l.montantAccepteCentimes, largeur: 14 },
    { titre: 'Date d’acceptation', type: 'date', valeur: (l) => (l.accepteLe ? dateDuJour(l.accepteLe) : null), largeur: 14 },
  ];
}

export async function lotAExporter(db: Db, numeroLot: string) {
  const lot = await lotParNumero(db, numeroLot);
  if (!lot) throw new Introuvable(LOT_INTROUVABLE);
  return lot;
}

/** Streams the batch's lines, slice by slice. */
export function envoyerExportLot(db: Db, reply: FastifyReply, lot: { id: string; numero: string }) {
  return envoyerExport(reply, { format: 'csv', nomFichier: lot.numero, colonnes: colonnesExport(lot.numero), lots: parLots<LigneDuLot, string>((apres) => lignesDuLot(db, lot.id, apres, TAILLE_LOT_EXPORT)) });
}
