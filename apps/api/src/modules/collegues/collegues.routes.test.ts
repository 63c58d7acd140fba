import { and, desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { groupeMultiSiret, MOT_DE_PASSE_DEMO } from '../../db/demo-data';
import { audit, demandes, emails, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';
const MOT_DE_PASSE_COLLEGUE = 'Aidomi-Nice-2026!';
const groupe = groupeMultiSiret();
const [MARSEILLE, NICE, GAP] = [groupe[0]!.siret, groupe[4]!.siret, groupe[10]!.siret];
const SEPT_JOURS = 7 * 86_400_000;

type Client = Awaited<ReturnType<Awaited<ReturnType<typeof preparer>>['seConnecter']>>;

async function preparer() {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;

  function client(cookie: string | undefined, csrf: string) {
    const headers = { cookie: `mse_session=${cookie}`, 'x-csrf-token': csrf };
    return {
      get: (url: string) => app.inject({ url, headers }),
      post: (url: string, payload?: object) => app.inject({ method: 'POST', url, payload: payload ?? {}, headers }),
      put: (url: string, payload: object) => app.inject({ method: 'PUT', url, payload, headers }),
      delete: (url: string) => app.inject({ method: 'DELETE', url, headers }),
    };
  }

  async function seConnecter(email: string, motDePasse = MOT_DE_PASSE_DEMO) {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse } });
    expect(res.statusCode, `connexion de ${email}`).toBe(200);
    return client(res.cookies.find((c) => c.name === 'mse_session')?.value, res.json().csrfToken);
  }

  async function lienInvitation(email: string): Promise<string> {
    const [mail] = await database.db.select().from(emails).where(eq(emails.destinataire, email)).orderBy(desc(emails.creeLe)).limit(1);
    const jeton = mail?.texte.match(/\/invitation\?jeton=([\w%-]+)/)?.[1];
    if (!jeton) throw new Error(`pas d’invitation pour ${email}`);
    return decodeURIComponent(jeton);
  }

  async function accepter(jeton: string) {
    const res = await app.inject({ method: 'POST', url: '/api/invitation', payload: { jeton, motDePasse: MOT_DE_PASSE_COLLEGUE, confirmation: MOT_DE_PASSE_COLLEGUE } });
    return { res, client: client(res.cookies.find((c) => c.name === 'mse_session')?.value, res.statusCode === 200 ? res.json().csrfToken : '') };
  }

  async function evenements(evenement: string) {
    return database.db.select().from(audit).where(eq(audit.evenement, evenement)).orderBy(desc(audit.creeLe));
  }

  return { ctx, app, database, seConnecter, lienInvitation, accepter, evenements };
}

const invitation = (email: string, acces: { role?: string; tous?: boolean; sirets?: string[] } = {}) => ({
  prenom: 'Paul',
  nom: 'DURAND',
  email,
  role: acces.role ?? 'collaborateur',
  tous: acces.tous ?? false,
  sirets: acces.sirets ?? [NICE, GAP],
});

