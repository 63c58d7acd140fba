import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { piecesDemandes } from '../../db/schema-demandes';
import { BOULANGER, EXE, PDF, PNG, preparer } from './demandes.test-helper';

const EICAR = Buffer.from('%PDF-1.4 X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*');

/**
 * A tiny clamd speaking INSTREAM: it reads the length-prefixed chunks up to the zero length and
 * answers like ClamAV, FOUND when the bytes carry the EICAR test string.
 */
async function fauxClamd(): Promise<{ url: string; analyses: Buffer[]; fermer: () => Promise<void> }> {
  const analyses: Buffer[] = [];
  const serveur = net.createServer((socket) => {
    let recu = Buffer.alloc(0);
    socket.on('data', (morceau) => {
      recu = Buffer.concat([recu, morceau]);
      const entete = Buffer.from('zINSTREAM\0');
      if (!recu.subarray(0, entete.length).equals(entete)) return;
      let position = entete.length;
      const contenu: Buffer[] = [];
      while (position + 4 <= recu.length) {
        const longueur = recu.readUInt32BE(position);
        if (longueur === 0) {
          const fichier = Buffer.concat(contenu);
          analyses.push(fichier);
          socket.end(fichier.includes('EICAR-STANDARD-ANTIVIRUS-TEST-FILE') ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (position + 4 + longueur > recu.length) return;
        contenu.push(recu.subarray(position + 4, position + 4 + longueur));
        position += 4 + longueur;
      }
    });
  });
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  const { port } = serveur.address() as net.AddressInfo;
  return { url: `tcp://127.0.0.1:${port}`, analyses, fermer: () => new Promise((resolve) => serveur.close(() => resolve())) };
}

describe('les pièces justificatives d’un brouillon', async () => {
  const clamd = await fauxClamd();
  afterAll(() => clamd.fermer());
  const { db, filesDir, employeur, fichiersStockes } = await preparer({ CLAMD_URL: clamd.url });
  const julien = await employeur(BOULANGER);
  const { id } = await julien.brouillon('action_individuelle');

  it('dépose un PDF (201), rangé sous FILES_DIR/demandes avec son empreinte, et le rend en téléchargement', async () => {
    const res = await julien.deposer(id, 'programme', { nom: 'programme formation.pdf', octets: PDF });
    expect(res.statusCode).toBe(201);
    const piece = res.json();
    expect(piece).toMatchObject({ type: 'programme', nomFichier: 'programme formation.pdf', typeMime: 'application/pdf', taille: PDF.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [ligne] = await db.select().from(piecesDemandes).where(eq(piecesDemandes.id, piece.id));
    expect(ligne!.cle).toMatch(/^demandes\/2026\/[0-9a-f-]{36}$/);
    expect(fs.readFileSync(path.join(filesDir, ligne!.cle)).equals(PDF)).toBe(true);
    expect(clamd.analyses.at(-1)!.equals(PDF)).toBe(true);

    const telecharge = await julien.get(`/api/demandes/${id}/pieces/${piece.id}`);
    expect(telecharge.statusCode).toBe(200);
    expect(telecharge.headers['content-type']).toBe('application/pdf');
    expect(telecharge.headers['content-disposition']).toBe('attachment; filename="programme formation.pdf"; filename*=UTF-8\'\'programme%20formation.pdf');
    expect(telecharge.rawPayload.equals(PDF)).toBe(true);
    expect((await julien.get(`/api/demandes/${id}`)).json().pieces).toEqual([piece]);
  });

  it('remplace la pièce du même type et supprime l’ancien fichier', async () => {
    const avant = fichiersStockes();
    expect(avant).toHaveLength(1);
    const res = await julien.deposer(id, 'programme', { nom: 'programme v2.png', octets: PNG, type: 'image/png' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ nomFichier: 'programme v2.png', typeMime: 'image/png' });
    const apres = fichiersStockes();
    expect(apres).toHaveLength(1);
    expect(apres[0]).not.toBe(avant[0]);
    expect(fs.existsSync(avant[0]!)).toBe(false);
    expect((await julien.get(`/api/demandes/${id}`)).json().pieces.map((p: { nomFichier: string }) => p.nomFichier)).toEqual(['programme v2.png']);
  });

  it.each([
    ['un exécutable nommé .pdf', { nom: 'devis.pdf', octets: EXE }, 'Le fichier doit être un PDF, une image JPEG ou une image PNG.'],
    ['un fichier texte nommé .png', { nom: 'devis.png', octets: Buffer.from('juste du texte'), type: 'image/png' }, 'Le fichier doit être un PDF, une image JPEG ou une image PNG.'],
    ['un fichier vide', { nom: 'devis.pdf', octets: Buffer.alloc(0) }, 'Le fichier est vide.'],
    ['un fichier de plus de 20 Mo', { nom: 'devis.pdf', octets: Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024, 0x20)]) }, 'Le fichier dépasse la taille maximale de 20 Mo.'],
  ])('refuse %s (422) en disant pourquoi, sans rien garder', async (_cas, fichier, message) => {
    const avant = fichiersStockes().length;
    const res = await julien.deposer(id, 'devis_signe', fichier);
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs).toEqual([{ chemin: 'fichier', message }]);
    expect(fichiersStockes()).toHaveLength(avant);
  });

  it('refuse bien plus de 20 Mo avant même de lire le fichier, avec sa taille', async () => {
    const res = await julien.deposer(id, 'devis_signe', { nom: 'enorme.pdf', octets: Buffer.concat([PDF, Buffer.alloc(26 * 1024 * 1024, 0x20)]) });
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs[0].message).toMatch(/^Le fichier dépasse la taille maximale de 20 Mo \(il fait 26(,\d)? Mo\)\.$/);
  });

  it('refuse un type de pièce que le dispositif ne demande pas', async () => {
    const res = await julien.deposer(id, 'photo_de_vacances', { nom: 'devis.pdf', octets: PDF });
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs).toEqual([{ chemin: 'type', message: 'Choisissez la pièce que ce fichier justifie, parmi celles que demande ce dispositif.' }]);
  });

  it('refuse un fichier infecté signalé par l’antivirus, sans l’écrire sur le disque', async () => {
    const avant = fichiersStockes().length;
    const res = await julien.deposer(id, 'devis_signe', { nom: 'devis.pdf', octets: EICAR });
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs).toEqual([{ chemin: 'fichier', message: 'Ce fichier contient un virus : il n’a pas été enregistré. Analysez votre poste puis déposez un fichier sain.' }]);
    expect(fichiersStockes()).toHaveLength(avant);
    expect(await db.select().from(piecesDemandes).where(eq(piecesDemandes.type, 'devis_signe'))).toHaveLength(0);
  });

  it('retire une pièce (204) et son fichier', async () => {
    const { id: pieceId } = (await julien.get(`/api/demandes/${id}`)).json().pieces[0];
    expect((await julien.delete(`/api/demandes/${id}/pieces/${pieceId}`)).statusCode).toBe(204);
    expect(fichiersStockes()).toHaveLength(0);
    expect((await julien.get(`/api/demandes/${id}/pieces/${pieceId}`)).statusCode).toBe(404);
    expect((await julien.delete(`/api/demandes/${id}/pieces/${pieceId}`)).statusCode).toBe(404);
  });

  it('supprime les fichiers d’un brouillon supprimé', async () => {
    await julien.deposer(id, 'programme', { nom: 'programme.pdf', octets: PDF });
    expect(fichiersStockes()).toHaveLength(1);
    expect((await julien.delete(`/api/demandes/${id}`)).statusCode).toBe(204);
    expect(fichiersStockes()).toHaveLength(0);
  });
});

describe('sans antivirus joignable', async () => {
  const { employeur, fichiersStockes } = await preparer({ CLAMD_URL: 'tcp://127.0.0.1:1' });
  const julien = await employeur(BOULANGER);

  it('refuse le dépôt (503) plutôt que de laisser entrer un fichier non analysé', async () => {
    const { id } = await julien.brouillon('action_individuelle');
    const res = await julien.deposer(id, 'programme', { nom: 'programme.pdf', octets: PDF });
    expect(res.statusCode).toBe(503);
    expect(res.json().erreur.message).toBe('L’analyse antivirus des fichiers est momentanément indisponible : réessayez dans quelques minutes.');
    expect(fichiersStockes()).toHaveLength(0);
  });
});
