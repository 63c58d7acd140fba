import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { DemandeRemboursementSchema } from '@mse/shared/remboursement/demande-remboursement.schema';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXE, PDF, PNG } from '../modules/demandes/demandes.test-helper';
import { routesDeclarees } from '../plugins/inventaire-routes';
import { CERTIFICAT, champsRemboursement, multipart, preparerActeurs, surveillerLesModifications, type Acteur, type AutreFichier, type Fichier } from './acteurs.test-helper';
import { arbitraireHostile, CHAINES_HOSTILES, enJsonSchema } from './arbitraires';
import { cleDeRoute } from './matrice-acces';

/**
 * Hostile files on every upload route: wrong magic bytes, a zip bomb, huge and path-traversal names,
 * empty files, too big. A refused file gets a clear 4xx with a French message on the field, and
 * nothing is stored: no row, no file on disk. An accepted one keeps a clean name, inside FILES_DIR.
 */

/** A 10 KB zip that declares 4 GB of content (the bytes of 10 MB of zeros, deflated). */
function zipBombe(): Buffer {
  const donnees = deflateRawSync(Buffer.alloc(10 * 1024 * 1024));
  const nom = Buffer.from('bombe.txt');
  const entete = Buffer.alloc(30);
  entete.writeUInt32LE(0x04034b50, 0);
  entete.writeUInt16LE(20, 4);
  entete.writeUInt16LE(8, 8); // deflate
  entete.writeUInt32LE(donnees.length, 18);
  entete.writeUInt32LE(0xffffffff, 22); // "4 GB once unpacked"
  entete.writeUInt16LE(nom.length, 26);
  return Buffer.concat([entete, nom, donnees]);
}

/**
 * `champs`: the text fields (a function when each call needs its own, e.g. an idempotency key); `autres`: the
 * other files the form needs to be accepted (a claim's certificate beside its invoice); `images`: the route
 * takes only PNG/JPEG (the logo), so the real file sent with a hostile name is a PNG.
 */
