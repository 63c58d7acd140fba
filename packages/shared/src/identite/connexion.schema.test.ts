import { describe, expect, it } from 'vitest';
import { ConnexionSchema } from './connexion.schema';

describe('ConnexionSchema', () => {
  it('normalise l’adresse email (espaces, majuscules)', () => {
    expect(ConnexionSchema.parse({ email: '  Julien.Martin@Exemple.FR ', motDePasse: 'x' }).email).toBe('julien.martin@exemple.fr');
  });
  it('refuse une adresse mal formée avec un message en français', () => {
    const r = ConnexionSchema.safeParse({ email: 'julien.martin', motDePasse: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Saisissez une adresse email valide, par exemple nom@entreprise.fr.');
  });
  it('refuse un mot de passe vide', () => {
    const r = ConnexionSchema.safeParse({ email: 'a@b.fr', motDePasse: '' });
    expect(r.error?.issues[0]?.message).toBe('Saisissez votre mot de passe.');
  });
});
