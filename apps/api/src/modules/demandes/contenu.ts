import { fusionner, type Donnees } from '@mse/shared/demande/formulaire/champs';
import type { DefinitionFormulaire, EtablissementPrerempli } from '@mse/shared/demande/formulaire/definition';
import type { EtablissementDemande } from './demandes.repository';

export function versPrerempli(e: EtablissementDemande): EtablissementPrerempli {
  return { siret: e.siret, raisonSociale: e.raisonSociale, adresse: e.adresse, codePostal: e.codePostal, ville: e.ville, naf: e.naf, idcc: e.idcc, effectif: e.effectifEntreprise };
}

/** A new draft: what the directory knows of the establishment, under whatever the person typed first. */
export function contenuInitial(definition: DefinitionFormulaire, e: EtablissementDemande, saisie: Donnees): Donnees {
  return fusionner(definition.preremplir(versPrerempli(e)), saisie);
}

/**
 * At sending, the directory's facts about the employer (SIRET, headcount, branch…) replace whatever the
 * content says: they decide eligibility and amounts, and the client is never trusted with them.
 */
export function avecEmployeurDeLAnnuaire(definition: DefinitionFormulaire, e: EtablissementDemande, donnees: Donnees): Donnees {
  return fusionner(donnees, definition.preremplir(versPrerempli(e)));
}

/** The columns the lists filter and sort on, read from the content on every save. */
export function colonnesResume(definition: DefinitionFormulaire, donnees: Donnees) {
  const r = definition.resume(donnees);
  // The column holds 14 characters: a half-typed SIRET stays in the content only.
  const organismeSiret = r.organismeSiret && /^\d{14}$/.test(r.organismeSiret) ? r.organismeSiret : null;
  return { beneficiaire: r.beneficiaire, intituleFormation: r.intituleFormation, organisme: r.organisme, organismeSiret, dateDebut: r.dateDebut, dateFin: r.dateFin };
}
