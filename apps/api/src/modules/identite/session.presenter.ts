import { classeEntreprise, LIBELLES_CLASSE } from '@mse/shared/entreprise/classe-entreprise';
import type { Session } from '@mse/shared/identite/session.schema';
import type { Db } from '../../db/database';
import { estEmployeur, type Employeur } from '../../policies/espaces';
import { etablissementDuBlocEntreprise } from '../entreprise/etablissements.repository';
import type { SessionCourante } from '../../plugins/session';

/** The establishment shown in the company block: the one the user chose, else the account's first one (by SIRET). */
async function entrepriseDuCompte(db: Db, employeur: Employeur): Promise<Session['entreprise']> {
  const bloc = await etablissementDuBlocEntreprise(db, employeur);
  if (!bloc) return null;
  const { etablissement: e } = bloc;
  return {
    raisonSociale: e.raisonSociale,
    codePostal: e.codePostal,
    ville: e.ville,
    siret: e.siret,
    multiSiret: bloc.nombre > 1,
    nombreEtablissements: bloc.nombre,
    idcc: e.idcc,
    conventionLibelle: bloc.conventionLibelle,
    classe: LIBELLES_CLASSE[classeEntreprise(e.effectifEntreprise)],
    etablissementCourant: bloc.choisi ? e.siret : null,
  };
}

export async function presenterSession(db: Db, session: SessionCourante): Promise<Session> {
  const u = session.utilisateur;
  return {
    utilisateur: {
      id: u.id,
      civilite: u.civilite,
      prenom: u.prenom,
      nom: u.nom,
      email: u.email,
      role: u.role,
      espace: estEmployeur(u) ? 'entreprise' : 'opco',
    },
    entreprise: estEmployeur(u) ? await entrepriseDuCompte(db, u) : null,
    csrfToken: session.csrfToken,
  };
}
