/**
 * Where to go after signing in: only a path of this portal, never another site (open redirect).
 */
export function destinationApresConnexion(suite: string | null): string {
  // A backslash or a control character (tab, new line) is dropped or turned into / by browsers: "/\t/site" is "//site".
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (!suite || !suite.startsWith('/') || suite.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(suite)) return '/accueil';
  return suite;
}
