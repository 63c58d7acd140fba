import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A page whose code is loaded only when it is opened: the forms, the rules engine and the back office
 * stay out of what the home page downloads.
 */
export function pageDifferee(charger: () => Promise<ComponentType>, libelle = 'Chargement de la page'): ComponentType {
  const Page = lazy(async () => ({ default: await charger() }));
  return function PageDifferee() {
    return (
      <Suspense
        fallback={
          <Center py="xl">
            <Loader role="progressbar" aria-label={libelle} />
          </Center>
        }
      >
        <Page />
      </Suspense>
    );
  };
}
