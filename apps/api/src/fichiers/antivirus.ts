import net from 'node:net';
import { MESSAGE_FICHIER_INFECTE } from '@mse/shared/demande/piece-demande';
import { DonneesInvalides, ServiceIndisponible } from '../errors';

export type AdresseClamd = { host: string; port: number };
export type ResultatAnalyse = { sain: true } | { sain: false; signature: string };

/** The file goes in chunks of this size (clamd refuses a chunk above its StreamMaxLength). */
const TAILLE_MORCEAU = 64 * 1024;
const DELAI_MS = 30_000;

export class AntivirusIndisponible extends Error {}

/** clamd's INSTREAM: each chunk prefixed by its length on 4 bytes (big-endian), then a zero length. */
function trames(octets: Buffer): Buffer[] {
  const resultat: Buffer[] = [Buffer.from('zINSTREAM\0')];
  for (let debut = 0; debut < octets.length; debut += TAILLE_MORCEAU) {
    const morceau = octets.subarray(debut, debut + TAILLE_MORCEAU);
    const longueur = Buffer.alloc(4);
    longueur.writeUInt32BE(morceau.length);
    resultat.push(longueur, morceau);
  }
  resultat.push(Buffer.alloc(4));
  return resultat;
}

/** "stream: OK" or "stream: Eicar-Test-Signature FOUND"; anything else is the daemon failing. */
function lireReponse(reponse: string): ResultatAnalyse {
  const texte = reponse.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(texte)) return { sain: true };
  const trouve = /^stream: (.+) FOUND$/.exec(texte);
  if (trouve) return { sain: false, signature: trouve[1]! };
  throw new AntivirusIndisponible(`réponse inattendue de clamd : ${texte.slice(0, 200)}`);
}

/**
 * Streams a file to the ClamAV daemon before it is stored. Without CLAMD_URL, nothing is scanned (a
 * development machine, or a deployment that scans its storage itself). With it, an unreachable or
 * failing daemon refuses the upload rather than letting an unscanned file in.
 */
export async function analyserFichier(clamd: AdresseClamd | undefined, octets: Buffer): Promise<ResultatAnalyse> {
  if (!clamd) return { sain: true };
  return new Promise<ResultatAnalyse>((resolve, reject) => {
    const morceaux: Buffer[] = [];
    let fini = false;
    const socket = net.createConnection(clamd);
    // The "z" commands answer one NUL-terminated line: read up to it, whether clamd closes or not.
    const conclure = () => {
      if (fini) return;
      fini = true;
      socket.destroy();
      try {
        resolve(lireReponse(Buffer.concat(morceaux).toString('utf8')));
      } catch (erreur) {
        reject(erreur);
      }
    };
    socket.setTimeout(DELAI_MS, () => socket.destroy(new AntivirusIndisponible('clamd ne répond pas')));
    socket.on('connect', () => {
      for (const trame of trames(octets)) socket.write(trame);
    });
    socket.on('data', (morceau: Buffer) => {
      morceaux.push(morceau);
      if (morceau.includes(0)) conclure();
    });
    socket.on('end', conclure);
    socket.on('error', (erreur) => {
      if (fini) return;
      fini = true;
      reject(erreur instanceof AntivirusIndisponible ? erreur : new AntivirusIndisponible(erreur.message));
    });
  });
}

/**
 * Every stored file is scanned before it touches the disk: an infected one is refused on its field (400/422
 * with the message), and an antivirus that does not answer refuses (503) rather than lets it through.
 */
export async function exigerFichierSain(clamd: AdresseClamd | undefined, octets: Buffer, chemin: string, message: string = MESSAGE_FICHIER_INFECTE): Promise<void> {
  let analyse: ResultatAnalyse;
  try {
    analyse = await analyserFichier(clamd, octets);
  } catch (erreur) {
    if (erreur instanceof AntivirusIndisponible) throw new ServiceIndisponible('L’analyse antivirus des fichiers est momentanément indisponible : réessayez dans quelques minutes.');
    throw erreur;
  }
  if (!analyse.sain) throw new DonneesInvalides([{ chemin, message }]);
}
