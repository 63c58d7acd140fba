import { TYPES_PIECE_REMBOURSEMENT, type TypePieceRemboursement } from '@mse/shared/remboursement/demande-remboursement.schema';
import type { FastifyRequest } from 'fastify';
import { AppError, DonneesInvalides } from '../../errors';
import type { FichierRecu } from '../../fichiers/stockage';

/** The JSON part of the claim: amounts, hours, « dernière demande ». */
export const CHAMP_DONNEES = 'donnees';
/** At most this many files in one claim (invoices, certificate, salary statements). */
export const FICHIERS_MAX = 8;
const MARGE_CHAMPS = 512 * 1024;

export type FormulaireRemboursement = { donnees: string | undefined; fichiers: { type: TypePieceRemboursement; fichier: FichierRecu }[] };

/** Limits given to @fastify/multipart: several files, each cut (not refused) at the limit so it gets its own message. */
export function limitesMultipartRemboursement(tailleMax: number) {
  return {
    limits: { fileSize: tailleMax, files: FICHIERS_MAX, fields: 5, fieldSize: 200_000, parts: FICHIERS_MAX + 5 },
    throwFileSizeLimit: false,
  };
}

const estTypePiece = (nom: string): nom is TypePieceRemboursement => (TYPES_PIECE_REMBOURSEMENT as readonly string[]).includes(nom);

/**
 * Reads a claim sent as multipart/form-data: the field `donnees` (JSON) and files named by their type
 * (`facture`, several allowed; `certificat_realisation`; `justificatif_salaire`). The one-file reader of
 * fichiers/multipart.ts serves the pieces of a draft; a claim carries its pieces with it, in one request,
 * so that it is recorded whole or not at all.
 */
export async function lireFormulaireRemboursement(request: FastifyRequest, tailleMax: number, messageTaille: (octets?: number) => string): Promise<FormulaireRemboursement> {
  if (!request.isMultipart()) throw new AppError(415, 'type_de_contenu', 'Ce formulaire s’envoie au format multipart/form-data.');
  const annonce = Number(request.headers['content-length'] ?? 0);
  if (annonce > FICHIERS_MAX * tailleMax + MARGE_CHAMPS) throw new DonneesInvalides([{ chemin: 'facture', message: messageTaille(annonce) }]);
  let donnees: string | undefined;
  const fichiers: FormulaireRemboursement['fichiers'] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const morceaux: Buffer[] = [];
      for await (const morceau of part.file) morceaux.push(morceau as Buffer);
      const octets = Buffer.concat(morceaux);
      // An empty file input sends a part with no name and no bytes: no file.
      if (!estTypePiece(part.fieldname) || (!part.filename && octets.length === 0)) continue;
      fichiers.push({ type: part.fieldname, fichier: { nom: part.filename, octets, tronque: part.file.truncated } });
    } else if (part.fieldname === CHAMP_DONNEES && typeof part.value === 'string') {
      donnees = part.value;
    }
  }
  return { donnees, fichiers };
}