/** The antivirus test string, behind the magic bytes of a PDF (the type check passes, the scan must not). */
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A tiny clamd speaking INSTREAM (as in demandes/pieces.test.ts): FOUND when the bytes carry the EICAR string. */
async function fauxClamd(): Promise<{ port: number; analyses: number; fermer: () => Promise<void> }> {
  const etat = { analyses: 0 };
  const serveur = net.createServer((socket) => {
    let recu = Buffer.alloc(0);
    socket.on('data', (morceau) => {
      recu = Buffer.concat([recu, morceau]);
      let position = 'zINSTREAM\0'.length;
      const contenu: Buffer[] = [];
      while (position + 4 <= recu.length) {
        const longueur = recu.readUInt32BE(position);
        if (longueur === 0) {
          etat.analyses++;
          socket.end(Buffer.concat(contenu).includes('EICAR-STANDARD-ANTIVIRUS-TEST-FILE') ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (position + 4 + longueur > recu.length) return;
        contenu.push(recu.subarray(position + 4, position + 4 + longueur));
        position += 4 + longueur;
      }
    });
  });
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  return {
    port: (serveur.address() as net.AddressInfo).port,
    get analyses() {
      return etat.analyses;
    },
    fermer: () => new Promise((resolve) => serveur.close(() => resolve())),
  };
}


type Depot = { acteur: Acteur; url: () => Promise<string>; champs: Record<string, string> | (() => Record<string, string>); champFichier: string; entetes?: Record<string, string>; autres?: AutreFichier[]; images?: boolean };

describe('dépôts de fichiers hostiles', async () => {
  const t = await preparerActeurs();
  // Every file is scanned, as in production with CLAMD_URL (the configuration is read at each request).
  const clamd = await fauxClamd();
  afterAll(() => clamd.fermer());
  t.ctx.config.clamd = { host: '127.0.0.1', port: clamd.port };
  const surveillance = await surveillerLesModifications(t.db, ['echecs_connexion', 'sessions']);
  const fichiersSurDisque = () => (fs.existsSync(t.filesDir) ? fs.readdirSync(t.filesDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name)) : []);

  /** Each upload route of the API, and how to call it. */
  const DEPOTS: Record<string, Depot> = {
    'POST /api/demandes/:id/pieces': { acteur: 'proprietaire', url: async () => `/api/demandes/${(await t.fixtures.demande()).id}/pieces`, champs: { type: 'programme' }, champFichier: 'fichier' },
    'POST /api/assistance/demandes': { acteur: 'proprietaire', url: async () => '/api/assistance/demandes', champs: { objet: 'autre', message: 'Bonjour, voici une pièce jointe.' }, champFichier: 'pieceJointe' },
    'POST /api/assistance/demandes-publiques': {
      acteur: 'anonyme',
      url: async () => '/api/assistance/demandes-publiques',
      champs: { nom: 'Sophie Bernard', email: 'visiteur@exemple.test', objet: 'connexion', message: 'Je ne reçois pas l’email.' },
      champFichier: 'pieceJointe',
      entetes: { 'x-mse-formulaire': 'assistance' },
    },
    'POST /api/demandes/:id/messages': { acteur: 'proprietaire', url: async () => `/api/demandes/${(await t.fixtures['demande-envoyee']()).id}/messages`, champs: { message: 'Bonjour, voici la pièce demandée.' }, champFichier: 'pieceJointe' },
    'POST /api/opco/demandes/:numero/messages': { acteur: 'gestionnaire', url: async () => `/api/opco/demandes/${(await t.fixtures['demande-envoyee']()).numero}/messages`, champs: { message: 'Bonjour, voici le courrier.' }, champFichier: 'pieceJointe' },
    'POST /api/administration/parametres/logo': { acteur: 'administrateur', url: async () => '/api/administration/parametres/logo', champs: {}, champFichier: 'logo', images: true },
    'POST /api/demandes/:id/remboursements': {
      acteur: 'proprietaire',
      url: async () => `/api/demandes/${(await t.fixtures['dossier-accepte']()).id}/remboursements`,
      champs: champsRemboursement,
      champFichier: 'facture',
      autres: [CERTIFICAT],
    },
  };
  const champsDe = (depot: Depot) => (typeof depot.champs === 'function' ? depot.champs() : depot.champs);

  it('chaque route de dépôt (multipart) est éprouvée ici', () => {
    const multiparts = routesDeclarees(t.app)
      .filter((r) => ((r.options.schema ?? {}) as { consumes?: string[] }).consumes?.includes('multipart/form-data'))
      .map((r) => cleDeRoute(r.methode, r.url));
    const absentes = multiparts.filter((cle) => !DEPOTS[cle]);
    expect(absentes, `Route(s) de dépôt sans épreuve : ajoutez-les à DEPOTS dans apps/api/src/securite/depots-hostiles.test.ts (acteur, url, champs, champFichier) : ${absentes.join(', ')}`).toEqual([]);
  });

  const refuses: [string, () => Fichier][] = [
    ['un exécutable renommé en .pdf (mauvais octets magiques)', () => ({ nom: 'devis.pdf', octets: EXE, type: 'application/pdf' })],
    ['du HTML déclaré PDF', () => ({ nom: 'devis.pdf', octets: Buffer.from('<html><script>alert(1)</script></html>'), type: 'application/pdf' })],
    ['une bombe zip (10 ko qui annoncent 4 Go)', () => ({ nom: 'archive.zip', octets: zipBombe(), type: 'application/zip' })],
    ['une bombe zip renommée en .pdf', () => ({ nom: 'programme.pdf', octets: zipBombe(), type: 'application/pdf' })],
    ['un fichier vide', () => ({ nom: 'vide.pdf', octets: Buffer.alloc(0), type: 'application/pdf' })],
    ['un fichier trop gros (26 Mo)', () => ({ nom: 'enorme.pdf', octets: Buffer.concat([PDF, Buffer.alloc(26 * 1024 * 1024, 0x20)]) })],
  ];
  const infecte = (depot: Depot): Fichier =>
    depot.images ? { nom: 'logo.png', octets: Buffer.concat([PNG, Buffer.from(EICAR)]), type: 'image/png' } : { nom: 'facture.pdf', octets: Buffer.from(`%PDF-1.4 ${EICAR}`) };

  for (const [cle, depot] of Object.entries(DEPOTS)) {
    describe(cle, () => {
      it('refuse un fichier infecté (signature de test EICAR, analysé par l’antivirus) : 4xx sur le champ, rien d’enregistré', async () => {
        const url = await depot.url();
        const avant = fichiersSurDisque();
        const repere = await surveillance.repere();
        const analyses = clamd.analyses;
        const f = multipart(champsDe(depot), infecte(depot), depot.champFichier, depot.autres);
        const res = await t.appeler(depot.acteur, { method: 'POST', url, payload: f.payload, headers: { ...f.headers, ...depot.entetes } });
        expect(clamd.analyses, 'le fichier n’est pas passé par l’antivirus').toBeGreaterThan(analyses);
        expect([400, 422], res.body).toContain(res.statusCode);
        expect(res.json().erreur.champs?.map((c: { chemin: string }) => c.chemin)).toContain(depot.champFichier);
        expect(await surveillance.tablesModifieesDepuis(repere)).toEqual([]);
        expect(fichiersSurDisque()).toEqual(avant);
      });

      for (const [quoi, fichier] of refuses) {
        it(`refuse ${quoi} : 4xx clair sur le champ, rien d’enregistré`, async () => {
          const url = await depot.url();
          const avant = fichiersSurDisque();
          const repere = await surveillance.repere();
          const f = multipart(champsDe(depot), fichier(), depot.champFichier, depot.autres);
          const res = await t.appeler(depot.acteur, { method: 'POST', url, payload: f.payload, headers: { ...f.headers, ...depot.entetes } });
          expect([400, 413, 415, 422], res.body).toContain(res.statusCode);
          const erreur = res.json().erreur;
          expect(erreur.message).toMatch(/[a-zé]/);
          expect(JSON.stringify(erreur)).not.toMatch(/node_modules|\bat \w+ \(|\/work\//);
          if (res.statusCode !== 413) expect(erreur.champs?.map((c: { chemin: string }) => c.chemin)).toContain(depot.champFichier);
          expect(await surveillance.tablesModifieesDepuis(repere)).toEqual([]);
          expect(fichiersSurDisque()).toEqual(avant);
        });
      }

      it.each([
        ['un nom de 10 000 caractères', 'a'.repeat(10_000) + '.pdf'],
        ['un nom qui remonte les dossiers', '../../../../etc/passwd.pdf'],
        ['un nom Windows qui remonte les dossiers', '..\\..\\..\\windows\\system32\\config.pdf'],
        ['un nom avec des caractères de contrôle', 'devis\r\nSet-Cookie: x=1.png'],
      ])('accepte un vrai fichier avec %s mais garde un nom propre, rangé dans FILES_DIR', async (_quoi, nom) => {
        const url = await depot.url();
        const png = depot.images || nom.endsWith('.png');
        const f = multipart(champsDe(depot), { nom, octets: png ? PNG : PDF, type: png ? 'image/png' : 'application/pdf' }, depot.champFichier, depot.autres);
        const res = await t.appeler(depot.acteur, { method: 'POST', url, payload: f.payload, headers: { ...f.headers, ...depot.entetes } });
        expect(res.statusCode, res.body).toBeLessThan(300);
        const noms = (await t.db.execute<{ nom: string }>(
          `select nom_fichier as nom from pieces_demandes union all select nom_fichier from pieces_jointes_assistance
           union all select nom_fichier from pieces_jointes_messages_demandes union all select nom_fichier from pieces_remboursements
           union all select valeur->>'nom' from parametres where cle = 'logo'` as never,
        )).rows.map((r) => r.nom);
        for (const n of noms) {
          expect(n.length).toBeLessThanOrEqual(150);
          expect(n).not.toMatch(/[\\/\r\n]|\.\.[\\/]/);
        }
        const racine = path.resolve(t.filesDir);
        for (const fichierStocke of fichiersSurDisque()) expect(path.resolve(fichierStocke).startsWith(racine + path.sep)).toBe(true);
        expect(fs.existsSync(path.join(racine, '..', '..', 'etc', 'passwd.pdf'))).toBe(false);
      });

      it('résiste aux champs texte hostiles du formulaire (JSON `donnees` d’un remboursement compris) : ni 5xx, ni trace, rien d’enregistré par un refus', async () => {
        const url = await depot.url();
        const noms = Object.keys(champsDe(depot));
        const texteHostile = fc.oneof(fc.constantFrom(...CHAINES_HOSTILES, 'x'.repeat(300_000)), fc.string({ maxLength: 200 }));
        const valeur = (nom: string) => (nom === 'donnees' ? fc.oneof(arbitraireHostile(enJsonSchema(DemandeRemboursementSchema)).map((v) => JSON.stringify(v) ?? 'undefined'), texteHostile) : texteHostile);
        const cas = noms.length ? fc.constantFrom(...noms).chain((nom) => valeur(nom).map((v) => ({ [nom]: v }))) : fc.constant({ intrus: '__proto__' });
        await fc.assert(
          fc.asyncProperty(cas, async (remplace) => {
            const repere = await surveillance.repere();
            const f = multipart({ ...champsDe(depot), ...remplace }, { nom: 'piece.pdf', octets: depot.images ? PNG : PDF, type: depot.images ? 'image/png' : 'application/pdf' }, depot.champFichier, depot.autres);
            const res = await t.appeler(depot.acteur, { method: 'POST', url, payload: f.payload, headers: { ...f.headers, ...depot.entetes } });
            const resume = `${res.statusCode} ${res.body.slice(0, 300)}`;
            expect(res.statusCode, resume).toBeLessThan(500);
            expect(res.body, resume).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+/);
            if (res.statusCode >= 400) expect(await surveillance.tablesModifieesDepuis(repere), resume).toEqual([]);
          }),
          { numRuns: 25, seed: 20_261_202, endOnFailure: true },
        );
      }, 60_000);
    });
  }
});
