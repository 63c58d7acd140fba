import { Select, TextInput } from '@mantine/core';
import { FORMULAIRES, ORDRE_DISPOSITIFS } from '@mse/shared/demande/formulaire/formulaires';
import { STATUTS } from '@mse/shared/demande/statut';
import { STATUTS_DEMANDE } from '@mse/shared/demande/statut.schema';
import { CLES_CRITERES_FINANCEMENT } from '@mse/shared/financement/criteres-recherche';
import { RechercheAvancee } from '../../../components/recherche/recherche-avancee';
import type { CriteresTexte } from '../api/financements';
import { TEXTES } from '../textes';

const R = TEXTES.recherche;
const DISPOSITIFS = ORDRE_DISPOSITIFS.map((d) => ({ value: d, label: FORMULAIRES[d].titre }));
const STATUTS_LISTE = STATUTS_DEMANDE.map((s) => ({ value: s, label: STATUTS[s].libelle }));

/** « Recherche avancée » of Mes financements: the criteria of the issue, in the order of the table. */
export function RechercheFinancements({
  criteres,
  actifs,
  erreurs,
  avecEtablissement,
  onRechercher,
}: {
  criteres: CriteresTexte;
  actifs: number;
  erreurs: Partial<Record<string, string>>;
  avecEtablissement: boolean;
  onRechercher: (c: CriteresTexte) => void;
}) {
  return (
    <RechercheAvancee cles={CLES_CRITERES_FINANCEMENT} valeurs={criteres} actifs={actifs} erreurs={erreurs} onRechercher={onRechercher}>
      {(c) => (
        <>
          <TextInput label={R.numero} description={R.numeroAide} {...c.texte('numero')} />
          <Select label={R.dispositif} placeholder={R.tous} data={DISPOSITIFS} clearable {...c.choix('dispositif')} />
          <Select label={R.statut} placeholder={R.tous} data={STATUTS_LISTE} clearable {...c.choix('statut')} />
          <TextInput label={R.beneficiaire} description={R.beneficiaireAide} {...c.texte('beneficiaire')} />
          <TextInput label={R.formation} {...c.texte('formation')} />
          <TextInput label={R.organisme} description={R.organismeAide} {...c.texte('organisme')} />
          {avecEtablissement && <TextInput label={R.etablissement} description={R.etablissementAide} {...c.texte('etablissement')} />}
          <TextInput type="date" label={R.debutDu} {...c.texte('debutDu')} />
          <TextInput type="date" label={R.debutAu} {...c.texte('debutAu')} />
          <TextInput type="date" label={R.finDu} {...c.texte('finDu')} />
          <TextInput type="date" label={R.finAu} {...c.texte('finAu')} />
          <TextInput label={R.montantMin} description={R.montantAide} inputMode="decimal" {...c.texte('montantMin')} />
          <TextInput label={R.montantMax} description={R.montantAide} inputMode="decimal" {...c.texte('montantMax')} />
        </>
      )}
    </RechercheAvancee>
  );
}
