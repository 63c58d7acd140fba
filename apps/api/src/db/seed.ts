import { count, inArray } from 'drizzle-orm';
import { hacherMotDePasse } from '../modules/identite/mot-de-passe';
import { chargerDecisionAutomatiqueDemo } from '../modules/instruction/demo-decision-automatique';
import type { Db } from './database';
import { chargerDemandesDemo } from './demo-demandes';
import { chargerRemboursementsDemo } from './demo-remboursements';
import { chargerFacturationDemo } from './demo-facturation';
import { chargerAideDemo } from './demo-aide';
import {
  ACTUALITES_DEMO, COMPTES_DEMO, MOT_DE_PASSE_DEMO, PERSONNEL_DEMO, entreprisesMembres, groupeMultiSiret,
} from './demo-data';
import { actualites, compteEtablissements, comptes, etablissements, utilisateurs } from './schema';

/** Loads the demo data into an empty database only; never called in production (see config). */
export async function seedDemoIfEmpty(db: Db, now: Date): Promise<boolean> {
  await chargerAideDemo(db);
  const [existing] = await db.select({ n: count() }).from(utilisateurs);
  if ((existing?.n ?? 0) > 0) return false;

  const motDePasse = await hacherMotDePasse(MOT_DE_PASSE_DEMO);
  await db.transaction(async (tx) => {
    const groupe = groupeMultiSiret();
    const membres = entreprisesMembres();
    const inserted = await tx.insert(etablissements).values([...groupe, ...membres]).returning({ id: etablissements.id, siret: etablissements.siret, raisonSociale: etablissements.raisonSociale });
    const idParSiret = new Map(inserted.map((e) => [e.siret, e.id]));

    for (const compte of COMPTES_DEMO) {
      const sirets =
        compte.etablissements === 'groupe'
          ? groupe.map((e) => e.siret)
          : membres.filter((e) => e.raisonSociale === compte.etablissements).map((e) => e.siret);
      const [c] = await tx.insert(comptes).values({}).returning({ id: comptes.id });
      await tx.insert(compteEtablissements).values(sirets.map((s) => ({ compteId: c!.id, etablissementId: idParSiret.get(s)! })));
      await tx.insert(utilisateurs).values({
        email: compte.email,
        motDePasseHash: compte.motDePasse ? motDePasse : null,
        migre: !compte.motDePasse,
        civilite: compte.civilite,
        nom: compte.nom,
        prenom: compte.prenom,
        fonction: compte.fonction,
        telephone: compte.telephone,
        role: 'proprietaire',
        compteId: c!.id,
        emailConfirmeLe: compte.motDePasse ? now : null,
      });
    }
    await tx.insert(utilisateurs).values(
      PERSONNEL_DEMO.map((p) => ({ ...p, motDePasseHash: motDePasse, emailConfirmeLe: now })),
    );
    await tx.insert(actualites).values(
      ACTUALITES_DEMO.map(({ joursAvant, ...a }) => ({ ...a, publieLe: new Date(now.getTime() - joursAvant * 86_400_000) })),
    );
    await chargerDemandesDemo(tx, now);
    await chargerDecisionAutomatiqueDemo(tx);
    await chargerRemboursementsDemo(tx, now);
    await chargerFacturationDemo(tx, now);
  });
  return true;
}

/** The e-mails of the demo accounts that exist in this database (for the start-up banner). */
export async function demoAccountsPresent(db: Db): Promise<string[]> {
  const emails = [...COMPTES_DEMO.map((c) => c.email), ...PERSONNEL_DEMO.map((p) => p.email)];
  const rows = await db.select({ email: utilisateurs.email }).from(utilisateurs).where(inArray(utilisateurs.email, emails));
  return rows.map((r) => r.email);
}
