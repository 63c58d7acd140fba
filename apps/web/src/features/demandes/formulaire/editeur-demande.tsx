import { Alert, Box, Button, Grid, Group, List, Modal, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { DemandeDetail, PieceDemande } from '@mse/shared/demande/demande.schema';
import { champsVisibles, ecrire, ETAPE_PIECES, ETAPE_RECAPITULATIF, fusionner, lire, type Donnees, type Etape } from '@mse/shared/demande/formulaire/champs';
import type { DefinitionFormulaire } from '@mse/shared/demande/formulaire/definition';
import { piecesManquantes, verifierFormulaire, type Probleme } from '@mse/shared/demande/formulaire/formulaires';
import { referentielParDefaut } from '@mse/shared/referentiel/referentiel-par-defaut';
import type { Controle } from '@mse/shared/controles/controle.schema';
import { useQueryClient } from '@tanstack/react-query';
import { IconArrowLeft, IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { AideContextuelle } from '../../../components/ui/aide-contextuelle';
import { TitrePage } from '../../../components/ui/titre-page';
import { CONTRASTE_ERREURS } from '../../aide/components/contraste-erreurs';
import { creerBrouillon } from '../api/creer-brouillon';
import { demandeQuery } from '../api/demande';
import { enregistrerBrouillon } from '../api/enregistrer-brouillon';
import { lireEnvoiRefuse, useEnvoyerDemande } from '../api/envoyer-demande';
import { PiecesJustificatives } from '../components/pieces-justificatives';
import { ChampFormulaire } from './champ-formulaire';
import { ecrireCopieLocale, effacerCopieLocale, type CopieLocale } from './copie-locale';
import { DelaiEnvoi } from './delai-envoi';
import { Enregistreur } from './enregistreur';
import { AlerteEchec, IndicateurEnregistrement } from './etat-enregistrement';
import { PanneauEstimation } from './panneau-estimation';
import { Recapitulatif } from './recapitulatif';
import { aujourdhuiParis, dateDe, heureDe, idChamp } from './saisie';
import { TEXTES } from './textes';
import { messagesParChamp, situerProblemes, type ProblemeSitue } from './verification';

export interface DepartEditeur {
  id: string;
  /** Null for a new form: the draft is created by the first field typed. */
  version: number | null;
  donnees: Donnees;
  donneesEnregistrees?: Donnees;
  pieces: PieceDemande[];
  modifieLe: string | null;
  /** The establishment chosen for a new request (multi-establishment accounts). */
  siret?: string;
  /** A new form's employer block as the directory knows it: shown until the server has pre-filled it. */
  apercuPrerempli?: Donnees;
  restauree?: CopieLocale | null;
}

type EtapeAffichee = { id: string; titre: string; etape?: Etape };

const TE = TEXTES.etapes;

/**
 * The step-by-step form of one request: the scheme's steps from its definition, then the pieces and
 * the récapitulatif; the step in the URL; every change saved as a draft (see Enregistreur); the live
 * checks of the shared rules; the estimate beside.
 */
export function EditeurDemande({ definition, depart }: { definition: DefinitionFormulaire; depart: DepartEditeur }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { id, siret } = depart;
  const dispositif = definition.dispositif;

  const [pieces, setPieces] = useState<PieceDemande[]>(depart.pieces);
  const [generation, setGeneration] = useState(0);
  const [enregistreur] = useState(
    () =>
      new Enregistreur({
        id,
        version: depart.version,
        donnees: depart.donnees,
        donneesEnregistrees: depart.donneesEnregistrees,
        dernierEnregistrement: depart.modifieLe,
        transport: {
          creer: ({ donnees }) => creerBrouillon(queryClient, { id, dispositif, ...(siret ? { siret } : {}), donnees }),
          enregistrer: (idDemande, brouillon) => enregistrerBrouillon(queryClient, idDemande, brouillon),
        },
        stockage: { ecrire: ecrireCopieLocale, effacer: effacerCopieLocale },
        surCreation: (demande: DemandeDetail) => {
          setPieces(demande.pieces);
          // The address of the draft from now on, at the same step (the form stays mounted: same element).
          void navigate(`/demandes/${demande.id}/modifier${window.location.search}`, { replace: true });
        },
      }),
  );
  const etat = useSyncExternalStore(enregistreur.abonner, () => enregistreur.etat);
  const donnees = useSyncExternalStore(enregistreur.abonner, () => enregistreur.donnees);
  const cree = useSyncExternalStore(enregistreur.abonner, () => enregistreur.cree);

  const [touches, setTouches] = useState<ReadonlySet<string>>(new Set());
  const [etapesTentees, setEtapesTentees] = useState<ReadonlySet<string>>(new Set());
  const [restauree, setRestauree] = useState(depart.restauree ?? null);
  const [refus, setRefus] = useState<{ champs: Probleme[]; avertissements: Controle[] } | null>(null);
  const [erreurEnvoi, setErreurEnvoi] = useState<string | null>(null);
  const [envoiEnCours, setEnvoiEnCours] = useState(false);
  const [rechargement, setRechargement] = useState(false);
  const [erreurRechargement, setErreurRechargement] = useState<string | null>(null);
  const envoiVerrou = useRef(false);
  const focusApres = useRef<{ etape: string; cible: string } | null>(null);
  const titreEtape = useRef<HTMLHeadingElement>(null);
  const envoyer = useEnvoyerDemande();
  const large = useMediaQuery('(min-width: 62em)');

  const aujourdhui = aujourdhuiParis();
  const donneesVues = useMemo(() => (depart.apercuPrerempli && !cree ? fusionner(depart.apercuPrerempli, donnees) : donnees), [depart.apercuPrerempli, cree, donnees]);
  const verification = useMemo(() => verifierFormulaire(definition.dispositif, donneesVues, referentielParDefaut, aujourdhui), [definition, donneesVues, aujourdhui]);
  const manquantes = useMemo(() => piecesManquantes(dispositif, donneesVues, pieces.map((p) => p.type)), [dispositif, donneesVues, pieces]);

  const etapes: EtapeAffichee[] = useMemo(
    () => [
      ...definition.etapes.filter((e) => !e.visible || e.visible(donneesVues)).map((e) => ({ id: e.id, titre: e.titre, etape: e })),
      { id: ETAPE_PIECES.id, titre: ETAPE_PIECES.titre },
      { id: ETAPE_RECAPITULATIF.id, titre: ETAPE_RECAPITULATIF.titre },
    ],
    [definition, donneesVues],
  );
  const titres = useMemo(() => new Map(etapes.map((e) => [e.id, e.titre])), [etapes]);
  const idDemande = params.get('etape');
  const index = Math.max(0, etapes.findIndex((e) => e.id === idDemande));
  const courante = etapes[index]!;

  const problemes: ProblemeSitue[] = useMemo(() => {
    const vus = new Set<string>();
    const tous = [...(refus?.champs ?? []), ...verification.problemes, ...manquantes].filter((p) => {
      const cle = `${p.chemin}|${p.message}`;
      if (vus.has(cle)) return false;
      vus.add(cle);
      return true;
    });
    return situerProblemes(definition.etapes, donneesVues, tous);
  }, [refus, verification, manquantes, definition, donneesVues]);
  const messages = useMemo(() => messagesParChamp(problemes), [problemes]);
  const avertissements = useMemo(() => {
    const tous = [...verification.avertissements, ...(refus?.avertissements ?? [])];
    return tous.filter((a, i) => tous.findIndex((b) => b.code === a.code && b.champ === a.champ) === i);
  }, [verification, refus]);

  // Focus moves with the person: to the step's heading after a step change, to a field from the list of problems.
  useEffect(() => {
    // Kept until its step is on screen (a link changes the step a render later).
    if (!focusApres.current || focusApres.current.etape !== courante.id) return;
    const { cible } = focusApres.current;
    focusApres.current = null;
    const element = cible === 'titre' ? titreEtape.current : document.getElementById(cible);
    element?.focus();
    if (element && cible !== 'titre') element.scrollIntoView({ block: 'center' });
  });

  // A copy restored from this browser is saved at once; the network coming back retries a failed save.
  useEffect(() => {
    if (enregistreur.enAttente) enregistreur.reessayer();
    const enLigne = () => enregistreur.reessayer();
    window.addEventListener('online', enLigne);
    return () => window.removeEventListener('online', enLigne);
  }, [enregistreur]);

  useEffect(() => {
    const avantDeQuitter = (e: BeforeUnloadEvent) => {
      if (!enregistreur.enAttente) return;
      e.preventDefault();
      e.returnValue = TEXTES.enregistrement.quitter;
    };
    window.addEventListener('beforeunload', avantDeQuitter);
    return () => {
      window.removeEventListener('beforeunload', avantDeQuitter);
      // Leaving the page inside the portal: what is pending is sent now (the copy stays until it is).
      if (enregistreur.enAttente) void enregistreur.vider().catch(() => {});
    };
  }, [enregistreur]);

  const lienEtape = (etape: string) => {
    const p = new URLSearchParams(params);
    p.set('etape', etape);
    return `?${p.toString()}`;
  };

  const allerA = (etape: string) => {
    setParams(
      (p) => {
        p.set('etape', etape);
        return p;
      },
      { preventScrollReset: false },
    );
    focusApres.current = { etape, cible: 'titre' };
    window.scrollTo({ top: 0 });
  };

  const changer = (chemin: string, valeur: unknown) => {
    enregistreur.modifier(ecrire(enregistreur.donnees, chemin, valeur));
  };
  const toucher = (chemin: string) => {
    if (!touches.has(chemin)) setTouches(new Set([...touches, chemin]));
  };

  const problemesEtape = (etape: string) => problemes.filter((p) => p.cible?.etape === etape);

  const suivant = () => {
    const aCorriger = courante.etape ? problemesEtape(courante.id) : [];
    if (aCorriger.length > 0) {
      setEtapesTentees(new Set([...etapesTentees, courante.id]));
      const champs = champsVisibles(courante.etape!, donneesVues);
      const premier = champs.find((c) => messages.has(c.chemin));
      focusApres.current = { etape: courante.id, cible: premier ? idChamp(premier.chemin) : 'titre' };
      return;
    }
    const suivante = etapes[index + 1];
    if (suivante) allerA(suivante.id);
  };

  const corriger = (p: ProblemeSitue) => {
    if (!p.cible) return;
    setEtapesTentees(new Set([...etapesTentees, p.cible.etape]));
    focusApres.current = { etape: p.cible.etape, cible: p.cible.champ ? idChamp(p.cible.champ.chemin) : 'titre' };
  };

  const recharger = async () => {
    setRechargement(true);
    try {
      const demande = await queryClient.fetchQuery({ ...demandeQuery(id), staleTime: 0 });
      enregistreur.recharger(demande.version, demande.donnees, demande.modifieLe);
      setPieces(demande.pieces);
      setGeneration((g) => g + 1);
      setRestauree(null);
      setErreurRechargement(null);
    } catch (e) {
      setErreurRechargement(e instanceof Error ? e.message : String(e));
    } finally {
      setRechargement(false);
    }
  };

  const lancerEnvoi = async () => {
    if (envoiVerrou.current) return;
    envoiVerrou.current = true;
    setEnvoiEnCours(true);
    setErreurEnvoi(null);
    try {
      await enregistreur.vider();
      const version = enregistreur.versionActuelle;
      if (version === null) throw new Error(TEXTES.recapitulatif.enregistrerAvant);
      const demande = await envoyer.mutateAsync({ id, version });
      effacerCopieLocale(id);
      void navigate(`/demandes/${demande.id}/envoyee`);
    } catch (e) {
      const refuse = lireEnvoiRefuse(e);
      if (refuse) setRefus(refuse);
      else setErreurEnvoi(TEXTES.recapitulatif.erreurEnvoi(e instanceof Error ? e.message : String(e)));
      envoiVerrou.current = false;
      setEnvoiEnCours(false);
    }
  };

  const aide =
    courante.id === ETAPE_PIECES.id ? TE.aidePieces : courante.id === ETAPE_RECAPITULATIF.id ? TE.aideRecapitulatif : (courante.etape?.description ?? TE.aideGenerique);
  const tentee = etapesTentees.has(courante.id);
  const champsCourants = courante.etape ? champsVisibles(courante.etape, donneesVues) : [];
  const cheminsCourants = new Set(champsCourants.map((c) => c.chemin));
  const sansChamp = courante.etape ? problemesEtape(courante.id).filter((p) => !cheminsCourants.has(p.chemin)) : [];
  const nbErreursEtape = courante.etape ? problemesEtape(courante.id).length : 0;
  const etapesACompleter = definition.etapes
    .filter((e) => e.id !== 'employeur' && problemes.some((p) => p.cible?.etape === e.id))
    .map((e) => e.titre);

  return (
    <Stack gap="md" style={CONTRASTE_ERREURS}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Box>
          <TitrePage>{definition.titre}</TitrePage>
        </Box>
        <IndicateurEnregistrement etat={etat} />
      </Group>
      <DelaiEnvoi definition={definition} donnees={donneesVues} aujourdhui={aujourdhui} />
      {restauree && (
        <Alert color="opco" variant="light" icon={<IconInfoCircle aria-hidden />} withCloseButton onClose={() => setRestauree(null)} closeButtonLabel="Fermer">
          <Text size="sm">{TEXTES.enregistrement.restaure(dateDe(restauree.saisieLe), heureDe(restauree.saisieLe))}</Text>
        </Alert>
      )}
      {etat.statut === 'echec' && <AlerteEchec etat={etat} onReessayer={() => enregistreur.reessayer()} />}

      <nav aria-label={TE.libelleStepper}>
        <Stepper
          active={index}
          onStepClick={(i) => allerA(etapes[i]!.id)}
          size="sm"
          orientation={large === false ? 'vertical' : 'horizontal'}
          allowNextStepsSelect
        >
          {etapes.map((e, i) => (
            <Stepper.Step key={e.id} label={e.titre} aria-current={i === index ? 'step' : undefined} />
          ))}
        </Stepper>
      </nav>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Box>
              <Text size="sm" c="gray.7">
                {TE.numero(index + 1, etapes.length)}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Title order={2} ref={titreEtape} tabIndex={-1} id="titre-etape">
                  {courante.titre}
                </Title>
                <AideContextuelle sujet={TE.aideSujet(courante.titre)}>{aide}</AideContextuelle>
              </Group>
              {courante.etape?.description && (
                <Text size="sm" mt={4}>
                  {courante.etape.description}
                </Text>
              )}
            </Box>

            {courante.etape && (
              <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="titre-etape">
                <Stack gap="md">
                  {tentee && nbErreursEtape > 0 && (
                    <Alert color="red" variant="light" c="red.9">
                      <Text size="sm" c="dark.7">
                        {TE.erreurs(nbErreursEtape)}
                      </Text>
                      {sansChamp.length > 0 && (
                        <List size="sm" c="dark.7">
                          {sansChamp.map((p) => (
                            <List.Item key={p.chemin}>{p.message}</List.Item>
                          ))}
                        </List>
                      )}
                    </Alert>
                  )}
                  {champsCourants.map((champ) => (
                    <ChampFormulaire
                      key={`${champ.chemin}-${generation}`}
                      champ={champ}
                      valeur={lire(donneesVues, champ.chemin)}
                      erreur={tentee || touches.has(champ.chemin) ? messages.get(champ.chemin) : undefined}
                      avertissements={avertissements.filter((a) => a.champ === champ.chemin).map((a) => a.message)}
                      onChange={(v) => changer(champ.chemin, v)}
                      onBlur={() => toucher(champ.chemin)}
                      codePostal={champ.codePostal ? String(lire(donneesVues, champ.codePostal) ?? '') : undefined}
                    />
                  ))}
                </Stack>
              </form>
            )}

            {courante.id === ETAPE_PIECES.id &&
              (cree ? (
                <PiecesJustificatives demandeId={id} dispositif={dispositif} donnees={donneesVues} pieces={pieces} onChange={setPieces} sansTitre />
              ) : (
                <Alert color="gray" variant="light">
                  <Text size="sm">{TEXTES.pieces.apresCreation}</Text>
                </Alert>
              ))}

            {courante.id === ETAPE_RECAPITULATIF.id && (
              <Recapitulatif
                etapes={definition.etapes}
                titresEtapes={titres}
                donnees={donneesVues}
                pieces={pieces}
                problemes={problemes}
                avertissements={avertissements}
                lienEtape={lienEtape}
                onCorriger={corriger}
                peutEnvoyer={cree && problemes.length === 0 && etat.statut !== 'conflit'}
                envoiEnCours={envoiEnCours}
                erreurEnvoi={erreurEnvoi}
                refusServeur={refus !== null}
                onEnvoyer={() => void lancerEnvoi()}
              />
            )}

            <Group justify="space-between">
              {index > 0 ? (
                <Button variant="default" leftSection={<IconArrowLeft aria-hidden size={18} />} onClick={() => allerA(etapes[index - 1]!.id)}>
                  {TE.precedent}
                </Button>
              ) : (
                <span />
              )}
              {index < etapes.length - 1 && (
                <Button rightSection={<IconArrowRight aria-hidden size={18} />} onClick={suivant}>
                  {TE.suivant}
                </Button>
              )}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <PanneauEstimation definition={definition} donnees={donneesVues} etapesACompleter={etapesACompleter} />
        </Grid.Col>
      </Grid>

      <Modal
        opened={etat.statut === 'conflit'}
        onClose={() => {}}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        title={TEXTES.conflit.titre}
        size="lg"
      >
        {etat.statut === 'conflit' && (
          <Stack>
            <Text size="sm">{TEXTES.conflit.texte(etat.conflit.modifiePar, dateDe(etat.conflit.modifieLe), heureDe(etat.conflit.modifieLe))}</Text>
            {erreurRechargement && (
              <Alert color="red" variant="light" c="red.9">
                <Text size="sm" c="dark.7">
                  {TEXTES.conflit.rechargementImpossible(erreurRechargement)}
                </Text>
              </Alert>
            )}
            <Group grow align="flex-start">
              <Stack gap={4}>
                <Button variant="default" onClick={() => void recharger()} loading={rechargement}>
                  {TEXTES.conflit.recharger}
                </Button>
                <Text size="xs" c="gray.7">
                  {TEXTES.conflit.rechargerAide}
                </Text>
              </Stack>
              <Stack gap={4}>
                <Button onClick={() => enregistreur.garderMaSaisie()}>{TEXTES.conflit.garder}</Button>
                <Text size="xs" c="gray.7">
                  {TEXTES.conflit.garderAide}
                </Text>
              </Stack>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
