/**
 * Where to go after signing in: only a path of this portal, never another site (open redirect).
 */
export function destinationApresConnexion(suite: string | null): string {
  if (!suite || !suite.startsWith('/') || suite.startsWith('//') || suite.startsWith('/\\')) return '/accueil';
  return suite;
}
