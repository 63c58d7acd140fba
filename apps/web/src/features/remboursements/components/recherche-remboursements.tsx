import { Select, TextInput } from '@mantine/core';
import { FORMULAIRES, ORDRE_DISPOSITIFS } from '@mse/shared/demande/formulaire/formulaires';
import { CLES_CRITERES_REMBOURSEMENTS } from '@mse/shared/remboursement/liste.schema';
import { RechercheAvancee } from '../../../components/recherche/recherche-avancee';
import type { CriteresTexte } from '../api/remboursements';
import { TEXTES } from '../textes';

const R = TEXTES.recherche;
const DISPOSITIFS = ORDRE_DISPOSITIFS.map((d) => ({ value: d, label: FORMULAIRES[d].titre }));

/** « Recherche avancée » of Mes remboursements, on the shared panel (components/recherche). */
export function RechercheRemboursements({ criteres, actifs, erreurs, onRechercher }: { criteres: CriteresTexte; actifs: number; erreurs: Partial<Record<string, string>>; onRechercher: (c: CriteresTexte) => void }) {
  return (
    <RechercheAvancee cles={CLES_CRITERES_REMBOURSEMENTS} valeurs={criteres} actifs={actifs} erreurs={erreurs} onRechercher={onRechercher}>
      {(c) => (
        <>
          <TextInput label={R.numero} description={R.numeroAide} {...c.texte('numero')} />
          <TextInput label={R.dossier} description={R.dossierAide} {...c.texte('dossier')} />
          <Select label={R.dispositif} placeholder={R.tous} data={DISPOSITIFS} clearable {...c.choix('dispositif')} />
          <TextInput label={R.beneficiaire} description={R.beneficiaireAide} {...c.texte('beneficiaire')} />
          <TextInput type="date" label={R.demandeDu} {...c.texte('demandeDu')} />
          <TextInput type="date" label={R.demandeAu} {...c.texte('demandeAu')} />
          <TextInput label={R.montantMin} description={R.montantAide} inputMode="decimal" {...c.texte('montantMin')} />
          <TextInput label={R.montantMax} description={R.montantAide} inputMode="decimal" {...c.texte('montantMax')} />
        </>
      )}
    </RechercheAvancee>
  );
}
