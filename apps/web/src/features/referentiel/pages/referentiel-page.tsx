import { Accordion, Alert, Anchor, Button, Center, Container, Group, Loader, Stack, Text } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import type { RubriqueReferentiel } from '@mse/shared/referentiel/referentiel-admin.schema';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { useSession } from '../../identite/api/session';
import { useReferentiel } from '../api/referentiel';
import { FormulaireEntree } from '../components/formulaire-entree';
import { TableauEntrees } from '../components/tableau-entrees';
import { TEXTES } from '../textes';

function Rubrique({ rubrique, peutAjouter }: { rubrique: RubriqueReferentiel; peutAjouter: boolean }) {
  const [ouvert, setOuvert] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <Stack gap="sm">
      <TableauEntrees rubrique={rubrique} />
      {message && (
        <Alert color="green" role="status">
          {message}
        </Alert>
      )}
      {peutAjouter &&
        (ouvert ? (
          <FormulaireEntree
            rubrique={rubrique}
            onTermine={(texte) => {
              setOuvert(false);
              setMessage(texte);
            }}
          />
        ) : (
          <Button variant="light" w="fit-content" aria-label={`${TEXTES.ajouter} : ${rubrique.libelle}`} onClick={() => { setMessage(''); setOuvert(true); }}>
            {TEXTES.ajouter}
          </Button>
        ))}
    </Stack>
  );
}

/** `/opco/referentiel`: the dated values of the rules, for the staff; administrators add new ones. */
export function ReferentielPage() {
  const { data: session, isPending: sessionEnCours } = useSession();
  const referentiel = useReferentiel(session?.utilisateur.espace === 'opco');
  if (sessionEnCours) {
    return (
      <Center h="100vh">
        <Loader role="progressbar" aria-label="Chargement" />
      </Center>
    );
  }
  if (!session || session.utilisateur.espace !== 'opco') return <Navigate to="/opco/connexion" replace />;
  const { data } = referentiel;
  return (
    <main>
      <Container size="xl" py="xl">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <TitrePage>{TEXTES.titre}</TitrePage>
            <Anchor component={Link} to="/opco">
              {TEXTES.retour}
            </Anchor>
          </Group>
          <Text maw={900}>{TEXTES.introduction}</Text>
          {referentiel.error && <ErreurChargement erreur={referentiel.error} />}
          {referentiel.isPending && <Loader role="progressbar" aria-label="Chargement du référentiel" />}
          {data && (
            <>
              <Text size="sm" c="gray.7">
                {TEXTES.version(data.version, formaterDate(data.date))}
              </Text>
              {!data.actions.ajouterEntree && <Alert color="gray">{TEXTES.lectureSeule}</Alert>}
              <Accordion multiple order={2} defaultValue={['smic']} variant="separated">
                {data.rubriques.map((r) => (
                  <Accordion.Item key={r.rubrique} value={r.rubrique}>
                    <Accordion.Control>
                      {r.libelle} ({r.entrees.length})
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Rubrique rubrique={r} peutAjouter={data.actions.ajouterEntree} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </>
          )}
        </Stack>
      </Container>
    </main>
  );
}
