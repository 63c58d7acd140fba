import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { entreprisesMembres, groupeMultiSiret, MOT_DE_PASSE_DEMO } from '../../db/demo-data';
import { utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { creerSession } from '../identite/sessions.repository';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';
const GESTIONNAIRE = 'gestionnaire@opco.test';

const groupe = groupeMultiSiret();
const siretDe = (ville: string) => groupe.find((e) => e.ville === ville)!.siret;
const boulangerie = entreprisesMembres().find((e) => e.raisonSociale === 'AU PAIN DORÉ')!;
const autreMembre = entreprisesMembres().find((e) => e.raisonSociale === 'BOUCHERIE GAILLARD')!;

describe('Mon entreprise : les établissements du compte', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;

  async function seConnecter(email: string) {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO, seSouvenir: false } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'mse_session');
    const headers = { cookie: `mse_session=${cookie?.value}` };
    return {
      get: (url: string) => app.inject({ url, headers }),
      put: (url: string, payload: unknown, csrf = true) =>
        app.inject({ method: 'PUT', url, payload: payload as object, headers: { ...headers, ...(csrf ? { 'x-csrf-token': res.json().csrfToken } : {}) } }),
    };
  }

  const cecile = await seConnecter(MULTI);
  const julien = await seConnecter(BOULANGER);

  describe('la liste', () => {
    it('donne les 12 établissements du compte multi-établissements, triés par raison sociale', async () => {
      const res = await cecile.get('/api/etablissements?taille=100');
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.total).toBe(12);
      expect(page.suivant).toBeNull();
      expect(page.etablissements.map((e: { siret: string }) => e.siret).sort()).toEqual(groupe.map((e) => e.siret).sort());
      expect(page.etablissements[0]).toMatchObject({ raisonSociale: 'AIDOMI PROVENCE', ville: 'MARSEILLE', codePostal: '13002' });
      expect(page.etablissements[0].siretFormate).toMatch(/^\d{3} \d{3} \d{3} \d{5}$/);
      expect(page.etablissements.at(-1).raisonSociale).toBe('AIDOMI PROVENCE – TOULON');
    });

    it('trouve une ville sans tenir compte des accents ni des majuscules', async () => {
      const page = (await cecile.get('/api/etablissements?q=nimes')).json();
      expect(page.total).toBe(1);
      expect(page.etablissements[0]).toMatchObject({ ville: 'NÎMES', siret: siretDe('NÎMES') });
    });

    it('exige que chaque mot de la recherche se retrouve dans le nom, la ville ou le code postal', async () => {
      const page = (await cecile.get(`/api/etablissements?q=${encodeURIComponent('Aidomi  aix')}`)).json();
      expect(page.etablissements.map((e: { ville: string }) => e.ville)).toEqual(['AIX-EN-PROVENCE']);
      expect((await cecile.get('/api/etablissements?q=aidomi%20lyon')).json().total).toBe(0);
    });

    it('trouve un établissement par son SIRET saisi avec des espaces, ou par code postal', async () => {
      const siret = siretDe('GAP');
      const formate = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
      const parSiret = (await cecile.get(`/api/etablissements?q=${encodeURIComponent(formate)}`)).json();
      expect(parSiret.etablissements.map((e: { siret: string }) => e.siret)).toEqual([siret]);
      const parCodePostal = (await cecile.get('/api/etablissements?q=13100')).json();
      expect(parCodePostal.etablissements.map((e: { ville: string }) => e.ville)).toEqual(['AIX-EN-PROVENCE']);
    });

    it('traite les caractères spéciaux de la recherche comme du texte', async () => {
      expect((await cecile.get('/api/etablissements?q=%25')).json().total).toBe(0);
      expect((await cecile.get('/api/etablissements?q=_')).json().total).toBe(0);
    });

    it('trie par ville et par SIRET, dans les deux sens', async () => {
      const villes = (await cecile.get('/api/etablissements?tri=ville&taille=100')).json().etablissements.map((e: { ville: string }) => e.ville);
      expect(villes.slice(0, 3)).toEqual(['AIX-EN-PROVENCE', 'ARLES', 'AUBAGNE']);
      // Sorted without accents: NÎMES between NICE and TOULON.
      expect(villes.slice(-3)).toEqual(['NICE', 'NÎMES', 'TOULON']);
      const decroissant = (await cecile.get('/api/etablissements?tri=siret&ordre=desc&taille=100')).json().etablissements.map((e: { siret: string }) => e.siret);
      expect(decroissant).toEqual(groupe.map((e) => e.siret).sort().reverse());
    });

    it('pagine par curseur jusqu’à la dernière page sans doublon ni oubli', async () => {
      for (const tri of ['raisonSociale', 'ville', 'siret']) {
        for (const ordre of ['asc', 'desc']) {
          const tout = (await cecile.get(`/api/etablissements?tri=${tri}&ordre=${ordre}&taille=100`)).json().etablissements;
          const vus: string[] = [];
          let url = `/api/etablissements?tri=${tri}&ordre=${ordre}&taille=5`;
          const tailles: number[] = [];
          for (;;) {
            const page = (await cecile.get(url)).json();
            expect(page.total).toBe(12);
            tailles.push(page.etablissements.length);
            vus.push(...page.etablissements.map((e: { siret: string }) => e.siret));
            if (!page.suivant) break;
            url = `/api/etablissements?tri=${tri}&ordre=${ordre}&taille=5&apres=${page.suivant}`;
          }
          expect(tailles).toEqual([5, 5, 2]);
          expect(vus).toEqual(tout.map((e: { siret: string }) => e.siret));
        }
      }
    });

    it('pagine aussi les résultats d’une recherche', async () => {
      const premiere = (await cecile.get('/api/etablissements?q=13&taille=2&tri=ville')).json();
      const total = premiere.total;
      expect(total).toBeGreaterThanOrEqual(5);
      const seconde = (await cecile.get(`/api/etablissements?q=13&taille=2&tri=ville&apres=${premiere.suivant}`)).json();
      expect(seconde.total).toBe(total);
      expect(seconde.etablissements[0].siret).not.toBe(premiere.etablissements[1].siret);
    });

    it('refuse des paramètres invalides avec un message par champ (400)', async () => {
      const res = await cecile.get('/api/etablissements?tri=effectif&ordre=haut&taille=0');
      expect(res.statusCode).toBe(400);
      const champs = Object.fromEntries(res.json().erreur.champs.map((c: { chemin: string; message: string }) => [c.chemin, c.message]));
      expect(champs).toMatchObject({
        tri: 'Tri inconnu : choisissez raisonSociale, ville ou siret',
        ordre: 'Ordre inconnu : choisissez asc ou desc',
        taille: 'La taille de page est un nombre entier de 1 à 100',
      });
      const curseur = await cecile.get('/api/etablissements?apres=nimporte-quoi');
      expect(curseur.statusCode).toBe(400);
      expect(curseur.json().erreur.champs).toEqual([{ chemin: 'apres', message: 'Curseur de pagination invalide : revenez à la première page' }]);
    });

    it('refuse le curseur d’un autre tri', async () => {
      const { suivant } = (await cecile.get('/api/etablissements?taille=2&tri=ville')).json();
      const res = await cecile.get(`/api/etablissements?taille=2&tri=siret&apres=${suivant}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().erreur.champs[0].chemin).toBe('apres');
    });

    it('donne au compte d’un seul établissement son seul établissement', async () => {
      const page = (await julien.get('/api/etablissements')).json();
      expect(page).toMatchObject({ total: 1, suivant: null });
      expect(page.etablissements).toEqual([expect.objectContaining({ siret: boulangerie.siret, raisonSociale: 'AU PAIN DORÉ' })]);
    });
  });

  describe('le détail', () => {
    it('montre SIREN, SIRET, adresse, NAF et convention avec leurs libellés, effectif, classe, adhésion et les personnes', async () => {
      const siret = siretDe('NÎMES');
      const res = await cecile.get(`/api/etablissements/${siret}`);
      expect(res.statusCode).toBe(200);
      const e = res.json();
      expect(e).toMatchObject({
        siret,
        siren: siret.slice(0, 9),
        sirenFormate: `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)}`,
        siretFormate: `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`,
        raisonSociale: 'AIDOMI PROVENCE – NÎMES',
        adresse: '15 boulevard Victor Hugo',
        codePostal: '30000',
        ville: 'NÎMES',
        naf: { code: '8810A', codeFormate: '88.10A', libelle: 'Aide à domicile' },
        convention: { idcc: '3127' },
        effectif: 214,
        classe: { code: 'plus_de_50', libelle: 'plus de 50 salariés' },
        dateAdhesion: '2019-04-01',
        numeroAdherent: 'EP1004205',
        personnes: [{ civilite: 'Madame', prenom: 'Cécile', nom: 'MOREAU', email: MULTI, role: 'proprietaire' }],
        courant: false,
      });
      expect(e.convention.libelle).toMatch(/services à la personne/i);
    });

    it('montre au boulanger sa boulangerie de moins de 11 salariés', async () => {
      const e = (await julien.get(`/api/etablissements/${boulangerie.siret}`)).json();
      expect(e).toMatchObject({
        raisonSociale: 'AU PAIN DORÉ',
        naf: { codeFormate: '10.71C', libelle: 'Boulangerie et boulangerie-pâtisserie' },
        convention: { idcc: '0843' },
        effectif: 3,
        classe: { libelle: 'moins de 11 salariés' },
      });
    });
  });

  describe('le choix de l’établissement courant', () => {
    it('montre l’établissement choisi dans le bloc entreprise, le garde à la connexion suivante, puis revient à tous', async () => {
      const siret = siretDe('NÎMES');
      const choix = await cecile.put('/api/etablissement-courant', { siret });
      expect(choix.statusCode).toBe(200);
      expect(choix.json().entreprise).toMatchObject({
        raisonSociale: 'AIDOMI PROVENCE – NÎMES',
        codePostal: '30000',
        ville: 'NÎMES',
        siret,
        multiSiret: true,
        nombreEtablissements: 12,
        etablissementCourant: siret,
      });
      const autreSession = await seConnecter(MULTI);
      expect((await autreSession.get('/api/session')).json().entreprise).toMatchObject({ ville: 'NÎMES', etablissementCourant: siret });
      const liste = (await cecile.get('/api/etablissements?taille=100')).json().etablissements;
      expect(liste.filter((e: { courant: boolean }) => e.courant).map((e: { siret: string }) => e.siret)).toEqual([siret]);
      expect((await cecile.get(`/api/etablissements/${siret}`)).json().courant).toBe(true);

      const tous = await cecile.put('/api/etablissement-courant', { siret: null });
      expect(tous.statusCode).toBe(200);
      expect(tous.json().entreprise).toMatchObject({ raisonSociale: 'AIDOMI PROVENCE', ville: 'MARSEILLE', etablissementCourant: null, multiSiret: true });
    });

    it('accepte un SIRET saisi avec des espaces', async () => {
      const siret = siretDe('GAP');
      const res = await cecile.put('/api/etablissement-courant', { siret: `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` });
      expect(res.json().entreprise.etablissementCourant).toBe(siret);
      await cecile.put('/api/etablissement-courant', { siret: null });
    });

    it('refuse un SIRET mal formé avec un message sur le champ (400)', async () => {
      const res = await cecile.put('/api/etablissement-courant', { siret: '123' });
      expect(res.statusCode).toBe(400);
      expect(res.json().erreur.champs).toEqual([{ chemin: 'siret', message: 'Le SIRET doit comporter 14 chiffres' }]);
    });

    it('refuse un changement sans jeton CSRF (403)', async () => {
      expect((await cecile.put('/api/etablissement-courant', { siret: null }, false)).statusCode).toBe(403);
    });
  });

  describe('aucune route ne montre l’établissement d’un autre compte', () => {
    const introuvable = { erreur: { code: 'introuvable', message: "Cette ressource n'existe pas ou ne vous est pas accessible." } };

    it('répond 404, avec la même réponse, à un SIRET d’un autre compte, inconnu ou mal formé', async () => {
      const reponses = await Promise.all(
        [siretDe('NÎMES'), autreMembre.siret, '73282932000074', '12345678901234', 'abc', '%20'].map((s) => julien.get(`/api/etablissements/${s}`)),
      );
      for (const res of reponses) {
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(introuvable);
      }
      expect((await cecile.get(`/api/etablissements/${boulangerie.siret}`)).json()).toEqual(introuvable);
    });

    it('ne trouve jamais, par la recherche, l’établissement d’un autre compte', async () => {
      for (const q of [boulangerie.siret, 'pain doré', boulangerie.codePostal, boulangerie.ville]) {
        const page = (await cecile.get(`/api/etablissements?q=${encodeURIComponent(q)}&taille=100`)).json();
        expect(page.etablissements.map((e: { siret: string }) => e.siret)).not.toContain(boulangerie.siret);
        expect(page.etablissements.every((e: { siret: string }) => groupe.some((g) => g.siret === e.siret))).toBe(true);
      }
      const page = (await julien.get(`/api/etablissements?q=${siretDe('NÎMES')}`)).json();
      expect(page).toEqual({ etablissements: [], total: 0, suivant: null });
    });

    it('refuse de choisir comme établissement courant celui d’un autre compte (404) et ne change rien', async () => {
      const res = await julien.put('/api/etablissement-courant', { siret: siretDe('NÎMES') });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(introuvable);
      expect((await julien.put('/api/etablissement-courant', { siret: '73282932000074' })).json()).toEqual(introuvable);
      expect((await julien.get('/api/session')).json().entreprise).toMatchObject({ siret: boulangerie.siret, etablissementCourant: null });
    });

    it('cache les établissements au personnel de l’OPCO (404) et demande de se connecter aux inconnus (401)', async () => {
      // Staff sign in on the back office's own page: open their session directly.
      const [personnel] = await ctx.database.db.select().from(utilisateurs).where(eq(utilisateurs.email, GESTIONNAIRE));
      const { token } = await creerSession(ctx.database.db, { utilisateurId: personnel!.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
      const headers = { cookie: `mse_session=${token}` };
      expect((await app.inject({ url: '/api/etablissements', headers })).statusCode).toBe(404);
      expect((await app.inject({ url: `/api/etablissements/${boulangerie.siret}`, headers })).statusCode).toBe(404);
      expect((await app.inject('/api/etablissements')).statusCode).toBe(401);
      expect((await app.inject(`/api/etablissements/${boulangerie.siret}`)).statusCode).toBe(401);
      expect((await app.inject({ method: 'PUT', url: '/api/etablissement-courant', payload: { siret: null } })).statusCode).toBe(401);
    });
  });
});
