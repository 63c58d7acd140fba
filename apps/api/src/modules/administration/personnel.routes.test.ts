import { desc, eq, sql } from 'drizzle-orm';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import type { ListePersonnel } from '@mse/shared/administration/personnel.schema';
import { MOT_DE_PASSE_DEMO } from '../../db/demo-data';
import { emails, sessions, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { MESSAGE_DERNIER_ADMINISTRATEUR, type Administrateur } from '../../policies/administration';
import { connecterEmployeur, connecterPersonnel } from '../referentiel/connexions.test-helper';
import { changerRolePersonnel, desactiverPersonnel } from './gerer-personnel';

const MOT_DE_PASSE = 'Chocolatine-Verte-2027';

describe('comptes du personnel de l’OPCO', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;
  const { db } = ctx.database;
  const employeur = await connecterEmployeur(app, 'julien.martin@au-pain-dore.test');
  const gestionnaire = await connecterPersonnel(app, 'gestionnaire@opco.test', ctx.clock.now);
  const administrateur = await connecterPersonnel(app, 'administrateur@opco.test', ctx.clock.now);
  const liste = async () => (await app.inject({ url: '/api/administration/personnel', headers: administrateur.headers })).json<ListePersonnel>().personnel;
  const membre = async (email: string) => (await liste()).find((m) => m.email === email)!;
  const inviter = (payload: object, qui = administrateur) => app.inject({ method: 'POST', url: '/api/administration/personnel', headers: qui.headers, payload });
  const jetonDuMail = async (email: string) => {
    const [mail] = await db.select().from(emails).where(eq(emails.destinataire, email)).orderBy(desc(emails.creeLe));
    return /jeton=([^\s&"]+)/.exec(mail!.texte)![1]!;
  };
  const code = (secret: string) => generateSync({ secret, epoch: Math.floor(ctx.clock.now.getTime() / 1000) });
  const connexionOpco = (email: string, secret: string, motDePasse = MOT_DE_PASSE) =>
    app.inject({ method: 'POST', url: '/api/opco/session', payload: { email, motDePasse, code: code(secret) } });

  it('liste le personnel, sans action sur son propre compte, et le refuse à un employeur (404) et au gestionnaire (403)', async () => {
    const personnel = await liste();
    expect(personnel.map((m) => [m.email, m.role, m.statut])).toEqual([
      ['administrateur@opco.test', 'administrateur', 'actif'],
      ['superviseur@opco.test', 'superviseur', 'actif'],
      ['gestionnaire@opco.test', 'gestionnaire', 'actif'],
    ]);
    expect(personnel.find((m) => m.email === 'administrateur@opco.test')?.actions).toEqual([]);
    expect(personnel.find((m) => m.email === 'gestionnaire@opco.test')?.actions).toEqual(['changer_role', 'desactiver']);
    expect((await app.inject({ url: '/api/administration/personnel', headers: employeur.headers })).statusCode).toBe(404);
    expect((await inviter({ prenom: 'A', nom: 'B', email: 'a@opco.test', role: 'administrateur' }, gestionnaire)).statusCode).toBe(403);
  });

  it('crée un compte qui s’active par le lien reçu : mot de passe choisi et second facteur enregistré par un premier code', async () => {
    const res = await inviter({ prenom: 'Inès', nom: 'Roux', email: 'Ines.Roux@OPCO.test ', role: 'gestionnaire' });
    expect(res.statusCode).toBe(201);
    expect((await membre('ines.roux@opco.test')).statut).toBe('invitation_envoyee');
    const jeton = await jetonDuMail('ines.roux@opco.test');

    const activation = (await app.inject({ url: `/api/opco/activation?jeton=${jeton}` })).json();
    expect(activation).toMatchObject({ etat: 'valide', prenom: 'Inès', email: 'ines.roux@opco.test', uri: expect.stringMatching(/^otpauth:\/\/totp\/.*secret=/) });
    const secret = activation.secret as string;
    // The second factor's secret is never in clear in the database: neither in the pending invitation…
    const enClair = async (requete: ReturnType<typeof sql>) => (await db.execute<{ texte: string | null }>(requete)).rows.map((r) => r.texte ?? '');
    const invitation = await enClair(sql`select j.donnees::text as texte from jetons j join utilisateurs u on u.id = j.utilisateur_id where u.email = 'ines.roux@opco.test'`);
    expect(invitation.length).toBeGreaterThan(0);
    for (const t of invitation) expect(t).not.toContain(secret);
    expect(invitation.join()).toContain('chiffre:v1:');

    const mauvaisCode = await app.inject({ method: 'POST', url: '/api/opco/activation', payload: { jeton, motDePasse: MOT_DE_PASSE, code: '000000' } });
    expect(mauvaisCode.statusCode).toBe(422);
    expect(mauvaisCode.json().erreur.champs[0].chemin).toBe('code');
    const faible = await app.inject({ method: 'POST', url: '/api/opco/activation', payload: { jeton, motDePasse: 'court', code: code(secret) } });
    expect(faible.statusCode).toBe(400);
    expect(faible.json().erreur.champs[0].chemin).toBe('motDePasse');

    const ok = await app.inject({ method: 'POST', url: '/api/opco/activation', payload: { jeton, motDePasse: MOT_DE_PASSE, code: code(secret) } });
    expect(ok.statusCode).toBe(204);
    expect((await membre('ines.roux@opco.test')).statut).toBe('actif');
    expect((await connexionOpco('ines.roux@opco.test', secret)).statusCode).toBe(200);
    // …nor in the account, which still checks the code.
    const [compte] = await enClair(sql`select totp_secret as texte from utilisateurs where email = 'ines.roux@opco.test'`);
    expect(compte).toMatch(/^chiffre:v1:/);
    expect(compte).not.toContain(secret);
    expect((await app.inject({ url: `/api/opco/activation?jeton=${jeton}` })).json().etat).toBe('utilise');
  });

  it('refuse une adresse déjà utilisée (409 sur le champ) et des champs mal remplis (400)', async () => {
    const prise = await inviter({ prenom: 'Julien', nom: 'Martin', email: 'julien.martin@au-pain-dore.test', role: 'gestionnaire' });
    expect(prise.statusCode).toBe(409);
    expect(prise.json().erreur.champs[0].chemin).toBe('email');
    const invalide = await inviter({ prenom: 'p'.repeat(5000), nom: '', email: 'pas-une-adresse', role: 'directeur' });
    expect(invalide.statusCode).toBe(400);
    expect(invalide.json().erreur.champs).toEqual(
      expect.arrayContaining([
        { chemin: 'prenom', message: 'Le champ « Prénom » fait au plus 80 caractères.' },
        { chemin: 'nom', message: 'Le champ « Nom » est obligatoire.' },
        { chemin: 'email', message: 'Saisissez une adresse email valide (exemple : prenom.nom@opco.fr).' },
        { chemin: 'role', message: 'Choisissez un rôle.' },
      ]),
    );
  });

  it('change le rôle d’un membre, pris en compte à sa requête suivante', async () => {
    const g = await membre('gestionnaire@opco.test');
    const res = await app.inject({ method: 'PUT', url: `/api/administration/personnel/${g.id}/role`, headers: administrateur.headers, payload: { role: 'superviseur' } });
    expect(res.statusCode).toBe(200);
    expect(res.json<ListePersonnel>().personnel.find((m) => m.id === g.id)?.role).toBe('superviseur');
    const [u] = await db.select({ role: utilisateurs.role }).from(utilisateurs).where(eq(utilisateurs.id, g.id));
    expect(u?.role).toBe('superviseur');
    await app.inject({ method: 'PUT', url: `/api/administration/personnel/${g.id}/role`, headers: administrateur.headers, payload: { role: 'gestionnaire' } });
  });

  it('désactive un compte : ses sessions sont fermées et il ne peut plus se connecter ; une nouvelle invitation le réactive', async () => {
    const g = await membre('gestionnaire@opco.test');
    const res = await app.inject({ method: 'POST', url: `/api/administration/personnel/${g.id}/desactivation`, headers: administrateur.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json<ListePersonnel>().personnel.find((m) => m.id === g.id)).toMatchObject({ statut: 'desactive', actions: ['renvoyer_invitation'] });
    expect(await db.select().from(sessions).where(eq(sessions.utilisateurId, g.id))).toEqual([]);
    expect((await app.inject({ url: '/api/session', headers: gestionnaire.headers })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/opco/session', payload: { email: 'gestionnaire@opco.test', motDePasse: MOT_DE_PASSE_DEMO, code: code('GVQWY3DPMFZXI2LPNZSXG5DJN5XGK4TF') } })).statusCode).toBe(401);

    expect((await app.inject({ method: 'POST', url: `/api/administration/personnel/${g.id}/invitation`, headers: administrateur.headers })).statusCode).toBe(200);
    const jeton = await jetonDuMail('gestionnaire@opco.test');
    const { secret } = (await app.inject({ url: `/api/opco/activation?jeton=${jeton}` })).json();
    expect((await app.inject({ method: 'POST', url: '/api/opco/activation', payload: { jeton, motDePasse: MOT_DE_PASSE, code: code(secret) } })).statusCode).toBe(204);
    expect((await connexionOpco('gestionnaire@opco.test', secret)).statusCode).toBe(200);
  });

  it('ne laisse jamais l’OPCO sans administrateur actif, et un administrateur ne modifie pas son propre compte', async () => {
    const moi = await membre('administrateur@opco.test');
    const soiMeme = await app.inject({ method: 'POST', url: `/api/administration/personnel/${moi.id}/desactivation`, headers: administrateur.headers });
    expect(soiMeme.statusCode).toBe(403);

    // A second administrator: then one may demote the other, and the one left is the last.
    const s = await membre('superviseur@opco.test');
    await app.inject({ method: 'PUT', url: `/api/administration/personnel/${s.id}/role`, headers: administrateur.headers, payload: { role: 'administrateur' } });
    expect((await membre('superviseur@opco.test')).actions).toEqual(['changer_role', 'desactiver']);
    const second = await connecterPersonnel(app, 'superviseur@opco.test', ctx.clock.now);
    const [acteurSecond] = await db.select().from(utilisateurs).where(eq(utilisateurs.id, s.id));
    expect((await app.inject({ method: 'POST', url: `/api/administration/personnel/${s.id}/desactivation`, headers: administrateur.headers })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/administration/personnel', headers: second.headers })).statusCode).toBe(401);

    // The second administrator's request was already under way: it may not remove the last one left.
    const ctxCommande = { database: ctx.database, config: ctx.config, now: ctx.clock.now, ip: '127.0.0.1' };
    await expect(desactiverPersonnel(ctxCommande, acteurSecond as Administrateur, moi.id)).rejects.toMatchObject({ status: 409, message: MESSAGE_DERNIER_ADMINISTRATEUR });
    await expect(changerRolePersonnel(ctxCommande, acteurSecond as Administrateur, moi.id, 'gestionnaire')).rejects.toMatchObject({ status: 409 });
    expect((await membre('administrateur@opco.test')).statut).toBe('actif');
    const admins = await db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(utilisateurs.role, 'administrateur'));
    expect(admins.map((a) => a.id).sort()).toEqual([moi.id, s.id].sort());
  });
});
