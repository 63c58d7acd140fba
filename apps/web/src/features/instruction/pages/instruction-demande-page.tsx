import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterTaille } from '@mse/shared/commun/fichier';
import { formaterEuros } from '@mse/shared/commun/montant';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import type { DemandeOpco } from '@mse/shared/instruction/instruction.schema';
import { useState } from 'react';
import { useParams } from 'react-router';
import { SuiviDossierOpco } from '../../dossier/components/suivi-dossier-opco';
import { AnnonceDecision, HistoriqueExamen, PageExamen, Section } from '../../opco/examen';
import { useDemandeOpco } from '../api/demande-opco';
import { BadgeDelai, BadgeStatut } from '../components/badges';
import { Decisions } from '../components/decisions';
import { ORANGE_FONCE } from '../components/couleurs';
import { TEXTES } from '../textes';

const T = TEXTES.detail;
const horodatage = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const jour = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const COULEURS_NIVEAU = { ok: 'teal.9', avertissement: ORANGE_FONCE, bloquant: 'red.9' } as const;

function Entete({ d }: { d: DemandeOpco }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group gap="md">
          <BadgeStatut statut={d.statut} />
          <BadgeDelai delai={d.delai} statut={d.statut} />
          <Text>{d.titreDispositif}</Text>
        </Group>
        <Group gap="xl">
          <Text>
            <strong>{T.gestionnaire} :</strong> {d.gestionnaire?.nom ?? T.nonAttribuee}
          </Text>
          <Text>
            <strong>{T.envoyeLe} :</strong> {horodatage.format(new Date(d.envoyeLe))}
          </Text>
          {d.delai && (
            <Text>
              <strong>{T.echeance} :</strong> {formaterDate(d.delai.echeance)}
            </Text>
          )}
        </Group>
        {d.statut === 'a_completer' && <Text c="gray.7">{T.delaiSuspendu}</Text>}
        <Text>
          <strong>{T.etablissement} :</strong> {d.etablissement.raisonSociale} — SIRET {formaterSiret(d.etablissement.siret)}, {d.etablissement.ville}, IDCC {d.etablissement.idcc}, {T.effectif(d.etablissement.effectif)}
        </Text>
        <Text size="sm" c="gray.7">
          {T.autresDemandes(d.autresDemandes.annee, d.autresDemandes.nombre, formaterEuros(d.autresDemandes.montantEngageCentimes))}
        </Text>
        {d.montantEngageCentimes !== null && (
          <Text>
            <strong>{T.montantEngage} :</strong> {formaterEuros(d.montantEngageCentimes)}
          </Text>
        )}
        <SuiviEngagement d={d} />
      </Stack>
    </Paper>
  );
}

