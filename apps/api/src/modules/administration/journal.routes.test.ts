import type { Journal } from '@mse/shared/administration/journal.schema';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { audit } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { connecterEmployeur, connecterPersonnel } from '../referentiel/connexions.test-helper';
import { verifierJournal } from './journal.repository';

describe('journal d’audit : consultation, export et chaîne d’empreintes', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app } = ctx;
  const { db, pool } = ctx.database;
  const employeur = await connecterEmployeur(app, 'julien.martin@au-pain-dore.test');
  const gestionnaire = await connecterPersonnel(app, 'gestionnaire@opco.test', ctx.clock.now);
  const administrateur = await connecterPersonnel(app, 'administrateur@opco.test', ctx.clock.now);
  // 60 refused sign-ins of unknown addresses (as ouvrir-session.ts writes them): more than a page.
  for (let i = 0; i < 60; i += 1) {
    await db.insert(audit).values({ evenement: 'connexion_refusee', utilisateurId: null, ip: '127.0.0.1', details: { espace: 'entreprise', motif: 'compte_inconnu', essai: i }, creeLe: ctx.clock.now });
  }
  const journal = (query: string, qui = administrateur) => app.inject({ url: `/api/administration/journal${query}`, headers: qui.headers });

  it('réserve le journal à l’administrateur (employeur 404, gestionnaire 403, anonyme 401)', async () => {
    expect((await app.inject('/api/administration/journal')).statusCode).toBe(401);
    expect((await journal('', employeur)).statusCode).toBe(404);
    expect((await journal('', gestionnaire)).statusCode).toBe(403);
    expect((await journal('/export', gestionnaire)).statusCode).toBe(403);
    expect((await journal('/verification', employeur)).statusCode).toBe(404);
  });

  it('liste le plus récent d’abord, 50 par page, et la page suivante reprend exactement après la dernière ligne', async () => {
    const page1 = (await journal('?evenement=connexion_refusee')).json<Journal>();
    expect(page1.lignes).toHaveLength(50);
    expect(page1.lignes[0]).toMatchObject({ evenement: 'connexion_refusee', libelle: 'Connexion refusée', personne: null, details: { motif: 'compte_inconnu' } });
    const page2 = (await journal(`?evenement=connexion_refusee&apres=${page1.suivant}`)).json<Journal>();
    expect(page2.lignes).toHaveLength(10);
    expect(page2.suivant).toBeNull();
    const sequences = [...page1.lignes, ...page2.lignes].map((l) => l.sequence);
    expect(new Set(sequences).size).toBe(60);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
  });

  it('filtre par personne (nom ou adresse) et par dates', async () => {
    const marc = (await journal('?personne=fontaine')).json<Journal>();
    expect(marc.lignes.length).toBeGreaterThan(0);
    expect(marc.lignes.every((l) => l.personne === 'Marc FONTAINE')).toBe(true);
    expect((await journal('?personne=administrateur%40opco')).json<Journal>().lignes.map((l) => l.sequence)).toEqual(marc.lignes.map((l) => l.sequence));
    expect((await journal('?personne=%25')).json<Journal>().lignes).toEqual([]);
    expect((await journal('?du=2030-01-01')).json<Journal>().lignes).toEqual([]);
    const aujourdhui = (await journal('?du=2026-01-01&au=2030-12-31&evenement=connexion_reussie')).json<Journal>();
    expect(aujourdhui.lignes.map((l) => l.personne)).toEqual(expect.arrayContaining(['Marc FONTAINE', 'Thomas LEROY']));
  });

  it('refuse des filtres invalides avec un message par champ (400)', async () => {
    const res = await journal(`?du=hier&au=2026-01-01&evenement=${'x'.repeat(5000)}&apres=-3`);
    expect(res.statusCode).toBe(400);
    expect(res.json().erreur.champs.map((c: { chemin: string }) => c.chemin)).toEqual(expect.arrayContaining(['du', 'evenement', 'apres']));
    const ordre = await journal('?du=2026-02-01&au=2026-01-01');
    expect(ordre.json().erreur.champs).toEqual([{ chemin: 'au', message: 'La date de fin doit suivre la date de début.' }]);
  });

  it('exporte en CSV toutes les lignes filtrées, au-delà d’une page', async () => {
    const res = await journal('/export?evenement=connexion_refusee');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="journal-audit-2026-11-22.csv"');
    const lignes = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lignes[0]).toBe('N°;Date;Événement;Code;Personne;Email;Adresse IP;Détails');
    expect(lignes).toHaveLength(61);
    expect(lignes[1]).toMatch(/^\d+;22\/11\/2026 10:00;Connexion refusée;connexion_refusee;;;127\.0\.0\.1;/);
  });

  it('refuse toute modification ou suppression du journal, même par la connexion de l’application', async () => {
    const [ligne] = await db.select({ id: audit.id }).from(audit).limit(1);
    await expect(db.update(audit).set({ evenement: 'falsifie' }).where(eq(audit.id, ligne!.id))).rejects.toMatchObject({ cause: { code: '42501', message: "Le journal d'audit ne peut être ni modifié ni effacé." } });
    await expect(db.delete(audit).where(eq(audit.id, ligne!.id))).rejects.toMatchObject({ cause: { code: '42501' } });
    await expect(db.execute(sql`update audit set empreinte = null`)).rejects.toMatchObject({ cause: { code: '42501' } });
    await expect(db.execute(sql`truncate audit`)).rejects.toMatchObject({ cause: { code: '42501' } });
    expect(await db.select({ id: audit.id }).from(audit).where(eq(audit.id, ligne!.id))).toHaveLength(1);
  });

  it('déclare la chaîne intacte, puis désigne la première ligne falsifiée (trigger désactivé par un superutilisateur)', async () => {
    const verification = await app.inject({ url: '/api/administration/journal/verification', headers: administrateur.headers });
    expect(verification.json()).toMatchObject({ intact: true, premiereRompue: null });
    const total = verification.json().lignesVerifiees as number;
    expect(total).toBeGreaterThanOrEqual(60);

    const [cible] = await db.select({ sequence: audit.sequence }).from(audit).where(eq(audit.evenement, 'connexion_refusee')).orderBy(audit.sequence).offset(10).limit(1);
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('alter table audit disable trigger audit_lecture_seule');
      await client.query(`update audit set details = '{"motif": "mot_de_passe"}' where sequence = $1`, [cible!.sequence]);
      await client.query('alter table audit enable trigger audit_lecture_seule');
      await client.query('commit');
    } finally {
      client.release();
    }
    const apres = (await app.inject({ url: '/api/administration/journal/verification', headers: administrateur.headers })).json();
    expect(apres).toMatchObject({ intact: false, premiereRompue: { sequence: cible!.sequence, motif: expect.stringContaining('ligne modifiée') } });
    // Small batches: the chain carried across batches finds the same row.
    expect((await verifierJournal(db, 7)).rupture?.sequence).toBe(cible!.sequence);
  });
});
