import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { CLES_CRITERES_REMBOURSEMENTS, CriteresRemboursementsVerifiesSchema, TriRemboursementsSchema, type TriRemboursements } from '@mse/shared/remboursement/liste.schema';
import { libelleStatutRemboursement } from '@mse/shared/remboursement/statut';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useCriteresUrl } from '../../../components/recherche/criteres-url';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { CONTRASTE_ERREURS } from '../../aide/components/contraste-erreurs';
import { useSession } from '../../identite/api/session';
import { adresseExport, parametresListe, useRemboursements, type CriteresTexte } from '../api/remboursements';
import { OngletsRemboursements } from '../components/onglets-remboursements';
import { RechercheRemboursements } from '../components/recherche-remboursements';
import { TableauRemboursements } from '../components/tableau-remboursements';
import { CHEMIN_ONGLET, ONGLETS, TEXTES } from '../textes';

/** The browser's check of the criteria, with the schema the API applies: field → message. */
function erreursDesCriteres(c: CriteresTexte): Record<string, string> {
  const r = CriteresRemboursementsVerifiesSchema.safeParse(c);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

/**
 * « Mes remboursements » (seed 000): the tabs À venir, Payé, Refusé with their counts, the « Recherche
 * avancée » (criteria in the URL: back button, bookmark, share), and the tab's claims matching it,
 * newest first or sorted by date or amount, « Voir plus » for the next ones. Limited to the
 * establishment chosen in the company block, as Mes financements.
 */
export function MesRemboursementsPage() {
  const { onglet = '' } = useParams();
  const statut = Object.hasOwn(ONGLETS, onglet) ? ONGLETS[onglet] : undefined;
  const { data: session } = useSession();
  const { criteres, appliquer, actifs, params: parametresUrl } = useCriteresUrl(CLES_CRITERES_REMBOURSEMENTS);
  const triUrl = TriRemboursementsSchema.safeParse(parametresUrl.get('tri'));
  const tri: TriRemboursements = triUrl.success ? triUrl.data : 'date_desc';
  const parametres = parametresListe(statut ?? 'a_venir', criteres, tri);
  const liste = useRemboursements(parametres, session?.entreprise?.etablissementCourant ?? null);
  const [erreursLocales, setErreursLocales] = useState<Record<string, string>>({});

  if (!statut) return <Navigate to={CHEMIN_ONGLET.a_venir} replace />;

  const erreurServeur = liste.error instanceof ApiError && liste.error.status === 400 ? liste.error : null;
  const erreurs = { ...Object.fromEntries((erreurServeur?.champs ?? []).map((c) => [c.chemin, c.message])), ...erreursLocales };
  const rechercher = (valeurs: CriteresTexte) => {
    const locales = erreursDesCriteres(valeurs);
    setErreursLocales(locales);
    if (Object.keys(locales).length === 0) appliquer(valeurs);
  };
  const trier = (colonne: 'date' | 'montant') => {
    const suivant: TriRemboursements = tri.startsWith(colonne) ? (tri.endsWith('desc') ? `${colonne}_asc` : `${colonne}_desc`) : `${colonne}_desc`;
    appliquer(criteres, { tri: suivant === 'date_desc' ? null : suivant });
  };

  const pages = liste.data?.pages ?? [];
  const premiere = pages[0];
  const lignes = pages.flatMap((p) => p.remboursements);
  const total = premiere?.compteurs.find((c) => c.onglet === statut)?.nombre ?? 0;
  const libelle = libelleStatutRemboursement(statut);

  return (
    <Stack style={CONTRASTE_ERREURS}>
      <TitrePage>{TEXTES.titre}</TitrePage>
      <OngletsRemboursements actif={statut} compteurs={premiere?.compteurs} recherche={parametresUrl.toString()} />
      <Stack gap={4}>
        <Title order={2} size="h3">
          {TEXTES.ongletNom(libelle, total)}
        </Title>
        <Text size="sm" c="gray.7">
          {TEXTES.description[statut]}
        </Text>
      </Stack>
      <RechercheRemboursements criteres={criteres} actifs={actifs} erreurs={erreurs} onRechercher={rechercher} />
      {actifs > 0 && premiere && !liste.isFetching && (
        <Text role="status" fw={600}>
          {TEXTES.resultats(total)}
        </Text>
      )}
      {liste.error && (
        <Alert color="red" role="alert">
          {erreurServeur ? TEXTES.aCorriger : liste.error.message}
        </Alert>
      )}
      {premiere && total > 0 && (
        <Group gap="xs">
          <Button component="a" href={adresseExport('csv', parametres)} download variant="default" size="sm" leftSection={<IconDownload aria-hidden size={16} />}>
            {TEXTES.exporter.csv}
          </Button>
          <Button component="a" href={adresseExport('xlsx', parametres)} download variant="default" size="sm" leftSection={<IconDownload aria-hidden size={16} />}>
            {TEXTES.exporter.excel}
          </Button>
          <Text size="xs" c="gray.7">
            {TEXTES.exporter.aide}
          </Text>
        </Group>
      )}
      {liste.isPending && <Skeleton h={160} />}
      {premiere && lignes.length === 0 && <Text>{actifs > 0 ? TEXTES.aucunResultat : TEXTES.aucun[statut]}</Text>}
      {lignes.length > 0 && <TableauRemboursements lignes={lignes} onglet={statut} legende={TEXTES.legende(libelle)} tri={tri} onTrier={trier} />}
      {lignes.length > 0 && (
        <Group justify="space-between">
          <Text size="sm">{TEXTES.affiches(lignes.length, total)}</Text>
          {liste.hasNextPage && (
            <Button variant="default" onClick={() => void liste.fetchNextPage()} loading={liste.isFetchingNextPage}>
              {TEXTES.voirPlus}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
