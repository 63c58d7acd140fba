import { desc, eq } from 'drizzle-orm';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { MOT_DE_PASSE_DEMO } from '../../db/demo-data';
import { seedDemoIfEmpty } from '../../db/seed';
import { emails, utilisateurs } from '../../db/schema';
import { testApp } from '../../test/app';

const MIGRE = 'sophie.bernard@fleurs-de-lys.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';
const NOUVEAU = 'Fleurs-Printemps-2026';

describe('identité : mot de passe oublié, première connexion, inscription, compte', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;

  async function dernierLien(destinataire: string, chemin: string): Promise<string> {
    const [mail] = await database.db.select().from(emails).where(eq(emails.destinataire, destinataire)).orderBy(desc(emails.creeLe)).limit(1);
    const match = mail?.texte.match(new RegExp(`${chemin}\\?jeton=([\\w-]+)`));
    if (!match?.[1]) throw new Error(`pas de lien ${chemin} pour ${destinataire}`);
    return decodeURIComponent(match[1]);
  }

  async function connecter(email: string, motDePasse = MOT_DE_PASSE_DEMO) {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse } });
    const cookie = res.cookies.find((c) => c.name === 'mse_session');
    return { res, headers: { cookie: `mse_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken as string } };
  }

  it('répond pareil que l’adresse ait un compte ou non, et n’envoie un lien qu’au compte', async () => {
    const connu = await app.inject({ method: 'POST', url: '/api/mot-de-passe-oublie', payload: { email: MIGRE } });
    const inconnu = await app.inject({ method: 'POST', url: '/api/mot-de-passe-oublie', payload: { email: 'personne@nulle-part.test' } });
    expect(connu.statusCode).toBe(200);
    expect(connu.body).toBe(inconnu.body);
    expect(connu.json().message).toBe("Un message a été envoyé à l'adresse email renseignée.");
    expect(await database.db.select().from(emails).where(eq(emails.destinataire, 'personne@nulle-part.test'))).toHaveLength(0);
    const [mail] = await database.db.select().from(emails).where(eq(emails.destinataire, MIGRE));
    expect(mail?.sujet).toBe('Réinitialisation de votre mot de passe – Opco EP');
    expect(mail?.html).toContain('Réinitialiser mon mot de passe');
  });

  it('fait la première connexion d’un compte migré par le lien, une seule fois', async () => {
    const jeton = await dernierLien(MIGRE, '/reinitialiser-mot-de-passe');
    expect((await app.inject(`/api/mot-de-passe/jeton?jeton=${jeton}`)).json()).toEqual({ etat: 'valide' });
    const faible = await app.inject({ method: 'POST', url: '/api/mot-de-passe/reinitialiser', payload: { jeton, motDePasse: 'fleurs', confirmation: 'fleurs' } });
    expect(faible.statusCode).toBe(400);
    expect(faible.json().erreur.champs[0]).toEqual({ chemin: 'motDePasse', message: 'Votre mot de passe doit contenir : 1 lettre majuscule, 2 chiffres, 8 caractères, 1 caractère spécial.' });
    const differents = await app.inject({ method: 'POST', url: '/api/mot-de-passe/reinitialiser', payload: { jeton, motDePasse: NOUVEAU, confirmation: 'autre' } });
    expect(differents.json().erreur.champs[0].chemin).toBe('confirmation');
    const ok = await app.inject({ method: 'POST', url: '/api/mot-de-passe/reinitialiser', payload: { jeton, motDePasse: NOUVEAU, confirmation: NOUVEAU } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().entreprise.raisonSociale).toBe('FLEURS DE LYS');
    expect(ok.cookies.find((c) => c.name === 'mse_session')).toBeDefined();
    const encore = await app.inject({ method: 'POST', url: '/api/mot-de-passe/reinitialiser', payload: { jeton, motDePasse: NOUVEAU, confirmation: NOUVEAU } });
    expect(encore.statusCode).toBe(422);
    expect(encore.json().erreur.message).toMatch(/déjà été utilisé/);
    expect((await connecter(MIGRE, NOUVEAU)).res.statusCode).toBe(200);
  });

  it('dit qu’un lien a expiré après une heure, et qu’un lien plus récent remplace l’ancien', async () => {
    await app.inject({ method: 'POST', url: '/api/mot-de-passe-oublie', payload: { email: BOULANGER } });
    const premier = await dernierLien(BOULANGER, '/reinitialiser-mot-de-passe');
    await app.inject({ method: 'POST', url: '/api/mot-de-passe-oublie', payload: { email: BOULANGER } });
    const second = await dernierLien(BOULANGER, '/reinitialiser-mot-de-passe');
    expect((await app.inject(`/api/mot-de-passe/jeton?jeton=${premier}`)).json().etat).toBe('utilise');
    const debut = ctx.clock.now;
    ctx.clock.now = new Date(debut.getTime() + 61 * 60_000);
    expect((await app.inject(`/api/mot-de-passe/jeton?jeton=${second}`)).json()).toEqual({ etat: 'expire', message: 'Ce lien a expiré. Demandez-en un nouveau.' });
    ctx.clock.now = debut;
  });

  it('refuse un mot de passe trop courant ou qui contient l’adresse', async () => {
    await app.inject({ method: 'POST', url: '/api/mot-de-passe-oublie', payload: { email: BOULANGER } });
    const jeton = await dernierLien(BOULANGER, '/reinitialiser-mot-de-passe');
    for (const [motDePasse, message] of [
      ['Password12!', 'Ce mot de passe fait partie des plus utilisés : choisissez-en un moins prévisible.'],
      ['Julien.Martin-99', 'Votre mot de passe ne doit pas contenir votre adresse email.'],
    ]) {
      const res = await app.inject({ method: 'POST', url: '/api/mot-de-passe/reinitialiser', payload: { jeton, motDePasse, confirmation: motDePasse } });
      expect(res.statusCode).toBe(422);
      expect(res.json().erreur.champs).toEqual([{ chemin: 'motDePasse', message }]);
    }
    expect((await app.inject(`/api/mot-de-passe/jeton?jeton=${jeton}`)).json().etat).toBe('valide');
  });

  it('inscrit un établissement adhérent sans compte, utilisable après confirmation de l’adresse', async () => {
    const [libre] = await database.db.execute<{ siret: string }>(
      "select siret from etablissements e where not exists (select 1 from compte_etablissements c where c.etablissement_id = e.id) order by siret limit 1",
    ).then((r) => r.rows);
    const payload = { siret: libre!.siret, civilite: 'Madame', nom: 'Roux', prenom: 'Inès', fonction: 'Gérante', telephone: '06 12 34 56 78', email: 'ines.roux@exemple.test', motDePasse: 'Ciseaux-Dores-77', confirmation: 'Ciseaux-Dores-77' };
    const res = await app.inject({ method: 'POST', url: '/api/inscription', payload });
    expect(res.statusCode).toBe(200);
    expect((await connecter('ines.roux@exemple.test', 'Ciseaux-Dores-77')).res.statusCode).toBe(401);
    const jeton = await dernierLien('ines.roux@exemple.test', '/confirmer-email');
    expect((await app.inject({ method: 'POST', url: '/api/inscription/confirmer', payload: { jeton } })).statusCode).toBe(200);
    const { res: ok } = await connecter('ines.roux@exemple.test', 'Ciseaux-Dores-77');
    expect(ok.json().utilisateur).toMatchObject({ nom: 'ROUX', role: 'proprietaire' });
    const deuxieme = await app.inject({ method: 'POST', url: '/api/inscription', payload: { ...payload, email: 'autre@exemple.test' } });
    expect(deuxieme.json().erreur.champs[0].message).toMatch(/déjà un compte.*inviter/);
  });

  it('explique un SIRET invalide ou inconnu sur le champ', async () => {
    const base = { civilite: 'Monsieur', nom: 'X', prenom: 'Y', fonction: 'Z', telephone: '0612345678', email: 'x@y.test', motDePasse: 'Ciseaux-Dores-77', confirmation: 'Ciseaux-Dores-77' };
    const cle = await app.inject({ method: 'POST', url: '/api/inscription', payload: { ...base, siret: '35600000009090' } });
    expect(cle.statusCode).toBe(400);
    expect(cle.json().erreur.champs[0].chemin).toBe('siret');
    const inconnu = await app.inject({ method: 'POST', url: '/api/inscription', payload: { ...base, siret: '73282932000074' } });
    expect(inconnu.statusCode).toBe(422);
    expect(inconnu.json().erreur.champs[0].message).toMatch(/ne figure pas.*09 70 838 837/);
  });

  it('refuse les champs de 10 000 caractères avec un message, sans rien créer', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/mot-de-passe-oublie', payload: { email: `${'a'.repeat(10_000)}@x.test` } });
    expect(res.statusCode).toBe(400);
    expect(res.json().erreur.champs[0]).toEqual({ chemin: 'email', message: 'Une adresse email fait au plus 254 caractères.' });
  });

  it('modifie les coordonnées, change l’adresse après confirmation et prévient l’ancienne', async () => {
    const { headers } = await connecter(BOULANGER);
    const coord = await app.inject({ method: 'PUT', url: '/api/compte/coordonnees', headers, payload: { civilite: 'Monsieur', nom: 'Martin', prenom: 'Julien', fonction: 'Gérant', telephone: '04 72 00 00 02' } });
    expect(coord.json()).toMatchObject({ nom: 'MARTIN', fonction: 'Gérant', telephone: '+33472000002' });
    const mauvais = await app.inject({ method: 'POST', url: '/api/compte/adresse-email', headers, payload: { nouvelleAdresse: 'julien@pain.test', motDePasse: 'faux' } });
    expect(mauvais.json().erreur.champs).toEqual([{ chemin: 'motDePasse', message: 'Mot de passe incorrect.' }]);
    await app.inject({ method: 'POST', url: '/api/compte/adresse-email', headers, payload: { nouvelleAdresse: 'julien@pain.test', motDePasse: MOT_DE_PASSE_DEMO } });
    const avertissement = await database.db.select().from(emails).where(eq(emails.destinataire, BOULANGER));
    expect(avertissement.map((m) => m.sujet)).toContain('Changement de votre adresse de connexion demandé – Opco EP');
    expect((await connecter(BOULANGER)).res.statusCode).toBe(200);
    const jeton = await dernierLien('julien@pain.test', '/confirmer-adresse-email');
    expect((await app.inject({ method: 'POST', url: '/api/compte/adresse-email/confirmer', payload: { jeton } })).statusCode).toBe(200);
    expect((await connecter('julien@pain.test')).res.statusCode).toBe(200);
    expect((await connecter(BOULANGER)).res.statusCode).toBe(401);
  });

  it('change le mot de passe avec l’actuel et ferme les autres sessions', async () => {
    const autre = await connecter('julien@pain.test');
    const moi = await connecter('julien@pain.test');
    const faux = await app.inject({ method: 'PUT', url: '/api/compte/mot-de-passe', headers: moi.headers, payload: { motDePasseActuel: 'faux', motDePasse: 'Baguette-Tradi-55', confirmation: 'Baguette-Tradi-55' } });
    expect(faux.json().erreur.champs).toEqual([{ chemin: 'motDePasseActuel', message: 'Mot de passe actuel incorrect.' }]);
    const ok = await app.inject({ method: 'PUT', url: '/api/compte/mot-de-passe', headers: moi.headers, payload: { motDePasseActuel: MOT_DE_PASSE_DEMO, motDePasse: 'Baguette-Tradi-55', confirmation: 'Baguette-Tradi-55' } });
    expect(ok.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/session', headers: moi.headers })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/session', headers: autre.headers })).statusCode).toBe(401);
  });

  it('ralentit puis suspend la connexion après des échecs répétés, et prévient le titulaire', async () => {
    const email = 'cecile.moreau@aidomi-provence.test';
    const tenter = () => app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: 'Mauvais-2026!' }, remoteAddress: '203.0.113.9' });
    for (let i = 0; i < 5; i++) expect((await tenter()).statusCode).toBe(401);
    const freine = await tenter();
    expect(freine.statusCode).toBe(429);
    expect(Number(freine.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) {
      ctx.clock.now = new Date(ctx.clock.now.getTime() + 40_000);
      await tenter();
    }
    const bloque = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO } });
    expect(bloque.statusCode).toBe(429);
    expect(bloque.json().erreur.message).toMatch(/suspendue pendant 1[45] minute/);
    const prevenu = await database.db.select().from(emails).where(eq(emails.destinataire, email));
    expect(prevenu.map((m) => m.sujet)).toContain('Connexion suspendue après plusieurs échecs – Opco EP');
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 16 * 60_000);
    expect((await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO } })).statusCode).toBe(200);
  });

  it('connecte le personnel de l’OPCO seulement avec le code à usage unique, et jamais par l’entrée employeur', async () => {
    const [g] = await database.db.select().from(utilisateurs).where(eq(utilisateurs.email, 'gestionnaire@opco.test'));
    const code = generateSync({ secret: g!.totpSecret!, epoch: Math.floor(ctx.clock.now.getTime() / 1000) });
    const sansCode = await app.inject({ method: 'POST', url: '/api/opco/session', payload: { email: 'gestionnaire@opco.test', motDePasse: MOT_DE_PASSE_DEMO, code: code === '000000' ? '111111' : '000000' } });
    expect(sansCode.statusCode).toBe(401);
    const ok = await app.inject({ method: 'POST', url: '/api/opco/session', payload: { email: 'gestionnaire@opco.test', motDePasse: MOT_DE_PASSE_DEMO, code } });
    expect(ok.json().utilisateur).toMatchObject({ espace: 'opco', role: 'gestionnaire' });
    expect((await connecter('gestionnaire@opco.test')).res.statusCode).toBe(401);
    expect((await connecter(BOULANGER)).res.statusCode).toBe(401);
  });
});
