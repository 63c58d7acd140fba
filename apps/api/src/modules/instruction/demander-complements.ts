import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { champsDemandables } from '@mse/shared/instruction/contenu-demande';
import { DonneesInvalides } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Instructeur } from '../../policies/instruction';
import type { Contexte } from '../identite/contexte';
import { ecrireChangement, instruire, titreDispositif } from './changement-de-statut';

/**
 * « Demander des compléments »: the examination is suspended (→ À compléter) until the employer sends
 * the named pieces and fields. The file is no longer complete, so the legal clock stops: dossierCompletLe
 * is cleared, and set again when the employer completes it. What was asked is kept in the history.
 */
export function demanderComplements(ctx: Contexte, personnel: Instructeur, numero: string, c: { pieces: string[]; champs: string[]; message: string }): Promise<void> {
  return instruire(ctx, personnel, numero, 'demanderComplements', async (tx, demande, vers) => {
    const pieces = FORMULAIRES[demande.dispositif].piecesRequises(demande.donnees);
    const champs = champsDemandables(demande.dispositif, demande.donnees);
    const inconnues = [
      ...c.pieces.filter((p) => !pieces.some((x) => x.type === p)).map((p) => ({ chemin: 'pieces', message: `Pièce inconnue pour ce dispositif : ${p}` })),
      ...c.champs.filter((p) => !champs.some((x) => x.chemin === p)).map((p) => ({ chemin: 'champs', message: `Information inconnue dans ce formulaire : ${p}` })),
    ];
    if (inconnues.length) throw new DonneesInvalides(inconnues);
    const libellesPieces = c.pieces.map((p) => pieces.find((x) => x.type === p)!.libelle);
    const libellesChamps = c.champs.map((p) => {
      const champ = champs.find((x) => x.chemin === p)!;
      return `${champ.libelle} (${champ.etape})`;
    });
    await ecrireChangement(tx, ctx, { type: 'opco', personnel }, demande, {
      action: 'demanderComplements',
      de: demande.statut,
      vers,
      motif: c.message,
      details: { pieces: c.pieces, champs: c.champs, message: c.message, libellesPieces, libellesChamps },
      colonnes: { dossierCompletLe: null, gestionnaireId: demande.gestionnaireId ?? personnel.id },
    });
    if (demande.email) {
      await envoyerModele(tx, ctx.config, 'complementsDemandes', demande.email, { numero: demande.numero!, dispositif: titreDispositif(demande), pieces: libellesPieces, champs: libellesChamps, message: c.message });
    }
  });
}

