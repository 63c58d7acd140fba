import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Session } from '@mse/shared/identite/session.schema';
import { useState } from 'react';
import { useChoisirEtablissementCourant } from '../api/etablissement-courant';
import { useEtablissements } from '../api/etablissements';
import { TEXTES } from '../textes';

const TOUS = 'tous';
const NOMBRE_PROPOSE = 20;

type Entreprise = NonNullable<Session['entreprise']>;

const libelle = (e: { raisonSociale: string; codePostal: string; ville: string }) => `${e.raisonSociale} (${e.codePostal} ${e.ville})`;

/**
 * The searchable switcher of the establishment the user works on. The server searches (an account may
 * have thousands of establishments): the list shows what it found, plus "Tous les établissements".
 * Built on Combobox rather than Select to control the highlighted option: the results change under the
 * user's typing, and a highlighted option that vanished would leave screen readers pointing at nothing.
 */
export function ChoixEtablissementCourant({ entreprise }: { entreprise: Entreprise }) {
  const choisir = useChoisirEtablissementCourant();
  // null: not searching, the field shows the current choice.
  const [recherche, setRecherche] = useState<string | null>(null);
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setRecherche(null);
    },
  });
  const [q] = useDebouncedValue(recherche?.trim() ?? '', 250);
  const { data } = useEtablissements({ q: q || undefined, taille: NOMBRE_PROPOSE }, { enabled: combobox.dropdownOpened });

  const valeur = entreprise.etablissementCourant ?? TOUS;
  const libelleCourant = entreprise.etablissementCourant ? libelle(entreprise) : TEXTES.selecteur.tous;
  const trouves = (data?.etablissements ?? []).map((e) => ({ value: e.siret, label: libelle(e) }));
  const options = [
    { value: TOUS, label: TEXTES.selecteur.tous },
    // Without a search the current choice comes first, even when it is not among the first results.
    ...(!q && entreprise.etablissementCourant ? [{ value: entreprise.etablissementCourant, label: libelleCourant }] : []),
    ...trouves.filter((o) => q || o.value !== entreprise.etablissementCourant),
  ];

  return (
    <div>
      <Combobox
        store={combobox}
        size="xs"
        onOptionSubmit={(choix) => {
          combobox.closeDropdown();
          if (choix !== valeur) choisir.mutate(choix === TOUS ? null : choix);
        }}
      >
        <Combobox.Target withExpandedAttribute>
          <InputBase
            label={TEXTES.selecteur.libelle}
            size="xs"
            rightSection={<Combobox.Chevron />}
            rightSectionPointerEvents="none"
            value={recherche ?? libelleCourant}
            onChange={(event) => {
              combobox.openDropdown();
              // The list is about to change: highlight nothing until the user moves with the arrows.
              combobox.resetSelectedOption();
              setRecherche(event.currentTarget.value);
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={(event) => event.currentTarget.select()}
            onBlur={() => combobox.closeDropdown()}
          />
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
            {options.map((o) => (
              <Combobox.Option key={o.value} value={o.value} active={o.value === valeur}>
                {o.label}
              </Combobox.Option>
            ))}
            {q && data && trouves.length === 0 && <Combobox.Empty>{TEXTES.selecteur.aucun}</Combobox.Empty>}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {choisir.isError && (
        <Text size="xs" c="red.8" role="alert" mt={4}>
          {TEXTES.selecteur.erreur}
        </Text>
      )}
    </div>
  );
}
