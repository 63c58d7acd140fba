import type { ActionLigneFinancement } from '@mse/shared/demande/liste.schema';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { GROUPES_STATUT, groupeDuStatut, LIBELLES_GROUPE, STATUTS, type GroupeStatut } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import type { PageRechercheFinancements, TriFinancements } from '@mse/shared/financement/criteres-recherche';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import type { ColonneExport } from '../../exports/export';
import { encoderCurseur } from './curseur';
import type { listerFinancements } from './financements.repository';

type Page = Awaited<ReturnType<typeof listerFinancements>>;
type LigneListe = Page['lignes'][number];

export function presenterPageFinancements(input: {
  groupe: GroupeStatut;
  tri: TriFinancements;
  page: Page;
  parStatut: Map<StatutDemande, number>;
  perimetre: { siret: string; raisonSociale: string } | null;
  /** The actions the signed-in person may take on a row (policies/demandes.ts). */
  actions: (statut: StatutDemande) => ActionLigneFinancement[];
}): PageRechercheFinancements {
  const parGroupe = new Map<GroupeStatut, number>(GROUPES_STATUT.map((g) => [g, 0]));
  for (const [statut, nombre] of input.parStatut) parGroupe.set(groupeDuStatut(statut), (parGroupe.get(groupeDuStatut(statut)) ?? 0) + nombre);
  return {
    groupe: input.groupe,
    demandes: input.page.lignes.map((l) => ({
      id: l.id,
      numero: l.numero,
      dispositif: l.dispositif,
      statut: l.statut,
      beneficiaire: l.beneficiaire,
      intituleFormation: l.intituleFormation,
      organisme: l.organisme,
      dateDebut: l.dateDebut,
      dateFin: l.dateFin,
      montantEstimeCentimes: l.montantEstimeCentimes,
      montantEngageCentimes: l.montantEngageCentimes,
      etablissement: { siret: l.etablissement.siret, siretFormate: formaterSiret(l.etablissement.siret), raisonSociale: l.etablissement.raisonSociale, ville: l.etablissement.ville },
      envoyeLe: l.envoyeLe?.toISOString() ?? null,
      modifieLe: l.modifieLe.toISOString(),
      actions: input.actions(l.statut),
    })),
    suivant: input.page.suivant ? encoderCurseur(input.page.suivant) : null,
    precedent: input.page.precedent ? encoderCurseur(input.page.precedent) : null,
    total: parGroupe.get(input.groupe) ?? 0,
    tri: input.tri,
    ordre: input.page.ordre,
    compteurs: GROUPES_STATUT.map((groupe) => ({ groupe, libelle: LIBELLES_GROUPE[groupe], nombre: parGroupe.get(groupe) ?? 0 })),
    perimetre: input.perimetre ? { siret: input.perimetre.siret, raisonSociale: input.perimetre.raisonSociale } : null,
  };
}

/** The export's columns: the table's, with the amounts split (estimated, committed) and the SIRETs. */
export const COLONNES_EXPORT_FINANCEMENTS: ColonneExport<LigneListe>[] = [
  { titre: 'N° de dossier', type: 'texte', valeur: (l) => l.numero ?? 'Brouillon', largeur: 18 },
  { titre: 'Dispositif', type: 'texte', valeur: (l) => FORMULAIRES[l.dispositif].titre, largeur: 28 },
  { titre: 'Bénéficiaire', type: 'texte', valeur: (l) => l.beneficiaire, largeur: 24 },
  { titre: 'Formation', type: 'texte', valeur: (l) => l.intituleFormation, largeur: 50 },
  { titre: 'Organisme de formation', type: 'texte', valeur: (l) => l.organisme, largeur: 36 },
  { titre: 'SIRET de l’organisme', type: 'texte', valeur: (l) => l.organismeSiret, largeur: 16 },
  { titre: 'Début', type: 'date', valeur: (l) => l.dateDebut },
  { titre: 'Fin', type: 'date', valeur: (l) => l.dateFin },
  { titre: 'Montant estimé (€)', type: 'montant', valeur: (l) => l.montantEstimeCentimes, largeur: 16 },
  { titre: 'Montant engagé (€)', type: 'montant', valeur: (l) => l.montantEngageCentimes, largeur: 16 },
  { titre: 'Statut', type: 'texte', valeur: (l) => STATUTS[l.statut].libelle, largeur: 22 },
  { titre: 'Établissement', type: 'texte', valeur: (l) => l.etablissement.raisonSociale, largeur: 32 },
  { titre: 'SIRET de l’établissement', type: 'texte', valeur: (l) => l.etablissement.siret, largeur: 16 },
  { titre: 'Envoyée le', type: 'dateHeure', valeur: (l) => l.envoyeLe, largeur: 17 },
  { titre: 'Mise à jour', type: 'dateHeure', valeur: (l) => l.modifieLe, largeur: 17 },
];
