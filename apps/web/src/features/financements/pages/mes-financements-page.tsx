import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { LigneFinancement } from '@mse/shared/demande/liste.schema';
import { groupeDuStatut, LIBELLES_GROUPE } from '@mse/shared/demande/statut';
import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import {
  CLES_CRITERES_FINANCEMENT,
  CriteresFinancementsSchema,
  ORDRE_PAR_DEFAUT,
  OrdreTriSchema,
  TriFinancementsSchema,
  type TriFinancements,
} from '@mse/shared/financement/criteres-recherche';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { parametresDesCriteres, useCriteresUrl } from '../../../components/recherche/criteres-url';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../identite/api/session';
import { useDupliquerDemande } from '../api/dupliquer-demande';
import { adresseExport, parametresListe, useFinancements, type CriteresTexte } from '../api/financements';
import { useSupprimerBrouillon } from '../api/supprimer-brouillon';
import { ConfirmationSuppression } from '../components/confirmation-suppression';
import { OngletsFinancements } from '../components/onglets-financements';
import { RechercheFinancements } from '../components/recherche-financements';
import { TableauFinancements } from '../components/tableau-financements';
import { CHEMIN_ONGLET, ONGLETS, TEXTES } from '../textes';

/** The client-side check of the criteria (the shared schema the API applies): field → message. */
function erreursDesCriteres(c: CriteresTexte): Record<string, string> {
  const r = CriteresFinancementsSchema.safeParse(c);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

/**
 * "Mes financements" (seed 000): the tabs Brouillon, En cours, Archivé top left with their counts, the
 * « Recherche avancée », and the tab's requests matching it, sorted by the column chosen (last change
 * first by default), « Voir plus » for the next ones, and the export of that list. Criteria and sort
 * live in the URL. Limited to the establishment chosen in the company block, like the home chart,
 * whose numbers are the tabs' numbers when no criterion is set.
 */
export function MesFinancementsPage() {
  const { onglet = '' } = useParams();
  const groupe = Object.hasOwn(ONGLETS, onglet) ? ONGLETS[onglet] : undefined;
  const { data: session } = useSession();
  const etablissementCourant = session?.entreprise?.etablissementCourant ?? null;
  const { criteres, appliquer, actifs, params: parametresUrl } = useCriteresUrl(CLES_CRITERES_FINANCEMENT);
  const triUrl = TriFinancementsSchema.safeParse(parametresUrl.get('tri'));
  const ordreUrl = OrdreTriSchema.safeParse(parametresUrl.get('ordre'));
  const tri: TriFinancements = triUrl.success ? triUrl.data : 'modifie';
  const ordre = ordreUrl.success ? ordreUrl.data : ORDRE_PAR_DEFAUT[tri];
  const parametres = parametresListe(groupe ?? 'en_cours', criteres, { tri: triUrl.success ? tri : '', ordre: ordreUrl.success ? ordre : '' });
  const liste = useFinancements(parametres, etablissementCourant);
  const [erreursLocales, setErreursLocales] = useState<Record<string, string>>({});
  const navigate = useNavigate();
  const dupliquer = useDupliquerDemande();
  const supprimer = useSupprimerBrouillon();
  const [aSupprimer, setASupprimer] = useState<LigneFinancement | null>(null);

  if (!groupe) return <Navigate to={CHEMIN_ONGLET.en_cours} replace />;

  const erreurServeur = liste.error instanceof ApiError && liste.error.status === 400 ? liste.error : null;
  const erreurs = { ...Object.fromEntries((erreurServeur?.champs ?? []).map((c) => [c.chemin, c.message])), ...erreursLocales };
  const rechercher = (valeurs: CriteresTexte) => {
    const locales = erreursDesCriteres(valeurs);
    setErreursLocales(locales);
    if (Object.keys(locales).length > 0) return;
    // A detailed status belongs to one tab: the search opens it.
    const cible = valeurs.statut ? groupeDuStatut(valeurs.statut as StatutDemande) : groupe;
    if (cible === groupe) appliquer(valeurs);
    else void navigate({ pathname: CHEMIN_ONGLET[cible], search: `?${parametresDesCriteres(valeurs, triUrl.success ? { tri, ordre } : {})}` });
  };
  const trier = (colonne: TriFinancements) =>
    appliquer(criteres, { tri: colonne, ordre: colonne === tri ? (ordre === 'asc' ? 'desc' : 'asc') : ORDRE_PAR_DEFAUT[colonne] });
  const recherche = parametresUrl.toString();

  const pages = liste.data?.pages ?? [];
  const premiere = pages[0];
  const lignes = pages.flatMap((p) => p.demandes);
  const total = premiere?.compteurs.find((c) => c.groupe === groupe)?.nombre ?? 0;
  const libelle = LIBELLES_GROUPE[groupe];
  const avecEtablissement = !!session?.entreprise?.multiSiret && !premiere?.perimetre;

  const surDupliquer = (l: LigneFinancement) =>
    dupliquer.mutate(l.id, {
      onSuccess: (copie) => {
        notifications.show({ message: TEXTES.duplication.faite, color: 'green' });
        void navigate(`/demandes/${copie.id}/modifier`);
      },
      onError: (e) => notifications.show({ message: e.message, color: 'red' }),
    });
  const confirmerSuppression = () => {
    if (!aSupprimer) return;
    supprimer.mutate(aSupprimer.id, {
      onSuccess: () => {
        setASupprimer(null);
        notifications.show({ message: TEXTES.suppression.faite, color: 'green' });
      },
    });
  };
  const fermerSuppression = () => {
    setASupprimer(null);
    supprimer.reset();
  };

  return (
    <Stack>
      <TitrePage>{TEXTES.titre}</TitrePage>
      <OngletsFinancements actif={groupe} compteurs={premiere?.compteurs} recherche={recherche} />
      <Stack gap={4}>
        <Title order={2} size="h3">
          {TEXTES.ongletNom(libelle, total)}
        </Title>
        <Text size="sm" c="gray.7">
          {TEXTES.description[groupe]}
        </Text>
        {premiere && (
          <Text size="sm" c="gray.7">
            {premiere.perimetre ? TEXTES.perimetre(premiere.perimetre.raisonSociale) : TEXTES.perimetreTous}
            {session?.entreprise?.multiSiret && ` — ${TEXTES.perimetreAide}`}
          </Text>
        )}
      </Stack>
      <RechercheFinancements criteres={criteres} actifs={actifs} erreurs={erreurs} avecEtablissement={!!session?.entreprise?.multiSiret} onRechercher={rechercher} />
      {actifs > 0 && premiere && (
        <Text role="status" fw={600}>
          {TEXTES.recherche.resultats(premiere.total)}
        </Text>
      )}
      {liste.error && (
        <Alert color="red" role="alert">
          {erreurServeur ? TEXTES.recherche.aCorriger : liste.error.message}
        </Alert>
      )}
      {premiere && premiere.total > 0 && (
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
      {premiere && lignes.length === 0 && actifs === 0 && (
        <Stack gap="sm" align="flex-start">
          <Text>{TEXTES.aucune[groupe]}</Text>
          {groupe === 'brouillon' && (
            <Button component={Link} to="/demander-un-financement">
              {TEXTES.demander}
            </Button>
          )}
        </Stack>
      )}
      {lignes.length > 0 && (
        <TableauFinancements
          lignes={lignes}
          legende={TEXTES.legende(libelle)}
          avecEtablissement={avecEtablissement}
          tri={{ tri, ordre, onTrier: trier }}
          onDupliquer={surDupliquer}
          onSupprimer={setASupprimer}
          duplicationEnCours={dupliquer.isPending ? dupliquer.variables : undefined}
        />
      )}
      {lignes.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" role="status">
            {TEXTES.affichees(lignes.length, total)}
          </Text>
          {liste.hasNextPage && (
            <Button variant="default" onClick={() => void liste.fetchNextPage()} loading={liste.isFetchingNextPage}>
              {TEXTES.voirPlus}
            </Button>
          )}
        </Group>
      )}
      <ConfirmationSuppression
        nom={aSupprimer ? TEXTES.nomLigne(aSupprimer) : ''}
        ouverte={aSupprimer !== null}
        enCours={supprimer.isPending}
        erreur={supprimer.error?.message}
        onConfirmer={confirmerSuppression}
        onFermer={fermerSuppression}
      />
    </Stack>
  );
}
