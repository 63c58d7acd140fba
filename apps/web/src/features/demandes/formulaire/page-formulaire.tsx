import { Alert, Anchor, Center, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import type { DemandeDetail } from '@mse/shared/demande/demande.schema';
import type { Donnees } from '@mse/shared/demande/formulaire/champs';
import type { DefinitionFormulaire } from '@mse/shared/demande/formulaire/definition';
import { FORMULAIRES, formulaireParSlug } from '@mse/shared/demande/formulaire/formulaires';
import type { EtablissementDetail } from '@mse/shared/entreprise/etablissement.schema';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErreurChargement } from '../../../components/ui/erreur-chargement';
import { TitrePage } from '../../../components/ui/titre-page';
import { ApiError } from '../../../lib/api';
import { useEtablissement } from '../../entreprise/api/etablissement';
import { useEtablissements } from '../../entreprise/api/etablissements';
import { useSession } from '../../identite/api/session';
import { useDemande } from '../api/demande';
import { copieARestaurer, lireCopieLocale } from './copie-locale';
import { EditeurDemande } from './editeur-demande';
import { dateDe } from './saisie';
import { TEXTES } from './textes';

function Chargement({ libelle }: { libelle: string }) {
  return (
    <Center py="xl">
      <Loader role="progressbar" aria-label={libelle} />
    </Center>
  );
}

function apercuPrerempli(definition: DefinitionFormulaire, e: EtablissementDetail): Donnees {
  return definition.preremplir({
    siret: e.siret,
    raisonSociale: e.raisonSociale,
    adresse: e.adresse,
    codePostal: e.codePostal,
    ville: e.ville,
    naf: e.naf.code,
    idcc: e.convention.idcc,
    effectif: e.effectif,
  });
}

/** A multi-establishment account working on "Tous les établissements" says which one the request is for. */
function ChoixEtablissement({ titre, onChoix }: { titre: string; onChoix: (siret: string) => void }) {
  const { data, isPending } = useEtablissements({ taille: 100 });
  return (
    <Stack maw={640}>
      <TitrePage>{titre}</TitrePage>
      {isPending ? (
        <Chargement libelle={TEXTES.chargementFormulaire} />
      ) : (
        <NativeSelect
          label={TEXTES.etablissement.libelle}
          description={TEXTES.etablissement.aide}
          required
          defaultValue=""
          onChange={(e) => e.currentTarget.value && onChoix(e.currentTarget.value)}
          data={[
            { value: '', label: TEXTES.champ.choisir },
            ...(data?.etablissements ?? []).map((e) => ({ value: e.siret, label: `${e.raisonSociale} – ${e.codePostal} ${e.ville} (${e.siretFormate})` })),
          ]}
        />
      )}
    </Stack>
  );
}

/** A new, empty form: the establishment (chosen, or the one worked on) pre-fills the employer block. */
function NouvelleDemande({ definition, id }: { definition: DefinitionFormulaire; id: string }) {
  const { data: session } = useSession();
  const location = useLocation();
  const entreprise = session?.entreprise ?? null;
  const demande = new URLSearchParams(location.search).get('siret');
  const [choisi, setChoisi] = useState<string | null>(null);
  const siretCourant = choisi ?? demande ?? entreprise?.etablissementCourant ?? (entreprise && !entreprise.multiSiret ? entreprise.siret : null);
  const etablissement = useEtablissement(siretCourant ?? '');
  if (!siretCourant) return <ChoixEtablissement titre={definition.titre} onChoix={setChoisi} />;
  if (etablissement.isPending && etablissement.fetchStatus !== 'idle') return <Chargement libelle={TEXTES.chargementFormulaire} />;
  return (
    <EditeurDemande
      definition={definition}
      depart={{
        id,
        version: null,
        donnees: {},
        pieces: [],
        modifieLe: null,
        siret: choisi ?? demande ?? undefined,
        apercuPrerempli: etablissement.data ? apercuPrerempli(definition, etablissement.data) : undefined,
      }}
    />
  );
}

