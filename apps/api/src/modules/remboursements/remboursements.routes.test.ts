import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { audit, compteursDossiers, demandes, emails, historiqueDemandes, utilisateurs } from '../../db/schema';
import { piecesRemboursements, remboursements } from '../../db/schema-suivi';
import { BOULANGER, EXE, FLEURISTE, MULTI, PDF, PNG, preparer } from '../demandes/demandes.test-helper';

type Fichier = { champ: string; nom: string; octets: Buffer; type?: string };
type Ligne = { id: string; numero: string; statut: string; demande: { id: string; numero: string }; montantDemandeCentimes: number; beneficiaire: string | null; demandeLe: string };

/** A claim as the browser sends it: the JSON part `donnees`, then the files named by type. */
function multipart(donnees: unknown, fichiers: Fichier[]) {
  const limite = '----mse-test-remboursement';
  const parties: Buffer[] = [Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="donnees"\r\n\r\n${typeof donnees === 'string' ? donnees : JSON.stringify(donnees)}\r\n`)];
  for (const f of fichiers) {
    parties.push(Buffer.from(`--${limite}\r\ncontent-disposition: form-data; name="${f.champ}"; filename="${f.nom}"\r\ncontent-type: ${f.type ?? 'application/pdf'}\r\n\r\n`), f.octets, Buffer.from('\r\n'));
  }
  parties.push(Buffer.from(`--${limite}--\r\n`));
  return { payload: Buffer.concat(parties), headers: { 'content-type': `multipart/form-data; boundary=${limite}` } };
}

const PIECES: Fichier[] = [
  { champ: 'facture', nom: 'facture-1.pdf', octets: PDF },
  { champ: 'facture', nom: 'facture-2.png', octets: PNG, type: 'image/png' },
  { champ: 'certificat_realisation', nom: 'certificat.pdf', octets: PDF },
];

describe('Demander un remboursement et Mes remboursements', async () => {
  const { app, db, ctx, employeur, collegue } = await preparer();
  const idDe = async (email: string) => (await db.select().from(utilisateurs).where(eq(utilisateurs.email, email)))[0]!;
  const [julienU, cecileU] = [await idDe(BOULANGER), await idDe(MULTI)];
  const julien = await employeur(BOULANGER);
  const cecile = await employeur(MULTI);
  const sophie = await employeur(FLEURISTE);

  const dossiers = (compteId: string, statut: 'pris_en_charge' | 'facturation_en_cours') =>
    db.select().from(demandes).where(and(eq(demandes.compteId, compteId), eq(demandes.statut, statut))).orderBy(asc(demandes.numero));

  /** Sends a claim (multipart) with a session of its own for `email`, or the headers given. */
  async function demander(email: string, demandeId: string, donnees: unknown, fichiers: Fichier[] = PIECES, session?: Record<string, string>) {
    const headers = session ?? (await sessionDe(email));
    const f = multipart(donnees, fichiers);
    return app.inject({ method: 'POST', url: `/api/demandes/${demandeId}/remboursements`, payload: f.payload, headers: { ...headers, ...f.headers } });
  }
  const sessions = new Map<string, Record<string, string>>();
  async function sessionDe(email: string) {
    if (!sessions.has(email)) {
      const { creerSession } = await import('../identite/sessions.repository');
      const u = await idDe(email);
      const { token, csrfToken } = await creerSession(db, { utilisateurId: u.id, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
      sessions.set(email, { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken });
    }
    return sessions.get(email)!;
  }
  const claim = (montants: Record<string, number>, autres: Record<string, unknown> = {}) => ({
    cleIdempotence: randomUUID(),
    montants,
    stagiaires: [{ nom: 'Anna DUPUIS', heuresRealisees: 7 }],
    derniereDemande: false,
    ...autres,
  });

  const [haccp] = await dossiers(julienU.compteId!, 'pris_en_charge');
  // Chosen once: claims move them to « Facturation en cours » as the tests go.
  const deCecile = await dossiers(cecileU.compteId!, 'pris_en_charge');

  it('montre au formulaire le montant engagé, le reste, les heures convenues et la date limite', async () => {
    const res = await julien.get(`/api/demandes/${haccp!.id}/remboursement`);
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({
      demande: { id: haccp!.id, numero: haccp!.numero, statut: 'pris_en_charge', dispositif: 'action_individuelle' },
      montantEngageCentimes: haccp!.montantEngageCentimes,
      enCoursCentimes: 0,
      payeCentimes: 0,
      resteCentimes: haccp!.montantEngageCentimes,
      natures: ['pedagogie', 'salaires', 'fraisAnnexes'],
      peutDemander: true,
      motifImpossible: null,
    });
    expect(c.heuresConvenues).toBe((haccp!.donnees as { action: { heures: number } }).action.heures);
    expect(c.dateLimite).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('enregistre la demande : numéro RB, pièces, dossier en « Facturation en cours » avec son historique, accusé de réception', async () => {
    const engage = haccp!.montantEngageCentimes!;
    const avant = (await db.select().from(compteursDossiers).where(eq(compteursDossiers.prefixe, 'RB'))).find((c) => c.annee === 2026)?.dernier ?? 0;
    const res = await demander(BOULANGER, haccp!.id, claim({ pedagogie: engage - 10_000, fraisAnnexes: 5_000 }, { derniereDemande: false }));
    expect(res.statusCode, res.body).toBe(201);
    const cree = res.json();
    expect(cree).toMatchObject({ numero: `RB-2026-${String(avant + 1).padStart(6, '0')}`, alertes: [], demandeStatut: 'facturation_en_cours' });

    const [ligne] = await db.select().from(remboursements).where(eq(remboursements.id, cree.id));
    expect(ligne).toMatchObject({ statut: 'a_venir', montantDemandeCentimes: engage - 5_000, compteId: julienU.compteId, demandeId: haccp!.id, beneficiaire: haccp!.beneficiaire, demandePar: julienU.id });
    const pieces = await db.select().from(piecesRemboursements).where(eq(piecesRemboursements.remboursementId, cree.id)).orderBy(asc(piecesRemboursements.nomFichier));
    expect(pieces.map((p) => [p.type, p.nomFichier, p.typeMime])).toEqual([
      ['certificat_realisation', 'certificat.pdf', 'application/pdf'],
      ['facture', 'facture-1.pdf', 'application/pdf'],
      ['facture', 'facture-2.png', 'image/png'],
    ]);
    const [dossier] = await db.select().from(demandes).where(eq(demandes.id, haccp!.id));
    expect(dossier!.statut).toBe('facturation_en_cours');
    const [h] = await db.select().from(historiqueDemandes).where(eq(historiqueDemandes.demandeId, haccp!.id)).orderBy(desc(historiqueDemandes.id)).limit(1);
    expect(h).toMatchObject({ action: 'declarerRealisation', de: 'pris_en_charge', vers: 'facturation_en_cours', acteur: 'entreprise', utilisateurId: julienU.id });
    const [mail] = await db.select().from(emails).where(eq(emails.destinataire, BOULANGER)).orderBy(desc(emails.creeLe)).limit(1);
    expect(mail!.sujet).toContain(`Accusé de réception de votre demande de remboursement n° ${cree.numero}`);
    expect((await db.select({ n: count() }).from(audit).where(eq(audit.evenement, 'remboursement_demande')))[0]!.n).toBeGreaterThan(0);

    // The detail and the pieces, for the account only.
    const detail = await julien.get(`/api/remboursements/${cree.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ numero: cree.numero, montants: { pedagogie: engage - 10_000, fraisAnnexes: 5_000 }, stagiaires: [{ nom: 'Anna DUPUIS', heuresRealisees: 7 }], derniereDemande: false });
    const piece = detail.json().pieces.find((p: { nomFichier: string }) => p.nomFichier === 'facture-1.pdf');
    const telechargement = await julien.get(`/api/remboursements/${cree.id}/pieces/${piece.id}`);
    expect(telechargement.statusCode).toBe(200);
    expect(telechargement.rawPayload.equals(PDF)).toBe(true);
    expect((await sophie.get(`/api/remboursements/${cree.id}`)).statusCode).toBe(404);
    expect((await sophie.get(`/api/remboursements/${cree.id}/pieces/${piece.id}`)).statusCode).toBe(404);

    // A second claim on the same dossier: what remains is what the first did not take; no second change of status.
    const suite = await julien.get(`/api/demandes/${haccp!.id}/remboursement`);
    expect(suite.json()).toMatchObject({ enCoursCentimes: engage - 5_000, resteCentimes: 5_000 });
    const trop = await demander(BOULANGER, haccp!.id, claim({ pedagogie: 5_001 }));
    expect(trop.statusCode).toBe(422);
    expect(trop.json().erreur.champs).toEqual([{ chemin: 'montants', message: expect.stringMatching(/^Le total demandé \(50,01\s€\) dépasse ce qui reste à rembourser sur ce dossier \(50,00\s€\)\.$/) }]);
    const juste = await demander(BOULANGER, haccp!.id, claim({ pedagogie: 5_000 }, { derniereDemande: true }));
    expect(juste.statusCode).toBe(201);
    expect(juste.json().demandeStatut).toBe('facturation_en_cours');
    expect(await db.select().from(historiqueDemandes).where(and(eq(historiqueDemandes.demandeId, haccp!.id), eq(historiqueDemandes.action, 'declarerRealisation')))).toHaveLength(1);
  });

  it('signale les heures au-delà de celles convenues, sans refuser', async () => {
    const dossier = deCecile[0];
    const convenues = (await cecile.get(`/api/demandes/${dossier!.id}/remboursement`)).json().heuresConvenues as number;
    const res = await demander(MULTI, dossier!.id, claim({ pedagogie: 10_000 }, { stagiaires: [{ nom: 'Inès BENALI', heuresRealisees: convenues + 1.5 }] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().alertes).toEqual([{ code: 'heures_superieures', message: `Inès BENALI : ${String(convenues + 1.5).replace('.', ',')} h réalisées pour ${convenues} h convenues (stagiaire n° 1).` }]);
    const [ligne] = await db.select().from(remboursements).where(eq(remboursements.id, res.json().id));
    expect(ligne!.alertes).toEqual(res.json().alertes);
  });

  it('refuse une demande forclose, plus de 6 mois après la fin de la formation', async () => {
    const dossier = deCecile[1];
    await db.update(demandes).set({ dateFin: '2026-04-30' }).where(eq(demandes.id, dossier!.id));
    const contexte = (await cecile.get(`/api/demandes/${dossier!.id}/remboursement`)).json();
    expect(contexte).toMatchObject({ dateLimite: '2026-10-30', peutDemander: false, motifImpossible: expect.stringContaining('forclusion') });
    const res = await demander(MULTI, dossier!.id, claim({ pedagogie: 10_000 }));
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs).toEqual([{ chemin: 'demande', message: expect.stringContaining('forclose : elle devait être envoyée au plus tard le 30/10/2026') }]);
    expect(await db.select().from(remboursements).where(eq(remboursements.demandeId, dossier!.id))).toHaveLength(0);
  });

  it('exige facture et certificat de réalisation, et le justificatif de salaire quand des salaires sont demandés ; refuse un faux PDF', async () => {
    const dossier = deCecile[2];
    const sans = await demander(MULTI, dossier!.id, claim({ pedagogie: 1_000, salaires: 1_000 }), []);
    expect(sans.statusCode).toBe(422);
    expect(sans.json().erreur.champs.map((c: { chemin: string }) => c.chemin)).toEqual(['montants.salaires', 'facture', 'certificat_realisation', 'justificatif_salaire']);
    const faux = await demander(MULTI, dossier!.id, claim({ pedagogie: 1_000 }), [{ champ: 'facture', nom: 'facture.pdf', octets: EXE }, PIECES[2]!]);
    expect(faux.statusCode).toBe(422);
    expect(faux.json().erreur.champs).toEqual([
      { chemin: 'facture', message: MESSAGES_PIECE_FACTURE },
      { chemin: 'facture', message: expect.stringMatching(/^facture\.pdf : /) },
    ]);
    const illisible = await demander(MULTI, dossier!.id, '{pas du json');
    expect(illisible.statusCode).toBe(422);
    expect(illisible.json().erreur.champs).toEqual([{ chemin: 'donnees', message: 'Le contenu de la demande est illisible : rechargez la page puis réessayez.' }]);
    const mal = await demander(MULTI, dossier!.id, { cleIdempotence: randomUUID(), montants: { pedagogie: 'cent' }, stagiaires: [], derniereDemande: true });
    expect(mal.statusCode).toBe(422);
    expect(mal.json().erreur.champs).toEqual([
      { chemin: 'montants.pedagogie', message: 'Montant attendu (en centimes)' },
      { chemin: 'stagiaires', message: 'Indiquez les heures réalisées d’au moins un stagiaire' },
    ]);
    expect(await db.select().from(remboursements).where(eq(remboursements.demandeId, dossier!.id))).toHaveLength(0);
  });

  it('répond le même remboursement à un second envoi de la même demande : une seule ligne, un seul numéro', async () => {
    const dossier = deCecile[3];
    const donnees = claim({ pedagogie: 2_000 });
    const [a, b] = await Promise.all([demander(MULTI, dossier!.id, donnees), demander(MULTI, dossier!.id, donnees)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().numero).toBe(b.json().numero);
    const c = await demander(MULTI, dossier!.id, donnees);
    expect(c.statusCode).toBe(200);
    expect(await db.select().from(remboursements).where(eq(remboursements.demandeId, dossier!.id))).toHaveLength(1);
    expect(await db.select().from(piecesRemboursements).innerJoin(remboursements, eq(remboursements.id, piecesRemboursements.remboursementId)).where(eq(remboursements.demandeId, dossier!.id))).toHaveLength(3);
  });

  it('404 sur le dossier d’un autre compte, 403 en lecture seule, 422 sur un dossier qui n’est pas pris en charge', async () => {
    const dossier = deCecile[4];
    const autre = await demander(FLEURISTE, dossier!.id, claim({ pedagogie: 1_000 }));
    expect(autre.statusCode).toBe(404);
    expect((await sophie.get(`/api/demandes/${dossier!.id}/remboursement`)).statusCode).toBe(404);
    expect((await demander(FLEURISTE, 'pas-un-id', claim({ pedagogie: 1_000 }))).statusCode).toBe(404);

    await collegue(MULTI, 'lecture_seule', 'Leon', 'LECTEUR');
    const lecteur = await sessionDe('leon.lecture_seule@collegue.test');
    const lu = await demander('', dossier!.id, claim({ pedagogie: 1_000 }), PIECES, lecteur);
    expect(lu.statusCode).toBe(403);
    expect(lu.json().erreur.message).toMatch(/lecture seule/);
    const contexte = await app.inject({ url: `/api/demandes/${dossier!.id}/remboursement`, headers: lecteur });
    expect(contexte.json()).toMatchObject({ peutDemander: false, motifImpossible: expect.stringContaining('lecture seule') });

    const [envoye] = await db.select().from(demandes).where(and(eq(demandes.compteId, cecileU.compteId!), eq(demandes.statut, 'envoye'))).limit(1);
    const tot = await demander(MULTI, envoye!.id, claim({ pedagogie: 1_000 }));
    expect(tot.statusCode).toBe(422);
    expect(tot.json().erreur.code).toBe('statut_non_remboursable');
    expect(await db.select().from(remboursements).where(inArray(remboursements.demandeId, [dossier!.id, envoye!.id]))).toHaveLength(0);
  });

  describe('la liste : onglets, recherche avancée, pagination', () => {
    const lister = (query: string) => cecile.get(`/api/remboursements?${query}`);
    const attendus = async (statut: 'a_venir' | 'paye' | 'refuse') =>
      (await db.select({ id: remboursements.id }).from(remboursements).where(and(eq(remboursements.compteId, cecileU.compteId!), eq(remboursements.statut, statut))).orderBy(desc(remboursements.creeLe), desc(remboursements.id))).map((r) => r.id);

    it('liste chaque onglet, les plus récentes d’abord, avec le nombre de chaque onglet, et rien d’un autre compte', async () => {
      const nombres = { a_venir: (await attendus('a_venir')).length, paye: (await attendus('paye')).length, refuse: (await attendus('refuse')).length };
      expect(nombres.a_venir).toBeGreaterThan(0);
      expect(nombres.paye).toBeGreaterThan(0);
      expect(nombres.refuse).toBeGreaterThan(0);
      for (const onglet of ['a_venir', 'paye', 'refuse'] as const) {
        const res = await lister(`onglet=${onglet}&taille=100`);
        expect(res.statusCode).toBe(200);
        const page = res.json();
        expect(page.remboursements.map((l: Ligne) => l.id)).toEqual(await attendus(onglet));
        expect(page.compteurs).toEqual([
          { onglet: 'a_venir', libelle: 'À venir', nombre: nombres.a_venir },
          { onglet: 'paye', libelle: 'Payé', nombre: nombres.paye },
          { onglet: 'refuse', libelle: 'Refusé', nombre: nombres.refuse },
        ]);
        expect(page.filtre).toBe(false);
      }
      const payes = (await lister('onglet=paye')).json().remboursements;
      expect(payes[0]).toMatchObject({ statut: 'paye', montantPayeCentimes: expect.any(Number), payeLe: expect.stringMatching(/^\d{4}-/), referencePaiement: expect.stringMatching(/^VIR-/), motifRefus: null });
      const refuses = (await lister('onglet=refuse')).json().remboursements;
      expect(refuses[0].motifRefus).toBeTruthy();
      const deSophie = (await sophie.get('/api/remboursements?onglet=paye&taille=100')).json().remboursements.map((l: Ligne) => l.id);
      expect(deSophie.some((id: string) => payes.some((p: Ligne) => p.id === id))).toBe(false);
    });

    it('pagine sans sauter ni répéter, par date ou par montant, et refuse un curseur d’un autre tri', async () => {
      for (const tri of ['date_desc', 'montant_asc'] as const) {
        const vus: Ligne[] = [];
        let apres: string | null = null;
        do {
          const res = await lister(`onglet=paye&taille=2&tri=${tri}${apres ? `&apres=${apres}` : ''}`);
          expect(res.statusCode).toBe(200);
          vus.push(...res.json().remboursements);
          apres = res.json().suivant;
        } while (apres);
        const tous = (await lister(`onglet=paye&taille=100&tri=${tri}`)).json().remboursements as Ligne[];
        expect(vus.map((l) => l.id)).toEqual(tous.map((l) => l.id));
        if (tri === 'montant_asc') expect(tous.map((l) => l.montantDemandeCentimes)).toEqual([...tous.map((l) => l.montantDemandeCentimes)].sort((a, b) => a - b));
      }
      const suivant = (await lister('onglet=paye&taille=1&tri=date_desc')).json().suivant;
      const res = await lister(`onglet=paye&taille=1&tri=montant_desc&apres=${suivant}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().erreur.champs).toEqual([{ chemin: 'apres', message: 'Curseur de pagination invalide : revenez à la première page' }]);
    });

    it('trouve par numéro, dossier, dispositif, bénéficiaire (sans accents, avec une faute), dates et montants', async () => {
      const tous = (await lister('onglet=paye&taille=100')).json().remboursements as Ligne[];
      const cible = tous.find((l) => l.beneficiaire && /[éèëï]/i.test(l.beneficiaire)) ?? tous[0]!;
      const ids = async (q: string) => {
        const res = await lister(`onglet=paye&taille=100&${q}`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().filtre).toBe(true);
        return res.json().remboursements.map((l: Ligne) => l.id) as string[];
      };
      expect(await ids(`numero=${cible.numero.slice(-6)}`)).toEqual([cible.id]);
      expect(await ids(`dossier=${encodeURIComponent(cible.demande.numero.toLowerCase())}`)).toContain(cible.id);
      const nom = cible.beneficiaire!;
      const sansAccent = nom.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
      expect(await ids(`beneficiaire=${encodeURIComponent(sansAccent)}`)).toContain(cible.id);
      const nomDeFamille = nom.split(' ').at(-1)!;
      const faute = nomDeFamille.slice(0, -2) + nomDeFamille.at(-1)! + nomDeFamille.at(-2)!;
      expect(await ids(`beneficiaire=${encodeURIComponent(faute)}`)).toContain(cible.id);
      expect(await ids('beneficiaire=Zzyzxwv')).toEqual([]);
      const jour = new Date(cible.demandeLe).toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
      expect(await ids(`demandeDu=${jour}&demandeAu=${jour}`)).toContain(cible.id);
      const euros = (cible.montantDemandeCentimes / 100).toFixed(2).replace('.', ',');
      const parMontant = await ids(`montantMin=${encodeURIComponent(euros)}&montantMax=${encodeURIComponent(euros)}`);
      expect(parMontant).toContain(cible.id);
      const [ligne] = await db.select({ dispositif: remboursements.dispositif }).from(remboursements).where(eq(remboursements.id, cible.id));
      const parDispositif = await ids(`dispositif=${ligne!.dispositif}`);
      expect(parDispositif).toContain(cible.id);
      const autres = tous.filter((l) => !parDispositif.includes(l.id));
      expect(parDispositif.length + autres.length).toBe(tous.length);
      // The tabs count with the same criteria.
      const compte = (await lister(`onglet=paye&numero=${cible.numero}`)).json().compteurs;
      expect(compte).toEqual([{ onglet: 'a_venir', libelle: 'À venir', nombre: 0 }, { onglet: 'paye', libelle: 'Payé', nombre: 1 }, { onglet: 'refuse', libelle: 'Refusé', nombre: 0 }]);
    });

    it('exporte la liste affichée avec ses critères : CSV pour Excel (BOM, « ; ») et XLSX', async () => {
      const tous = (await lister('onglet=paye&taille=100&tri=montant_asc')).json().remboursements as Ligne[];
      const csv = await cecile.get('/api/remboursements/export?onglet=paye&format=csv&tri=montant_asc');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="mes-remboursements-paye-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lignes = csv.body.split('\r\n').filter(Boolean);
      expect(lignes[0]!.startsWith('\uFEFF')).toBe(true);
      expect(lignes[0]).toContain('N° de remboursement;Statut;N° de dossier');
      expect(lignes.slice(1).map((l) => l.split(';')[0])).toEqual(tous.map((l) => l.numero));
      expect(lignes[1]).toContain(';Payé;');
      const filtre = await cecile.get(`/api/remboursements/export?onglet=paye&format=csv&numero=${tous[0]!.numero}`);
      expect(filtre.body.split('\r\n').filter(Boolean)).toHaveLength(2);
      const xlsx = await cecile.get('/api/remboursements/export?onglet=refuse&format=xlsx');
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const mauvais = await cecile.get('/api/remboursements/export?onglet=paye&format=pdf');
      expect(mauvais.statusCode).toBe(400);
      expect(mauvais.json().erreur.champs).toEqual([{ chemin: 'format', message: 'Format d’export inconnu : csv ou xlsx' }]);
      const deSophie = (await sophie.get('/api/remboursements/export?onglet=paye&format=csv')).body;
      expect(tous.some((l) => deSophie.includes(l.numero))).toBe(false);
    });

    it('répond 400 avec un message sur le champ pour des critères mal formés, jamais 500', async () => {
      const res = await lister(`onglet=a_venir&demandeDu=2026-05-01&demandeAu=2026-04-01&montantMin=12abc&beneficiaire=${'x'.repeat(5_000)}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().erreur.champs).toEqual(
        expect.arrayContaining([
          { chemin: 'montantMin', message: 'Montant invalide : chiffres uniquement, par exemple 1500 ou 1500,50' },
          { chemin: 'beneficiaire', message: '100 caractères au plus' },
        ]),
      );
      const dates = await lister('onglet=a_venir&demandeDu=2026-05-01&demandeAu=2026-04-01&montantMin=10&montantMax=5');
      expect(dates.statusCode).toBe(400);
      expect(dates.json().erreur.champs).toEqual([
        { chemin: 'demandeAu', message: 'La date de fin précède la date de début' },
        { chemin: 'montantMax', message: 'Le montant maximum est inférieur au montant minimum' },
      ]);
      for (const q of ['onglet=tous', 'onglet=paye&demandeDu=31/12/2026', 'onglet=paye&dispositif=autre', 'onglet=paye&apres=abc', 'onglet=paye&tri=hasard', 'onglet=paye&numero=%25_%5C']) {
        const r = await lister(q);
        expect(r.statusCode, q).toBeLessThan(500);
        if (!q.includes('numero')) expect(r.json().erreur.champs.length, q).toBeGreaterThan(0);
      }
    });
  });
});

const MESSAGES_PIECE_FACTURE = 'Joignez la facture de l’organisme de formation (au moins une).';
