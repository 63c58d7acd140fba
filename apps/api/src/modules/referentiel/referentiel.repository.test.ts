import { referentielParDefaut } from '@mse/shared/referentiel/referentiel-par-defaut';
import { ReferentielSchema } from '@mse/shared/referentiel/referentiel.schema';
import { valeurEnVigueur } from '@mse/shared/referentiel/valeur-en-vigueur';
import { calculerRemunerationMinimale } from '@mse/shared/remuneration/remuneration-minimale';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PERSONNEL_DEMO } from '../../db/demo-data';
import { referentielEntrees, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import type { Utilisateur } from '../../plugins/session';
import { testDatabase } from '../../test/database';
import { ajouterEntreeReferentiel } from './ajouter-entree-referentiel';
import { initialiserReferentiel } from './initialiser-referentiel';
import { chargerReferentiel, versionCourante } from './referentiel.repository';

const SMIC_2027 = { mensuelCentimes: 190000, horaireCentimes: 1253 };

describe('le référentiel en base, daté et versionné', async () => {
  const database = await testDatabase();
  const { db } = database;
  const maintenant = new Date('2026-11-22T09:00:00Z');
  await seedDemoIfEmpty(db, maintenant);
  const [administrateur] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, PERSONNEL_DEMO[2]!.email));
  const ctx = { database, now: maintenant, ip: '127.0.0.1' };
  const ajouter = (saisie: Parameters<typeof ajouterEntreeReferentiel>[3]) => ajouterEntreeReferentiel(ctx, administrateur as Utilisateur, 'smic', saisie);

  it('contient au départ exactement les valeurs par défaut du moteur, avec leurs sources', async () => {
    expect(await chargerReferentiel(db)).toEqual(ReferentielSchema.parse(referentielParDefaut));
  });

  it('ne recharge pas les valeurs par défaut d’une rubrique déjà en base', async () => {
    const [avant] = await db.select({ n: count() }).from(referentielEntrees);
    expect(await initialiserReferentiel(database)).toBe(0);
    const [apres] = await db.select({ n: count() }).from(referentielEntrees);
    expect(apres?.n).toBe(avant?.n);
  });

  it('garde à une ancienne version le résultat calculé avec elle, même après l’ajout d’une nouvelle valeur', async () => {
    const contrat = { dateNaissance: '2000-03-10', dateDebutContrat: '2027-01-04', dateFinContrat: '2027-12-31' };
    const ancienneVersion = await versionCourante(db);
    const avant = calculerRemunerationMinimale({ ...contrat, referentiel: await chargerReferentiel(db, { version: ancienneVersion }) });

    await ajouter({ debut: '2027-01-01', source: 'Décret n° 2026-1 portant relèvement du SMIC au 1er janvier 2027', valeur: SMIC_2027 });
    const nouvelleVersion = await versionCourante(db);
    expect(nouvelleVersion).toBeGreaterThan(ancienneVersion);

    const rejoue = calculerRemunerationMinimale({ ...contrat, referentiel: await chargerReferentiel(db, { version: ancienneVersion }) });
    expect(rejoue).toEqual(avant);
    expect(avant.periodes[0]?.montantMensuelMinimumCentimes).toBe(182303);
    const actuel = calculerRemunerationMinimale({ ...contrat, referentiel: await chargerReferentiel(db) });
    expect(actuel.periodes[0]?.montantMensuelMinimumCentimes).toBe(190000);
  });

  it('remplace une valeur corrigée à partir de la version qui la corrige, sans effacer l’ancienne', async () => {
    const versionAvant = await versionCourante(db);
    const erronee = valeurEnVigueur((await chargerReferentiel(db)).smic, '2027-02-01');
    const [ligneErronee] = await db.select().from(referentielEntrees).where(eq(referentielEntrees.debut, '2027-01-01'));
    await ajouter({ debut: '2027-01-01', source: 'Décret n° 2026-1 (montant rectifié au Journal officiel)', valeur: { mensuelCentimes: 190100, horaireCentimes: 1253 }, remplaceId: ligneErronee!.id });
    expect(valeurEnVigueur((await chargerReferentiel(db)).smic, '2027-02-01')?.mensuelCentimes).toBe(190100);
    expect(valeurEnVigueur((await chargerReferentiel(db, { version: versionAvant })).smic, '2027-02-01')).toEqual(erronee);
  });

  it('refuse une deuxième valeur qui commencerait le même jour sans dire qu’elle en corrige une', async () => {
    await expect(ajouter({ debut: '2027-01-01', source: 'Doublon', valeur: SMIC_2027 })).rejects.toMatchObject({
      status: 422,
      champs: [{ chemin: 'debut', message: expect.stringMatching(/^Une valeur de cette rubrique s'applique déjà à partir du 01\/01\/2027 \(n° \d+\) : pour la rectifier, indiquez que la nouvelle valeur la remplace\.$/) }],
    });
  });
});
