import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ListeCriteres } from './liste-criteres';

type AvecNouveauMotDePasse = { motDePasse: string; confirmation: string };

const oeil = (libelle: string) => ({ 'aria-label': `Afficher ou masquer ${libelle}` });

/** "Nouveau mot de passe" with its live checklist, then "Confirmation du mot de passe" (seed 002). */
export function ChampsNouveauMotDePasse<T extends AvecNouveauMotDePasse>({ form }: { form: UseFormReturnType<T> }) {
  const motDePasse = form.getValues().motDePasse;
  return (
    <>
      <PasswordInput
        label="Nouveau mot de passe"
        autoComplete="new-password"
        required
        aria-describedby="criteres-mot-de-passe"
        visibilityToggleButtonProps={oeil('le nouveau mot de passe')}
        key={form.key('motDePasse')}
        {...form.getInputProps('motDePasse')}
      />
      <ListeCriteres motDePasse={motDePasse} id="criteres-mot-de-passe" />
      <PasswordInput
        label="Confirmation du mot de passe"
        autoComplete="new-password"
        required
        visibilityToggleButtonProps={oeil('la confirmation du mot de passe')}
        key={form.key('confirmation')}
        {...form.getInputProps('confirmation')}
      />
    </>
  );
}
