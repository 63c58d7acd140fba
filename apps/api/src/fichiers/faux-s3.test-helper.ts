import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Requete = { methode: string; chemin: string; autorisation: string; corps: Buffer };

/**
 * The least of S3 the backend needs, path-style: PUT, GET and DELETE on /<bucket>/<key>, and the
 * errors a real store sends (NoSuchKey for a missing key, AccessDenied under /interdit/).
 * Signatures are not verified, only recorded.
 */
export async function fauxS3() {
  const objets = new Map<string, Buffer>();
  const requetes: Requete[] = [];
  const serveur = http.createServer((req, res) => {
    const morceaux: Buffer[] = [];
    req.on('data', (morceau: Buffer) => morceaux.push(morceau));
    req.on('end', () => {
      const chemin = decodeURIComponent(new URL(req.url!, 'http://s3').pathname);
      const corps = Buffer.concat(morceaux);
      requetes.push({ methode: req.method!, chemin, autorisation: req.headers.authorization ?? '', corps });
      if (chemin.startsWith('/interdit/')) {
        res
          .writeHead(403, { 'content-type': 'application/xml' })
          .end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
      } else if (req.method === 'PUT') {
        objets.set(chemin, corps);
        res.writeHead(200, { etag: '"1"' }).end();
      } else if (req.method === 'GET' && objets.has(chemin)) {
        const octets = objets.get(chemin)!;
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': octets.length, etag: '"1"' }).end(octets);
      } else if (req.method === 'GET') {
        res
          .writeHead(404, { 'content-type': 'application/xml' })
          .end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${chemin}</Key></Error>`);
      } else if (req.method === 'DELETE') {
        objets.delete(chemin);
        res.writeHead(204).end();
      } else {
        res.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => serveur.listen(0, '127.0.0.1', resolve));
  const { port } = serveur.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, objets, requetes, fermer: () => new Promise<void>((resolve) => serveur.close(() => resolve())) };
}

