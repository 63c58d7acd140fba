import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCloudCheck, IconCloudOff, IconCloudUpload } from '@tabler/icons-react';
import type { EtatEnregistrement } from './enregistreur';
import { aujourdhuiParis, dateDe, heureDe } from './saisie';
import { TEXTES } from './textes';

const T = TEXTES.enregistrement;

function quand(le: string): string {
  return aujourdhuiParis(new Date(le)) === aujourdhuiParis() ? T.enregistre(heureDe(le)) : T.enregistreLe(dateDe(le), heureDe(le));
}

export function texteEtat(etat: EtatEnregistrement): string {
  switch (etat.statut) {
    case 'inactif':
      return etat.le ? quand(etat.le) : T.inactif;
    case 'en_attente':
    case 'enregistrement':
      return T.enCours;
    case 'enregistre':
      return quand(etat.le);
    case 'echec':
    case 'conflit':
      return T.nonEnregistre;
  }
}

/** The save state, always in a live region, so that a screen reader hears "Enregistré à 10:42". */
export function IndicateurEnregistrement({ etat }: { etat: EtatEnregistrement }) {
  const Icone = etat.statut === 'echec' || etat.statut === 'conflit' ? IconCloudOff : etat.statut === 'enregistre' || etat.statut === 'inactif' ? IconCloudCheck : IconCloudUpload;
  return (
    <Group gap={6} wrap="nowrap">
      <Icone aria-hidden size={18} />
      <Text size="sm" role="status" data-testid="etat-enregistrement">
        {texteEtat(etat)}
      </Text>
    </Group>
  );
}

export function AlerteEchec({ etat, onReessayer }: { etat: Extract<EtatEnregistrement, { statut: 'echec' }>; onReessayer: () => void }) {
  return (
    <Alert color="red" variant="light" icon={<IconCloudOff aria-hidden />} title={T.echecTitre} c="red.9">
      <Text size="sm" c="dark.7">
        {T.echec(etat.raison)}
      </Text>
      {etat.prochainEssaiMs !== null && (
        <Text size="sm" c="dark.7">
          {T.nouvelEssai(Math.round(etat.prochainEssaiMs / 1000))}
        </Text>
      )}
      <Button mt="xs" size="xs" color="red.9" variant="outline" onClick={onReessayer}>
        {T.reessayer}
      </Button>
    </Alert>
  );
}