describe('les collègues : inviter, choisir son mot de passe, ne voir que ce qui est accordé', async () => {
  const t = await preparer();
  const cecile = await t.seConnecter(MULTI);
  let paulId = '';
  let paul: Client;

  it('invite un collègue sur 2 des 12 établissements, qui choisit son mot de passe depuis l’email puis ne voit que ces 2 établissements', async () => {
    const res = await cecile.post('/api/collegues', invitation('Paul.Durand@Aidomi-Provence.test'));
    expect(res.statusCode).toBe(201);
    const invite = res.json();
    paulId = invite.id;
    expect(invite).toMatchObject({
      prenom: 'Paul',
      nom: 'DURAND',
      email: 'paul.durand@aidomi-provence.test',
      role: 'collaborateur',
      statut: 'invite',
      invitationExpireLe: new Date(t.ctx.clock.now.getTime() + SEPT_JOURS).toISOString(),
      tous: false,
      actions: ['modifier', 'revoquer', 'renvoyerInvitation'],
    });
    expect(invite.etablissements.map((e: { siret: string }) => e.siret).sort()).toEqual([NICE, GAP].sort());
    expect((await cecile.get('/api/collegues')).json()).toMatchObject({ actions: ['inviter'], collegues: [{ id: paulId, statut: 'invite' }] });

    const [mail] = await t.database.db.select().from(emails).where(eq(emails.destinataire, 'paul.durand@aidomi-provence.test'));
    expect(mail?.sujet).toBe('Invitation à rejoindre AIDOMI PROVENCE sur Mes services en ligne – Opco EP');
    expect(mail?.texte).toContain('Cécile MOREAU vous invite');
    expect(mail?.texte).toContain('« Collaborateur »');
    expect(mail?.html).toContain('Choisir mon mot de passe');
    const jeton = await t.lienInvitation('paul.durand@aidomi-provence.test');

    expect((await t.app.inject(`/api/invitation?jeton=${jeton}`)).json()).toEqual({
      etat: 'valide',
      invitation: { prenom: 'Paul', nom: 'DURAND', email: 'paul.durand@aidomi-provence.test', raisonSociale: 'AIDOMI PROVENCE', invitePar: 'Cécile MOREAU' },
    });
    // No password yet: signing in is refused with the usual message.
    expect((await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'paul.durand@aidomi-provence.test', motDePasse: MOT_DE_PASSE_COLLEGUE } })).statusCode).toBe(401);

    const faible = await t.app.inject({ method: 'POST', url: '/api/invitation', payload: { jeton, motDePasse: 'paul', confirmation: 'paul' } });
    expect(faible.statusCode).toBe(400);
    expect(faible.json().erreur.champs[0].chemin).toBe('motDePasse');

    const accepte = await t.accepter(jeton);
    expect(accepte.res.statusCode).toBe(200);
    expect(accepte.res.json().utilisateur).toMatchObject({ prenom: 'Paul', role: 'collaborateur', espace: 'entreprise' });
    expect(accepte.res.json().entreprise).toMatchObject({ multiSiret: true, nombreEtablissements: 2 });
    paul = accepte.client;

    const liste = (await paul.get('/api/etablissements?taille=100')).json();
    expect(liste.total).toBe(2);
    expect(liste.etablissements.map((e: { siret: string }) => e.siret).sort()).toEqual([NICE, GAP].sort());
    expect((await paul.get(`/api/etablissements/${NICE}`)).statusCode).toBe(200);
    expect((await paul.get(`/api/etablissements/${MARSEILLE}`)).statusCode).toBe(404);
    expect((await paul.put('/api/etablissement-courant', { siret: MARSEILLE })).statusCode).toBe(404);
    expect((await paul.get('/api/accueil')).json().actions).toEqual(['demanderFinancement']);

    // The owner sees him among the people who have access to Gap, not to Marseille.
    const personnes = async (siret: string) => (await cecile.get(`/api/etablissements/${siret}`)).json().personnes.map((p: { email: string }) => p.email);
    expect(await personnes(GAP)).toEqual([MULTI, 'paul.durand@aidomi-provence.test']);
    expect(await personnes(MARSEILLE)).toEqual([MULTI]);

    expect((await cecile.get('/api/collegues')).json().collegues[0]).toMatchObject({ statut: 'actif', invitationExpireLe: null, actions: ['modifier', 'revoquer'] });
    const [trace] = await t.evenements('collegue_invite');
    expect(trace?.details).toMatchObject({ collegueId: paulId, email: 'paul.durand@aidomi-provence.test', role: 'collaborateur', tous: false });
    expect((await t.evenements('invitation_acceptee'))[0]?.utilisateurId).toBe(paulId);
  });

  it('refuse de réutiliser le lien d’invitation, et le collègue se connecte ensuite avec son mot de passe', async () => {
    const jeton = await t.lienInvitation('paul.durand@aidomi-provence.test');
    const encore = await t.accepter(jeton);
    expect(encore.res.statusCode).toBe(422);
    expect(encore.res.json().erreur.message).toMatch(/déjà été utilisé/);
    expect((await t.app.inject(`/api/invitation?jeton=${jeton}`)).json().etat).toBe('utilise');
    await t.seConnecter('paul.durand@aidomi-provence.test', MOT_DE_PASSE_COLLEGUE);
  });

  it('change le rôle et les établissements d’un collègue, qui le constate à sa requête suivante', async () => {
    await paul.put('/api/etablissement-courant', { siret: NICE });
    const tous = await cecile.put(`/api/collegues/${paulId}`, { role: 'lecture_seule', tous: true, sirets: [] });
    expect(tous.statusCode).toBe(200);
    expect(tous.json()).toMatchObject({ role: 'lecture_seule', tous: true, etablissements: [] });
    expect((await paul.get('/api/etablissements')).json().total).toBe(12);
    expect((await paul.get('/api/accueil')).json().actions).toEqual([]);
    expect((await paul.get('/api/session')).json().entreprise.etablissementCourant).toBe(NICE);

    const gapSeul = await cecile.put(`/api/collegues/${paulId}`, { role: 'collaborateur', tous: false, sirets: [GAP] });
    expect(gapSeul.json()).toMatchObject({ role: 'collaborateur', tous: false, etablissements: [{ siret: GAP, raisonSociale: 'AIDOMI PROVENCE – GAP' }] });
    const session = (await paul.get('/api/session')).json();
    // Nice is no longer his: he works on his only establishment, and is no longer "Multi-SIRET".
    expect(session.entreprise).toMatchObject({ siret: GAP, multiSiret: false, etablissementCourant: null });
    expect((await paul.get(`/api/etablissements/${NICE}`)).statusCode).toBe(404);

    const [trace] = await t.evenements('collegue_acces_modifie');
    expect(trace?.details).toMatchObject({ collegueId: paulId, avant: { role: 'lecture_seule', tous: true }, apres: { role: 'collaborateur', tous: false, sirets: [GAP] } });
  });

  it('refuse une modification sans établissement, avec un message sur le champ', async () => {
    const res = await cecile.put(`/api/collegues/${paulId}`, { role: 'collaborateur', tous: false, sirets: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().erreur.champs).toEqual([{ chemin: 'sirets', message: 'Choisissez au moins un établissement, ou « Tous les établissements ».' }]);
  });

  it('révoque un collègue : ses sessions se ferment et il ne peut plus se connecter', async () => {
    const res = await cecile.delete(`/api/collegues/${paulId}`);
    expect(res.statusCode).toBe(204);
    expect((await paul.get('/api/etablissements')).statusCode).toBe(401);
    const connexion = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'paul.durand@aidomi-provence.test', motDePasse: MOT_DE_PASSE_COLLEGUE } });
    expect(connexion.statusCode).toBe(401);
    expect((await cecile.get('/api/collegues')).json().collegues).toEqual([]);
    expect((await cecile.get(`/api/etablissements/${GAP}`)).json().personnes.map((p: { email: string }) => p.email)).toEqual([MULTI]);
    expect((await t.evenements('collegue_revoque'))[0]?.details).toMatchObject({ collegueId: paulId, email: 'paul.durand@aidomi-provence.test' });
    expect((await cecile.delete(`/api/collegues/${paulId}`)).statusCode).toBe(404);
  });

  it('peut inviter de nouveau l’adresse d’un collègue révoqué', async () => {
    const res = await cecile.post('/api/collegues', invitation('paul.durand@aidomi-provence.test', { role: 'lecture_seule', sirets: [MARSEILLE] }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ statut: 'invite', role: 'lecture_seule' });
    // A pending invitation revoked: the person is simply removed, and the link stops working.
    const jeton = await t.lienInvitation('paul.durand@aidomi-provence.test');
    expect((await cecile.delete(`/api/collegues/${res.json().id}`)).statusCode).toBe(204);
    expect((await t.app.inject(`/api/invitation?jeton=${jeton}`)).json().etat).toBe('inconnu');
    expect(await t.database.db.select().from(utilisateurs).where(eq(sql`lower(${utilisateurs.email})`, 'paul.durand@aidomi-provence.test'))).toEqual([]);
  });
});

