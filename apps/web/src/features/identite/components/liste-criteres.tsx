import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { CRITERES_MOT_DE_PASSE } from '@mse/shared/identite/mot-de-passe.schema';

/** The live checklist under "Nouveau mot de passe" (seed 002), ticked as each criterion is met. */
export function ListeCriteres({ motDePasse, id }: { motDePasse: string; id: string }) {
  return (
    <div id={id}>
      <Text size="sm" fw={600} mt={4}>
        Votre mot de passe doit contenir :
      </Text>
      <List spacing={2} size="sm" center aria-live="polite">
        {CRITERES_MOT_DE_PASSE.map((c) => {
          const ok = c.estRespecte(motDePasse);
          return (
            <List.Item
              key={c.code}
              data-respecte={ok}
              icon={
                <ThemeIcon color={ok ? 'green.9' : 'gray.7'} size={18} radius="xl" aria-hidden>
                  {ok ? <IconCheck size={12} /> : <IconX size={12} />}
                </ThemeIcon>
              }
            >
              <Text size="sm" c={ok ? 'green.9' : 'gray.8'} component="span">
                {c.libelle}
                <span className="visuellement-cache">{ok ? ' : respecté' : ' : non respecté'}</span>
              </Text>
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