function DemandeEnvoyee({ demande }: { demande: DemandeDetail }) {
  return (
    <Stack maw={720}>
      <TitrePage>{FORMULAIRES[demande.dispositif].titre}</TitrePage>
      <Alert color="opco" variant="light" icon={<IconSend aria-hidden />} title={TEXTES.dejaEnvoyee.titre}>
        <Text size="sm">{TEXTES.dejaEnvoyee.texte(demande.numero, demande.envoyeLe ? dateDe(demande.envoyeLe) : null)}</Text>
        <Anchor component={Link} to="/mes-financements/en-cours" size="sm">
          {TEXTES.dejaEnvoyee.lien}
        </Anchor>
      </Alert>
    </Stack>
  );
}

/** A saved draft, resumed; a copy kept in this browser that the server does not have yet is restored. */
function BrouillonExistant({ id }: { id: string }) {
  const { data: demande, error, isPending, refetch } = useDemande(id);
  if (isPending) return <Chargement libelle={TEXTES.chargement} />;
  if (error) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <Stack maw={720}>
          <TitrePage>{TEXTES.introuvable.titre}</TitrePage>
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} c="red.9">
            <Text size="sm" c="dark.7">
              {TEXTES.introuvable.texte}
            </Text>
          </Alert>
        </Stack>
      );
    }
    return <ErreurChargement erreur={error} onRetry={() => void refetch()} />;
  }
  if (demande.statut !== 'brouillon') return <DemandeEnvoyee demande={demande} />;
  return <BrouillonCharge demande={demande} />;
}

function BrouillonCharge({ demande }: { demande: DemandeDetail }) {
  const [restauree] = useState(() => copieARestaurer(lireCopieLocale(demande.id), demande));
  return (
    <EditeurDemande
      definition={FORMULAIRES[demande.dispositif]}
      depart={{
        id: demande.id,
        version: restauree ? restauree.version || demande.version : demande.version,
        donnees: restauree?.donnees ?? demande.donnees,
        donneesEnregistrees: demande.donnees,
        pieces: demande.pieces,
        modifieLe: demande.modifieLe,
        restauree,
      }}
    />
  );
}

/**
 * `/demander-un-financement/:slug` (a new form) and `/demandes/:id/modifier` (a draft). When the new
 * form's draft is created, the address becomes the draft's: the same editor stays on screen (its key
 * is the draft's id), so nothing typed meanwhile is lost and the focus stays where it was.
 */
export function PageFormulaire() {
  const { slug, id } = useParams();
  const { pathname } = useLocation();
  const definitionSlug = slug ? formulaireParSlug(slug) : undefined;
  const [suivi, setSuivi] = useState(() => ({ pathname, nouveau: definitionSlug ? { id: crypto.randomUUID(), dispositif: definitionSlug.dispositif } : null }));
  if (suivi.pathname !== pathname) {
    // Another address: a new form gets a new id; a draft's address keeps the new form's (it may be its draft).
    setSuivi({ pathname, nouveau: definitionSlug ? { id: crypto.randomUUID(), dispositif: definitionSlug.dispositif } : suivi.nouveau });
  }
  if (slug && !definitionSlug) {
    return (
      <Stack maw={720}>
        <TitrePage>{TEXTES.titreInconnu}</TitrePage>
        <Text>{TEXTES.dispositifInconnu}</Text>
        <Anchor component={Link} to="/demander-un-financement">
          {TEXTES.versCatalogue}
        </Anchor>
      </Stack>
    );
  }
  const nouveau = suivi.nouveau;
  if (nouveau && (slug || id === nouveau.id)) {
    return <NouvelleDemande key={nouveau.id} definition={FORMULAIRES[nouveau.dispositif]} id={nouveau.id} />;
  }
  if (!id) return null;
  return <BrouillonExistant key={id} id={id} />;
}
