import { and, asc, eq, like } from 'drizzle-orm';
import { emails, utilisateurs } from '../../db/schema';
import { accesTousEtablissements } from '../../db/schema-collegues';
import { formulaire, PDF, type Fichier } from '../demandes/demandes.test-helper';
import { creerSession } from '../identite/sessions.repository';
import { preparerInstruction } from '../instruction/instruction.test-helper';

export { BOULANGER } from '../instruction/instruction.test-helper';
export const FLEURISTE = 'sophie.bernard@fleurs-de-lys.test';
export const GESTIONNAIRE = 'gestionnaire@opco.test';
export { PDF };

/** A multipart body with the field `message` and, optional, the attachment `pieceJointe`. */
export function formulaireMessage(message: string, fichier?: Fichier) {
  const f = formulaire({ message }, fichier);
  return { payload: Buffer.from(f.payload.toString('latin1').replace('name="fichier"', 'name="pieceJointe"'), 'latin1'), headers: f.headers };
}

/** The real app with the demo, requests made to measure (instruction's helper) and every kind of caller. */
export async function preparerDossier() {
  const t = await preparerInstruction();
  const { app, db, ctx } = t;

  function client(headers: Record<string, string>) {
    return {
      get: (url: string) => app.inject({ url, headers }),
      post: (url: string, payload?: object) => app.inject({ method: 'POST', url, ...(payload ? { payload } : {}), headers }),
      put: (url: string, payload: object) => app.inject({ method: 'PUT', url, payload, headers }),
      delete: (url: string) => app.inject({ method: 'DELETE', url, headers }),
      multipart: (url: string, f: { payload: Buffer; headers: Record<string, string> }) => app.inject({ method: 'POST', url, payload: f.payload, headers: { ...headers, ...f.headers } }),
      deposer: (id: string, type: string, fichier: Fichier = { nom: 'piece.pdf', octets: PDF }) => {
        const f = formulaire({ type }, fichier);
        return app.inject({ method: 'POST', url: `/api/demandes/${id}/pieces`, payload: f.payload, headers: { ...headers, ...f.headers } });
      },
    };
  }

  async function session(utilisateurId: string) {
    const { token, csrfToken } = await creerSession(db, { utilisateurId, seSouvenir: false, ip: '127.0.0.1', userAgent: undefined, now: ctx.clock.now });
    return client({ cookie: `mse_session=${token}`, 'x-csrf-token': csrfToken });
  }

  async function connecter(email: string) {
    const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
    return session(u!.id);
  }

  /** A read-only colleague of the baker, seeing every establishment. */
  async function lectureSeule() {
    const [u] = await db.insert(utilisateurs).values({ email: 'lecture.seule@au-pain-dore.test', nom: 'Durand', prenom: 'Léa', role: 'lecture_seule', compteId: t.boulanger.compteId }).returning();
    await db.insert(accesTousEtablissements).values({ utilisateurId: u!.id, compteId: t.boulanger.compteId! });
    return session(u!.id);
  }

  const emailsA = async (destinataire: string, sujet: string) => db.select().from(emails).where(and(eq(emails.destinataire, destinataire), like(emails.sujet, `%${sujet}%`))).orderBy(asc(emails.creeLe));

  return { ...t, connecter, lectureSeule, emailsA };
}
