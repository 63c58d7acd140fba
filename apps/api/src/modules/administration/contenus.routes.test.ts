import type { ActualitesAdmin } from '@mse/shared/administration/actualite-admin.schema';
import type { FaqAdmin } from '@mse/shared/administration/aide-admin.schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { audit, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { connecterEmployeur, connecterPersonnel } from '../referentiel/connexions.test-helper';

const ACTUALITE = {
  titre: 'Nouveaux plafonds de prise en charge',
  resume: 'Les plafonds 2027 sont en ligne.',
  contenu: 'Les plafonds de prise en charge des actions de formation changent au 1er janvier 2027.',
  publieLe: '2026-11-22T08:00:00.000Z',
};

describe('administration des contenus (actualités, FAQ, guides)', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;
  const employeur = await connecterEmployeur(app, 'julien.martin@au-pain-dore.test');
  const gestionnaire = await connecterPersonnel(app, 'gestionnaire@opco.test', ctx.clock.now);
  const superviseur = await connecterPersonnel(app, 'superviseur@opco.test', ctx.clock.now);
  const administrateur = await connecterPersonnel(app, 'administrateur@opco.test', ctx.clock.now);
  type Qui = { headers: Record<string, string> };
  const appeler = (qui: Qui | undefined, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: qui?.headers ?? {}, ...(payload ? { payload } : {}) });

  it('cache l’administration des contenus à un employeur (404), la refuse au gestionnaire et au superviseur (403) et sans connexion (401)', async () => {
    for (const [url, method, payload] of [
      ['/api/administration/actualites', 'GET', undefined],
      ['/api/administration/actualites', 'POST', ACTUALITE],
      ['/api/administration/faq', 'GET', undefined],
      ['/api/administration/guides', 'GET', undefined],
    ] as const) {
      expect((await appeler(undefined, method, url, payload)).statusCode).toBe(401);
      expect((await appeler(employeur, method, url, payload)).statusCode).toBe(404);
      expect((await appeler(gestionnaire, method, url, payload)).statusCode).toBe(403);
      expect((await appeler(superviseur, method, url, payload)).statusCode).toBe(403);
    }
    expect((await appeler(gestionnaire, 'POST', '/api/administration/actualites', ACTUALITE)).json().erreur.message).toBe('Seul un administrateur de l’OPCO peut faire cette action.');
  });

  it('publie une actualité que l’employeur voit sur l’accueil, puis la retire de l’accueil', async () => {
    const creee = await appeler(administrateur, 'POST', '/api/administration/actualites', ACTUALITE);
    expect(creee.statusCode).toBe(201);
    expect(creee.json()).toMatchObject({ titre: ACTUALITE.titre, statut: 'publiee', depublieLe: null, actions: ['modifier', 'retirer'] });
    const id = creee.json().id as string;
    const accueil = (await appeler(employeur, 'GET', '/api/actualites')).json().actualites as { id: string; titre: string }[];
    expect(accueil[0]).toMatchObject({ id, titre: ACTUALITE.titre });

    const modifiee = await appeler(administrateur, 'PUT', `/api/administration/actualites/${id}`, { ...ACTUALITE, titre: 'Plafonds 2027 : ce qui change' });
    expect(modifiee.json().titre).toBe('Plafonds 2027 : ce qui change');
    expect((await appeler(employeur, 'GET', `/api/actualites/${id}`)).json().titre).toBe('Plafonds 2027 : ce qui change');

    const retiree = await appeler(administrateur, 'POST', `/api/administration/actualites/${id}/retrait`);
    expect(retiree.json()).toMatchObject({ statut: 'retiree', actions: ['modifier'] });
    expect((await appeler(employeur, 'GET', `/api/actualites/${id}`)).statusCode).toBe(404);
    expect(((await appeler(employeur, 'GET', '/api/actualites')).json().actualites as { id: string }[]).map((a) => a.id)).not.toContain(id);

    const liste = (await appeler(administrateur, 'GET', '/api/administration/actualites')).json<ActualitesAdmin>();
    expect(liste.actualites.find((a) => a.id === id)?.statut).toBe('retiree');
    const traces = await ctx.database.db.select({ evenement: audit.evenement }).from(audit).where(eq(audit.utilisateurId, await personnelId('administrateur@opco.test')));
    expect(traces.map((t) => t.evenement)).toEqual(expect.arrayContaining(['actualite_creee', 'actualite_modifiee', 'actualite_retiree']));
  });

  it('garde pour plus tard une actualité dont la publication est à venir', async () => {
    const res = await appeler(administrateur, 'POST', '/api/administration/actualites', { ...ACTUALITE, titre: 'Bientôt', publieLe: '2026-12-01T08:00:00+01:00' });
    expect(res.json().statut).toBe('a_venir');
    expect(((await appeler(employeur, 'GET', '/api/actualites')).json().actualites as { titre: string }[]).map((a) => a.titre)).not.toContain('Bientôt');
  });

  it('refuse une actualité mal remplie avec un message en français par champ (400), un titre de 5 000 caractères compris', async () => {
    const res = await appeler(administrateur, 'POST', '/api/administration/actualites', { titre: 'x'.repeat(5000), resume: '  ', contenu: 'Texte', publieLe: 'demain', depublieLe: null });
    expect(res.statusCode).toBe(400);
    const champs = res.json().erreur.champs as { chemin: string; message: string }[];
    expect(champs).toEqual(
      expect.arrayContaining([
        { chemin: 'titre', message: 'Le champ « Titre » fait au plus 200 caractères.' },
        { chemin: 'resume', message: 'Le champ « Résumé » est obligatoire.' },
        { chemin: 'publieLe', message: 'Le champ « Publiée à partir du » attend une date et une heure valides.' },
      ]),
    );
    const dates = await appeler(administrateur, 'POST', '/api/administration/actualites', { ...ACTUALITE, depublieLe: '2026-11-01T00:00:00Z' });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().erreur.champs).toEqual([{ chemin: 'depublieLe', message: 'La date de retrait doit suivre la date de publication.' }]);
    expect((await appeler(administrateur, 'PUT', '/api/administration/actualites/pas-un-id', ACTUALITE)).statusCode).toBe(404);
    expect((await appeler(administrateur, 'POST', '/api/administration/actualites/00000000-0000-4000-8000-000000000000/retrait')).statusCode).toBe(404);
  });

  it('ajoute une thématique et une question que l’employeur lit dans la foire aux questions, puis les supprime', async () => {
    const apresTheme = await appeler(administrateur, 'POST', '/api/administration/faq/themes', { libelle: 'Facturation électronique' });
    expect(apresTheme.statusCode).toBe(201);
    const theme = apresTheme.json<FaqAdmin>().themes.find((t) => t.libelle === 'Facturation électronique')!;
    expect(theme).toMatchObject({ slug: 'facturation-electronique', questions: [], actions: ['modifier', 'supprimer'] });

    const question = { themeId: theme.id, question: 'Où déposer ma facture électronique ?', reponse: 'Dans « Mes remboursements », voir /mes-remboursements.', publie: true };
    const apresQuestion = (await appeler(administrateur, 'POST', '/api/administration/faq/questions', question)).json<FaqAdmin>();
    const creee = apresQuestion.themes.find((t) => t.id === theme.id)!.questions[0]!;
    expect(creee).toMatchObject({ slug: 'ou-deposer-ma-facture-electronique', publie: true });
    const faq = (await appeler(employeur, 'GET', '/api/aide/faq')).json().themes as { slug: string; questions: { slug: string }[] }[];
    expect(faq.find((t) => t.slug === 'facturation-electronique')?.questions.map((q) => q.slug)).toEqual(['ou-deposer-ma-facture-electronique']);

    // Same question again: a second address, never a clash.
    const doublon = (await appeler(administrateur, 'POST', '/api/administration/faq/questions', question)).json<FaqAdmin>();
    expect(doublon.themes.find((t) => t.id === theme.id)!.questions.map((q) => q.slug)).toEqual(['ou-deposer-ma-facture-electronique', 'ou-deposer-ma-facture-electronique-2']);

    const nonVide = await appeler(administrateur, 'DELETE', `/api/administration/faq/themes/${theme.id}`);
    expect(nonVide.statusCode).toBe(409);
    expect(nonVide.json().erreur.message).toBe('La thématique « Facturation électronique » contient encore 2 question(s) : supprimez-les ou déplacez-les d’abord.');

    const masquee = await appeler(administrateur, 'PUT', `/api/administration/faq/questions/${creee.id}`, { ...question, publie: false });
    expect(masquee.json<FaqAdmin>().themes.find((t) => t.id === theme.id)!.questions[0]).toMatchObject({ slug: creee.slug, publie: false });
    const faqApres = (await appeler(employeur, 'GET', '/api/aide/faq')).json().themes as { slug: string; questions: { slug: string }[] }[];
    expect(faqApres.find((t) => t.slug === 'facturation-electronique')?.questions.map((q) => q.slug)).toEqual(['ou-deposer-ma-facture-electronique-2']);

    for (const q of doublon.themes.find((t) => t.id === theme.id)!.questions) {
      expect((await appeler(administrateur, 'DELETE', `/api/administration/faq/questions/${q.id}`)).statusCode).toBe(200);
    }
    const supprime = await appeler(administrateur, 'DELETE', `/api/administration/faq/themes/${theme.id}`);
    expect(supprime.json<FaqAdmin>().themes.map((t) => t.id)).not.toContain(theme.id);
  });

  it('refuse une question sans thématique existante, trop longue ou avec un lien externe', async () => {
    const res = await appeler(administrateur, 'POST', '/api/administration/faq/questions', { themeId: 'x', question: 'q'.repeat(5000), reponse: 'Voir [le site](https://exemple.com)', publie: 'oui' });
    expect(res.statusCode).toBe(400);
    expect(res.json().erreur.champs).toEqual(
      expect.arrayContaining([
        { chemin: 'themeId', message: 'Choisissez une thématique.' },
        { chemin: 'question', message: 'Le champ « Question » fait au plus 300 caractères.' },
        { chemin: 'reponse', message: 'Un lien ne peut mener qu’à un écran du portail (chemin commençant par « / »).' },
        { chemin: 'publie', message: 'Indiquez si la question est publiée.' },
      ]),
    );
    const inconnu = await appeler(administrateur, 'POST', '/api/administration/faq/questions', { themeId: '00000000-0000-4000-8000-000000000000', question: 'Q ?', reponse: 'R.', publie: true });
    expect(inconnu.statusCode).toBe(422);
    expect(inconnu.json().erreur.champs).toEqual([{ chemin: 'themeId', message: 'Choisissez une thématique existante.' }]);
  });

  it('modifie un guide « Comment ça marche ? » que l’employeur lit aussitôt', async () => {
    const guides = (await appeler(administrateur, 'GET', '/api/administration/guides')).json().guides as { slug: string; etapes: unknown[] }[];
    const guide = guides.find((g) => g.slug === 'premiere-connexion')!;
    const saisie = { titre: 'Se connecter la première fois', resume: 'En deux étapes.', publie: true, etapes: [{ titre: 'Ouvrir la page', texte: 'Allez sur /connexion.' }, { titre: 'Se connecter', texte: 'Saisissez votre adresse.' }] };
    const res = await appeler(administrateur, 'PUT', `/api/administration/guides/${guide.slug}`, saisie);
    expect(res.statusCode).toBe(200);
    const lu = (await appeler(employeur, 'GET', '/api/aide/guides/premiere-connexion')).json();
    expect(lu).toMatchObject({ titre: 'Se connecter la première fois', etapes: [{ titre: 'Ouvrir la page' }, { titre: 'Se connecter' }] });

    const vide = await appeler(administrateur, 'PUT', `/api/administration/guides/${guide.slug}`, { ...saisie, etapes: [] });
    expect(vide.statusCode).toBe(400);
    expect(vide.json().erreur.champs).toEqual([{ chemin: 'etapes', message: 'Un guide a au moins une étape.' }]);
    expect((await appeler(administrateur, 'PUT', '/api/administration/guides/inconnu', saisie)).statusCode).toBe(404);
  });

  async function personnelId(email: string): Promise<string> {
    const [u] = await ctx.database.db.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(utilisateurs.email, email));
    return u!.id;
  }
});
