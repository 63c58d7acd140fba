import type { FastifyInstance } from 'fastify';
import { generateSync } from 'otplib';
import { MOT_DE_PASSE_DEMO, PERSONNEL_DEMO } from '../../db/demo-data';

export type Connecte = { headers: { cookie: string; 'x-csrf-token': string } };

function connecte(res: Awaited<ReturnType<FastifyInstance['inject']>>): Connecte {
  if (res.statusCode !== 200) throw new Error(`connexion refusée (${res.statusCode}) : ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'mse_session');
  return { headers: { cookie: `mse_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken } };
}

/** Signs a demo employer in, as the browser would: the session cookie and the CSRF token of the session. */
export async function connecterEmployeur(app: FastifyInstance, email: string): Promise<Connecte> {
  return connecte(await app.inject({ method: 'POST', url: '/api/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO } }));
}

/** Signs a demo staff member in through /opco/connexion, with the current code of their authenticator. */
export async function connecterPersonnel(app: FastifyInstance, email: string, maintenant: Date): Promise<Connecte> {
  const personne = PERSONNEL_DEMO.find((p) => p.email === email);
  if (!personne) throw new Error(`${email} n'est pas un compte de démonstration du personnel`);
  const code = generateSync({ secret: personne.totpSecret, epoch: Math.floor(maintenant.getTime() / 1000) });
  return connecte(await app.inject({ method: 'POST', url: '/api/opco/session', payload: { email, motDePasse: MOT_DE_PASSE_DEMO, code } }));
}
