import { Alert, Text } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { dateLimiteDepot } from '@mse/shared/controles/delai-depot';
import type { Donnees } from '@mse/shared/demande/formulaire/champs';
import type { DefinitionFormulaire } from '@mse/shared/demande/formulaire/definition';
import { referentielParDefaut } from '@mse/shared/referentiel/referentiel-par-defaut';
import { IconClockExclamation } from '@tabler/icons-react';
import { TEXTES } from './textes';

const T = TEXTES.delai;

/** What the person must know of the deadline, from the start date typed; null when nothing applies yet. */
export function delaiEnvoi(definition: DefinitionFormulaire, donnees: Donnees, aujourdhui: string): { texte: string; depasse: boolean } | null {
  const debut = definition.resume(donnees).dateDebut;
  switch (definition.dispositif) {
    case 'apprentissage':
    case 'professionnalisation': {
      if (!debut) return null;
      let limite: string;
      try {
        limite = dateLimiteDepot(debut, referentielParDefaut);
      } catch {
        return null;
      }
      return aujourdhui > limite ? { texte: T.alternanceDepasse(formaterDate(limite)), depasse: true } : { texte: T.alternance(formaterDate(limite)), depasse: false };
    }
    case 'action_individuelle':
      if (!debut) return { texte: T.actionIndividuelle, depasse: false };
      return aujourdhui >= debut ? { texte: T.actionIndividuelleDepasse(formaterDate(debut)), depasse: true } : { texte: T.actionIndividuelleDate(formaterDate(debut)), depasse: false };
    default:
      return null;
  }
}

export function DelaiEnvoi({ definition, donnees, aujourdhui }: { definition: DefinitionFormulaire; donnees: Donnees; aujourdhui: string }) {
  const delai = delaiEnvoi(definition, donnees, aujourdhui);
  if (!delai) return null;
  if (delai.depasse) {
    return (
      <Alert color="orange" variant="light" icon={<IconClockExclamation aria-hidden />} data-testid="delai-envoi" c="orange.9">
        <Text size="sm" c="dark.7">
          {delai.texte}
        </Text>
      </Alert>
    );
  }
  return (
    <Text size="sm" data-testid="delai-envoi">
      <IconClockExclamation aria-hidden size={16} style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />
      {delai.texte}
    </Text>
  );
}
