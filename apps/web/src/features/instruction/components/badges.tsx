import { Badge, Text } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { libelleStatut } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { libelleJours } from '@mse/shared/instruction/delai-legal';
import type { LigneDemandeOpco } from '@mse/shared/instruction/instruction.schema';
import { ORANGE_FONCE, VERT_FONCE } from './couleurs';
import { TEXTES } from '../textes';

// Dark shades: white text on them passes WCAG AA (4.5:1).
const COULEURS: Record<StatutDemande, string> = {
  brouillon: 'gray.8',
  envoye: 'opco.8',
  en_cours_de_traitement: 'indigo.9',
  a_completer: ORANGE_FONCE,
  pris_en_charge: 'teal.9',
  facturation_en_cours: 'cyan.9',
  solde: VERT_FONCE,
  annule: 'gray.8',
  refuse: 'red.9',
};

export function BadgeStatut({ statut }: { statut: StatutDemande }) {
  return (
    <Badge color={COULEURS[statut]} variant="filled" tt="none">
      {libelleStatut(statut)}
    </Badge>
  );
}

/**
 * The legal clock as a badge: « J-5 », orange from day 15, red once passed; the full sentence for
 * screen readers. A paused clock (« À compléter ») says so.
 */
export function BadgeDelai({ delai, statut }: { delai: LigneDemandeOpco['delai']; statut: StatutDemande }) {
  if (!delai) {
    return statut === 'a_completer' ? (
      <Badge color="gray.8" variant="outline" tt="none">
        {TEXTES.delai.suspendu}
      </Badge>
    ) : (
      <Text span c="gray.7">
        {TEXTES.delai.aucun}
      </Text>
    );
  }
  const couleur = delai.depasse ? 'red.9' : delai.alerte ? ORANGE_FONCE : 'gray.8';
  const accessible = TEXTES.delai.accessible(delai.joursRestants, formaterDate(delai.echeance), delai.depasse);
  return (
    <Badge color={couleur} variant={delai.alerte ? 'filled' : 'outline'} tt="none" title={accessible}>
      <span aria-hidden>{libelleJours(delai)}</span>
      <span className="visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
        {accessible}
      </span>
    </Badge>
  );
}
