import { GuideSchema } from '@mse/shared/aide/guide.schema';
import { liensExternes } from '@mse/shared/aide/texte-aide';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { FAQ_DEMO, GUIDES_DEMO } from '../../db/demo-aide';
import { MOT_DE_PASSE_DEMO } from '../../db/demo-data';
import { utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { creerSession } from '../identite/sessions.repository';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';

type Question = { slug: string; question: string; monVote: string | null; actions: string[] };

describe('« Besoin d’aide ? » : les guides et la foire aux questions', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;

  async function employeur(email: string) {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO } });
    const headers = { cookie: `mse_session=${res.cookies.find((c) => c.name === 'mse_session')?.value}`, 'x-csrf-token': res.json().csrfToken as string };
    return {
      get: (url: string) => app.inject({ url, headers }),
      put: (url: string, payload: object) => app.inject({ method: 'PUT', url, payload, headers }),
    };
  }
  async function personnel(email: string) {
    const [u] = await database.db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
    const { token } = await creerSession(database.db, { utilisateurId: u!.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    return { get: (url: string) => app.inject({ url, headers: { cookie: `mse_session=${token}` } }) };
  }
  const rechercher = async (q: string) => (await app.inject(`/api/aide/faq/recherche?q=${encodeURIComponent(q)}`)).json().resultats as Question[];

  describe('1 - Comment ça marche ?', () => {
    it('donne un guide par tâche des modes opératoires, dans l’ordre, chacun avec ses étapes numérotables', async () => {
      const res = await app.inject('/api/aide/guides');
      expect(res.statusCode).toBe(200);
      const { guides } = res.json();
      expect(guides.map((g: { titre: string }) => g.titre)).toEqual([
        'Première connexion au nouveau portail',
        'Gérer mon compte',
        'Consulter mon entreprise et mes établissements',
        'Demander le financement d’une action individuelle',
        'Déposer un contrat d’apprentissage',
        'Déposer un contrat de professionnalisation',
        'Demander une promotion par l’alternance (Pro-A)',
        'Suivre mes demandes de financement',
        'Demander un remboursement',
      ]);
      for (const g of guides) expect(g.etapes.length).toBeGreaterThanOrEqual(3);
    });

    it('mène chaque étape illustrée vers l’écran du portail qu’elle décrit', async () => {
      const guide = (await app.inject('/api/aide/guides/premiere-connexion')).json();
      expect(guide.illustration).toBe('premiere_connexion');
      expect(guide.etapes.map((e: { lien?: { chemin: string } }) => e.lien?.chemin)).toEqual(['/connexion', '/mot-de-passe-oublie', undefined, undefined, '/accueil']);
    });

    it('répond 404 à un guide inconnu', async () => {
      const res = await app.inject('/api/aide/guides/guide-inconnu');
      expect(res.statusCode).toBe(404);
      expect(res.json().erreur.message).toBe('Ce guide n’existe pas ou n’est plus publié.');
    });

    it('n’a dans la démonstration que des guides valides et des liens internes au portail', () => {
      for (const g of GUIDES_DEMO) expect(GuideSchema.safeParse(g).success, g.slug).toBe(true);
      for (const t of FAQ_DEMO) for (const q of t.questions) expect(liensExternes(q.reponse), q.slug).toEqual([]);
    });
  });

  describe('2 - La foire aux questions', () => {
    it('regroupe les questions par thématique, sans vote possible hors connexion', async () => {
      const res = await app.inject('/api/aide/faq');
      expect(res.statusCode).toBe(200);
      const { themes } = res.json();
      expect(themes.map((t: { libelle: string }) => t.libelle)).toEqual(['Connexion et compte', 'Demandes de financement', 'Apprentissage', 'Remboursements', 'Mon entreprise']);
      const questions = themes.flatMap((t: { questions: Question[] }) => t.questions);
      expect(questions.length).toBeGreaterThanOrEqual(20);
      expect(questions[0]).toMatchObject({ slug: 'premiere-connexion-mot-de-passe', monVote: null, actions: [] });
    });

    it.each([
      ['remboursment refusé', 'remboursement-refuse'],
      ['mot de pase oublie', 'mot-de-passe-oublie'],
      ['subrogtion', 'subrogation-de-paiement'],
      ['NUMÉRO de dossier', 'numero-de-dossier'],
      ['plusieurs etablisements', 'plusieurs-etablissements'],
      ['compte bloque', 'compte-bloque'],
    ])('trouve en premier la bonne question malgré les fautes et les accents : « %s »', async (q, slug) => {
      expect((await rechercher(q))[0]?.slug).toBe(slug);
    });

    it('ne trouve rien pour un mot sans rapport, ni pour une recherche faite de mots vides', async () => {
      expect(await rechercher('piscine')).toEqual([]);
      expect(await rechercher('comment pour les')).toEqual([]);
    });

    it('refuse une recherche vide ou de 10 000 caractères avec un message', async () => {
      const vide = await app.inject('/api/aide/faq/recherche?q=%20');
      expect(vide.statusCode).toBe(400);
      expect(vide.json().erreur.champs).toEqual([{ chemin: 'q', message: 'Saisissez un ou plusieurs mots à rechercher.' }]);
      const longue = await app.inject(`/api/aide/faq/recherche?q=${'a'.repeat(10_000)}`);
      expect(longue.json().erreur.champs).toEqual([{ chemin: 'q', message: 'La recherche fait au plus 100 caractères.' }]);
    });
  });

  describe('« Cette réponse vous a-t-elle aidé ? »', () => {
    it('enregistre la réponse d’un employeur, qu’il retrouve et peut changer', async () => {
      const cecile = await employeur(MULTI);
      const oui = await cecile.put('/api/aide/faq/delai-remboursement/vote', { utile: true });
      expect(oui.statusCode).toBe(200);
      expect(oui.json()).toEqual({ monVote: 'oui', message: 'Merci pour votre réponse.' });
      const trouvee = (await cecile.get('/api/aide/faq/recherche?q=delai%20remboursement')).json().resultats[0];
      expect(trouvee).toMatchObject({ slug: 'delai-remboursement', monVote: 'oui', actions: ['voter'] });
      await cecile.put('/api/aide/faq/delai-remboursement/vote', { utile: false });
      const faq = (await cecile.get('/api/aide/faq')).json();
      const q = faq.themes.flatMap((t: { questions: Question[] }) => t.questions).find((x: Question) => x.slug === 'delai-remboursement');
      expect(q.monVote).toBe('non');
    });

    it('montre aux administrateurs combien de personnes ont répondu Oui et Non, une voix par personne', async () => {
      await (await employeur(BOULANGER)).put('/api/aide/faq/delai-remboursement/vote', { utile: true });
      await (await employeur(BOULANGER)).put('/api/aide/faq/compte-bloque/vote', { utile: true });
      const res = await (await personnel('administrateur@opco.test')).get('/api/opco/aide/faq/statistiques');
      expect(res.statusCode).toBe(200);
      const stats = res.json().questions;
      expect(stats.find((s: { slug: string }) => s.slug === 'delai-remboursement')).toMatchObject({ theme: 'Remboursements', oui: 1, non: 1 });
      expect(stats.find((s: { slug: string }) => s.slug === 'compte-bloque')).toMatchObject({ oui: 1, non: 0 });
      expect(stats.find((s: { slug: string }) => s.slug === 'age-apprenti')).toMatchObject({ oui: 0, non: 0 });
    });

    it('refuse ces chiffres aux autres membres du personnel (403) et aux employeurs (404)', async () => {
      expect((await (await personnel('gestionnaire@opco.test')).get('/api/opco/aide/faq/statistiques')).statusCode).toBe(403);
      expect((await (await employeur(MULTI)).get('/api/opco/aide/faq/statistiques')).statusCode).toBe(404);
      expect((await app.inject('/api/opco/aide/faq/statistiques')).statusCode).toBe(401);
    });

    it('demande de se connecter pour répondre, et répond 404 pour une question inconnue', async () => {
      expect((await app.inject({ method: 'PUT', url: '/api/aide/faq/compte-bloque/vote', payload: { utile: true } })).statusCode).toBe(401);
      const inconnue = await (await employeur(MULTI)).put('/api/aide/faq/question-inconnue/vote', { utile: true });
      expect(inconnue.statusCode).toBe(404);
    });
  });
});
