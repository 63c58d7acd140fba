import type { Collegue, Collegues } from '@mse/shared/collegues/collegue.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { actionsSurLesCollegues, actionsSurUnCollegue } from '../../policies/collegues';
import type { Employeur } from '../../policies/espaces';
import type { CollegueLu } from './collegues.repository';

export function presenterCollegue(c: CollegueLu, acteur: Employeur): Collegue {
  return {
    id: c.id,
    civilite: c.civilite,
    prenom: c.prenom,
    nom: c.nom,
    email: c.email,
    role: c.role,
    statut: c.invitationEnAttente ? 'invite' : 'actif',
    invitationExpireLe: c.invitationExpireLe?.toISOString() ?? null,
    tous: c.tous,
    etablissements: c.etablissements.map((e) => ({ siret: e.siret, siretFormate: formaterSiret(e.siret), raisonSociale: e.raisonSociale, codePostal: e.codePostal, ville: e.ville })),
    actions: actionsSurUnCollegue(acteur, c),
  };
}

export function presenterCollegues(collegues: CollegueLu[], acteur: Employeur): Collegues {
  return { collegues: collegues.map((c) => presenterCollegue(c, acteur)), actions: actionsSurLesCollegues(acteur) };
}
