import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { utiliserMessagesFrancais } from './zod-fr';

describe('les messages des schémas', () => {
  utiliserMessagesFrancais();
  afterAll(() => z.config({ customError: undefined }));
  const schema = z.object({ rqth: z.boolean(), heures: z.number(), nom: z.string(), siret: z.string().length(14) });
  const messages = (valeur: unknown) => Object.fromEntries(schema.safeParse(valeur).error!.issues.map((i) => [i.path.join('.'), i.message]));

  it('disent ce qui est attendu d’une question laissée sans réponse', () => {
    expect(messages({})).toEqual({ rqth: 'Répondez par oui ou par non', heures: 'Indiquez un nombre', nom: 'Ce champ est obligatoire', siret: 'Ce champ est obligatoire' });
  });

  it('gardent les messages français de zod pour une valeur fausse', () => {
    expect(messages({ rqth: true, heures: 3, nom: 'x', siret: '123' }).siret).toMatch(/14/);
  });
});
