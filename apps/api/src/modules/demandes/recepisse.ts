import { estDateIso, formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { champsVisibles, lire, type Champ, type Donnees } from '@mse/shared/demande/formulaire/champs';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import type { Dispositif } from '@mse/shared/financement/demande-financement.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { formaterTaille } from '@mse/shared/commun/fichier';
import { horodatageEnFrance } from './horodatage';
import { nouveauDocument } from './redaction-pdf';

export type DonneesRecepisse = {
  opco: string;
  numero: string;
  dispositif: Dispositif;
  envoyeLe: Date;
  etablissement: { siret: string; raisonSociale: string; ville: string };
  donnees: Donnees;
  pieces: readonly { type: string; nomFichier: string; taille: number; sha256: string }[];
};

/** A value as the form showed it: the option's label, "Oui"/"Non", euros, a French date, with its unit. */
export function valeurAffichee(champ: Champ, valeur: unknown): string {
  if (valeur === undefined || valeur === null || valeur === '') return 'Non renseigné';
  if (champ.type === 'oui_non' || typeof valeur === 'boolean') return valeur === true ? 'Oui' : valeur === false ? 'Non' : String(valeur);
  if (champ.type === 'choix') return champ.options?.find((o) => o.code === String(valeur))?.libelle ?? String(valeur);
  if (champ.type === 'montant' && typeof valeur === 'number') return formaterEuros(valeur);
  if (champ.type === 'date' && typeof valeur === 'string' && estDateIso(valeur)) return formaterDate(valeur);
  if (champ.type === 'siret' && typeof valeur === 'string' && /^\d{14}$/.test(valeur)) return formaterSiret(valeur);
  const texte = typeof valeur === 'object' ? JSON.stringify(valeur) : String(valeur);
  return champ.unite && champ.type !== 'montant' ? `${texte} ${champ.unite}` : texte;
}

/**
 * The receipt of a sent request ("récapitulatif"): number, time of sending, establishment, every field
 * the person saw with its value, and each piece with its SHA-256 — what the OPCO received, provable later.
 */
export async function genererRecepisse(r: DonneesRecepisse): Promise<Uint8Array> {
  const definition = FORMULAIRES[r.dispositif];
  const { doc, redaction } = await nouveauDocument({
    titre: `Récapitulatif de la demande n° ${r.numero}`,
    sujet: `${definition.titre} — ${r.etablissement.raisonSociale}`,
    auteur: r.opco,
    le: r.envoyeLe,
  });

  redaction.texte(`${r.opco} — Mes services en ligne`, { taille: 8.5 });
  redaction.espace(6);
  redaction.texte('Récapitulatif de la demande de financement', { gras: true, taille: 16 });
  redaction.texte(`Dossier n° ${r.numero} — ${definition.titre}`, { gras: true, taille: 12 });
  redaction.texte(`Envoyée le ${horodatageEnFrance(r.envoyeLe)} (heure de Paris)`);
  redaction.texte(`Établissement : ${r.etablissement.raisonSociale}, SIRET ${formaterSiret(r.etablissement.siret)}, ${r.etablissement.ville}`);

  for (const etape of definition.etapes) {
    const champs = champsVisibles(etape, r.donnees);
    if (!champs.length) continue;
    redaction.titre(etape.titre);
    for (const champ of champs) redaction.champ(champ.libelle, valeurAffichee(champ, lire(r.donnees, champ.chemin)));
  }

  redaction.titre('Pièces justificatives');
  const libelles = new Map(definition.piecesRequises(r.donnees).map((p) => [p.type, p.libelle]));
  if (!r.pieces.length) redaction.texte('Aucune pièce déposée.', { retrait: 10 });
  for (const piece of r.pieces) {
    redaction.texte(`${libelles.get(piece.type) ?? piece.type} : ${piece.nomFichier} (${formaterTaille(piece.taille)})`, { retrait: 10 });
    redaction.texte(`SHA-256 : ${piece.sha256}`, { retrait: 20, taille: 8 });
  }
  return doc.save();
}
