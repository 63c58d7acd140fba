import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { audit } from '../../db/schema';
import { piecesDemandes } from '../../db/schema-demandes';
import { BOULANGER, preparerInstruction } from './instruction.test-helper';

describe('instruction des demandes de financement au back office', async () => {
  const t = await preparerInstruction();
  const gestionnaire = await t.connecter('gestionnaire@opco.test');
  const superviseur = await t.connecter('superviseur@opco.test');
  const employeur = await t.connecter(BOULANGER);

  it('cache chaque route de l’instruction à un employeur (404) et demande de se connecter sinon (401)', async () => {
    const d = await t.demande('professionnalisation', 'envoye');
    const routes = [
      ['GET', '/api/opco/demandes'],
      ['GET', '/api/opco/demandes/corbeilles'],
      ['GET', `/api/opco/demandes/${d.numero}`],
      ['GET', `/api/opco/demandes/${d.numero}/pieces/00000000-0000-4000-8000-000000000000`],
      ['POST', `/api/opco/demandes/${d.numero}/commencer-instruction`],
      ['POST', `/api/opco/demandes/${d.numero}/demander-complements`, { pieces: ['cerfa_signe'], champs: [], message: 'x' }],
      ['POST', `/api/opco/demandes/${d.numero}/accepter`, {}],
      ['POST', `/api/opco/demandes/${d.numero}/refuser`, { motif: 'autre', texte: 'x' }],
      ['POST', `/api/opco/demandes/${d.numero}/annuler`, { motif: 'x' }],
      ['POST', `/api/opco/demandes/${d.numero}/attribuer`, { gestionnaireId: gestionnaire.id }],
    ] as const;
    for (const [method, url, payload] of routes) {
      const res = method === 'GET' ? await employeur.get(url) : await employeur.post(url, payload);
      expect([url, res.statusCode]).toEqual([url, 404]);
      const anonyme = await t.app.inject({ method, url, ...(payload ? { payload } : {}) });
      expect([url, anonyme.statusCode]).toEqual([url, 401]);
    }
    expect((await t.lire(d.numero!)).statut).toBe('envoye');
  });

  it('range les demandes dans les corbeilles, sans jamais de brouillon, avec le nombre de chacune', async () => {
    const nouvelle = await t.demande('apprentissage', 'envoye');
    const mienne = await t.demande('pro_a', 'en_cours_de_traitement', { gestionnaireId: gestionnaire.id });
    const proche = await t.demande('professionnalisation', 'en_cours_de_traitement', { joursDepuisComplet: 16, gestionnaireId: superviseur.id });
    const aCompleter = await t.demande('apprentissage', 'a_completer');
    const numeros = async (corbeille: string, filtres = '') => {
      const res = await gestionnaire.get(`/api/opco/demandes?corbeille=${corbeille}${filtres}`);
      expect(res.statusCode).toBe(200);
      return res.json() as { demandes: { numero: string; statut: string; delai: { alerte: boolean; joursRestants: number } | null; gestionnaire: { nom: string } | null }[]; compteurs: Record<string, number> };
    };
    const nouvelles = await numeros('nouvelles');
    expect(nouvelles.demandes.every((d) => d.statut === 'envoye' && d.gestionnaire === null)).toBe(true);
    expect(nouvelles.demandes.map((d) => d.numero)).toContain(nouvelle.numero);
    expect(nouvelles.demandes.map((d) => d.numero)).not.toContain(mienne.numero);
    const mes = await numeros('mes_demandes');
    expect(mes.demandes.map((d) => d.numero)).toContain(mienne.numero);
    expect(mes.demandes.map((d) => d.numero)).not.toContain(proche.numero);
    const echeance = await numeros('echeance_proche');
    expect(echeance.demandes.find((d) => d.numero === proche.numero)?.delai).toMatchObject({ alerte: true, joursRestants: 4 });
    expect(echeance.demandes.every((d) => d.delai?.alerte)).toBe(true);
    expect((await numeros('a_completer')).demandes.find((d) => d.numero === aCompleter.numero)?.delai).toBeNull();
    const toutes = await numeros('toutes');
    expect(toutes.demandes.some((d) => d.statut === 'brouillon')).toBe(false);
    expect(toutes.compteurs.nouvelles).toBe(nouvelles.demandes.length);
    expect(toutes.compteurs.echeance_proche).toBe(echeance.demandes.length);
    expect(toutes.compteurs.mes_demandes).toBe(mes.demandes.length);

    const apprentissage = await numeros('toutes', '&dispositif=apprentissage&statut=a_completer');
    expect(apprentissage.demandes.map((d) => d.numero)).toContain(aCompleter.numero);
    expect(apprentissage.demandes.every((d) => d.statut === 'a_completer')).toBe(true);
    const cherche = await numeros('toutes', `&q=${encodeURIComponent('pain dor')}`);
    expect(cherche.demandes.length).toBeGreaterThan(0);
    expect((await numeros('toutes', `&q=${nouvelle.numero}`)).demandes.map((d) => d.numero)).toEqual([nouvelle.numero]);
    expect((await gestionnaire.get('/api/opco/demandes/corbeilles')).json().compteurs).toEqual(toutes.compteurs);
  });

  it('pagine une corbeille par clé, des plus anciennes envoyées aux plus récentes', async () => {
    for (let i = 0; i < 52; i++) await t.demande('action_individuelle', 'envoye', { joursDepuisComplet: 3 });
    const vus: string[] = [];
    let apres = '';
    let pages = 0;
    do {
      const res = await gestionnaire.get(`/api/opco/demandes?corbeille=nouvelles${apres ? `&apres=${apres}` : ''}`);
      const page = res.json() as { demandes: { numero: string; envoyeLe: string }[]; suivant: string | null };
      vus.push(...page.demandes.map((d) => d.numero));
      const dates = page.demandes.map((d) => d.envoyeLe);
      expect(dates).toEqual([...dates].sort());
      apres = page.suivant ?? '';
      pages += 1;
    } while (apres);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(vus).size).toBe(vus.length);
    expect((await gestionnaire.get('/api/opco/demandes?corbeille=toutes&apres=abc')).statusCode).toBe(400);
  });

  it('montre tout ce qu’il faut pour décider : contenu avec ses libellés, pièces, contrôles, estimation, historique, délai et actions', async () => {
    const d = await t.demande('professionnalisation', 'envoye', { joursDepuisComplet: 5 });
    const cle = 'demandes/2026/piece-test';
    fs.mkdirSync(path.join(t.filesDir, 'demandes/2026'), { recursive: true });
    const octets = Buffer.from('%PDF-1.4\n%%EOF\n');
    fs.writeFileSync(path.join(t.filesDir, cle), octets);
    const sha256 = (await import('node:crypto')).createHash('sha256').update(octets).digest('hex');
    const [piece] = await t.db.insert(piecesDemandes).values({ demandeId: d.id, type: 'cerfa_signe', nomFichier: 'cerfa.pdf', typeMime: 'application/pdf', taille: octets.length, sha256, cle }).returning();

    const res = await gestionnaire.get(`/api/opco/demandes/${d.numero}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({ numero: d.numero, statut: 'envoye', titreDispositif: 'Contrat de professionnalisation', etablissement: { siret: t.site.siret }, delai: { joursRestants: 15, alerte: false } });
    expect(detail.contenu.length).toBeGreaterThan(2);
    expect(detail.contenu.flatMap((e: { champs: { libelle: string }[] }) => e.champs).some((c: { libelle: string }) => c.libelle === 'Prénom')).toBe(true);
    expect(detail.pieces).toEqual([expect.objectContaining({ id: piece!.id, type: 'cerfa_signe', libelle: 'Contrat de professionnalisation (CERFA EJ20) signé', nom: 'cerfa.pdf' })]);
    expect(detail.piecesDemandables.map((p: { type: string }) => p.type)).toContain('annexe_pedagogique');
    expect(detail.controles.length).toBeGreaterThan(0);
    expect(detail.estimation.detail.montants.total).toBeGreaterThan(0);
    expect(detail.estimation.detail.explications.length).toBeGreaterThan(0);
    expect(detail.montantReferenceCentimes).toBe(detail.estimation.detail.montants.total);
    expect(detail.historique).toEqual([expect.objectContaining({ qui: 'Entreprise', libelle: 'Demande envoyée' })]);
    expect(detail.autresDemandes.nombre).toBeGreaterThan(0);
    expect(detail.actions).toEqual(['commencerInstruction', 'demanderComplements', 'accepter', 'refuser', 'annuler']);
    expect((await superviseur.get(`/api/opco/demandes/${d.numero}`)).json().actions).toContain('attribuer');

    const telechargement = await gestionnaire.get(`/api/opco/demandes/${d.numero}/pieces/${piece!.id}`);
    expect(telechargement.statusCode).toBe(200);
    expect(telechargement.headers['content-disposition']).toContain('cerfa.pdf');
    expect(telechargement.rawPayload.equals(octets)).toBe(true);
    expect((await gestionnaire.get('/api/opco/demandes/AP-2026-999999')).statusCode).toBe(404);
  });

  it('commence l’instruction : la demande passe « En cours de traitement », m’est attribuée, avec son historique et un e-mail', async () => {
    const d = await t.demande('apprentissage', 'envoye');
    const res = await gestionnaire.post(`/api/opco/demandes/${d.numero}/commencer-instruction`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ statut: 'en_cours_de_traitement', gestionnaire: { nom: 'Thomas LEROY' } });
    expect(await t.lire(d.numero!)).toMatchObject({ statut: 'en_cours_de_traitement', gestionnaireId: gestionnaire.id });
    expect((await t.historique(d.id)).at(-1)).toMatchObject({ action: 'commencerInstruction', de: 'envoye', vers: 'en_cours_de_traitement', acteur: 'opco', utilisateurId: gestionnaire.id });
    expect((await t.emailsDe(d.numero!)).map((e) => e.sujet)).toEqual([expect.stringContaining(`Votre demande n° ${d.numero} est en cours de traitement`)]);
    expect(res.json().historique.at(-1)).toMatchObject({ qui: 'Opco — Thomas LEROY', libelle: 'Instruction commencée' });
    const audits = await t.db.select().from(audit).where(eq(audit.evenement, 'demande_commencerInstruction'));
    expect(audits.some((a) => a.details.numero === d.numero)).toBe(true);

    const encore = await gestionnaire.post(`/api/opco/demandes/${d.numero}/commencer-instruction`);
    expect(encore.statusCode).toBe(409);
    expect(encore.json().erreur.message).toBe("Impossible de commencer l'instruction : la demande est au statut « En cours de traitement » (statut attendu : « Envoyé »).");
  });

  it('demande des compléments : « À compléter », délai suspendu, pièces et champs dans l’historique, e-mail qui les nomme', async () => {
    const d = await t.demande('professionnalisation', 'en_cours_de_traitement', { gestionnaireId: gestionnaire.id });
    const inconnue = await gestionnaire.post(`/api/opco/demandes/${d.numero}/demander-complements`, { pieces: ['photo_identite'], champs: [], message: 'Merci.' });
    expect(inconnue.statusCode).toBe(422);
    expect((await gestionnaire.post(`/api/opco/demandes/${d.numero}/demander-complements`, { pieces: [], champs: [], message: 'Merci.' })).statusCode).toBe(400);

    const res = await gestionnaire.post(`/api/opco/demandes/${d.numero}/demander-complements`, { pieces: ['annexe_pedagogique'], champs: ['salarie.prenom'], message: 'L’annexe pédagogique manque.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ statut: 'a_completer', delai: null });
    expect(await t.lire(d.numero!)).toMatchObject({ statut: 'a_completer', dossierCompletLe: null });
    const ligne = (await t.historique(d.id)).at(-1)!;
    expect(ligne).toMatchObject({ action: 'demanderComplements', vers: 'a_completer', acteur: 'opco', motif: 'L’annexe pédagogique manque.' });
    expect(ligne.details).toMatchObject({ pieces: ['annexe_pedagogique'], champs: ['salarie.prenom'] });
    const [mail] = await t.emailsDe(d.numero!);
    expect(mail!.texte).toContain('Annexe pédagogique');
    expect(mail!.texte).toContain('L’annexe pédagogique manque.');
    expect(res.json().historique.at(-1).precisions).toContain('Pièce à fournir : Annexe pédagogique : objectifs, programme et modalités d’évaluation');
  });

  it('accepte la prise en charge au montant du moteur, avec la version du référentiel et la date de décision', async () => {
    const d = await t.demande('professionnalisation', 'en_cours_de_traitement', { gestionnaireId: gestionnaire.id });
    const avant = (await gestionnaire.get(`/api/opco/demandes/${d.numero}`)).json();
    const calcule = avant.montantReferenceCentimes as number;
    expect(calcule).toBe(avant.estimation.detail.montants.total);

    const sansMotif = await gestionnaire.post(`/api/opco/demandes/${d.numero}/accepter`, { montantCentimes: calcule - 100 });
    expect(sansMotif.statusCode).toBe(422);
    expect(sansMotif.json().erreur.champs).toEqual([{ chemin: 'motif', message: 'Indiquez pourquoi le montant engagé diffère du montant calculé.' }]);
    expect((await gestionnaire.post(`/api/opco/demandes/${d.numero}/accepter`, { montantCentimes: calcule + 100, motif: 'Frais annexes' })).statusCode).toBe(403);

    const res = await gestionnaire.post(`/api/opco/demandes/${d.numero}/accepter`, {});
    expect(res.statusCode).toBe(200);
    const apres = await t.lire(d.numero!);
    expect(apres).toMatchObject({ statut: 'pris_en_charge', montantEngageCentimes: calcule, referentielVersion: avant.estimation.referentielVersion });
    expect(apres.decideLe).toEqual(t.ctx.clock.now);
    expect((await t.historique(d.id)).at(-1)).toMatchObject({ action: 'accepter', vers: 'pris_en_charge', acteur: 'opco', details: expect.objectContaining({ montantCentimes: calcule }) });
    expect((await t.emailsDe(d.numero!))[0]!.sujet).toContain('est prise en charge');

    const refus = await gestionnaire.post(`/api/opco/demandes/${d.numero}/refuser`, { motif: 'ineligible', texte: 'Trop tard.' });
    expect(refus.statusCode).toBe(409);
    expect(refus.json().erreur.message).toContain('Impossible de refuser la demande');
  });

  it('accepte un montant inférieur avec son motif, et laisse un superviseur engager davantage', async () => {
    const d = await t.demande('pro_a', 'envoye');
    const res = await gestionnaire.post(`/api/opco/demandes/${d.numero}/accepter`, { montantCentimes: 50_000, motif: 'Une partie de la formation est financée par ailleurs.' });
    expect(res.statusCode).toBe(200);
    expect(await t.lire(d.numero!)).toMatchObject({ montantEngageCentimes: 50_000, gestionnaireId: gestionnaire.id });
    expect((await t.historique(d.id)).at(-1)!.motif).toBe('Une partie de la formation est financée par ailleurs.');
    const e = await t.demande('pro_a', 'envoye');
    const reference = (await superviseur.get(`/api/opco/demandes/${e.numero}`)).json().montantReferenceCentimes as number;
    expect((await superviseur.post(`/api/opco/demandes/${e.numero}/accepter`, { montantCentimes: reference + 10_000, motif: 'Accord de branche' })).statusCode).toBe(200);
  });

  it('refuse avec un motif de la liste et son explication, puis annule une autre demande', async () => {
    const d = await t.demande('action_individuelle', 'en_cours_de_traitement', { gestionnaireId: gestionnaire.id });
    expect((await gestionnaire.post(`/api/opco/demandes/${d.numero}/refuser`, { motif: 'inconnu', texte: 'x' })).statusCode).toBe(400);
    const res = await gestionnaire.post(`/api/opco/demandes/${d.numero}/refuser`, { motif: 'hors_delai', texte: 'La formation a commencé avant le dépôt.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().actions).toEqual([]);
    expect(await t.lire(d.numero!)).toMatchObject({ statut: 'refuse' });
    expect((await t.historique(d.id)).at(-1)).toMatchObject({ action: 'refuser', motif: 'Demande déposée hors délai : La formation a commencé avant le dépôt.', details: { codeMotif: 'hors_delai' } });
    expect((await t.emailsDe(d.numero!))[0]!.texte).toContain('Motif : Demande déposée hors délai : La formation a commencé avant le dépôt.');

    const a = await t.demande('apprentissage', 'a_completer');
    const annulee = await gestionnaire.post(`/api/opco/demandes/${a.numero}/annuler`, { motif: 'Contrat jamais exécuté.' });
    expect(annulee.statusCode).toBe(200);
    expect(await t.lire(a.numero!)).toMatchObject({ statut: 'annule' });
    expect((await t.historique(a.id)).at(-1)).toMatchObject({ action: 'annuler', acteur: 'opco', motif: 'Contrat jamais exécuté.' });
    expect((await t.emailsDe(a.numero!))[0]!.sujet).toContain('est annulée');
    expect((await gestionnaire.post(`/api/opco/demandes/${a.numero}/annuler`, { motif: 'Encore' })).statusCode).toBe(409);
  });

  it('ne laisse que le superviseur attribuer une demande, et garde chaque attribution dans l’historique', async () => {
    const d = await t.demande('apprentissage', 'envoye');
    expect((await gestionnaire.post(`/api/opco/demandes/${d.numero}/attribuer`, { gestionnaireId: gestionnaire.id })).statusCode).toBe(403);
    expect((await superviseur.post(`/api/opco/demandes/${d.numero}/attribuer`, { gestionnaireId: t.boulanger.id })).statusCode).toBe(422);
    const res = await superviseur.post(`/api/opco/demandes/${d.numero}/attribuer`, { gestionnaireId: gestionnaire.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ statut: 'envoye', gestionnaire: { id: gestionnaire.id, nom: 'Thomas LEROY' } });
    expect((await t.historique(d.id)).at(-1)).toMatchObject({ action: 'attribuer', de: 'envoye', vers: 'envoye', utilisateurId: superviseur.id, details: expect.objectContaining({ gestionnaireId: gestionnaire.id }) });
    expect(res.json().historique.at(-1).precisions).toEqual(['Attribuée à Thomas LEROY']);
    expect(await t.emailsDe(d.numero!)).toEqual([]);
    const mes = (await gestionnaire.get('/api/opco/demandes?corbeille=mes_demandes')).json();
    expect(mes.demandes.map((l: { numero: string }) => l.numero)).toContain(d.numero);
  });
});
