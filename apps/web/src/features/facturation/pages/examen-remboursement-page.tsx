import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterTaille } from '@mse/shared/commun/fichier';
import { formaterEuros } from '@mse/shared/commun/montant';
import { libelleStatut } from '@mse/shared/demande/statut';
import type { RemboursementOpco } from '@mse/shared/facturation/facturation.schema';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { AnnonceDecision, HistoriqueExamen, PageExamen, Section } from '../../opco/examen';
import { useRemboursementOpco } from '../api/remboursements';
import { BadgeEtape, ORANGE_FONCE } from '../components/badges';
import { DecisionsRemboursement } from '../components/decisions-remboursement';
import { TEXTES } from '../textes';

const T = TEXTES.detail;
const horodatage = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const jour = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });

function Ligne({ libelle, children, fort }: { libelle: string; children: ReactNode; fort?: boolean }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={fort ? 700 : 400} w="55%">
        {libelle}
      </Table.Th>
      <Table.Td ta="right" fw={fort ? 700 : 400}>
        {children}
      </Table.Td>
    </Table.Tr>
  );
}

function Engagement({ r }: { r: RemboursementOpco }) {
  const d = r.dossier;
  return (
    <Section titre={T.dossier}>
      <Text>
        <strong>{T.numeroDossier} :</strong>{' '}
        <Anchor component={Link} to={`/opco/demandes/${encodeURIComponent(d.numero)}`} aria-label={T.ouvrirDossier(d.numero)}>
          {d.numero}
        </Anchor>{' '}
        — {d.titreDispositif} — <strong>{T.statutDossier} :</strong> {libelleStatut(d.statut)}
      </Text>
      {d.intituleFormation && (
        <Text>
          <strong>{T.formation} :</strong> {d.intituleFormation}
          {d.dateDebut && d.dateFin ? ` (${T.periode(formaterDate(d.dateDebut), formaterDate(d.dateFin))})` : ''}
        </Text>
      )}
      <Table withTableBorder maw={560}>
        <Table.Tbody>
          <Ligne libelle={T.montantEngage}>{d.montantEngageCentimes === null ? '—' : formaterEuros(d.montantEngageCentimes)}</Ligne>
          <Ligne libelle={T.dejaPaye}>{formaterEuros(d.dejaPayeCentimes)}</Ligne>
          <Ligne libelle={T.accepteNonPaye}>{formaterEuros(d.accepteNonPayeCentimes)}</Ligne>
          <Ligne libelle={T.resteDu} fort>
            {formaterEuros(d.resteDuCentimes)}
          </Ligne>
          <Ligne libelle={T.heures}>
            {d.heuresConvenues ?? '—'} h {T.heuresConvenues} / {r.heuresRealisees ?? '—'} h {T.heuresRealisees}
          </Ligne>
          <Ligne libelle={T.forclusion}>{d.dateLimiteForclusion ? formaterDate(d.dateLimiteForclusion) : T.nonRenseigne}</Ligne>
        </Table.Tbody>
      </Table>
    </Section>
  );
}