/** What the decision committed: automatic or not, the rupture recorded since, and the schedule. */
function SuiviEngagement({ d }: { d: DemandeOpco }) {
  return (
    <>
      {d.decisionAutomatique && (
        <Group gap="xs">
          <Badge color="teal.9" variant="light">
            {T.decisionAutomatique}
          </Badge>
          <Text size="sm">{T.decisionAutomatiqueAide}</Text>
        </Group>
      )}
      {d.rupture && <Text fw={600}>{T.rupture(formaterDate(d.rupture.date), d.rupture.motif)}</Text>}
      {d.echeancier && d.echeancier.length > 0 && (
        <div>
          <Text fw={600}>{T.echeancierEngage}</Text>
          <List spacing={2} size="sm">
            {d.echeancier.map((v) => (
              <List.Item key={`${v.date}-${v.libelle}`}>
                {formaterDate(v.date)} — {v.libelle} : {formaterEuros(v.montantCentimes)}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {d.controlesEnEchec.length > 0 && (
        <Alert color={ORANGE_FONCE} variant="light" title={T.controlesEnEchec}>
          <List size="sm">
            {d.controlesEnEchec.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}

function Contenu({ d }: { d: DemandeOpco }) {
  return (
    <Section titre={T.contenu}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {d.contenu.map((etape) => (
          <div key={etape.id}>
            <Title order={3} size="h5" mb={4}>
              {etape.titre}
            </Title>
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'minmax(10rem, 45%) 1fr', gap: '2px 12px' }}>
              {etape.champs.map((c) => (
                <div key={c.chemin} style={{ display: 'contents' }}>
                  <Text component="dt" size="sm" c="gray.7">
                    {c.libelle}
                  </Text>
                  <Text component="dd" size="sm" m={0} c={c.valeur === null ? 'gray.7' : undefined} fs={c.valeur === null ? 'italic' : undefined} style={{ overflowWrap: 'anywhere' }}>
                    {c.valeur ?? T.nonRenseigne}
                  </Text>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </SimpleGrid>
    </Section>
  );
}

function Pieces({ d }: { d: DemandeOpco }) {
  return (
    <Section titre={T.pieces}>
      {d.pieces.length === 0 ? (
        <Text c="gray.7">{T.aucunePiece}</Text>
      ) : (
        <List spacing={4}>
          {d.pieces.map((p) => (
            <List.Item key={p.id}>
              <Text span fw={600}>
                {p.libelle}
              </Text>{' '}
              — <Anchor href={`/api/opco/demandes/${encodeURIComponent(d.numero)}/pieces/${p.id}`} aria-label={T.telecharger(p.nom)}>{p.nom}</Anchor> ({formaterTaille(p.taille)}, {jour.format(new Date(p.deposeLe))})
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function Controles({ d }: { d: DemandeOpco }) {
  return (
    <Section titre={T.controles}>
      {d.controlesIndisponibles && <Alert color="orange">{d.controlesIndisponibles}</Alert>}
      {d.controles.length === 0 && !d.controlesIndisponibles && <Text c="gray.7">{T.aucunControle}</Text>}
      {d.controles.length > 0 && (
        <List spacing={6} listStyleType="none" p={0}>
          {d.controles.map((c, i) => (
            <List.Item key={`${c.champ}-${i}`}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color={COULEURS_NIVEAU[c.niveau]} variant="filled" tt="none" miw={110}>
                  {T.niveaux[c.niveau]}
                </Badge>
                <Text size="sm">
                  {c.message}
                  {(c.libelleChamp || c.champ) && (
                    <Text span c="gray.7">
                      {' '}
                      ({T.champ} : {c.libelleChamp ?? c.champ})
                    </Text>
                  )}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function Estimation({ d }: { d: DemandeOpco }) {
  const e = d.estimation;
  return (
    <Section titre={T.estimation}>
      {d.montantEstimeCentimes !== null && (
        <Text>
          <strong>{T.montantEstimeEnvoi} :</strong> {formaterEuros(d.montantEstimeCentimes)}
        </Text>
      )}
      {!e && d.estimationIndisponible && <Alert color="gray">{d.estimationIndisponible}</Alert>}
      {e && (
        <>
          <Text size="sm" c="gray.7">
            {T.estimationDu(formaterDate(e.date), e.referentielVersion)}
          </Text>
          <Table withTableBorder maw={520}>
            <Table.Tbody>
              {(['pedagogie', 'salaires', 'fraisAnnexes', 'aides', 'participationEmployeur', 'total', 'resteACharge'] as const).map((m) => (
                <Table.Tr key={m}>
                  <Table.Th scope="row" fw={m === 'total' ? 700 : 400}>
                    {T.montants[m]}
                  </Table.Th>
                  <Table.Td ta="right" fw={m === 'total' ? 700 : 400}>
                    {formaterEuros(e.detail.montants[m])}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {e.detail.echeancier.length > 0 && (
            <>
              <Title order={3} size="h5">
                {T.echeancier}
              </Title>
              <List spacing={2}>
                {e.detail.echeancier.map((v) => (
                  <List.Item key={`${v.date}-${v.libelle}`}>
                    {formaterDate(v.date)} — {v.libelle} : {formaterEuros(v.montantCentimes)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Title order={3} size="h5">
            {T.explications}
          </Title>
          <List spacing={2} size="sm">
            {[...e.detail.motifs, ...e.detail.explications].map((l, i) => (
              <List.Item key={i}>{l}</List.Item>
            ))}
          </List>
        </>
      )}
    </Section>
  );
}

/** Back office: one sent request, everything to examine it, and the decisions this staff member may take. */
export function InstructionDemandePage() {
  const { numero = '' } = useParams();
  const requete = useDemandeOpco(numero);
  const [annonce, setAnnonce] = useState<string | null>(null);
  return (
    <PageExamen retour={{ chemin: '/opco/demandes', libelle: T.retour }} titre={T.titre(numero)} requete={requete}>
      {(data) => (
        <>
          <Entete d={data} />
          <AnnonceDecision annonce={annonce} fermer={() => setAnnonce(null)} libelleFermer={TEXTES.actions.fermer} />
          <Section titre={T.actions}>
            <Decisions demande={data} fini={setAnnonce} />
          </Section>
          <Controles d={data} />
          <Estimation d={data} />
          <Pieces d={data} />
          <Contenu d={data} />
          <HistoriqueExamen titre={T.historique} historique={data.historique} />
          <SuiviDossierOpco numero={numero} statut={data.statut} />
        </>
      )}
    </PageExamen>
  );
}
