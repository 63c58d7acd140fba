import { describe, expect, it } from 'vitest';
import { destinationApresConnexion } from './destination';

describe('destinationApresConnexion', () => {
  it.each([
    [null, '/accueil'],
    ['/mes-financements/en-cours?q=1', '/mes-financements/en-cours?q=1'],
    ['https://evil.example', '/accueil'],
    ['//evil.example', '/accueil'],
    ['/\\evil.example', '/accueil'],
    ['javascript:alert(1)', '/accueil'],
    ['/\t/evil.example', '/accueil'],
    ['/\n/evil.example', '/accueil'],
    ['/%2F/evil.example', '/%2F/evil.example'],
    ['/accueil\\@evil.example', '/accueil'],
    ['https:/evil.example', '/accueil'],
  ])('après connexion avec suite=%s, va vers %s', (suite, attendu) => {
    expect(destinationApresConnexion(suite)).toBe(attendu);
  });
});
