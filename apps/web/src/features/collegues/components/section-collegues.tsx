import { Alert, Button, Card, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Collegue } from '@mse/shared/collegues/collegue.schema';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { useCollegues } from '../api/collegues';
import { useRenvoyerInvitation } from '../api/renvoyer-invitation';
import { useRevoquerCollegue } from '../api/revoquer-collegue';
import { TEXTES } from '../textes';
import { FormulaireCollegue } from './formulaire-collegue';

const nomComplet = (c: Collegue) => `${c.prenom} ${c.nom}`;
const AFFICHES = 3;

function Etablissements({ collegue }: { collegue: Collegue }) {
  if (collegue.tous) return <Text size="sm">{TEXTES.tous}</Text>;
  const premiers = collegue.etablissements.slice(0, AFFICHES);
  const reste = collegue.etablissements.length - premiers.length;
  return (
    <Text size="sm">
      {premiers.map((e) => e.raisonSociale).join(', ')}
      {reste > 0 && ` ${TEXTES.etAutres(reste)}`}
    </Text>
  );
}

function Statut({ collegue, maintenant }: { collegue: Collegue; maintenant: number }) {
  if (collegue.statut === 'actif') return <Text size="sm">{TEXTES.statut.actif}</Text>;
  const expire = collegue.invitationExpireLe;
  if (!expire || Date.parse(expire) <= maintenant) return <Text size="sm" c="red.8">{TEXTES.statut.expire}</Text>;
  return <Text size="sm">{TEXTES.statut.invite(new Date(expire).toLocaleDateString('fr-FR'))}</Text>;
}

/**
 * "Collègues" in Mon entreprise: the owner's colleagues with their role and establishments, and the
 * buttons the API allows (invite, change, resend, revoke). Anyone else gets 403 and this shows nothing.
 */
export function SectionCollegues({ multiSiret }: { multiSiret: boolean }) {
  const { data, error } = useCollegues();
  const renvoyer = useRenvoyerInvitation();
  const revoquer = useRevoquerCollegue();
  const [formulaire, setFormulaire] = useState<{ collegue?: Collegue } | null>(null);
  const [aRevoquer, setARevoquer] = useState<Collegue | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; texte: string }>();
  const [maintenant] = useState(() => Date.now());

  if (!data) {
    // 403: not the owner — nothing to show. Any other failure is said.
    return error && !(error instanceof ApiError && error.status === 403) ? <Alert color="red">{error.message}</Alert> : null;
  }
  const termine = (texte: string) => {
    setFormulaire(null);
    setMessage({ ok: true, texte });
  };
  const echec = (e: Error) => setMessage({ ok: false, texte: e.message });

  return (
    <Card withBorder component="section" aria-labelledby="titre-collegues">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id="titre-collegues">
              {TEXTES.titre}
            </Title>
            <Text size="sm" c="gray.7">
              {TEXTES.introduction}
            </Text>
          </div>
          {data.actions.includes('inviter') && (
            <Button leftSection={<IconUserPlus aria-hidden size={18} />} onClick={() => setFormulaire({})}>
              {TEXTES.inviter}
            </Button>
          )}
        </Group>
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'} withCloseButton closeButtonLabel="Fermer le message" onClose={() => setMessage(undefined)}>
            {message.texte}
          </Alert>
        )}
        {data.collegues.length === 0 ? (
          <Text>{TEXTES.aucun}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table>
              <caption>
                <VisuallyHidden>{TEXTES.titre}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{TEXTES.colonnes.collegue}</Table.Th>
                  <Table.Th>{TEXTES.colonnes.role}</Table.Th>
                  <Table.Th>{TEXTES.colonnes.etablissements}</Table.Th>
                  <Table.Th>{TEXTES.colonnes.statut}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{TEXTES.colonnes.actions}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.collegues.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Text fw={500}>{nomComplet(c)}</Text>
                      <Text size="sm" c="gray.7">
                        {c.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{TEXTES.roles[c.role]}</Table.Td>
                    <Table.Td>
                      <Etablissements collegue={c} />
                    </Table.Td>
                    <Table.Td>
                      <Statut collegue={c} maintenant={maintenant} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        {c.actions.includes('modifier') && (
                          <Button size="xs" variant="default" aria-label={TEXTES.actions.modifierNom(nomComplet(c))} onClick={() => setFormulaire({ collegue: c })}>
                            {TEXTES.actions.modifier}
                          </Button>
                        )}
                        {c.actions.includes('renvoyerInvitation') && (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={TEXTES.actions.renvoyerNom(nomComplet(c))}
                            loading={renvoyer.isPending && renvoyer.variables === c.id}
                            onClick={() => renvoyer.mutate(c.id, { onSuccess: () => setMessage({ ok: true, texte: TEXTES.messages.renvoye(c.email) }), onError: echec })}
                          >
                            {TEXTES.actions.renvoyer}
                          </Button>
                        )}
                        {c.actions.includes('revoquer') && (
                          <Button size="xs" variant="outline" color="red.8" aria-label={TEXTES.actions.revoquerNom(nomComplet(c))} onClick={() => setARevoquer(c)}>
                            {TEXTES.actions.revoquer}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {formulaire && <FormulaireCollegue collegue={formulaire.collegue} multiSiret={multiSiret} onClose={() => setFormulaire(null)} onDone={termine} />}
      <Modal opened={!!aRevoquer} onClose={() => setARevoquer(null)} title={TEXTES.revocation.titre} closeButtonProps={{ 'aria-label': TEXTES.formulaire.annuler }}>
        {aRevoquer && (
          <Stack>
            <Text>{TEXTES.revocation.texte(nomComplet(aRevoquer), aRevoquer.email)}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setARevoquer(null)}>
                {TEXTES.formulaire.annuler}
              </Button>
              <Button
                color="red.8"
                loading={revoquer.isPending}
                onClick={() =>
                  revoquer.mutate(aRevoquer.id, {
                    onSuccess: () => {
                      setMessage({ ok: true, texte: TEXTES.messages.revoque(nomComplet(aRevoquer)) });
                      setARevoquer(null);
                    },
                    onError: (e) => {
                      setARevoquer(null);
                      echec(e);
                    },
                  })
                }
              >
                {TEXTES.revocation.confirmer}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
