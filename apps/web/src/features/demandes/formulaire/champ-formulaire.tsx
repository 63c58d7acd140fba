import { Group, NativeSelect, Radio, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import type { Champ } from '@mse/shared/demande/formulaire/champs';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { codePostalComplet, useCommunes } from '../api/communes';
import { ecrireMontant, formaterValeur, idChamp, lireEntier, lireMontant } from './saisie';
import { TEXTES } from './textes';

export interface ProprietesChamp {
  champ: Champ;
  valeur: unknown;
  /** The message of the rules for this field, once it should be shown (blur or "Suivant"). */
  erreur?: string;
  /** Controls that only warn, on this field. */
  avertissements: readonly string[];
  onChange: (valeur: unknown) => void;
  onBlur: () => void;
  /** For a `commune` field: what is typed in its postal-code field (`champ.codePostal`). */
  codePostal?: string;
}

const TYPES_HTML: Partial<Record<Champ['type'], string>> = { email: 'email', telephone: 'tel', date: 'date' };
const AUTOCOMPLETE: Partial<Record<Champ['type'], string>> = { email: 'off', telephone: 'off' };

function Libelle({ champ }: { champ: Champ }) {
  return (
    <>
      {champ.libelle}
      {champ.unite && <VisuallyHidden> ({champ.unite})</VisuallyHidden>}
    </>
  );
}

function Description({ aide, avertissements, note }: { aide?: string; avertissements: readonly string[]; note?: string }) {
  if (!aide && !note && avertissements.length === 0) return null;
  return (
    <Stack gap={2} component="span">
      {note && <span>{note}</span>}
      {aide && <span>{aide}</span>}
      {avertissements.map((a) => (
        <Group key={a} gap={4} wrap="nowrap" align="flex-start" component="span" c="orange.9">
          <IconAlertTriangle aria-hidden size={14} style={{ flexShrink: 0, marginTop: 2 }} />
          <span>
            {TEXTES.champ.avertissement} {a}
          </span>
        </Group>
      ))}
    </Stack>
  );
}

function Unite({ unite }: { unite?: string }) {
  return unite ? (
    <Text size="sm" c="gray.7" aria-hidden pr={6} style={{ whiteSpace: 'nowrap' }}>
      {unite}
    </Text>
  ) : null;
}

/** An amount or an integer: typed as text (French decimal comma), stored as a number once it reads. */
function ChampNombre({ champ, valeur, erreur, avertissements, onChange, onBlur, description }: ProprietesChamp & { description: ReactNode }) {
  const montant = champ.type === 'montant';
  const formater = (v: unknown) => (typeof v === 'number' ? (montant ? ecrireMontant(v) : String(v)) : '');
  const [texte, setTexte] = useState(() => formater(valeur));
  const lu = montant ? lireMontant(texte) : lireEntier(texte);
  const erreurSaisie = lu === null ? (montant ? TEXTES.champ.montantInvalide : TEXTES.champ.entierInvalide) : undefined;
  return (
    <TextInput
      id={idChamp(champ.chemin)}
      label={<Libelle champ={champ} />}
      description={description}
      required={champ.obligatoire}
      inputMode={montant ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={texte}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setTexte(t);
        const v = montant ? lireMontant(t) : lireEntier(t);
        if (v !== null) onChange(v);
      }}
      onBlur={() => {
        if (lu !== null && lu !== undefined) setTexte(formater(lu));
        onBlur();
      }}
      error={erreurSaisie ?? erreur}
      rightSection={<Unite unite={champ.unite} />}
      rightSectionWidth={champ.unite ? Math.max(36, champ.unite.length * 9 + 12) : undefined}
      rightSectionPointerEvents="none"
      data-avertissement={avertissements.length > 0 || undefined}
    />
  );
}

/**
 * A commune chosen among those of the postal code typed just before: a single one is chosen for the
 * person, one that the new postal code no longer serves is cleared. Until the list is known, the value
 * already chosen stays shown.
 */