describe('les liens d’invitation', async () => {
  const t = await preparer();
  const cecile = await t.seConnecter(MULTI);

  it('expirent au bout de 7 jours', async () => {
    await cecile.post('/api/collegues', invitation('lea.roux@aidomi-provence.test'));
    const jeton = await t.lienInvitation('lea.roux@aidomi-provence.test');
    const debut = t.ctx.clock.now;
    t.ctx.clock.now = new Date(debut.getTime() + SEPT_JOURS - 60_000);
    expect((await t.app.inject(`/api/invitation?jeton=${jeton}`)).json().etat).toBe('valide');
    t.ctx.clock.now = new Date(debut.getTime() + SEPT_JOURS + 60_000);
    expect((await t.app.inject(`/api/invitation?jeton=${jeton}`)).json()).toEqual({ etat: 'expire', message: 'Ce lien a expiré. Demandez-en un nouveau.' });
    const res = await t.accepter(jeton);
    expect(res.res.statusCode).toBe(422);
    expect(res.res.json().erreur.code).toBe('jeton_expire');
    t.ctx.clock.now = debut;
  });

  it('sont remplacés par un nouveau lien quand le propriétaire renvoie l’invitation', async () => {
    const [lea] = (await cecile.get('/api/collegues')).json().collegues;
    const ancien = await t.lienInvitation('lea.roux@aidomi-provence.test');
    const renvoi = await cecile.post(`/api/collegues/${lea.id}/invitation`);
    expect(renvoi.statusCode).toBe(200);
    const nouveau = await t.lienInvitation('lea.roux@aidomi-provence.test');
    expect(nouveau).not.toBe(ancien);
    expect((await t.app.inject(`/api/invitation?jeton=${ancien}`)).json().etat).toBe('utilise');
    expect((await t.accepter(nouveau)).res.statusCode).toBe(200);
    expect((await t.evenements('invitation_renvoyee'))[0]?.details).toMatchObject({ collegueId: lea.id });
    const deja = await cecile.post(`/api/collegues/${lea.id}/invitation`);
    expect(deja.statusCode).toBe(409);
    expect(deja.json().erreur.message).toBe('Ce collègue a déjà choisi son mot de passe : il peut se connecter.');
  });

  it('refusent un jeton inconnu', async () => {
    expect((await t.app.inject('/api/invitation?jeton=inconnu-inconnu-inconnu')).json().etat).toBe('inconnu');
    expect((await t.accepter('inconnu-inconnu-inconnu')).res.statusCode).toBe(422);
  });
});

