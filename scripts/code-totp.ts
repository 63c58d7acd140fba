// Development only: prints the current one-time code of a demo staff account (what an authenticator
// app would show).   npm run totp -- gestionnaire@opco.test
import { generateSync } from 'otplib';
import { PERSONNEL_DEMO } from '../apps/api/src/db/demo-data';

const email = process.argv[2] ?? 'gestionnaire@opco.test';
const compte = PERSONNEL_DEMO.find((p) => p.email === email);
if (!compte) {
  console.error(`Pas de compte de démonstration du personnel pour ${email} (${PERSONNEL_DEMO.map((p) => p.email).join(', ')}).`);
  process.exit(1);
}
console.log(generateSync({ secret: compte.totpSecret, epoch: Math.floor(Date.now() / 1000) }));
