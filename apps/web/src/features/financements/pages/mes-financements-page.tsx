import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { LigneFinancement } from '@mse/shared/demande/liste.schema';
import { LIBELLES_GROUPE } from '@mse/shared/demande/statut';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { TitrePage } from '../../../components/ui/titre-page';
import { useSession } from '../../identite/api/session';
import { useDupliquerDemande } from '../api/dupliquer-demande';
import { useFinancements } from '../api/financements';
import { useSupprimerBrouillon } from '../api/supprimer-brouillon';
import { ConfirmationSuppression } from '../components/confirmation-suppression';
import { OngletsFinancements } from '../components/onglets-financements';
import { TableauFinancements } from '../components/tableau-financements';
import { CHEMIN_ONGLET, ONGLETS, TEXTES } from '../textes';

/**
 * "Mes financements" (seed 000): the tabs Brouillon, En cours, Archivé top left with their counts, and
 * the tab's requests, newest change first, « Voir plus » for the next ones. Limited to the establishment
 * chosen in the company block, like the home chart, whose numbers are the tabs' numbers.
 */
export function MesFinancementsPage() {
  const { onglet = '' } = useParams();
  const groupe = Object.hasOwn(ONGLETS, onglet) ? ONGLETS[onglet] : undefined;
  const { data: session } = useSession();
  const etablissementCourant = session?.entreprise?.etablissementCourant ?? null;
  const liste = useFinancements(groupe ?? 'en_cours', etablissementCourant);
  const navigate = useNavigate();
  const dupliquer = useDupliquerDemande();
  const supprimer = useSupprimerBrouillon();
  const [aSupprimer, setASupprimer] = useState<LigneFinancement | null>(null);

  if (!groupe) return <Navigate to={CHEMIN_ONGLET.en_cours} replace />;

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
      <OngletsFinancements actif={groupe} compteurs={premiere?.compteurs} />
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
      {liste.error && (
        <Alert color="red" role="alert">
          {liste.error.message}
        </Alert>
      )}
      {liste.isPending && <Skeleton h={160} />}
      {premiere && lignes.length === 0 && (
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