describe('seul le propriétaire gère ses collègues, et rien ne sort du compte', async () => {
  const t = await preparer();
  const cecile = await t.seConnecter(MULTI);
  const julien = await t.seConnecter(BOULANGER);
  const interdit = { erreur: { code: 'interdit', message: 'Seul le propriétaire du compte peut inviter des collègues et gérer leurs accès.' } };
  const introuvable = { erreur: { code: 'introuvable', message: "Cette ressource n'existe pas ou ne vous est pas accessible." } };

  await cecile.post('/api/collegues', invitation('marc.blanc@aidomi-provence.test', { tous: true }));
  const marc = (await t.accepter(await t.lienInvitation('marc.blanc@aidomi-provence.test'))).client;
  const ines = (await cecile.post('/api/collegues', invitation('ines.faure@aidomi-provence.test', { role: 'lecture_seule', sirets: [GAP] }))).json();
  const [cecileLigne] = await t.database.db.select().from(utilisateurs).where(eq(utilisateurs.email, MULTI));

  it('refuse à un collaborateur de voir, inviter, modifier, révoquer ou renvoyer (403, message en français)', async () => {
    for (const res of [
      await marc.get('/api/collegues'),
      await marc.post('/api/collegues', invitation('autre@aidomi-provence.test')),
      await marc.put(`/api/collegues/${ines.id}`, { role: 'collaborateur', tous: true, sirets: [] }),
      await marc.delete(`/api/collegues/${ines.id}`),
      await marc.post(`/api/collegues/${ines.id}/invitation`),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual(interdit);
    }
    expect((await cecile.get('/api/collegues')).json().collegues.find((c: { id: string }) => c.id === ines.id)).toMatchObject({ role: 'lecture_seule', statut: 'invite' });
  });

  it('répond 404, comme à un inconnu, pour le collègue d’un autre compte, le propriétaire lui-même ou un identifiant mal formé', async () => {
    for (const id of [ines.id, '00000000-0000-4000-8000-000000000000', 'pas-un-id']) {
      for (const res of [await julien.put(`/api/collegues/${id}`, { role: 'collaborateur', tous: true, sirets: [] }), await julien.delete(`/api/collegues/${id}`)]) {
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(introuvable);
      }
    }
    expect((await cecile.put(`/api/collegues/${cecileLigne!.id}`, { role: 'lecture_seule', tous: true, sirets: [] })).statusCode).toBe(404);
    expect((await cecile.delete(`/api/collegues/${cecileLigne!.id}`)).statusCode).toBe(404);
    expect((await julien.get('/api/collegues')).json()).toEqual({ collegues: [], actions: ['inviter'] });
  });

  it('refuse d’accorder un établissement d’un autre compte (404) sans créer personne', async () => {
    const boulangerie = (await julien.get('/api/etablissements')).json().etablissements[0].siret;
    const res = await cecile.post('/api/collegues', invitation('zoe.petit@aidomi-provence.test', { sirets: [GAP, boulangerie] }));
    expect(res.statusCode).toBe(404);
    expect(await t.database.db.select().from(utilisateurs).where(eq(utilisateurs.email, 'zoe.petit@aidomi-provence.test'))).toEqual([]);
    expect(await t.database.db.select().from(emails).where(eq(emails.destinataire, 'zoe.petit@aidomi-provence.test'))).toEqual([]);
  });

  it('refuse l’adresse d’une personne d’un autre compte ou du personnel avec le même message, qui n’en dit pas plus', async () => {
    const reponses = [await cecile.post('/api/collegues', invitation(BOULANGER)), await cecile.post('/api/collegues', invitation('gestionnaire@opco.test'))];
    for (const res of reponses) {
      expect(res.statusCode).toBe(409);
      expect(res.json().erreur).toMatchObject({
        code: 'adresse_indisponible',
        champs: [{ chemin: 'email', message: expect.stringMatching(/^Cette adresse email sert déjà à se connecter/) }],
      });
      expect(res.body).not.toMatch(/PAIN|MARTIN|Julien|gestionnaire|OPCO/i);
    }
    expect(reponses[0]!.body).toBe(reponses[1]!.body);
    const [julienLigne] = await t.database.db.select().from(utilisateurs).where(eq(utilisateurs.email, BOULANGER));
    expect(julienLigne).toMatchObject({ role: 'proprietaire', compteId: expect.any(String) });
    expect(await t.database.db.select().from(emails).where(and(eq(emails.destinataire, BOULANGER), sql`${emails.sujet} like 'Invitation%'`))).toEqual([]);
    expect((await t.evenements('invitation_refusee')).length).toBe(2);
  });

  it('refuse d’inviter une personne qui a déjà accès au compte, ou sa propre adresse', async () => {
    const dejaLa = await cecile.post('/api/collegues', invitation('MARC.BLANC@aidomi-provence.test'));
    expect(dejaLa.statusCode).toBe(409);
    expect(dejaLa.json().erreur).toEqual({ code: 'collegue_deja_present', message: 'Cette personne a déjà accès à votre compte : modifiez ses accès dans la liste de vos collègues.' });
    expect((await cecile.post('/api/collegues', invitation(MULTI))).json().erreur.message).toBe('C’est votre propre adresse : vous avez déjà accès à tout le compte.');
  });

  it('refuse une invitation incomplète avec un message par champ', async () => {
    const res = await cecile.post('/api/collegues', { prenom: '', nom: 'X', email: 'pas-une-adresse', role: 'administrateur', tous: false, sirets: [] });
    expect(res.statusCode).toBe(400);
    const champs = Object.fromEntries(res.json().erreur.champs.map((c: { chemin: string; message: string }) => [c.chemin, c.message]));
    expect(champs).toMatchObject({
      prenom: 'Le champ « Prénom » est obligatoire.',
      email: 'Saisissez une adresse email valide, par exemple nom@entreprise.fr.',
      role: 'Choisissez un rôle : collaborateur ou lecture seule.',
    });
  });

  it('refuse une invitation sans le jeton CSRF de la session (403)', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: MULTI, motDePasse: MOT_DE_PASSE_DEMO } });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/collegues',
      payload: invitation('csrf@aidomi-provence.test'),
      headers: { cookie: `mse_session=${login.cookies.find((c) => c.name === 'mse_session')!.value}` },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('la révocation d’un collègue qui a rempli des demandes', async () => {
  const t = await preparer();
  const cecile = await t.seConnecter(MULTI);
  const { db } = t.database;

  it('garde son nom sur ses demandes mais détache la personne du compte : plus de connexion ni de lien de réinitialisation, adresse de nouveau invitable', async () => {
    const anna = (await cecile.post('/api/collegues', invitation('anna.klein@aidomi-provence.test', { sirets: [NICE] }))).json();
    await t.accepter(await t.lienInvitation('anna.klein@aidomi-provence.test'));
    const [modele] = await db.select().from(demandes).where(eq(demandes.statut, 'brouillon')).limit(1);
    const { id: _id, numero: _numero, ...copie } = modele!;
    await db.insert(demandes).values({ ...copie, creePar: anna.id });

    expect((await cecile.delete(`/api/collegues/${anna.id}`)).statusCode).toBe(204);
    const [ligne] = await db.select().from(utilisateurs).where(eq(utilisateurs.id, anna.id));
    expect(ligne).toMatchObject({ prenom: 'Paul', nom: 'DURAND', compteId: null, motDePasseHash: null, etablissementCourantId: null });
    expect(ligne!.email).not.toContain('anna.klein');
    expect((await t.evenements('collegue_revoque'))[0]?.details).toMatchObject({ collegueId: anna.id, email: 'anna.klein@aidomi-provence.test', supprime: false });

    const connexion = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'anna.klein@aidomi-provence.test', motDePasse: MOT_DE_PASSE_COLLEGUE } });
    expect(connexion.statusCode).toBe(401);
    await t.app.inject({ method: 'POST', url: '/api/mot-de-passe-oublie', payload: { email: 'anna.klein@aidomi-provence.test' } });
    const mails = await db.select().from(emails).where(eq(emails.destinataire, 'anna.klein@aidomi-provence.test'));
    expect(mails.map((m) => m.sujet)).toEqual(['Invitation à rejoindre AIDOMI PROVENCE sur Mes services en ligne – Opco EP']);

    expect((await cecile.post('/api/collegues', invitation('anna.klein@aidomi-provence.test', { sirets: [NICE] }))).statusCode).toBe(201);
  });
});
