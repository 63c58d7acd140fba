import type { ActionLigneFinancement, PageFinancements } from '@mse/shared/demande/liste.schema';
import { GROUPES_STATUT, groupeDuStatut, LIBELLES_GROUPE, type GroupeStatut } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { encoderCurseur } from './curseur';
import type { listerFinancements } from './financements.repository';

type Page = Awaited<ReturnType<typeof listerFinancements>>;

export function presenterPageFinancements(input: {
  groupe: GroupeStatut;
  page: Page;
  parStatut: Map<StatutDemande, number>;
  perimetre: { siret: string; raisonSociale: string } | null;
  /** The actions the signed-in person may take on a row (policies/demandes.ts). */
  actions: (statut: StatutDemande) => ActionLigneFinancement[];
}): PageFinancements {
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
    compteurs: GROUPES_STATUT.map((groupe) => ({ groupe, libelle: LIBELLES_GROUPE[groupe], nombre: parGroupe.get(groupe) ?? 0 })),
    perimetre: input.perimetre ? { siret: input.perimetre.siret, raisonSociale: input.perimetre.raisonSociale } : null,
  };
}
