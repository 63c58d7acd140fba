import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { entreprisesMembres } from '../../db/demo-data';
import { seedDemoIfEmpty } from '../../db/seed';
import { utilisateurs } from '../../db/schema';
import { testDatabase } from '../../test/database';
import { importerComptesMigres } from './importer-comptes-migres';

async function* fichier(texte: string) {
  yield Buffer.from(texte);
}

describe('import des comptes de l’ancien portail', async () => {
  const database = await testDatabase();
  await seedDemoIfEmpty(database.db, new Date('2026-11-22T09:00:00Z'));
  const libres = entreprisesMembres().filter((e) => /COIFFURE NATACHA|INSTITUT BELLE/.test(e.raisonSociale));
  const csv = [
    'email;nom;prenom;sirets',
    `natacha@coiffure.test;Dupuis;Natacha;${libres[0]!.siret}`,
    `belle@institut.test;Morel;Anne;${libres[1]!.siret}`,
    'pas-un-email;X;Y;73282932000074',
    'z@z.test;Z;Z;35600000009090',
    'inconnu@x.test;A;B;73282932000074',
  ].join('\n');

  it('crée les comptes sans mot de passe et liste les lignes rejetées avec leur motif', async () => {
    const r = await importerComptesMigres(database, fichier(csv));
    expect(r).toMatchObject({ lignes: 5, crees: 2, inchanges: 0 });
    expect(r.rejets.map((x) => x.ligne)).toEqual([4, 5, 6]);
    expect(r.rejets[2]!.motif).toMatch(/absent de l’annuaire/);
    const [natacha] = await database.db.select().from(utilisateurs).where(eq(utilisateurs.email, 'natacha@coiffure.test'));
    expect(natacha).toMatchObject({ motDePasseHash: null, migre: true, nom: 'DUPUIS', role: 'proprietaire' });
  });

  it('ne change rien quand on réimporte le même fichier', async () => {
    const r = await importerComptesMigres(database, fichier(csv));
    expect(r).toMatchObject({ crees: 0, inchanges: 2 });
  });
});
