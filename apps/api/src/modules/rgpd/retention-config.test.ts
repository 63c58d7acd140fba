import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env';

describe('RETENTION_ARCHIVES_ANNEES', () => {
  it('vaut 10 ans par défaut, se règle par l’environnement, et refuse une valeur absurde en le disant', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).retentionArchivesAnnees).toBe(10);
    expect(loadConfig({ NODE_ENV: 'test', RETENTION_ARCHIVES_ANNEES: '6' }).retentionArchivesAnnees).toBe(6);
    expect(() => loadConfig({ NODE_ENV: 'test', RETENTION_ARCHIVES_ANNEES: '0' })).toThrow('RETENTION_ARCHIVES_ANNEES : doit être d’au moins 1 an');
    expect(() => loadConfig({ NODE_ENV: 'test', RETENTION_ARCHIVES_ANNEES: 'dix' })).toThrow(/RETENTION_ARCHIVES_ANNEES/);
  });
});
