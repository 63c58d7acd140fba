import { ActionIcon, Alert, Anchor, Button, Checkbox, FileInput, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { EXTENSIONS_PIECE_DEMANDE, TYPES_PIECE_DEMANDE } from '@mse/shared/demande/piece-demande';
import { LIBELLES_NATURE, type ContexteRemboursement, type NatureMontant, type TypePieceRemboursement } from '@mse/shared/remboursement/demande-remboursement.schema';
import { MontantSaisiSchema } from '@mse/shared/remboursement/liste.schema';
import type { RemboursementCree } from '@mse/shared/remboursement/liste.schema';
import { IconPlus, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { CONTRASTE_ERREURS } from '../../aide/components/contraste-erreurs';
import { useDemanderRemboursement } from '../api/demander-remboursement';
import { useContexteRemboursement } from '../api/remboursements';
import { TEXTES } from '../textes';

const F = TEXTES.formulaire;
/** Mantine's placeholder grey is too light on white (WCAG 1.4.3). */
const STYLES_FICHIER = { placeholder: { color: 'var(--mantine-color-gray-7)' } };
/** An alert's title in its colour (even shade 9 of green) is below 4.5:1 on its light background: the text colour. */
const TITRE_LISIBLE = { title: { color: 'var(--mantine-color-text)' } };
const ACCEPT = `${EXTENSIONS_PIECE_DEMANDE},${Object.keys(TYPES_PIECE_DEMANDE).join(',')}`;

type Stagiaire = { cle: number; nom: string; heures: string };
type Saisie = {
  montants: Partial<Record<NatureMontant, string>>;
  stagiaires: Stagiaire[];
  factures: File[];
  certificat: File | null;
  justificatif: File | null;
  derniereDemande: boolean;
  commentaire: string;
};

const lireMontant = (v: string | undefined): number | null | undefined => {
  if (!v || v.trim() === '') return undefined;
  const r = MontantSaisiSchema.safeParse(v);
  return r.success ? r.data : null;
};
const lireHeures = (v: string): number | null => {
  const n = v.trim().replace(',', '.');
  return /^\d{1,5}(\.\d{1,2})?$/.test(n) ? Number(n) : null;
};

/** The browser's own checks (the server checks everything again): field → message. */
function verifierSaisie(s: Saisie, natures: readonly NatureMontant[]): Record<string, string> {
  const e: Record<string, string> = {};
  for (const n of natures) if (lireMontant(s.montants[n]) === null) e[`montants.${n}`] = F.montantInvalide;
  s.stagiaires.forEach((st, i) => {
    if (!st.nom.trim()) e[`stagiaires.${i}.nom`] = 'Indiquez le nom du stagiaire';
    if (lireHeures(st.heures) === null) e[`stagiaires.${i}.heuresRealisees`] = F.heuresInvalides;
  });
  return e;
}

function Engagement({ c }: { c: ContexteRemboursement }) {
  const lignes: [string, string][] = [
    [F.engage, c.montantEngageCentimes === null ? TEXTES.vide : formaterEuros(c.montantEngageCentimes)],
    [F.enCours, formaterEuros(c.enCoursCentimes)],
    [F.paye, formaterEuros(c.payeCentimes)],
    [F.reste, formaterEuros(c.resteCentimes)],
    [F.heuresConvenues, c.heuresConvenues === null ? TEXTES.vide : `${String(c.heuresConvenues).replace('.', ',')} h`],
    [F.dateLimite, c.dateLimite ? formaterDate(c.dateLimite) : TEXTES.vide],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="engagement-titre">
      <Title order={2} size="h4" id="engagement-titre" mb="xs">
        {F.engagement}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} component="dl" m={0}>
        {lignes.map(([terme, valeur]) => (
          <div key={terme}>
            <Text component="dt" size="sm" c="gray.7">
              {terme}
            </Text>
            <Text component="dd" m={0} fw={700} data-valeur={terme}>
              {valeur}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Text size="xs" c="gray.7" mt="xs">
        {F.dateLimiteAide}
      </Text>
    </Paper>
  );
}

function Succes({ cree }: { cree: RemboursementCree }) {
  return (
    <Alert color="green" title={F.succesTitre} role="status" styles={TITRE_LISIBLE}>
      <Stack gap="xs">
        <Text>{F.succes(cree.numero)}</Text>
        {cree.alertes.length > 0 && (
          <>
            <Text size="sm">{F.alertes}</Text>
            <List size="sm">
              {cree.alertes.map((a) => (
                <List.Item key={a.message}>{a.message}</List.Item>
              ))}
            </List>
          </>
        )}
        <Group>
          <Button component={Link} to="/mes-remboursements/a-venir">
            {F.voirRemboursements}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * « Demander un remboursement » on a dossier « Pris en charge » or « Facturation en cours »: the
 * commitment and what remains, the amounts by nature, the hours done per trainee, the pieces and « Il
 * s'agit de la dernière demande ». Everything typed stays on the page when the server refuses it, with
 * its message on each field; a retry sends the same key, so a claim is never recorded twice.
 */
export function DemanderRemboursementPage() {
  const { id = '' } = useParams();
  const contexte = useContexteRemboursement(id);
  const demander = useDemanderRemboursement(id);
  const [cle] = useState(() => crypto.randomUUID());
  const [saisie, setSaisie] = useState<Saisie | null>(null);
  const [erreursLocales, setErreursLocales] = useState<Record<string, string>>({});
  const [prochaineCle, setProchaineCle] = useState(1);

  if (contexte.isPending) return <Skeleton h={320} aria-label={F.chargement} />;
  if (contexte.error)
    return (
      <Stack>
        <TitrePage>{F.titre}</TitrePage>
        <ErreurChargement erreur={contexte.error} />
      </Stack>
    );
  const c = contexte.data;
  const s: Saisie = saisie ?? { montants: {}, stagiaires: [{ cle: 0, nom: c.demande.beneficiaire ?? '', heures: '' }], factures: [], certificat: null, justificatif: null, derniereDemande: false, commentaire: '' };
  const changer = (modif: Partial<Saisie>) => setSaisie({ ...s, ...modif });
  const erreurServeur = demander.error instanceof ApiError ? demander.error : null;
  const erreurs: Record<string, string> = { ...Object.fromEntries((erreurServeur?.champs ?? []).map((e) => [e.chemin, e.message])), ...erreursLocales };
  const generales = (erreurServeur?.champs ?? []).filter((e) => e.chemin === 'demande' || e.chemin === 'donnees' || e.chemin === 'cleIdempotence' || e.chemin === 'montants');
  const total = c.natures.reduce((t, n) => t + (lireMontant(s.montants[n]) ?? 0), 0);
  const salaires = (lireMontant(s.montants.salaires) ?? 0) > 0;
  const titreDispositif = FORMULAIRES[c.demande.dispositif].titre;

  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    const locales = verifierSaisie(s, c.natures);
    setErreursLocales(locales);
    if (Object.keys(locales).length > 0) return;
    const montants: Partial<Record<NatureMontant, number>> = {};
    for (const n of c.natures) {
      const m = lireMontant(s.montants[n]);
      if (m) montants[n] = m;
    }
    const fichiers: { type: TypePieceRemboursement; fichier: File }[] = [
      ...s.factures.map((f) => ({ type: 'facture' as const, fichier: f })),
      ...(s.certificat ? [{ type: 'certificat_realisation' as const, fichier: s.certificat }] : []),
      ...(s.justificatif ? [{ type: 'justificatif_salaire' as const, fichier: s.justificatif }] : []),
    ];
    demander.mutate({
      donnees: {
        cleIdempotence: cle,
        montants,
        stagiaires: s.stagiaires.map((st) => ({ nom: st.nom.trim(), heuresRealisees: lireHeures(st.heures) ?? 0 })),
        derniereDemande: s.derniereDemande,
        ...(s.commentaire.trim() ? { commentaire: s.commentaire.trim() } : {}),
      },
      fichiers,
    });
  };

  return (
    <Stack maw={960} style={CONTRASTE_ERREURS}>
      <TitrePage>{F.titre}</TitrePage>
      <Stack gap={2}>
        <Text fw={700}>
          {F.dossier(c.demande.numero)} — {titreDispositif}
        </Text>
        <Text size="sm" c="gray.7">
          {[c.demande.beneficiaire, c.demande.intituleFormation].filter(Boolean).join(' — ')}
        </Text>
        {c.demande.dateDebut && c.demande.dateFin && (
          <Text size="sm" c="gray.7">
            {F.periode(formaterDate(c.demande.dateDebut), formaterDate(c.demande.dateFin))}
          </Text>
        )}
        <Anchor component={Link} to={`/demandes/${c.demande.id}`} size="sm">
          {F.retourDossier}
        </Anchor>
      </Stack>
      <Engagement c={c} />

      {demander.data ? (
        <Succes cree={demander.data} />
      ) : !c.peutDemander ? (
        <Alert color="orange" title={F.impossible} role="alert" styles={TITRE_LISIBLE}>
          {c.motifImpossible}
        </Alert>
      ) : (
        <form onSubmit={envoyer} noValidate aria-label={F.titre}>
          <Stack>
            {erreurServeur && (
              <Alert color="red" role="alert" title={F.erreurs} styles={TITRE_LISIBLE}>
                {generales.length > 0 ? (
                  <List size="sm">
                    {generales.map((g) => (
                      <List.Item key={g.chemin + g.message}>{g.message}</List.Item>
                    ))}
                  </List>
                ) : (
                  erreurServeur.champs.length === 0 && erreurServeur.message
                )}
              </Alert>
            )}

            <Paper withBorder p="md" component="fieldset" m={0}>
              <Title order={2} size="h4" component="legend" px={4}>
                {F.montants}
              </Title>
              <Text size="sm" c="gray.7" mb="sm">
                {F.montantsAide}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {c.natures.map((n) => (
                  <TextInput
                    key={n}
                    label={`${LIBELLES_NATURE[n]} (€)`}
                    name={`montants.${n}`}
                    inputMode="decimal"
                    value={s.montants[n] ?? ''}
                    onChange={(e) => changer({ montants: { ...s.montants, [n]: e.currentTarget.value } })}
                    error={erreurs[`montants.${n}`]}
                  />
                ))}
              </SimpleGrid>
              <Text mt="sm" fw={700} aria-live="polite">
                {F.total} : {formaterEuros(total)}
              </Text>
              {erreurs.montants && (
                <Text c="red.8" size="sm" role="alert">
                  {erreurs.montants}
                </Text>
              )}
            </Paper>

            <Paper withBorder p="md" component="fieldset" m={0}>
              <Title order={2} size="h4" component="legend" px={4}>
                {F.stagiaires}
              </Title>
              <Text size="sm" c="gray.7" mb="sm">
                {F.stagiairesAide}
              </Text>
              <Stack gap="sm">
                {s.stagiaires.map((st, i) => (
                  <Group key={st.cle} align="flex-start" wrap="nowrap" role="group" aria-label={F.stagiaire(i + 1)}>
                    <TextInput
                      style={{ flex: 2 }}
                      label={`${F.nom} (${F.stagiaire(i + 1).toLowerCase()})`}
                      value={st.nom}
                      onChange={(e) => changer({ stagiaires: s.stagiaires.map((x) => (x.cle === st.cle ? { ...x, nom: e.currentTarget.value } : x)) })}
                      error={erreurs[`stagiaires.${i}.nom`]}
                    />
                    <TextInput
                      style={{ flex: 1 }}
                      label={`${F.heures} (${F.stagiaire(i + 1).toLowerCase()})`}
                      inputMode="decimal"
                      value={st.heures}
                      onChange={(e) => changer({ stagiaires: s.stagiaires.map((x) => (x.cle === st.cle ? { ...x, heures: e.currentTarget.value } : x)) })}
                      error={erreurs[`stagiaires.${i}.heuresRealisees`]}
                    />
                    {s.stagiaires.length > 1 && (
                      <ActionIcon variant="default" size="lg" mt={24} aria-label={F.retirerStagiaire(i + 1)} onClick={() => changer({ stagiaires: s.stagiaires.filter((x) => x.cle !== st.cle) })}>
                        <IconTrash aria-hidden size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
                {erreurs.stagiaires && (
                  <Text c="red.8" size="sm">
                    {erreurs.stagiaires}
                  </Text>
                )}
                <Group>
                  <Button
                    variant="default"
                    leftSection={<IconPlus aria-hidden size={16} />}
                    onClick={() => {
                      changer({ stagiaires: [...s.stagiaires, { cle: prochaineCle, nom: '', heures: '' }] });
                      setProchaineCle(prochaineCle + 1);
                    }}
                  >
                    {F.ajouterStagiaire}
                  </Button>
                </Group>
              </Stack>
            </Paper>

            <Paper withBorder p="md" component="fieldset" m={0}>
              <Title order={2} size="h4" component="legend" px={4}>
                {F.pieces}
              </Title>
              <Text size="sm" c="gray.7" mb="sm">
                {F.piecesAide}
              </Text>
              <Stack>
                <FileInput
                  label={F.factures}
                  placeholder={F.choisirPlusieurs}
                  multiple
                  clearable
                  clearButtonProps={{ 'aria-label': F.retirer(F.factures) }}
                  withAsterisk
                  accept={ACCEPT}
                  leftSection={<IconUpload aria-hidden size={16} />}
                  styles={STYLES_FICHIER}
                  value={s.factures}
                  onChange={(f) => changer({ factures: f })}
                  error={erreurs.facture}
                />
                <FileInput
                  label={F.certificat}
                  placeholder={F.choisir}
                  clearable
                  clearButtonProps={{ 'aria-label': F.retirer(F.certificat) }}
                  withAsterisk
                  accept={ACCEPT}
                  leftSection={<IconUpload aria-hidden size={16} />}
                  styles={STYLES_FICHIER}
                  value={s.certificat}
                  onChange={(f) => changer({ certificat: f })}
                  error={erreurs.certificat_realisation}
                />
                <FileInput
                  label={F.justificatifSalaire}
                  description={F.justificatifSalaireAide}
                  placeholder={F.choisir}
                  clearable
                  clearButtonProps={{ 'aria-label': F.retirer(F.justificatifSalaire) }}
                  withAsterisk={salaires}
                  accept={ACCEPT}
                  leftSection={<IconUpload aria-hidden size={16} />}
                  styles={STYLES_FICHIER}
                  value={s.justificatif}
                  onChange={(f) => changer({ justificatif: f })}
                  error={erreurs.justificatif_salaire}
                />
              </Stack>
            </Paper>

            <Checkbox label={F.derniereDemande} checked={s.derniereDemande} onChange={(e) => changer({ derniereDemande: e.currentTarget.checked })} error={erreurs.derniereDemande} />
            <Textarea label={F.commentaire} autosize minRows={2} maxLength={2000} value={s.commentaire} onChange={(e) => changer({ commentaire: e.currentTarget.value })} error={erreurs.commentaire} />
            <Group>
              <Button type="submit" loading={demander.isPending}>
                {F.envoyer}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
