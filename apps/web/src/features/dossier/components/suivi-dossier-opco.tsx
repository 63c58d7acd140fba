import { Anchor, Group } from '@mantine/core';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { IconDownload } from '@tabler/icons-react';
import { TEXTES } from '../textes';
import { FilMessagesDossier } from './fil-messages-dossier';

const DECIDES: readonly StatutDemande[] = ['pris_en_charge', 'facturation_en_cours', 'solde', 'refuse'];

/** In the back office's examination page: the decision letter once decided, and the thread with the company. */
export function SuiviDossierOpco({ numero, statut }: { numero: string; statut: StatutDemande }) {
  return (
    <>
      {DECIDES.includes(statut) && (
        <Anchor href={`/api/opco/demandes/${encodeURIComponent(numero)}/lettre-decision.pdf`}>
          <Group gap={4} component="span">
            <IconDownload aria-hidden size={16} />
            {TEXTES.actions.lettre}
          </Group>
        </Anchor>
      )}
      <FilMessagesDossier cible={{ cote: 'opco', numero }} />
    </>
  );
}
