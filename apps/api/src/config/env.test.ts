import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env';

describe('loadConfig', () => {
  it('donne des valeurs par défaut utilisables sur un poste de développement', () => {
    const config = loadConfig({}, '/projet');
    expect(config.port).toBe(3000);
    expect(config.pgDataDir).toBe('/projet/data/postgres');
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('arrête le démarrage en nommant la variable fautive', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL : doit commencer par postgres/);
  });

  it('exige un secret en production et refuse les données de démonstration', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET : obligatoire en production/);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40), DONNEES_CLE: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40), DONNEES_CLE: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' }).demoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40) })).toThrow(/DONNEES_CLE : obligatoire en production/);
    expect(() => loadConfig({ DONNEES_CLE: 'trop-courte' })).toThrow(/DONNEES_CLE : doit faire 32 octets/);
  });

  describe('stockage S3', () => {
    const S3 = { S3_ENDPOINT: 'https://s3.fr-par.scw.cloud/', S3_BUCKET: 'mse-pieces', S3_ACCESS_KEY_ID: 'SCWXXXX', S3_SECRET_ACCESS_KEY: 'secret' };

    it('garde le dossier local sans variable S3_', () => {
      expect(loadConfig({}, '/projet')).toMatchObject({ filesDir: '/projet/data/files', s3: undefined });
    });

    it('lit le bucket quand les quatre variables sont là, région us-east-1 par défaut', () => {
      expect(loadConfig(S3).s3).toEqual({ endpoint: 'https://s3.fr-par.scw.cloud', bucket: 'mse-pieces', region: 'us-east-1', accessKeyId: 'SCWXXXX', secretAccessKey: 'secret' });
      expect(loadConfig({ ...S3, S3_REGION: 'fr-par' }).s3?.region).toBe('fr-par');
    });

    it('arrête le démarrage sur une configuration S3 incomplète en nommant la variable manquante', () => {
      const { S3_SECRET_ACCESS_KEY: _secret, ...sansSecret } = S3;
      expect(() => loadConfig(sansSecret)).toThrow(/S3_SECRET_ACCESS_KEY : obligatoire dès qu’une variable S3_ est définie/);
      expect(() => loadConfig({ S3_REGION: 'fr-par' })).toThrow(/S3_ENDPOINT : obligatoire.*S3_BUCKET : obligatoire/);
      expect(() => loadConfig({ ...S3, S3_BUCKET: '' })).toThrow(/S3_BUCKET : obligatoire/);
    });

    it('refuse un point d’accès qui n’est pas une URL http(s) ou qui porte des identifiants', () => {
      expect(() => loadConfig({ ...S3, S3_ENDPOINT: 's3.fr-par.scw.cloud' })).toThrow(/S3_ENDPOINT : doit être une URL http\(s\)/);
      expect(() => loadConfig({ ...S3, S3_ENDPOINT: 'https://cle:secret@s3.fr-par.scw.cloud' })).toThrow(/S3_ENDPOINT : ne doit pas contenir d’identifiants/);
      expect(() => loadConfig({ ...S3, S3_BUCKET: 'Mes_Pieces' })).toThrow(/S3_BUCKET : doit être un nom de bucket/);
    });
  });
});
