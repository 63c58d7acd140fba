import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { BOULANGER, preparer } from '../modules/demandes/demandes.test-helper';
import { chiffrerChampsSensibles, chiffrerTexte, dechiffrerChampsSensibles, dechiffrerTexte, estChiffre } from './chiffrement';
import { demandes } from './schema';

const NIR = '255081416802538';

describe('chiffrement des champs sensibles', () => {
  it('chiffre le NIR à toute profondeur, laisse le reste, et relit la valeur d’origine', () => {
    const donnees = { apprenti: { nom: 'Benali', nir: NIR }, representants: [{ nir: '169054912345678' }], formation: { intitule: 'CAP Boulanger' } };
    const chiffrees = chiffrerChampsSensibles(donnees);
    expect(estChiffre(chiffrees.apprenti.nir)).toBe(true);
    expect(estChiffre(chiffrees.representants[0]!.nir)).toBe(true);
    expect(chiffrees.apprenti.nom).toBe('Benali');
    expect(JSON.stringify(chiffrees)).not.toContain(NIR);
    expect(dechiffrerChampsSensibles(chiffrees)).toEqual(donnees);
    // Encrypting twice changes nothing; an empty value stays empty.
    expect(chiffrerChampsSensibles(chiffrees)).toEqual(chiffrees);
    expect(chiffrerChampsSensibles({ nir: '' })).toEqual({ nir: '' });
  });

  it('un même NIR ne donne jamais deux fois le même chiffré, et un chiffré altéré est refusé', () => {
    const a = chiffrerTexte(NIR);
    expect(chiffrerTexte(NIR)).not.toBe(a);
    expect(dechiffrerTexte(a)).toBe(NIR);
    const octets = Buffer.from(a.slice('chiffre:v1:'.length), 'base64');
    octets[octets.length - 1] = octets[octets.length - 1]! ^ 1;
    expect(() => dechiffrerTexte(`chiffre:v1:${octets.toString('base64')}`)).toThrow();
  });

  it('en base, le NIR d’une demande est illisible ; l’application le relit en clair', async () => {
    const { db, employeur } = await preparer();
    const boulanger = await employeur(BOULANGER);
    const brouillon = await boulanger.brouillon('apprentissage', { apprenti: { nom: 'Benali', nir: NIR } });
    expect((brouillon.donnees.apprenti as { nir: string }).nir).toBe(NIR);

    const [brut] = (await db.execute<{ texte: string }>(sql`select donnees::text as texte from demandes where id = ${brouillon.id}`)).rows;
    expect(brut!.texte).not.toContain(NIR);
    expect(brut!.texte).toContain('chiffre:v1:');
    expect(brut!.texte).toContain('Benali');

    const relu = await boulanger.get(`/api/demandes/${brouillon.id}`);
    expect(relu.json().donnees.apprenti.nir).toBe(NIR);
    const [ligne] = await db.select({ donnees: demandes.donnees }).from(demandes).where(eq(demandes.id, brouillon.id));
    expect((ligne!.donnees.apprenti as { nir: string }).nir).toBe(NIR);
  });
});
