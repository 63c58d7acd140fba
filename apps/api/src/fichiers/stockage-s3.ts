import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { ConfigS3 } from '../config/env';
import type { Stockage } from './stockage';

/** A missing key: NoSuchKey from S3 and MinIO, a bare 404 from stores that send no XML body with it. */
function estIntrouvable(erreur: unknown): boolean {
  return erreur instanceof S3ServiceException && (erreur.name === 'NoSuchKey' || erreur.$metadata.httpStatusCode === 404);
}

/**
 * An S3-compatible object store (AWS, Scaleway, OVH, MinIO, Garage). Path-style addressing
 * (<endpoint>/<bucket>/<key>) because most of them serve no per-bucket host name. Checksums are only
 * sent when an operation requires them: the SDK's default CRC32 headers are refused by several of these
 * stores, and the file's own SHA-256 is checked above this backend anyway.
 */
export function stockageS3(config: ConfigS3): Stockage {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  const Bucket = config.bucket;
  return {
    async ecrire(cle, octets) {
      // A PUT is atomic in S3: a failed upload never leaves half an object under the key.
      await client.send(new PutObjectCommand({ Bucket, Key: cle, Body: octets, ContentLength: octets.length, ContentType: 'application/octet-stream' }));
    },
    async lire(cle) {
      try {
        const reponse = await client.send(new GetObjectCommand({ Bucket, Key: cle }));
        // No body at all reads as empty bytes, which the checksum then refuses.
        return Buffer.from((await reponse.Body?.transformToByteArray()) ?? []);
      } catch (erreur) {
        if (estIntrouvable(erreur)) return undefined;
        throw erreur;
      }
    },
    async supprimer(cle) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: cle }));
    },
  };
}
