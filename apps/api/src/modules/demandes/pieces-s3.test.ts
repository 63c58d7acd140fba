import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { piecesDemandes } from '../../db/schema-demandes';
import { fauxS3 } from '../../fichiers/faux-s3.test-helper';
import { BOULANGER, PDF, preparer } from './demandes.test-helper';

describe('les pièces d’un brouillon quand un stockage S3 est configuré', async () => {
  const s3 = await fauxS3();
  afterAll(() => s3.fermer());
  const { db, employeur, fichiersStockes } = await preparer({
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: 'pieces',
    S3_ACCESS_KEY_ID: 'cle-de-test',
    S3_SECRET_ACCESS_KEY: 'secret-de-test',
  });
  const julien = await employeur(BOULANGER);
  const { id } = await julien.brouillon('action_individuelle');

  it('range la pièce dans le bucket et non dans FILES_DIR, la rend en téléchargement, puis la supprime du bucket', async () => {
    const res = await julien.deposer(id, 'programme', { nom: 'programme.pdf', octets: PDF });
    expect(res.statusCode).toBe(201);
    const [ligne] = await db.select().from(piecesDemandes).where(eq(piecesDemandes.id, res.json().id));
    expect(s3.objets.get(`/pieces/${ligne!.cle}`)?.equals(PDF)).toBe(true);
    expect(fichiersStockes()).toEqual([]);

    const telecharge = await julien.get(`/api/demandes/${id}/pieces/${ligne!.id}`);
    expect(telecharge.statusCode).toBe(200);
    expect(telecharge.rawPayload.equals(PDF)).toBe(true);

    s3.objets.set(`/pieces/${ligne!.cle}`, Buffer.concat([PDF, Buffer.from('modifié')]));
    expect((await julien.get(`/api/demandes/${id}/pieces/${ligne!.id}`)).statusCode).toBe(500);

    expect((await julien.delete(`/api/demandes/${id}/pieces/${ligne!.id}`)).statusCode).toBe(204);
    expect(s3.objets.has(`/pieces/${ligne!.cle}`)).toBe(false);
  });
});
