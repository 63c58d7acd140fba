import { groupeDuStatut, statutsDuGroupe, type GroupeStatut } from '@mse/shared/demande/statut';
import { MESSAGES_CRITERES, TRIS_FINANCEMENTS } from '@mse/shared/financement/criteres-recherche';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { groupeMultiSiret } from '../../db/demo-data';
import { demandes, etablissements, utilisateurs } from '../../db/schema';
import { seedDemoIfEmpty } from '../../db/seed';
import { testApp } from '../../test/app';
import { creerSession } from '../identite/sessions.repository';

const MULTI = 'cecile.moreau@aidomi-provence.test';
const BOULANGER = 'julien.martin@au-pain-dore.test';
const GROUPES: GroupeStatut[] = ['brouillon', 'en_cours', 'archive'];

type Ligne = { id: string; numero: string | null; statut: string; beneficiaire: string | null; dateDebut: string | null; montantEstimeCentimes: number | null; montantEngageCentimes: number | null };
type Page = { demandes: Ligne[]; suivant: string | null; precedent: string | null; total: number; compteurs: { groupe: string; nombre: number }[] };

describe('Mes financements : recherche avancée, tri et export', async () => {
  const ctx = await testApp();
  await seedDemoIfEmpty(ctx.database.db, ctx.clock.now);
  const { app, database } = ctx;
  const { db } = database;
  const utilisateur = async (email: string) => (await db.select().from(utilisateurs).where(eq(utilisateurs.email, email)))[0]!;
  const cecile = await utilisateur(MULTI);
  const julien = await utilisateur(BOULANGER);

  // A row whose texts need quoting in a CSV, and whose provider name starts like a formula.
  const [gap] = await db.select().from(etablissements).where(eq(etablissements.siret, groupeMultiSiret()[10]!.siret));
  const piege = randomUUID();
  await db.insert(demandes).values({
    id: piege,
    numero: 'AI-2026-999001',
    dispositif: 'action_individuelle',
    statut: 'envoye',
    compteId: cecile.compteId!,
    etablissementId: gap!.id,
    beneficiaire: 'Jean "Jo"; Martin',
    intituleFormation: 'Sécurité; incendie',
    organisme: '=Formation Piège',
    organismeSiret: '12345678900011',
    dateDebut: '2026-02-03',
    dateFin: '2026-02-04',
    montantEstimeCentimes: 123_456,
    envoyeLe: ctx.clock.now,
    modifieLe: ctx.clock.now,
  });

  /** Every request of the account, read apart from the route, with what the criteria look at. */
  const toutes = await db
    .select({
      id: demandes.id,
      numero: demandes.numero,
      dispositif: demandes.dispositif,
      statut: demandes.statut,
      beneficiaire: demandes.beneficiaire,
      intitule: demandes.intituleFormation,
      organisme: demandes.organisme,
      organismeSiret: demandes.organismeSiret,
      dateDebut: demandes.dateDebut,
      dateFin: demandes.dateFin,
      montant: demandes.montantEngageCentimes,
      estime: demandes.montantEstimeCentimes,
      siret: etablissements.siret,
      raisonSociale: etablissements.raisonSociale,
      compteId: demandes.compteId,
    })
    .from(demandes)
    .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId));
  const deCecile = toutes.filter((d) => d.compteId === cecile.compteId);
  const montantDe = (d: (typeof toutes)[number]) => d.montant ?? d.estime;
  const sansAccent = (t: string | null) => (t ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

  async function session(utilisateurId: string) {
    const { token, csrfToken } = await creerSession(db, { utilisateurId, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    const headers = { cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken };
    const lister = (query: string) => app.inject({ url: `/api/financements?${query}`, headers });
    return {
      lister,
      exporter: (query: string) => app.inject({ url: `/api/financements/export?${query}`, headers }),
      /** The ids of every tab's rows for a search, page after page. */
      async ids(query: string) {
        const ids: string[] = [];
        for (const g of GROUPES) {
          let apres: string | null = null;
          do {
            const res = await lister(`groupe=${g}&taille=100&${query}${apres ? `&apres=${apres}` : ''}`);
            expect(res.statusCode, res.body).toBe(200);
            const page: Page = res.json();
            ids.push(...page.demandes.map((l) => l.id));
            apres = page.suivant;
          } while (apres);
        }
        return ids.sort();
      },
    };
  }
  const attendus = (filtre: (d: (typeof toutes)[number]) => boolean) =>
    deCecile
      .filter(filtre)
      .map((d) => d.id)
      .sort();

  it('trouve par chaque critère exactement les demandes attendues, et le dit dans le nombre de chaque onglet', async () => {
    const s = await session(cecile.id);
    const avecNumero = deCecile.find((d) => d.numero && d.numero !== 'AI-2026-999001')!;
    const suffixe = avecNumero.numero!.slice(-6);
    // A name with an accent, searched without it, in lower case, then with a typo (a letter missing).
    const accentue = deCecile.find((d) => d.beneficiaire && /[éèëïîô]/.test(d.beneficiaire))!.beneficiaire!;
    const [prenom, nom] = accentue.split(' ') as [string, string];
    const typo = `${sansAccent(prenom)} ${nom.slice(0, 2)}${nom.slice(3)}`;
    const substitution = `${nom.slice(0, 1)}${nom[1] === 'a' ? 'e' : 'a'}${nom.slice(2)}`;
    const organisme = deCecile.find((d) => d.organisme === 'Prévention Santé Travail Formation')!;
    const cas: [string, (d: (typeof toutes)[number]) => boolean][] = [
      [`numero=${suffixe}`, (d) => !!d.numero?.includes(suffixe)],
      [`numero=${avecNumero.numero!.toLowerCase()}`, (d) => d.numero === avecNumero.numero],
      ['dispositif=pro_a', (d) => d.dispositif === 'pro_a'],
      ['statut=a_completer', (d) => d.statut === 'a_completer'],
      // Without the accent, in lower case, and with a typo.
      [`beneficiaire=${encodeURIComponent(sansAccent(accentue))}`, (d) => d.beneficiaire === accentue],
      [`beneficiaire=${encodeURIComponent(typo)}`, (d) => d.beneficiaire === accentue],
      [`beneficiaire=${encodeURIComponent(substitution)}`, (d) => d.beneficiaire === accentue],
      [`beneficiaire=${encodeURIComponent(`${nom} ${prenom}`)}`, (d) => d.beneficiaire === accentue],
      ['formation=assistant%20de%20vie%20familles', (d) => sansAccent(d.intitule).includes('assistant de vie aux familles')],
      ['formation=deaes', (d) => sansAccent(d.intitule).includes('deaes')],
      ['organisme=prevention%20sante', (d) => d.organisme === 'Prévention Santé Travail Formation'],
      [`organisme=${organisme.organismeSiret}`, (d) => d.organismeSiret === organisme.organismeSiret],
      [`organisme=${organisme.organismeSiret!.slice(0, 9)}`, (d) => d.organismeSiret?.slice(0, 9) === organisme.organismeSiret!.slice(0, 9)],
      [`etablissement=${gap!.siret}`, (d) => d.siret === gap!.siret],
      ['etablissement=gap', (d) => d.raisonSociale.includes('GAP')],
      ['debutDu=2026-01-01&debutAu=2026-06-30', (d) => !!d.dateDebut && d.dateDebut >= '2026-01-01' && d.dateDebut <= '2026-06-30'],
      ['finDu=2027-01-01', (d) => !!d.dateFin && d.dateFin >= '2027-01-01'],
      ['finAu=2026-03-31', (d) => !!d.dateFin && d.dateFin <= '2026-03-31'],
      ['montantMin=2%20000&montantMax=8000,50', (d) => montantDe(d) !== null && montantDe(d)! >= 200_000 && montantDe(d)! <= 800_050],
      ['montantMin=10000', (d) => montantDe(d) !== null && montantDe(d)! >= 1_000_000],
      ['dispositif=apprentissage&statut=pris_en_charge', (d) => d.dispositif === 'apprentissage' && d.statut === 'pris_en_charge'],
    ];
    for (const [query, filtre] of cas) {
      const attendu = attendus(filtre);
      expect(attendu.length, query).toBeGreaterThan(0);
      expect(attendu.length, query).toBeLessThan(deCecile.length);
      expect(await s.ids(query), query).toEqual(attendu);
      const compteurs = (await s.lister(`groupe=en_cours&${query}`)).json().compteurs;
      for (const g of GROUPES)
        expect(compteurs.find((c: { groupe: string }) => c.groupe === g).nombre, `${query} ${g}`).toBe(deCecile.filter((d) => filtre(d) && groupeDuStatut(d.statut) === g).length);
    }
    // `total` is the tab's count for the search; a status of another tab finds nothing here.
    const page: Page = (await s.lister('groupe=archive&statut=refuse')).json();
    expect(page.total).toBe(attendus((d) => d.statut === 'refuse').length);
    expect((await s.lister('groupe=en_cours&statut=refuse')).json().demandes).toEqual([]);
    expect(await s.ids('beneficiaire=Zzyzx%20Qwerty')).toEqual([]);
    // LIKE's wildcards are taken literally.
    expect(await s.ids('numero=%25')).toEqual([]);
    expect(await s.ids('formation=_')).toEqual([]);
  });

  it('ne montre jamais les demandes d’un autre compte, ni dans la recherche ni dans l’export', async () => {
    const s = await session(julien.id);
    const deJulien = toutes.filter((d) => d.compteId === julien.compteId).map((d) => d.id);
    expect((await s.ids('beneficiaire=ines%20benali')).filter((id) => !deJulien.includes(id))).toEqual([]);
    expect(await s.ids('numero=999001')).toEqual([]);
    expect(await s.ids(`etablissement=${gap!.siret}`)).toEqual([]);
    const csv = (await s.exporter('format=csv&groupe=en_cours')).body;
    expect(csv).not.toContain('AIDOMI');
    expect(csv.trim().split('\r\n')).toHaveLength(1 + toutes.filter((d) => d.compteId === julien.compteId && groupeDuStatut(d.statut) === 'en_cours').length);
  });

  it('refuse des critères mal formés par un message sur le champ (400), jamais une 500', async () => {
    const s = await session(cecile.id);
    const cas: [string, string, string][] = [
      ['debutDu=2026-06-01&debutAu=2026-01-01', 'debutAu', MESSAGES_CRITERES.dates],
      ['finDu=2026-06-01&finAu=2026-01-01', 'finAu', MESSAGES_CRITERES.dates],
      ['montantMin=douze', 'montantMin', MESSAGES_CRITERES.montant],
      ['montantMin=500&montantMax=100', 'montantMax', MESSAGES_CRITERES.montants],
      [`beneficiaire=${'a'.repeat(5000)}`, 'beneficiaire', 'Ce critère fait au plus 100 caractères'],
      [`formation=${'é'.repeat(5000)}`, 'formation', 'Ce critère fait au plus 200 caractères'],
      [`montantMax=${'9'.repeat(5000)}`, 'montantMax', MESSAGES_CRITERES.montant],
      ['debutDu=2026-02-30', 'debutDu', 'Date invalide : format attendu AAAA-MM-JJ'],
      ['debutDu=demain', 'debutDu', 'Date invalide : format attendu AAAA-MM-JJ'],
      ['dispositif=cpf', 'dispositif', 'Dispositif inconnu'],
      ['numero=a&numero=b', 'numero', MESSAGES_CRITERES.texte],
      ['tri=couleur', 'tri', MESSAGES_CRITERES.tri],
      ['tri=montant&ordre=haut', 'ordre', MESSAGES_CRITERES.ordre],
    ];
    for (const [query, chemin, message] of cas) {
      for (const res of [await s.lister(`groupe=en_cours&${query}`), await s.exporter(`format=csv&groupe=en_cours&${query}`)]) {
        expect(res.statusCode, query).toBe(400);
        expect(res.json().erreur.champs, query).toContainEqual({ chemin, message });
      }
    }
    const format = await s.exporter('format=pdf&groupe=en_cours');
    expect(format.statusCode).toBe(400);
    expect(format.json().erreur.champs).toEqual([{ chemin: 'format', message: 'Format inconnu : csv ou xlsx' }]);
    // A cursor of another sort is refused.
    const suivant = (await s.lister('groupe=en_cours&taille=2&tri=montant')).json().suivant;
    const autreTri = await s.lister(`groupe=en_cours&tri=beneficiaire&apres=${suivant}`);
    expect(autreTri.statusCode).toBe(400);
    expect(autreTri.json().erreur.champs[0].chemin).toBe('apres');
    expect((await s.lister(`groupe=en_cours&tri=montant&apres=${suivant}&avant=${suivant}`)).statusCode).toBe(400);
  });

  it('trie par chaque colonne, dans les deux sens, et parcourt les pages en avant comme en arrière (dernière page comprise) sans doublon ni oubli', async () => {
    const s = await session(cecile.id);
    const nombre = deCecile.filter((d) => groupeDuStatut(d.statut) === 'en_cours').length;
    expect(nombre).toBeGreaterThan(15);
    for (const tri of TRIS_FINANCEMENTS) {
      for (const ordre of ['asc', 'desc']) {
        const base = `groupe=en_cours&tri=${tri}&ordre=${ordre}`;
        const tout: Page = (await s.lister(`${base}&taille=100`)).json();
        const reference = tout.demandes.map((l) => l.id);
        expect(reference, base).toHaveLength(nombre);
        expect(tout.suivant).toBeNull();
        expect(tout.precedent).toBeNull();
        // Forwards, 6 at a time.
        const enAvant: string[] = [];
        let apres: string | null = null;
        let premiere = true;
        do {
          const page: Page = (await s.lister(`${base}&taille=6${apres ? `&apres=${apres}` : ''}`)).json();
          expect(page.precedent === null, base).toBe(premiere);
          enAvant.push(...page.demandes.map((l) => l.id));
          apres = page.suivant;
          premiere = false;
        } while (apres);
        expect(enAvant, base).toEqual(reference);
        // Backwards from the last page.
        const derniere: Page = (await s.lister(`${base}&taille=6&fin=1`)).json();
        expect(derniere.suivant).toBeNull();
        expect(derniere.demandes.map((l) => l.id)).toEqual(reference.slice(-6));
        const enArriere: string[][] = [derniere.demandes.map((l) => l.id)];
        let avant = derniere.precedent;
        while (avant) {
          const page: Page = (await s.lister(`${base}&taille=6&avant=${avant}`)).json();
          expect(page.suivant).not.toBeNull();
          enArriere.unshift(page.demandes.map((l) => l.id));
          avant = page.precedent;
        }
        expect(enArriere.flat(), base).toEqual(reference);
      }
    }
    // The order itself, on the numbers and dates.
    const parMontant: Page = (await s.lister('groupe=en_cours&tri=montant&taille=100')).json();
    const montants = parMontant.demandes.map((l) => l.montantEngageCentimes ?? l.montantEstimeCentimes ?? -1);
    expect(montants).toEqual([...montants].sort((a, b) => b - a));
    const parDebut: Page = (await s.lister('groupe=en_cours&tri=debut&ordre=asc&taille=100')).json();
    const debuts = parDebut.demandes.map((l) => l.dateDebut ?? '');
    expect(debuts).toEqual([...debuts].sort());
  });

  it('exporte en CSV la liste affichée avec ses critères et son tri : BOM, « ; », guillemets, montants et dates à la française', async () => {
    const s = await session(cecile.id);
    const res = await s.exporter('format=csv&groupe=en_cours&etablissement=gap&tri=numero&ordre=desc');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="mes-financements-en-cours-2026-11-22.csv"');
    expect(res.body.startsWith('\uFEFFN° de dossier;Dispositif;Bénéficiaire;Formation;Organisme de formation;SIRET de l’organisme;Début;Fin;Montant estimé (€);Montant engagé (€);Statut;Établissement;SIRET de l’établissement;Envoyée le;Mise à jour\r\n')).toBe(true);
    const lignes = res.body.slice(1).split('\r\n').slice(1, -1);
    const attendu = deCecile.filter((d) => d.raisonSociale.includes('GAP') && groupeDuStatut(d.statut) === 'en_cours');
    expect(lignes).toHaveLength(attendu.length);
    expect(lignes.map((l) => l.split(';')[0])).toEqual(attendu.map((d) => d.numero).sort().reverse());
    expect(lignes.find((l) => l.startsWith('AI-2026-999001'))).toBe(
      `AI-2026-999001;Action individuelle;"Jean ""Jo""; Martin";"Sécurité; incendie";'=Formation Piège;12345678900011;03/02/2026;04/02/2026;1234,56;;Envoyé;AIDOMI PROVENCE – GAP;${gap!.siret};22/11/2026 10:00;22/11/2026 10:00`,
    );
  });

  it('exporte en XLSX un classeur qui se relit, avec les mêmes lignes que la liste', async () => {
    const s = await session(cecile.id);
    const res = await s.exporter('format=xlsx&groupe=archive&dispositif=apprentissage');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="mes-financements-archive-2026-11-22.xlsx"');
    const zip = unzipSync(new Uint8Array(res.rawPayload));
    const feuille = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const lignes = [...feuille.matchAll(/<row>(.*?)<\/row>/gs)].map((m) => m[1]!);
    const attendu = deCecile.filter((d) => d.dispositif === 'apprentissage' && statutsDuGroupe('archive').includes(d.statut));
    expect(attendu.length).toBeGreaterThan(0);
    expect(lignes).toHaveLength(attendu.length + 1);
    expect(lignes[0]).toContain('<t>N° de dossier</t>');
    for (const d of attendu) expect(feuille).toContain(`<t xml:space="preserve">${d.numero}</t>`);
    expect(feuille).not.toContain('Action individuelle');
  });

  it('demande de se connecter (401) et cache l’export au personnel de l’OPCO (404)', async () => {
    expect((await app.inject('/api/financements/export?format=csv&groupe=en_cours')).statusCode).toBe(401);
    const gestionnaire = await utilisateur('gestionnaire@opco.test');
    expect((await (await session(gestionnaire.id)).exporter('format=csv&groupe=en_cours')).statusCode).toBe(404);
  });
});