function ChampCommune({ champ, valeur, erreur, avertissements, onChange, onBlur, codePostal }: ProprietesChamp) {
  const code = codePostalComplet(codePostal);
  const { data: communes, isError, isFetching } = useCommunes(codePostal);
  const choisie = typeof valeur === 'string' ? valeur : '';
  const connues = code === null ? [] : (communes ?? []);
  useEffect(() => {
    if (code === null || !communes) return;
    if (communes.length === 1 && choisie !== communes[0]!.nom) onChange(communes[0]!.nom);
    else if (communes.length !== 1 && choisie !== '' && !communes.some((c) => c.nom === choisie)) onChange(undefined);
  }, [code, communes, choisie, onChange]);

  const note =
    code === null
      ? TEXTES.champ.communeSansCodePostal
      : isError
        ? TEXTES.champ.communesIndisponibles
        : isFetching && !communes
          ? TEXTES.champ.communesChargement
          : communes?.length === 0
            ? TEXTES.champ.communeAucune
            : undefined;
  const noms = [...new Set(connues.map((c) => c.nom))];
  if (choisie !== '' && !noms.includes(choisie)) noms.unshift(choisie);
  return (
    <NativeSelect
      id={idChamp(champ.chemin)}
      label={champ.libelle}
      description={note || champ.aide || avertissements.length > 0 ? <Description note={note} aide={champ.aide} avertissements={avertissements} /> : undefined}
      required={champ.obligatoire}
      value={choisie}
      onChange={(e) => {
        onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value);
        onBlur();
      }}
      onBlur={onBlur}
      error={erreur}
      data={[{ value: '', label: TEXTES.champ.choisir }, ...noms.map((n) => ({ value: n, label: n }))]}
    />
  );
}

/**
 * One field drawn from its description: its label, its help as description, the required mark, the
 * rules' message once it should be shown (aria-invalid and aria-describedby come with Mantine's
 * `error`). Pre-filled fields are read-only and say where they come from.
 */
export function ChampFormulaire(props: ProprietesChamp) {
  const { champ, valeur, erreur, avertissements, onChange, onBlur } = props;
  const id = idChamp(champ.chemin);

  if (champ.prerempli) {
    return (
      <TextInput
        id={id}
        label={<Libelle champ={champ} />}
        description={<Description note={TEXTES.champ.prerempli} aide={champ.aide} avertissements={avertissements} />}
        value={formaterValeur(champ, valeur) ?? ''}
        readOnly
        variant="filled"
        error={erreur}
      />
    );
  }

  const description = champ.aide || avertissements.length > 0 ? <Description aide={champ.aide} avertissements={avertissements} /> : undefined;
  const texte = typeof valeur === 'string' ? valeur : valeur === undefined || valeur === null ? '' : String(valeur);
  const versValeur = (t: string) => (t === '' ? undefined : t);

  switch (champ.type) {
    case 'montant':
    case 'entier':
      return <ChampNombre {...props} description={description} />;
    case 'commune':
      return <ChampCommune {...props} />;
    case 'oui_non': {
      const idErreur = `${id}-erreur`;
      return (
        <Radio.Group
          label={champ.libelle}
          description={description}
          required={champ.obligatoire}
          value={valeur === true ? 'oui' : valeur === false ? 'non' : null}
          onChange={(v) => {
            onChange(v === 'oui');
            onBlur();
          }}
          error={erreur}
          errorProps={{ id: idErreur }}
        >
          <Group gap="lg" mt={6}>
            {(['oui', 'non'] as const).map((v, i) => (
              <Radio
                key={v}
                id={i === 0 ? id : `${id}-${v}`}
                value={v}
                label={v === 'oui' ? TEXTES.champ.oui : TEXTES.champ.non}
                aria-invalid={erreur ? true : undefined}
                aria-describedby={erreur ? idErreur : undefined}
              />
            ))}
          </Group>
        </Radio.Group>
      );
    }
    case 'choix':
      return (
        <NativeSelect
          id={id}
          label={champ.libelle}
          description={description}
          required={champ.obligatoire}
          value={texte}
          onChange={(e) => {
            onChange(versValeur(e.currentTarget.value));
            onBlur();
          }}
          onBlur={onBlur}
          error={erreur}
          data={[{ value: '', label: TEXTES.champ.choisir }, ...(champ.options ?? []).map((o) => ({ value: o.code, label: o.libelle }))]}
        />
      );
    case 'texte_long':
      return (
        <Textarea
          id={id}
          label={champ.libelle}
          description={description}
          required={champ.obligatoire}
          value={texte}
          autosize
          minRows={3}
          onChange={(e) => onChange(versValeur(e.currentTarget.value))}
          onBlur={onBlur}
          error={erreur}
        />
      );
    default:
      return (
        <TextInput
          id={id}
          label={<Libelle champ={champ} />}
          description={description}
          required={champ.obligatoire}
          type={TYPES_HTML[champ.type] ?? 'text'}
          autoComplete={AUTOCOMPLETE[champ.type] ?? 'off'}
          value={texte}
          onChange={(e) => onChange(versValeur(e.currentTarget.value))}
          onBlur={onBlur}
          error={erreur}
          rightSection={<Unite unite={champ.unite} />}
          rightSectionPointerEvents="none"
          maw={champ.type === 'date' ? 220 : undefined}
        />
      );
  }
}
