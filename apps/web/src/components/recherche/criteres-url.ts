import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** Criteria as text, keyed by their name in the URL: '' when not set. */
export type Criteres<K extends string> = Record<K, string>;

/** Every criterion empty. */
export function criteresVides<K extends string>(cles: readonly K[]): Criteres<K> {
  return Object.fromEntries(cles.map((k) => [k, ''])) as Criteres<K>;
}

/** The criteria that are set, as query parameters (for the API call or an export link). */
export function parametresDesCriteres<K extends string>(criteres: Criteres<K>, base?: Record<string, string>): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const [k, v] of Object.entries<string>(criteres)) if (v.trim() !== '') params.set(k, v.trim());
  return params;
}

/**
 * The criteria of a « Recherche avancée » kept in the URL's query (back button, bookmark, share):
 * `criteres` reads them, `appliquer` writes them as a new history entry, leaving the other parameters
 * (a sort order…) as they are. `actifs` counts those set. `cles` must be a stable (module-level) array.
 */
export function useCriteresUrl<K extends string>(cles: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const cle = cles.map((k) => `${k}=${params.get(k) ?? ''}`).join('&');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `cle` is the criteria's content
  const criteres = useMemo(() => Object.fromEntries(cles.map((k) => [k, params.get(k) ?? ''])) as Criteres<K>, [cle]);
  const appliquer = useCallback(
    (valeurs: Criteres<K>, autres?: Record<string, string | null>) =>
      setParams((avant) => {
        const apres = new URLSearchParams(avant);
        for (const k of cles) {
          const v = valeurs[k]?.trim() ?? '';
          if (v) apres.set(k, v);
          else apres.delete(k);
        }
        for (const [k, v] of Object.entries(autres ?? {})) {
          if (v) apres.set(k, v);
          else apres.delete(k);
        }
        return apres;
      }),
    [cles, setParams],
  );
  const actifs = cles.filter((k) => criteres[k] !== '').length;
  return { criteres, appliquer, actifs, params };
}
