import { Button, Collapse, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconSearch } from '@tabler/icons-react';
import { useId, useState, type CSSProperties, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { criteresVides, type Criteres } from './criteres-url';

/** Field messages in a red dark enough for 4.5:1 on white (Mantine's default red is not). */
const CONTRASTE_ERREURS = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;

export const TEXTES_RECHERCHE = {
  bascule: 'Recherche avancée',
  rechercher: 'Rechercher',
  reinitialiser: 'Réinitialiser les critères',
  actifs: (n: number) => (n > 1 ? `${n} critères` : `${n} critère`),
  formulaire: 'Critères de recherche',
};

/** The criteria's content as the URL keeps it (trimmed, in the keys' order), to compare two sets. */
function empreinte<K extends string>(cles: readonly K[], c: Criteres<K>): string {
  return JSON.stringify(cles.map((k) => (c[k] ?? '').trim()));
}

/** Props to spread on a Mantine field bound to one criterion. */
export type Champs<K extends string> = {
  /** For TextInput / NumberInput-as-text / `type="date"` inputs (change events). */
  texte: (cle: K) => { name: K; value: string; error: string | undefined; onChange: (e: ChangeEvent<HTMLInputElement>) => void };
  /** For Select (value or null). */
  choix: (cle: K) => { name: K; value: string | null; error: string | undefined; onChange: (v: string | null) => void };
};

/**
 * « Recherche avancée » (seed 000), reusable by any list (Mes financements, Mes remboursements…):
 * a toggle that opens the criteria, the fields (children), « Rechercher » and « Réinitialiser les
 * critères ». Typed values are a draft until « Rechercher » hands them to `onRechercher`; « Réinitialiser »
 * empties the draft (then « Rechercher » clears the search). Opened at first when criteria are active.
 *
 * Usage, with the criteria in the URL:
 * ```tsx
 * const CLES = ['numero', 'beneficiaire', 'debutMin'] as const; // module level
 * const { criteres, appliquer, actifs } = useCriteresUrl(CLES);
 * <RechercheAvancee cles={CLES} valeurs={criteres} actifs={actifs} onRechercher={appliquer} erreurs={erreursDuServeur}>
 *   {(c) => (<>
 *     <TextInput label="Bénéficiaire" {...c.texte('beneficiaire')} />
 *     <Select label="Dispositif" data={…} clearable {...c.choix('dispositif')} />
 *   </>)}
 * </RechercheAvancee>
 * // then fetch with parametresDesCriteres(criteres, { onglet }) and show the count below.
 * ```
 * `erreurs` (field → French message, e.g. the 400's `champs` of the list call) are shown on the fields.
 */
export function RechercheAvancee<K extends string>({
  cles,
  valeurs,
  actifs,
  onRechercher,
  erreurs,
  colonnes = 3,
  children,
}: {
  cles: readonly K[];
  valeurs: Criteres<K>;
  actifs: number;
  onRechercher: (valeurs: Criteres<K>) => void;
  erreurs?: Partial<Record<string, string>>;
  colonnes?: number;
  children: (champs: Champs<K>) => ReactNode;
}) {
  const [ouvert, { toggle }] = useDisclosure(actifs > 0 || Object.keys(erreurs ?? {}).length > 0);
  const [brouillon, setBrouillon] = useState<Criteres<K>>(valeurs);
  const id = useId();
  // Back button, a shared link: the fields follow the criteria applied from elsewhere. Those this form
  // just submitted are known, so that the URL catching up later (a router transition) never wipes what
  // is being typed meanwhile.
  const contenu = empreinte(cles, valeurs);
  const [connu, setConnu] = useState(contenu);
  if (connu !== contenu) {
    setConnu(contenu);
    setBrouillon(valeurs);
  }

  const changer = (cle: K, v: string) => setBrouillon((b) => ({ ...b, [cle]: v }));
  const champs: Champs<K> = {
    texte: (cle) => ({ name: cle, value: brouillon[cle] ?? '', error: erreurs?.[cle], onChange: (e) => changer(cle, e.currentTarget.value) }),
    choix: (cle) => ({ name: cle, value: brouillon[cle] || null, error: erreurs?.[cle], onChange: (v) => changer(cle, v ?? '') }),
  };
  const soumettre = (e: FormEvent) => {
    e.preventDefault();
    setConnu(empreinte(cles, brouillon));
    onRechercher(brouillon);
  };

  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="default"
          onClick={toggle}
          aria-expanded={ouvert}
          aria-controls={id}
          leftSection={<IconSearch aria-hidden size={16} />}
          rightSection={ouvert ? <IconChevronUp aria-hidden size={16} /> : <IconChevronDown aria-hidden size={16} />}
        >
          {TEXTES_RECHERCHE.bascule}
          {actifs > 0 && ` (${TEXTES_RECHERCHE.actifs(actifs)})`}
        </Button>
      </Group>
      <Collapse expanded={ouvert} id={id}>
        <Paper withBorder p="md" component="form" onSubmit={soumettre} aria-label={TEXTES_RECHERCHE.formulaire} noValidate style={CONTRASTE_ERREURS}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: colonnes }}>{children(champs)}</SimpleGrid>
            <Group>
              <Button type="submit" leftSection={<IconSearch aria-hidden size={16} />}>
                {TEXTES_RECHERCHE.rechercher}
              </Button>
              <Button type="button" variant="default" onClick={() => setBrouillon(criteresVides(cles))}>
                {TEXTES_RECHERCHE.reinitialiser}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Collapse>
    </Stack>
  );
}
