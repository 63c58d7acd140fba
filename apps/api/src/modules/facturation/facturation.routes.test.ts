import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { audit } from '../../db/schema';
import { lotsPaiement } from '../../db/schema-suivi';
import { BOULANGER, preparerFacturation } from './facturation.test-helper';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('facturation et paiements au back office', async () => {
  const t = await preparerFacturation();
  const gestionnaire = await t.connecter('gestionnaire@opco.test');
  const superviseur = await t.connecter('superviseur@opco.test');
  const employeur = await t.connecter(BOULANGER);

  it('cache chaque route de la facturation à un employeur (404) et demande de se connecter sinon (401)', async () => {
    const d = await t.dossier();
    const r = await t.remboursement(d);
    const routes = [
      ['GET', '/api/opco/remboursements'],
      ['GET', `/api/opco/remboursements/${r.numero}`],
      ['GET', `/api/opco/remboursements/${r.numero}/pieces/00000000-0000-4000-8000-000000000000`],
      ['POST', `/api/opco/remboursements/${r.numero}/accepter`, {}],
      ['POST', `/api/opco/remboursements/${r.numero}/refuser`, { motif: 'autre', texte: 'x' }],
      ['GET', '/api/opco/lots-paiement'],
      ['POST', '/api/opco/lots-paiement'],
      ['GET', '/api/opco/lots-paiement/LP-2026-000001/export.csv'],
      ['POST', '/api/opco/lots-paiement/LP-2026-000001/payer', { payeLe: '2026-11-22' }],
    ] as const;
    for (const [method, url, payload] of routes) {
      const res = method === 'GET' ? await employeur.get(url) : await employeur.post(url, payload);
      expect([url, res.statusCode]).toEqual([url, 404]);
      const anonyme = await t.app.inject({ method, url, ...(payload ? { payload } : {}) });
      expect([url, anonyme.statusCode]).toEqual([url, 401]);
    }
    expect((await t.lireRemboursement(r.numero)).accepteLe).toBeNull();
  });

  it('range les demandes par étape, filtre par dispositif, dates, montant et recherche, et pagine par clé', async () => {
    const d = await t.dossier({ montantEngageCentimes: 10_000_000 });
    const petites = [];
    for (let i = 0; i < 52; i++) petites.push(await t.remboursement(d, { montantCentimes: 4_321, joursAvant: 40 }));
    const page = async (q: string) => {
      const res = await gestionnaire.get(`/api/opco/remboursements?${q}`);
      expect([q, res.statusCode]).toEqual([q, 200]);
      return res.json() as { remboursements: { numero: string; etape: string; creeLe: string; montantDemandeCentimes: number; dossier: { numero: string } }[]; suivant: string | null; compteurs: Record<string, number> };
    };
    const vus: string[] = [];
    let apres = '';
    let pages = 0;
    do {
      const p = await page(`etape=a_examiner&montantMin=4321&montantMax=4321${apres ? `&apres=${apres}` : ''}`);
      vus.push(...p.remboursements.map((r) => r.numero));
      expect(p.remboursements.every((r) => r.etape === 'a_examiner' && r.montantDemandeCentimes === 4_321)).toBe(true);
      const dates = p.remboursements.map((r) => r.creeLe);
      expect(dates).toEqual([...dates].sort());
      apres = p.suivant ?? '';
      pages += 1;
    } while (apres);
    expect(pages).toBe(2);
    expect(new Set(vus)).toEqual(new Set(petites.map((r) => r.numero)));

    const premiere = petites[0]!;
    expect((await page(`etape=toutes&q=${premiere.numero}`)).remboursements.map((r) => r.numero)).toEqual([premiere.numero]);
    expect((await page(`etape=toutes&q=${d.numero}&montantMax=4320`)).remboursements).toEqual([]);
    expect((await page('etape=toutes&dispositif=apprentissage&montantMin=4321&montantMax=4321')).remboursements).toEqual([]);
    const jour = premiere.creeLe.toISOString().slice(0, 10);
    expect((await page(`etape=a_examiner&du=${jour}&au=${jour}&montantMin=4321&montantMax=4321`)).remboursements.length).toBeGreaterThan(0);
    expect((await page('etape=a_examiner&du=2020-01-01&au=2020-01-31')).remboursements).toEqual([]);
    const compteurs = (await page('etape=toutes')).compteurs;
    expect(compteurs.a_examiner).toBeGreaterThanOrEqual(52);

    const dates = await gestionnaire.get('/api/opco/remboursements?du=2026-11-30&au=2026-11-01');
    expect(dates.statusCode).toBe(400);
    expect(dates.json().erreur.champs).toContainEqual({ chemin: 'au', message: 'La date de fin précède la date de début' });
    expect((await gestionnaire.get('/api/opco/remboursements?montantMin=-5')).json().erreur.champs[0].chemin).toBe('montantMin');
    expect((await gestionnaire.get('/api/opco/remboursements?etape=inconnue')).statusCode).toBe(400);
    expect((await gestionnaire.get('/api/opco/remboursements?etape=toutes&apres=abc')).statusCode).toBe(400);
  });

  it('montre la demande face à l’engagement : déjà payé, reste dû, heures convenues et réalisées, forclusion, pièces affichées dans la page', async () => {
    const d = await t.dossier({ montantEngageCentimes: 150_000, heures: 14, dateFin: '2026-03-31' });
    const r = await t.remboursement(d, { montantCentimes: 160_000, heuresRealisees: 16 });
    const facture = await t.piece(r, { nom: 'facture-été.pdf', typeMime: 'application/pdf', octets: PDF });

    const res = await gestionnaire.get(`/api/opco/remboursements/${r.numero}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({
      numero: r.numero, etape: 'a_examiner', statut: 'a_venir', montantDemandeCentimes: 160_000, heuresRealisees: 16, stagiaires: [{ nom: 'Léa DURAND', heuresRealisees: 16 }], derniereDemande: false, actions: ['accepter', 'refuser'],
      dossier: { numero: d.numero, statut: 'facturation_en_cours', montantEngageCentimes: 150_000, dejaPayeCentimes: 0, resteDuCentimes: 150_000, heuresConvenues: 14, dateLimiteForclusion: '2026-09-30' },
      montants: [{ nature: 'pedagogie', libelle: 'Frais pédagogiques', centimes: 140_000 }, { nature: 'salaires', libelle: 'Salaires', centimes: 20_000 }],
    });
    expect(detail.alertes.map((a: { code: string }) => a.code)).toEqual(['heures_depassees', 'montant_superieur_reste', 'forclusion']);
    expect(detail.pieces).toEqual([expect.objectContaining({ id: facture.id, libelle: 'Facture', nom: 'facture-été.pdf', affichable: true })]);
    expect(detail.historique).toEqual([expect.objectContaining({ qui: 'Entreprise', libelle: 'Demande de remboursement envoyée' })]);

    const vue = await gestionnaire.get(`/api/opco/remboursements/${r.numero}/pieces/${facture.id}`);
    expect(vue.statusCode).toBe(200);
    expect(vue.headers['content-type']).toBe('application/pdf');
    expect(vue.headers['content-disposition']).toMatch(/^inline; filename="facture-_t_.pdf"; filename\*=UTF-8''facture-%C3%A9t%C3%A9.pdf$/);
    expect(vue.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(vue.rawPayload.equals(PDF)).toBe(true);
    const autre = await t.remboursement(d);
    expect((await gestionnaire.get(`/api/opco/remboursements/${autre.numero}/pieces/${facture.id}`)).statusCode).toBe(404);
    expect((await gestionnaire.get('/api/opco/remboursements/RB-2026-999999')).statusCode).toBe(404);
  });

  it('accepte en partie avec un motif, jamais au-delà de la demande ni du reste dû, avec trace, historique et e-mail', async () => {
    const d = await t.dossier({ montantEngageCentimes: 200_000 });
    const r = await t.remboursement(d, { montantCentimes: 150_000 });
    const url = `/api/opco/remboursements/${r.numero}/accepter`;

    const sansMotif = await gestionnaire.post(url, { montantCentimes: 100_000 });
    expect(sansMotif.statusCode).toBe(422);
    expect(sansMotif.json().erreur.champs).toEqual([{ chemin: 'motif', message: 'Indiquez pourquoi le montant accepté est inférieur au montant demandé.' }]);
    const trop = await gestionnaire.post(url, { montantCentimes: 150_001, motif: 'x' });
    expect(trop.json().erreur.champs[0]).toMatchObject({ chemin: 'montantCentimes', message: expect.stringContaining('le montant demandé (1') });
    const nonEntier = await gestionnaire.post(url, { montantCentimes: 12.5 });
    expect(nonEntier.statusCode).toBe(400);
    expect(nonEntier.json().erreur.champs[0]).toMatchObject({ chemin: 'montantCentimes', message: 'Le montant doit être un nombre entier de centimes' });
    expect((await t.lireRemboursement(r.numero)).accepteLe).toBeNull();

    const res = await gestionnaire.post(url, { montantCentimes: 100_000, motif: 'Frais de repas non justifiés.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ etape: 'accepte', statut: 'a_venir', montantAccepteCentimes: 100_000, examinePar: 'Thomas LEROY', motifAcceptation: 'Frais de repas non justifiés.', actions: [] });
    expect(res.json().historique.at(-1)).toMatchObject({ qui: 'Opco — Thomas LEROY', libelle: 'Demande acceptée', precisions: [expect.stringMatching(/^Montant accepté : 1.000,00.€$/), 'Motif : Frais de repas non justifiés.'] });
    expect(await t.lireRemboursement(r.numero)).toMatchObject({ statut: 'a_venir', montantAccepteCentimes: 100_000, examinePar: gestionnaire.id, accepteLe: t.ctx.clock.now });
    const [mail] = await t.emailsDe(r.numero);
    expect(mail!.sujet).toContain(`Votre demande de remboursement n° ${r.numero} est acceptée`);
    expect(mail!.texte).toContain('Précision du gestionnaire : Frais de repas non justifiés.');
    const traces = await t.db.select().from(audit).where(eq(audit.evenement, 'remboursement_accepter'));
    expect(traces.find((a) => a.details.numero === r.numero)).toMatchObject({ utilisateurId: gestionnaire.id, details: expect.objectContaining({ montantCentimes: 100_000, motif: 'Frais de repas non justifiés.' }) });

    // 200 000 engaged, 100 000 already accepted on the first claim: 100 000 remain for the second.
    const second = await t.remboursement(d, { montantCentimes: 120_000 });
    const auDela = await gestionnaire.post(`/api/opco/remboursements/${second.numero}/accepter`, {});
    expect(auDela.statusCode).toBe(422);
    expect(auDela.json().erreur.champs[0].message).toMatch(/^Le montant accepté ne peut pas dépasser le reste dû sur le dossier \(1.000,00.€\)\.$/);
    expect((await gestionnaire.get(`/api/opco/remboursements/${second.numero}`)).json().dossier).toMatchObject({ accepteNonPayeCentimes: 100_000, resteDuCentimes: 100_000 });
  });

  it('refuse avec un motif de la liste que l’entreprise lit, et ne refuse plus une demande décidée (409)', async () => {
    const d = await t.dossier();
    const r = await t.remboursement(d);
    const url = `/api/opco/remboursements/${r.numero}/refuser`;
    const mauvais = await gestionnaire.post(url, { motif: 'inconnu', texte: '' });
    expect(mauvais.statusCode).toBe(400);
    expect(mauvais.json().erreur.champs).toEqual(expect.arrayContaining([{ chemin: 'motif', message: 'Choisissez un motif de refus dans la liste.' }, { chemin: 'texte', message: 'Expliquez le refus à l’entreprise.' }]));

    const res = await gestionnaire.post(url, { motif: 'justificatifs_incoherents', texte: 'Le certificat indique 7 h, la facture 14 h.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ etape: 'refuse', statut: 'refuse', actions: [] });
    const motif = 'Justificatifs incohérents (convention, certificat de réalisation et facture ne concordent pas) : Le certificat indique 7 h, la facture 14 h.';
    expect(await t.lireRemboursement(r.numero)).toMatchObject({ statut: 'refuse', motifRefus: motif, examinePar: gestionnaire.id });
    expect((await t.emailsDe(r.numero))[0]!.texte).toContain(`Motif : ${motif}`);

    const encore = await superviseur.post(`/api/opco/remboursements/${r.numero}/accepter`, {});
    expect(encore.statusCode).toBe(409);
    expect(encore.json().erreur.message).toBe('Impossible d’accepter ce remboursement : il a déjà été examiné par Thomas LEROY (étape « Refusé »). Rechargez la page.');
  });

  it('deux gestionnaires décident la même demande au même moment : un seul l’emporte, l’autre reçoit un 409 clair', async () => {
    const d = await t.dossier();
    const r = await t.remboursement(d);
    const [a, b] = await Promise.all([
      gestionnaire.post(`/api/opco/remboursements/${r.numero}/accepter`, {}),
      superviseur.post(`/api/opco/remboursements/${r.numero}/refuser`, { motif: 'autre', texte: 'Doublon.' }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const perdant = a.statusCode === 409 ? a : b;
    expect(perdant.json().erreur.message).toMatch(/^Impossible d(’accepter|e refuser) ce remboursement : il a déjà été examiné par (Thomas LEROY|.+) \(étape « (Accepté|Refusé) »\)\. Rechargez la page\.$/);
    expect((await t.emailsDe(r.numero)).length).toBe(1);
  });

  it('ne paie pas sur un dossier annulé : seul le refus reste possible', async () => {
    const d = await t.dossier({ statut: 'annule' });
    const r = await t.remboursement(d);
    expect((await gestionnaire.get(`/api/opco/remboursements/${r.numero}`)).json().actions).toEqual(['refuser']);
    const res = await gestionnaire.post(`/api/opco/remboursements/${r.numero}/accepter`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().erreur.message).toBe('Impossible d’accepter ce remboursement : le dossier est au statut « Annulé ».');
  });

  it('prépare un lot, l’exporte en CSV, le marque payé : « Payé » avec date et référence, dossiers soldés, e-mails', async () => {
    // Dossier A: 2 000 € engaged, one claim of 2 000 € → soldé (nothing remains). Dossier B: the employer's last claim → soldé.
    // Dossier C: 3 000 € engaged, 1 000 € paid → stays in « Facturation en cours ».
    const a = await t.dossier({ montantEngageCentimes: 200_000 });
    const b = await t.dossier({ montantEngageCentimes: 500_000, statut: 'pris_en_charge' });
    const c = await t.dossier({ montantEngageCentimes: 300_000 });
    const ra = await t.remboursement(a, { montantCentimes: 200_000 });
    const rb = await t.remboursement(b, { montantCentimes: 150_000, derniereDemande: true });
    const rc = await t.remboursement(c, { montantCentimes: 100_000 });
    const pendante = await t.remboursement(c, { montantCentimes: 5_000 });
    for (const r of [ra, rb, rc]) expect((await gestionnaire.post(`/api/opco/remboursements/${r.numero}/accepter`, {})).statusCode).toBe(200);

    expect((await gestionnaire.post('/api/opco/lots-paiement')).statusCode).toBe(403);
    const avant = (await gestionnaire.get('/api/opco/lots-paiement')).json();
    expect(avant.peutGerer).toBe(false);
    expect(avant.enAttente.nombre).toBeGreaterThanOrEqual(3);

    const [prepare, concurrent] = await Promise.all([superviseur.post('/api/opco/lots-paiement'), superviseur.post('/api/opco/lots-paiement')]);
    const reussi = prepare.statusCode === 200 ? prepare : concurrent;
    const autre = prepare.statusCode === 200 ? concurrent : prepare;
    expect(reussi.statusCode).toBe(200);
    expect(autre.statusCode).toBe(409);
    expect(autre.json().erreur.message).toBe('Aucun remboursement accepté n’attend de lot de paiement.');
    const numero = reussi.json().numero as string;
    expect(numero).toMatch(/^LP-2026-\d{6}$/);
    expect(reussi.json()).toMatchObject({ peutGerer: true, enAttente: { nombre: 0, montantTotalCentimes: 0 } });
    const lot = reussi.json().lots.find((l: { numero: string }) => l.numero === numero);
    expect(lot).toMatchObject({ statut: 'prepare', creePar: 'Nadia GARNIER', payeLe: null });
    for (const r of [ra, rb, rc]) expect((await t.lireRemboursement(r.numero)).referencePaiement).toMatch(new RegExp(`^${numero}-\\d{4}$`));
    expect((await t.lireRemboursement(pendante.numero)).lotPaiementId).toBeNull();
    expect((await gestionnaire.get(`/api/opco/remboursements/${ra.numero}`)).json()).toMatchObject({ etape: 'en_lot', lot: { numero, statut: 'prepare' } });

    expect((await gestionnaire.get(`/api/opco/lots-paiement/${numero}/export.csv`)).statusCode).toBe(403);
    const csv = await superviseur.get(`/api/opco/lots-paiement/${numero}/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain(`${numero}.csv`);
    expect(csv.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const lignes = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lignes[0]).toBe('Référence de paiement;N° de lot;N° de remboursement;N° de dossier;Dispositif;SIRET;Raison sociale;Bénéficiaire;Montant (EUR);Date d’acceptation');
    expect(lignes.length).toBe(1 + lot.nombre);
    const ligneA = lignes.find((l) => l.includes(ra.numero))!.split(';');
    expect(ligneA).toEqual([(await t.lireRemboursement(ra.numero)).referencePaiement, numero, ra.numero, a.numero, 'Action individuelle', t.site.siret, t.site.raisonSociale, 'Léa DURAND', '2000,00', '22/11/2026']);
    expect(csv.body).not.toMatch(/IBAN|BIC/i);
    const exports = await t.db.select().from(audit).where(eq(audit.evenement, 'lot_paiement_exporter'));
    expect(exports.find((e) => e.details.numero === numero)).toMatchObject({ utilisateurId: superviseur.id, details: { nombre: lot.nombre } });

    const futur = await superviseur.post(`/api/opco/lots-paiement/${numero}/payer`, { payeLe: '2026-11-23' });
    expect(futur.statusCode).toBe(422);
    expect(futur.json().erreur.champs).toEqual([{ chemin: 'payeLe', message: 'La date de paiement ne peut pas être dans le futur.' }]);
    expect((await superviseur.post(`/api/opco/lots-paiement/${numero}/payer`, { payeLe: '2026-11-21' })).json().erreur.champs[0].message).toBe('La date de paiement ne peut pas précéder la préparation du lot (le 22/11/2026).');
    expect((await superviseur.post(`/api/opco/lots-paiement/${numero}/payer`, { payeLe: '22/11/2026' })).statusCode).toBe(400);
    expect((await gestionnaire.post(`/api/opco/lots-paiement/${numero}/payer`, { payeLe: '2026-11-22' })).statusCode).toBe(403);

    const paye = await superviseur.post(`/api/opco/lots-paiement/${numero}/payer`, { payeLe: '2026-11-22' });
    expect(paye.statusCode).toBe(200);
    expect(paye.json().lots.find((l: { numero: string }) => l.numero === numero)).toMatchObject({ statut: 'paye', payeLe: '2026-11-22', payePar: 'Nadia GARNIER' });
    const payeA = await t.lireRemboursement(ra.numero);
    expect(payeA).toMatchObject({ statut: 'paye', payeLe: '2026-11-22', montantPayeCentimes: 200_000 });
    expect((await t.lireRemboursement(rc.numero)).statut).toBe('paye');

    expect((await t.lireDossier(a.id)).statut).toBe('solde');
    expect((await t.historique(a.id)).at(-1)).toMatchObject({ action: 'solder', de: 'facturation_en_cours', vers: 'solde', acteur: 'opco', utilisateurId: superviseur.id, motif: 'Montant engagé entièrement payé.' });
    expect((await t.lireDossier(b.id)).statut).toBe('solde');
    expect((await t.historique(b.id)).at(-1)).toMatchObject({ action: 'solder', de: 'pris_en_charge', motif: 'Dernière demande de remboursement payée.' });
    expect((await t.lireDossier(c.id)).statut).toBe('facturation_en_cours');

    const mails = await t.emailsDe(ra.numero);
    const mailPaye = mails.find((m) => m.sujet.includes('est payé'))!;
    expect(mailPaye.texte).toContain(`le 22/11/2026, référence de paiement ${payeA.referencePaiement}`);
    expect(mailPaye.texte).toContain(`Le dossier n° ${a.numero} est soldé`);
    expect((await t.emailsDe(rc.numero)).find((m) => m.sujet.includes('est payé'))!.texte).not.toContain('est soldé');
    const detail = (await gestionnaire.get(`/api/opco/remboursements/${ra.numero}`)).json();
    expect(detail).toMatchObject({ etape: 'paye', payeLe: '2026-11-22', referencePaiement: payeA.referencePaiement, montantPayeCentimes: 200_000, dossier: { statut: 'solde', dejaPayeCentimes: 0 } });
    expect(detail.historique.at(-1).libelle).toBe('Payé le 22/11/2026');

    const encore = await superviseur.post(`/api/opco/lots-paiement/${numero}/payer`, { payeLe: '2026-11-22' });
    expect(encore.statusCode).toBe(409);
    expect(encore.json().erreur.message).toBe(`Le lot ${numero} est déjà marqué comme payé (le 22/11/2026).`);
    expect((await superviseur.post('/api/opco/lots-paiement/LP-2026-999999/payer', { payeLe: '2026-11-22' })).statusCode).toBe(404);
    const [ecrit] = await t.db.select().from(lotsPaiement).where(and(eq(lotsPaiement.numero, numero)));
    expect(ecrit).toMatchObject({ statut: 'paye', payePar: superviseur.id });
  });
});
