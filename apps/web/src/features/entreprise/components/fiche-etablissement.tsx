import { Badge, Box, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import type { EtablissementDetail } from '@mse/shared/entreprise/etablissement.schema';
import type { ReactNode } from 'react';
import { useChoisirEtablissementCourant } from '../api/etablissement-courant';
import { TEXTES } from '../textes';

function Champ({ libelle, children }: { libelle: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="gray.7">
        {libelle}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

function Section({ titre, children }: { titre: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={titre}>
      <Title order={3} size="h4" mb="sm">
        {titre}
      </Title>
      {children}
    </Card>
  );
}

/** Everything the OPCO knows of one establishment, as its employer sees it. */
export function FicheEtablissement({ etablissement: e, multiSiret }: { etablissement: EtablissementDetail; multiSiret: boolean }) {
  const choisir = useChoisirEtablissementCourant();
  const { champs } = TEXTES;
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={2}>{e.raisonSociale}</Title>
          {multiSiret && e.courant && <Badge variant="light">{TEXTES.courant}</Badge>}
        </Group>
        {multiSiret && !e.courant && (
          <Button variant="light" loading={choisir.isPending} onClick={() => choisir.mutate(e.siret)}>
            {TEXTES.travaillerSur}
          </Button>
        )}
      </Group>
      {choisir.isError && (
        <Text c="red.8" role="alert">
          {TEXTES.selecteur.erreur}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section titre={TEXTES.sections.identite}>
          <Stack component="dl" gap="xs" m={0}>
            <Champ libelle={champs.raisonSociale}>{e.raisonSociale}</Champ>
            <Champ libelle={champs.siren}>{e.sirenFormate}</Champ>
            <Champ libelle={champs.siret}>{e.siretFormate}</Champ>
            <Champ libelle={champs.adresse}>
              <Box component="span" style={{ whiteSpace: 'pre-line' }}>
                {e.adresse}
              </Box>
              <br />
              {e.codePostal} {e.ville}
            </Champ>
          </Stack>
        </Section>
        <Section titre={TEXTES.sections.activite}>
          <Stack component="dl" gap="xs" m={0}>
            <Champ libelle={champs.naf}>
              {e.naf.codeFormate} – {e.naf.libelle ?? TEXTES.nafInconnu}
            </Champ>
            <Champ libelle={champs.convention}>
              {e.convention.idcc} – {e.convention.libelle}
            </Champ>
            <Champ libelle={champs.effectif}>{TEXTES.effectif(e.effectif, e.classe.libelle)}</Champ>
          </Stack>
        </Section>
        <Section titre={TEXTES.sections.adhesion}>
          <Stack component="dl" gap="xs" m={0}>
            <Champ libelle={champs.dateAdhesion}>{formaterDate(e.dateAdhesion)}</Champ>
            <Champ libelle={champs.numeroAdherent}>{e.numeroAdherent}</Champ>
          </Stack>
        </Section>
        <Section titre={TEXTES.sections.personnes}>
          <List spacing="xs" listStyleType="none" p={0}>
            {e.personnes.map((p) => (
              <List.Item key={p.email}>
                <Text fw={500}>
                  {[p.civilite, p.prenom, p.nom].filter(Boolean).join(' ')} – {TEXTES.roles[p.role]}
                </Text>
                <Text size="sm" c="gray.7">
                  {p.email}
                </Text>
              </List.Item>
            ))}
          </List>
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
