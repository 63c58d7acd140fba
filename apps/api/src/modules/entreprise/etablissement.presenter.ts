import { classeEntreprise, LIBELLES_CLASSE } from '@mse/shared/entreprise/classe-entreprise';
import { RoleEmployeurSchema, type EtablissementDetail, type PageEtablissements } from '@mse/shared/entreprise/etablissement.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { formaterSiren } from '@mse/shared/identifiants/siren';
import { formaterNaf } from '@mse/shared/identifiants/naf';
import type { Employeur } from '../../policies/espaces';
import { libelleNaf } from '../../referentiels/naf';
import { encoderCurseur } from './curseur';
import type { rechercherEtablissements, trouverEtablissement } from './etablissements.repository';

type Page = Awaited<ReturnType<typeof rechercherEtablissements>>;
type Trouve = NonNullable<Awaited<ReturnType<typeof trouverEtablissement>>>;

export function presenterPageEtablissements(page: Page, employeur: Employeur): PageEtablissements {
  return {
    etablissements: page.lignes.map((e) => ({
      siret: e.siret,
      siretFormate: formaterSiret(e.siret),
      raisonSociale: e.raisonSociale,
      adresse: e.adresse,
      codePostal: e.codePostal,
      ville: e.ville,
      courant: e.id === employeur.etablissementCourantId,
    })),
    total: page.total,
    suivant: page.suivant ? encoderCurseur(page.suivant) : null,
  };
}

export function presenterEtablissement({ etablissement: e, conventionLibelle, personnes }: Trouve, employeur: Employeur): EtablissementDetail {
  const classe = classeEntreprise(e.effectifEntreprise);
  return {
    siret: e.siret,
    siretFormate: formaterSiret(e.siret),
    siren: e.siren,
    sirenFormate: formaterSiren(e.siren),
    raisonSociale: e.raisonSociale,
    adresse: e.adresse,
    codePostal: e.codePostal,
    ville: e.ville,
    naf: { code: e.naf, codeFormate: formaterNaf(e.naf), libelle: libelleNaf(e.naf) },
    convention: { idcc: e.idcc, libelle: conventionLibelle },
    effectif: e.effectifEntreprise,
    classe: { code: classe, libelle: LIBELLES_CLASSE[classe] },
    dateAdhesion: e.dateAdhesion,
    numeroAdherent: e.numeroAdherent,
    // Only employer roles can belong to an account; the parse keeps the type honest without a cast.
    personnes: personnes.flatMap((p) => {
      const role = RoleEmployeurSchema.safeParse(p.role);
      return role.success ? [{ civilite: p.civilite, prenom: p.prenom, nom: p.nom, email: p.email, role: role.data }] : [];
    }),
    courant: e.id === employeur.etablissementCourantId,
  };
}
