import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database';
import { Introuvable } from '../../errors';
import { envoyerEnTelechargement } from '../../fichiers/telechargement';
import type { Employeur } from '../../policies/espaces';
import { piecesDeLaDemande, trouverDemande } from './demandes.repository';
import { genererRecepisse } from './recepisse';
import { introuvable } from './regles-brouillon';

/**
 * The receipt, drawn again from the stored request on each download: the content and pieces of a sent
 * request no longer change, so every copy says the same. A draft has none yet (404).
 */
export async function envoyerRecepisse(reply: FastifyReply, db: Db, employeur: Employeur, id: string, opco: string) {
  const demande = await trouverDemande(db, employeur, id);
  if (!demande) throw introuvable();
  if (!demande.numero || !demande.envoyeLe) throw new Introuvable('Le récapitulatif est disponible une fois la demande envoyée.');
  const pdf = await genererRecepisse({
    opco,
    numero: demande.numero,
    dispositif: demande.dispositif,
    envoyeLe: demande.envoyeLe,
    etablissement: demande,
    donnees: demande.donnees,
    pieces: await piecesDeLaDemande(db, demande.id),
  });
  return envoyerEnTelechargement(reply, { nom: `recapitulatif-${demande.numero}.pdf`, type: 'application/pdf' }, Buffer.from(pdf));
}