function Demande({ r }: { r: RemboursementOpco }) {
  return (
    <Section titre={T.demande}>
      <Group gap="xl">
        <Text>
          <strong>{T.envoyeeLe} :</strong> {horodatage.format(new Date(r.creeLe))}
        </Text>
        <Text>
          <strong>{T.etablissement} :</strong> {r.etablissement.raisonSociale} — SIRET {formaterSiret(r.etablissement.siret)}
        </Text>
        {r.beneficiaire && <Text>{r.beneficiaire}</Text>}
      </Group>
      <Table withTableBorder maw={560} aria-label={T.natures}>
        <Table.Tbody>
          {r.montants.map((m) => (
            <Ligne key={m.nature} libelle={m.libelle}>
              {formaterEuros(m.centimes)}
            </Ligne>
          ))}
          <Ligne libelle={T.montantDemande} fort>
            {formaterEuros(r.montantDemandeCentimes)}
          </Ligne>
          {r.montantAccepteCentimes !== null && <Ligne libelle={T.montantAccepte}>{formaterEuros(r.montantAccepteCentimes)}</Ligne>}
          {r.montantPayeCentimes !== null && <Ligne libelle={T.montantPaye}>{formaterEuros(r.montantPayeCentimes)}</Ligne>}
        </Table.Tbody>
      </Table>
      {r.stagiaires.length > 0 && (
        <Table withTableBorder maw={560} aria-label={T.stagiaires}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{T.stagiaire}</Table.Th>
              <Table.Th scope="col" ta="right">
                {T.heuresRealiseesCol}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.stagiaires.map((s, i) => (
              <Table.Tr key={`${s.nom}-${i}`}>
                <Table.Td>{s.nom || '—'}</Table.Td>
                <Table.Td ta="right">{s.heuresRealisees === null ? '—' : `${String(s.heuresRealisees).replace('.', ',')} h`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text>
        <strong>{T.derniereDemande} :</strong> {r.derniereDemande ? T.oui : T.non}
      </Text>
      {r.commentaire && (
        <Text>
          <strong>{T.commentaire} :</strong> {r.commentaire}
        </Text>
      )}
      {r.examinePar && (
        <Text>
          <strong>{T.examinePar} :</strong> {r.examinePar}
          {r.accepteLe ? ` — ${horodatage.format(new Date(r.accepteLe))}` : ''}
        </Text>
      )}
      {r.motifAcceptation && (
        <Text>
          <strong>{T.motifAcceptation} :</strong> {r.motifAcceptation}
        </Text>
      )}
      {r.motifRefus && (
        <Text>
          <strong>{T.motifRefus} :</strong> {r.motifRefus}
        </Text>
      )}
      {r.lot && (
        <Text>
          <strong>{T.lot} :</strong> {r.lot.numero} ({TEXTES.lots.statuts[r.lot.statut]})
        </Text>
      )}
      {r.payeLe && r.referencePaiement && (
        <Text>
          <strong>{T.paiement} :</strong> {T.payeLe(formaterDate(r.payeLe), r.referencePaiement)}
        </Text>
      )}
    </Section>
  );
}

function Alertes({ r }: { r: RemboursementOpco }) {
  return (
    <Section titre={T.alertes}>
      {r.alertes.length === 0 ? (
        <Text c="gray.7">{T.aucuneAlerte}</Text>
      ) : (
        <List spacing={6} listStyleType="none" p={0}>
          {r.alertes.map((a) => (
            <List.Item key={a.code}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color={ORANGE_FONCE} variant="filled" tt="none" miw={110}>
                  {T.alertes}
                </Badge>
                <Text size="sm">{a.message}</Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function Piece({ r, p }: { r: RemboursementOpco; p: RemboursementOpco['pieces'][number] }) {
  const [ouverte, setOuverte] = useState(false);
  const url = `/api/opco/remboursements/${encodeURIComponent(r.numero)}/pieces/${p.id}`;
  return (
    <List.Item>
      <Stack gap={6}>
        <Group gap="sm">
          <Text span fw={600}>
            {p.libelle}
          </Text>
          <Text span>
            {p.nom} ({formaterTaille(p.taille)}, {jour.format(new Date(p.deposeLe))})
          </Text>
          {p.affichable && (
            <Button size="xs" variant="light" onClick={() => setOuverte((o) => !o)} aria-expanded={ouverte} aria-label={ouverte ? `${T.masquer} : ${p.nom}` : `${T.afficher} ${p.nom}`}>
              {ouverte ? T.masquer : T.afficher}
            </Button>
          )}
          <Anchor href={url} target="_blank" rel="noopener" aria-label={T.ouvrir(p.nom)}>
            {T.ouvrir(p.nom)}
          </Anchor>
        </Group>
        {ouverte &&
          (p.typeMime === 'application/pdf' ? (
            <iframe src={url} title={T.apercu(p.nom)} style={{ width: '100%', height: 600, border: '1px solid var(--mantine-color-gray-4)' }} />
          ) : (
            <img src={url} alt={T.apercu(p.nom)} style={{ maxWidth: '100%', border: '1px solid var(--mantine-color-gray-4)' }} />
          ))}
      </Stack>
    </List.Item>
  );
}

function Pieces({ r }: { r: RemboursementOpco }) {
  return (
    <Section titre={T.pieces}>
      {r.pieces.length === 0 ? (
        <Text c="gray.7">{T.aucunePiece}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" p={0}>
          {r.pieces.map((p) => (
            <Piece key={p.id} r={r} p={p} />
          ))}
        </List>
      )}
    </Section>
  );
}

/** Back office: one reimbursement claim against its dossier's commitment, its pieces, and the decisions. */
export function ExamenRemboursementPage() {
  const { numero = '' } = useParams();
  const requete = useRemboursementOpco(numero);
  const [annonce, setAnnonce] = useState<string | null>(null);
  return (
    <PageExamen retour={{ chemin: '/opco/facturation', libelle: T.retour }} titre={T.titre(numero)} requete={requete}>
      {(data) => (
        <>
          <Group gap="md">
            <BadgeEtape etape={data.etape} />
            <Text>{data.dossier.titreDispositif}</Text>
          </Group>
          <AnnonceDecision annonce={annonce} fermer={() => setAnnonce(null)} libelleFermer={TEXTES.actions.fermer} />
          <Section titre={T.decision}>
            <DecisionsRemboursement remboursement={data} fini={setAnnonce} />
          </Section>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Engagement r={data} />
            <Alertes r={data} />
          </SimpleGrid>
          <Demande r={data} />
          <Pieces r={data} />
          <HistoriqueExamen titre={T.historique} historique={data.historique} />
        </>
      )}
    </PageExamen>
  );
}
