import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { MOT_DE_PASSE_DEMO } from '../../db/demo-data';
import { compteEtablissements, demandes, emails, utilisateurs } from '../../db/schema';
import { demandesAssistance, piecesJointesAssistance } from '../../db/schema-aide';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { creerSession } from '../identite/sessions.repository';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

type Fichier = { nom: string; octets: Buffer; type?: string };

/** A multipart/form-data body as a browser sends it. */
function formulaire(champs: Record<string, string>, fichier?: Fichier) {
  const limite = '----mse-test-limite';
  const parties: Buffer[] = Object.entries(champs).map(([nom, valeur]) => Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="${nom}"\r\n\r\n${valeur}\r\n`));
  if (fichier) {
    parties.push(Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="pieceJointe"; filename="${fichier.nom}"\r\ncontent-type: ${fichier.type ?? 'application/pdf'}\r\n\r\n`), fichier.octets, Buffer.from('\r\n'));
  }
  parties.push(Buffer.from(`--${limite}--\r\n`));
  return { payload: Buffer.concat(parties), headers: { 'content-type': `multipart/form-data; boundary=${limite}` } };
}

describe('« 3 - Contacter l’assistance », « Mes demandes d’assistance » et la file du back office', async () => {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-aide-fichiers-'));
  afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));
  const ctx = await testApp({ env: { FILES_DIR: filesDir } });
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;
  const { db } = database;

  /** Each message of a thread is written a second after the previous one, as people do: the thread's order is the clock's. */
  const avancer = () => {
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 1000);
  };

  async function employeur(email: string) {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO } });
    const headers = { cookie: `mse_session=${res.cookies.find((c) => c.name === 'mse_session')?.value}`, 'x-csrf-token': res.json().csrfToken as string };
    return {
      get: (url: string) => app.inject({ url, headers }),
      post: (url: string, payload: object) => {
        avancer();
        return app.inject({ method: 'POST', url, payload, headers });
      },
      envoyer: (champs: Record<string, string>, fichier?: Fichier) => {
        const f = formulaire(champs, fichier);
        return app.inject({ method: 'POST', url: '/api/assistance/demandes', payload: f.payload, headers: { ...headers, ...f.headers } });
      },
    };
  }
  async function personnel(email: string) {
    const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
    const { token, csrfToken } = await creerSession(db, { utilisateurId: u!.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    const headers = { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken };
    return {
      get: (url: string) => app.inject({ url, headers }),
      post: (url: string, payload: object) => {
        avancer();
        return app.inject({ method: 'POST', url, payload, headers });
      },
    };
  }
  function envoyerPublic(champs: Record<string, string>, options: { ip?: string; enTete?: boolean; fichier?: Fichier } = {}) {
    const f = formulaire(champs, options.fichier);
    return app.inject({
      method: 'POST',
      url: '/api/assistance/demandes-publiques',
      payload: f.payload,
      headers: { ...f.headers, ...(options.enTete === false ? {} : { 'x-mse-formulaire': 'assistance' }) },
      remoteAddress: options.ip ?? '10.0.0.1',
    });
  }
  const derniersEmails = (destinataire: string) => db.select().from(emails).where(eq(emails.destinataire, destinataire)).orderBy(desc(emails.creeLe));
  const nombreDemandes = async () => (await db.select({ id: demandesAssistance.id }).from(demandesAssistance)).length;
  const fichiersStockes = () => (fs.existsSync(path.join(filesDir, 'assistance')) ? fs.readdirSync(path.join(filesDir, 'assistance'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0);

  async function demandeFinancement(email: string, numero: string) {
    const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
    const [ce] = await db.select().from(compteEtablissements).where(eq(compteEtablissements.compteId, u!.compteId!)).limit(1);
    await db.insert(demandes).values({ numero, dispositif: 'apprentissage', statut: 'envoye', compteId: u!.compteId!, etablissementId: ce!.etablissementId });
  }
  await demandeFinancement(MULTI, 'AP-2026-000123');
  await demandeFinancement(BOULANGER, 'AI-2026-000007');

  const cecile = await employeur(MULTI);
  const julien = await employeur(BOULANGER);
  const gestionnaire = await personnel('gestionnaire@opco.test');

  describe('le formulaire d’un employeur connecté', () => {
    it('envoie une demande avec une pièce jointe PDF, accusée par email et visible dans « Mes demandes d’assistance »', async () => {
      const res = await cecile.envoyer({ objet: 'remboursement', numeroDossier: 'ap-2026-000123', message: 'Bonjour,\n\nOù en est le remboursement de ce dossier ?' }, { nom: 'facture mars.pdf', octets: PDF });
      expect(res.statusCode).toBe(200);
      const { numero, message } = res.json();
      expect(numero).toBe('DA-2026-000001');
      expect(message).toBe('Votre demande d’assistance n° DA-2026-000001 est envoyée. Un message de confirmation vous a été adressé par email.');

      const [mail] = await derniersEmails(MULTI);
      expect(mail?.sujet).toBe('Votre demande d’assistance n° DA-2026-000001 – Opco EP');
      expect(mail?.texte).toContain('(objet : Remboursement)');
      expect(mail?.texte).toContain('Voir ma demande : http://localhost:3000/aide/mes-demandes-assistance/DA-2026-000001');

      const liste = (await cecile.get('/api/assistance/demandes')).json().demandes;
      expect(liste).toEqual([
        expect.objectContaining({ numero: 'DA-2026-000001', objet: 'remboursement', statut: 'en_attente', numeroDossier: 'AP-2026-000123', extrait: 'Bonjour,\n\nOù en est le remboursement de ce dossier ?' }),
      ]);
      const detail = (await cecile.get('/api/assistance/demandes/DA-2026-000001')).json();
      expect(detail.actions).toEqual(['relancer']);
      expect(detail.messages).toEqual([
        expect.objectContaining({ auteur: 'demandeur', signature: 'Cécile MOREAU', piecesJointes: [expect.objectContaining({ nom: 'facture mars.pdf', type: 'application/pdf', taille: PDF.length })] }),
      ]);
      expect(fichiersStockes()).toBe(1);
    });

    it('accepte une image PNG, et une demande sans numéro de dossier ni pièce jointe', async () => {
      expect((await julien.envoyer({ objet: 'connexion', message: 'Capture de l’erreur' }, { nom: 'capture.png', octets: PNG, type: 'image/png' })).statusCode).toBe(200);
      expect((await julien.envoyer({ objet: 'autre', numeroDossier: '', message: 'Une question simple.' })).statusCode).toBe(200);
    });

    it.each([
      ['inconnu', 'AP-2026-999999'],
      ['d’un autre compte', 'AI-2026-000007'],
    ])('refuse un numéro de dossier %s, sans rien enregistrer ni envoyer', async (_cas, numeroDossier) => {
      const avant = { demandes: await nombreDemandes(), mails: (await derniersEmails(MULTI)).length, fichiers: fichiersStockes() };
      const res = await cecile.envoyer({ objet: 'demande_financement', numeroDossier, message: 'Mon dossier ?' }, { nom: 'piece.pdf', octets: PDF });
      expect(res.statusCode).toBe(422);
      expect(res.json().erreur.champs).toEqual([{ chemin: 'numeroDossier', message: 'Ce numéro de dossier ne correspond à aucune de vos demandes.' }]);
      expect({ demandes: await nombreDemandes(), mails: (await derniersEmails(MULTI)).length, fichiers: fichiersStockes() }).toEqual(avant);
    });

    it('explique chaque champ faux d’un coup : objet hors liste, message de 10 000 caractères, numéro trop long, faux PDF', async () => {
      const avant = await nombreDemandes();
      const res = await cecile.envoyer({ objet: 'plainte', numeroDossier: 'X'.repeat(10_000), message: 'a'.repeat(10_000) }, { nom: 'virus.pdf', octets: EXE, type: 'application/pdf' });
      expect(res.statusCode).toBe(422);
      expect(res.json().erreur.champs).toEqual([
        { chemin: 'objet', message: 'Choisissez l’objet de votre demande.' },
        { chemin: 'numeroDossier', message: 'Un numéro de dossier fait au plus 30 caractères (par exemple AP-2026-000123).' },
        { chemin: 'message', message: 'Votre message fait au plus 5 000 caractères (il en compte 10 000).' },
        { chemin: 'pieceJointe', message: 'Le fichier doit être un PDF, une image JPEG ou une image PNG.' },
      ]);
      expect(await nombreDemandes()).toBe(avant);
    });

    it('refuse un message vide et un fichier texte, même nommés comme il faut', async () => {
      const res = await cecile.envoyer({ objet: 'autre', message: '   ' }, { nom: 'notes.png', octets: Buffer.from('juste du texte'), type: 'image/png' });
      expect(res.json().erreur.champs).toEqual([
        { chemin: 'message', message: 'Saisissez votre message.' },
        { chemin: 'pieceJointe', message: 'Le fichier doit être un PDF, une image JPEG ou une image PNG.' },
      ]);
    });

    it('refuse un fichier de plus de 5 Mo, qu’il arrive entier ou non', async () => {
      const unPeuTrop = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024, 0x20)]);
      const res = await cecile.envoyer({ objet: 'autre', message: 'Trop gros' }, { nom: 'gros.pdf', octets: unPeuTrop });
      expect(res.statusCode).toBe(422);
      expect(res.json().erreur.champs).toEqual([{ chemin: 'pieceJointe', message: 'Le fichier dépasse la taille maximale de 5 Mo.' }]);
      const beaucoupTrop = Buffer.concat([PDF, Buffer.alloc(8 * 1024 * 1024, 0x20)]);
      const refuse = await cecile.envoyer({ objet: 'autre', message: 'Bien trop gros' }, { nom: 'enorme.pdf', octets: beaucoupTrop });
      expect(refuse.statusCode).toBe(422);
      expect(refuse.json().erreur.champs[0].message).toMatch(/^Le fichier dépasse la taille maximale de 5 Mo \(il fait 8 Mo\)\.$/);
      expect(fichiersStockes()).toBe(2);
    });

    it('refuse un envoi sans le jeton de sécurité de la session', async () => {
      const f = formulaire({ objet: 'autre', message: 'Sans jeton' });
      const cookie = (await app.inject({ method: 'POST', url: '/api/session', payload: { email: MULTI, motDePasse: MOT_DE_PASSE_DEMO } })).cookies.find((c) => c.name === 'mse_session')!;
      const res = await app.inject({ method: 'POST', url: '/api/assistance/demandes', payload: f.payload, headers: { ...f.headers, cookie: `mse_session=${cookie.value}` } });
      expect(res.statusCode).toBe(403);
    });

    it('ne montre à personne d’autre une demande ni sa pièce jointe (404)', async () => {
      const [piece] = await db.select().from(piecesJointesAssistance).limit(1);
      expect((await julien.get('/api/assistance/demandes/DA-2026-000001')).statusCode).toBe(404);
      expect((await julien.get(`/api/assistance/demandes/DA-2026-000001/pieces/${piece!.id}`)).statusCode).toBe(404);
      expect((await julien.get('/api/assistance/demandes')).json().demandes.map((d: { numero: string }) => d.numero)).not.toContain('DA-2026-000001');
      expect((await julien.post('/api/assistance/demandes/DA-2026-000001/messages', { message: 'Intrusion' })).statusCode).toBe(404);
      const telecharge = await cecile.get(`/api/assistance/demandes/DA-2026-000001/pieces/${piece!.id}`);
      expect(telecharge.statusCode).toBe(200);
      expect(telecharge.rawPayload.equals(PDF)).toBe(true);
      expect(telecharge.headers['content-disposition']).toBe('attachment; filename="facture mars.pdf"; filename*=UTF-8\'\'facture%20mars.pdf');
    });
  });

  describe('la réponse de l’OPCO', () => {
    it('met la demande dans la file du back office, la plus ancienne d’abord, et la cache aux employeurs', async () => {
      const file = (await gestionnaire.get('/api/opco/assistance')).json();
      expect(file.demandes.map((d: { numero: string }) => d.numero)).toEqual(['DA-2026-000001', 'DA-2026-000002', 'DA-2026-000003']);
      expect(file.demandes[0].contact).toBe(`Cécile MOREAU <${MULTI}>`);
      expect((await cecile.get('/api/opco/assistance')).statusCode).toBe(404);
      expect((await app.inject('/api/opco/assistance')).statusCode).toBe(401);
    });

    it('envoie la réponse par email, la montre dans « Mes demandes d’assistance » et passe la demande à « Répondu »', async () => {
      const avant = (await derniersEmails(MULTI)).length;
      const res = await gestionnaire.post('/api/opco/assistance/DA-2026-000001/reponses', { message: 'Bonjour Madame,\n\nLe remboursement a été payé le 20 novembre.' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ statut: 'repondu', actions: ['repondre'], contact: { nom: 'Cécile MOREAU', email: MULTI, nonConnecte: false, raisonSociale: 'AIDOMI PROVENCE' } });

      const mails = await derniersEmails(MULTI);
      expect(mails).toHaveLength(avant + 1);
      expect(mails[0]?.sujet).toBe('Réponse à votre demande d’assistance n° DA-2026-000001 – Opco EP');
      expect(mails[0]?.texte).toContain('Le remboursement a été payé le 20 novembre.');

      const detail = (await cecile.get('/api/assistance/demandes/DA-2026-000001')).json();
      expect(detail.statut).toBe('repondu');
      expect(detail.messages.at(-1)).toMatchObject({ auteur: 'opco', signature: 'Thomas – Opco EP', texte: 'Bonjour Madame,\n\nLe remboursement a été payé le 20 novembre.' });
      const enAttente = (await gestionnaire.get('/api/opco/assistance?statut=en_attente')).json().demandes.map((d: { numero: string }) => d.numero);
      expect(enAttente).not.toContain('DA-2026-000001');
      expect((await gestionnaire.get('/api/opco/assistance?statut=repondu')).json().demandes.map((d: { numero: string }) => d.numero)).toEqual(['DA-2026-000001']);
    });

    it('remet la demande dans la file quand l’employeur écrit à nouveau', async () => {
      const res = await cecile.post('/api/assistance/demandes/DA-2026-000001/messages', { message: 'Merci, je ne vois pas encore le virement.' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ statut: 'en_attente', actions: ['relancer'] });
      expect((await gestionnaire.get('/api/opco/assistance')).json().demandes.map((d: { numero: string }) => d.numero)).toContain('DA-2026-000001');
    });

    it('refuse une réponse vide, et répond 404 à une demande inconnue', async () => {
      const vide = await gestionnaire.post('/api/opco/assistance/DA-2026-000001/reponses', { message: '' });
      expect(vide.statusCode).toBe(400);
      expect(vide.json().erreur.champs).toEqual([{ chemin: 'message', message: 'Saisissez votre message.' }]);
      expect((await gestionnaire.post('/api/opco/assistance/DA-2026-999999/reponses', { message: 'Bonjour' })).statusCode).toBe(404);
    });

    it('laisse le personnel télécharger la pièce jointe, mais pas une pièce dont le contenu a changé', async () => {
      const [piece] = await db.select().from(piecesJointesAssistance).where(eq(piecesJointesAssistance.nomFichier, 'facture mars.pdf'));
      const ok = await gestionnaire.get(`/api/opco/assistance/DA-2026-000001/pieces/${piece!.id}`);
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['content-type']).toBe('application/pdf');
      fs.appendFileSync(path.join(filesDir, piece!.cle), 'modifié');
      expect((await gestionnaire.get(`/api/opco/assistance/DA-2026-000001/pieces/${piece!.id}`)).statusCode).toBe(500);
    });

    it('pagine la file par curseur et refuse un curseur illisible', async () => {
      expect((await gestionnaire.get('/api/opco/assistance?statut=toutes')).json().suivant).toBeNull();
      const res = await gestionnaire.get('/api/opco/assistance?apres=nimporte-quoi');
      expect(res.statusCode).toBe(400);
    });
  });

  describe('depuis la page de connexion, sans compte connecté', () => {
    const visiteur = { nom: 'Sophie Bernard', objet: 'connexion', message: 'Je ne reçois pas l’email de réinitialisation.' };

    it('répond la même chose que l’adresse ait un compte ou non, et accuse réception à l’adresse donnée', async () => {
      const connue = await envoyerPublic({ ...visiteur, email: 'sophie.bernard@fleurs-de-lys.test' }, { ip: '10.0.0.2' });
      const inconnue = await envoyerPublic({ ...visiteur, email: 'personne@nulle-part.test' }, { ip: '10.0.0.3' });
      expect(connue.statusCode).toBe(200);
      expect(connue.body).toBe(inconnue.body);
      expect(connue.json()).toEqual({ numero: null, message: 'Votre demande est enregistrée. Un message de confirmation a été envoyé à l’adresse email renseignée ; la réponse de nos équipes vous parviendra à cette adresse.' });
      const [mail] = await derniersEmails('personne@nulle-part.test');
      expect(mail?.texte).toContain('Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.');
      expect(mail?.texte).not.toContain('Voir ma demande');
    });

    it('ne rattache jamais la demande au compte de l’adresse tapée, et le dit au personnel', async () => {
      const [d] = await db.select().from(demandesAssistance).where(eq(demandesAssistance.emailContact, 'sophie.bernard@fleurs-de-lys.test'));
      expect(d).toMatchObject({ utilisateurId: null, compteId: null });
      const vue = (await gestionnaire.get(`/api/opco/assistance/${d!.numero}`)).json();
      expect(vue.contact).toEqual({ nom: 'Sophie Bernard', email: 'sophie.bernard@fleurs-de-lys.test', nonConnecte: true, raisonSociale: null });
      await gestionnaire.post(`/api/opco/assistance/${d!.numero}/reponses`, { message: 'Vérifiez vos courriers indésirables.' });
      const [reponse] = await derniersEmails('sophie.bernard@fleurs-de-lys.test');
      expect(reponse?.texte).toContain('Vérifiez vos courriers indésirables.');
      expect(reponse?.texte).toContain('formulaire « Contacter l’assistance » de la page de connexion');
    });

    it('refuse un envoi qui ne vient pas du portail (sans son en-tête)', async () => {
      const res = await envoyerPublic({ ...visiteur, email: 'x@y.test' }, { enTete: false });
      expect(res.statusCode).toBe(403);
    });

    it('explique les champs faux au visiteur, sans rien enregistrer', async () => {
      const avant = await nombreDemandes();
      const res = await envoyerPublic({ nom: '', email: 'pas-une-adresse', objet: 'autre', message: '' }, { ip: '10.0.0.4' });
      expect(res.statusCode).toBe(422);
      expect(res.json().erreur.champs.map((c: { chemin: string }) => c.chemin)).toEqual(['nom', 'email', 'message']);
      expect(await nombreDemandes()).toBe(avant);
    });

    it('ralentit puis suspend les envois répétés depuis une même adresse IP', async () => {
      for (let i = 0; i < 5; i++) expect((await envoyerPublic({ ...visiteur, email: `robot${i}@spam.test` }, { ip: '10.0.0.9' })).statusCode).toBe(200);
      const sixieme = await envoyerPublic({ ...visiteur, email: 'robot6@spam.test' }, { ip: '10.0.0.9' });
      expect(sixieme.statusCode).toBe(429);
      expect(sixieme.json().erreur.message).toBe('Plusieurs demandes viennent d’être envoyées : réessayez dans 2 seconde(s), ou appelez-nous.');
      expect(await db.select().from(demandesAssistance).where(and(eq(demandesAssistance.emailContact, 'robot6@spam.test')))).toHaveLength(0);
      expect((await envoyerPublic({ ...visiteur, email: 'quelquun@ailleurs.test' }, { ip: '10.0.0.10' })).statusCode).toBe(200);
    });
  });
});
