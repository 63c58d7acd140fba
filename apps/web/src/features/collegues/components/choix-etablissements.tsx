import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useEtablissements } from '../../entreprise/api/etablissements';
import { TEXTES } from '../textes';

type Option = { value: string; label: string };

/**
 * A short list, the search narrows it: a list that fits needs no scrolling, and so no scroll area that
 * the keyboard could not reach (the options are reached with the arrows, as in any combobox).
 */
const PROPOSES = 8;

const libelle = (e: { raisonSociale: string; codePostal: string; ville: string }) => `${e.raisonSociale} (${e.codePostal} ${e.ville})`;

/**
 * The establishments granted, picked among the account's: the server searches (an account may have
 * thousands), the field keeps the names of those already picked.
 */
export function ChoixEtablissements({
  value,
  onChange,
  error,
  connus,
}: {
  value: string[];
  onChange: (sirets: string[]) => void;
  error?: ReactNode;
  /** Names of establishments already granted (when changing a colleague's access). */
  connus: Option[];
}) {
  const [recherche, setRecherche] = useState('');
  const [q] = useDebouncedValue(recherche.trim(), 250);
  const { data } = useEtablissements({ q: q || undefined, taille: PROPOSES });
  const [vus, setVus] = useState<Map<string, string>>(() => new Map(connus.map((o) => [o.value, o.label])));
  const options = useMemo(() => {
    const trouves = (data?.etablissements ?? []).map((e) => ({ value: e.siret, label: libelle(e) }));
    const choisis = value.filter((s) => !trouves.some((t) => t.value === s)).map((s) => ({ value: s, label: vus.get(s) ?? s }));
    return [...choisis, ...trouves];
  }, [data, value, vus]);

  return (
    <MultiSelect
      label={TEXTES.formulaire.choix}
      description={TEXTES.formulaire.choixAide}
      required
      searchable
      clearable
      data={options}
      value={value}
      onChange={(sirets) => {
        setVus((avant) => new Map([...avant, ...options.filter((o) => sirets.includes(o.value)).map((o) => [o.value, o.label] as const)]));
        onChange(sirets);
      }}
      searchValue={recherche}
      onSearchChange={setRecherche}
      // The server has already filtered: show its answer as it is. No "nothing found" line: Mantine puts
      // it alone inside the listbox, which ARIA forbids (a listbox holds options); the list just stays closed.
      filter={({ options: toutes }) => toutes}
      hidePickedOptions
      error={error}
      withScrollArea={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
