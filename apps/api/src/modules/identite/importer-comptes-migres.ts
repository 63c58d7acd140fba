import { EmailSchema } from '@mse/shared/identite/connexion.schema';
import { SiretSchema } from '@mse/shared/identifiants/identifiants.schema';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { audit, compteEtablissements, comptes, etablissements, utilisateurs } from '../../db/schema';
import { lireCsv } from '../entreprise/lire-csv';

export type RapportComptes = { lignes: number; crees: number; inchanges: number; rejets: { ligne: number; motif: string }[] };

/**
 * Imports the accounts of the previous portal (columns: email ; nom ; prenom ; sirets — SIRETs
 * separated by spaces or "|"). They get no password: their first connection goes through
 * "Mot de passe oublié ?". An address already present is left as it is, so re-importing changes nothing.
 */
export async function importerComptesMigres(database: Database, source: AsyncIterable<Buffer | string>): Promise<RapportComptes> {
  const rapport: RapportComptes = { lignes: 0, crees: 0, inchanges: 0, rejets: [] };
  const { db } = database;
  for await (const enregistrement of lireCsv(source)) {
    if ('illisible' in enregistrement) {
      rapport.rejets.push({ ligne: enregistrement.ligne, motif: enregistrement.illisible });
      continue;
    }
    const { ligne, champs } = enregistrement;
    if (ligne === 1 && champs[0]?.toLowerCase().includes('mail')) continue;
    rapport.lignes += 1;
    const [emailBrut = '', nom = '', prenom = '', siretsBruts = ''] = champs;
    const email = EmailSchema.safeParse(emailBrut);
    if (!email.success) {
      rapport.rejets.push({ ligne, motif: `email « ${emailBrut} » invalide` });
      continue;
    }
    if (!nom || !prenom) {
      rapport.rejets.push({ ligne, motif: 'nom et prénom obligatoires' });
      continue;
    }
    const sirets = siretsBruts.split(/[|\s]+/).filter(Boolean).map((s) => SiretSchema.safeParse(s));
    const invalide = sirets.find((s) => !s.success);
    if (!sirets.length || invalide) {
      rapport.rejets.push({ ligne, motif: !sirets.length ? 'aucun SIRET' : `SIRET invalide : ${invalide?.error?.issues[0]?.message}` });
      continue;
    }
    const valeurs = sirets.map((s) => s.data!);
    const motif = await db.transaction(async (tx) => {
      const [existant] = await tx.select({ id: utilisateurs.id }).from(utilisateurs).where(sql`lower(${utilisateurs.email}) = ${email.data}`);
      if (existant) return 'inchange';
      const trouves = await tx.select({ id: etablissements.id, siret: etablissements.siret }).from(etablissements).where(inArray(etablissements.siret, valeurs));
      const inconnus = valeurs.filter((v) => !trouves.some((t) => t.siret === v));
      if (inconnus.length) return `SIRET absent de l’annuaire des adhérents : ${inconnus.join(', ')}`;
      const geres = await tx.select({ id: compteEtablissements.etablissementId }).from(compteEtablissements).where(inArray(compteEtablissements.etablissementId, trouves.map((t) => t.id)));
      if (geres.length) return 'un des établissements est déjà rattaché à un autre compte';
      const [compte] = await tx.insert(comptes).values({}).returning();
      await tx.insert(compteEtablissements).values(trouves.map((t) => ({ compteId: compte!.id, etablissementId: t.id })));
      const [u] = await tx
        .insert(utilisateurs)
        .values({ email: email.data, nom: nom.toUpperCase(), prenom, role: 'proprietaire', compteId: compte!.id, migre: true })
        .returning({ id: utilisateurs.id });
      await tx.insert(audit).values({ evenement: 'compte_migre_importe', utilisateurId: u!.id, details: { etablissements: valeurs.length } });
      return 'cree';
    });
    if (motif === 'cree') rapport.crees += 1;
    else if (motif === 'inchange') rapport.inchanges += 1;
    else rapport.rejets.push({ ligne, motif });
  }
  return rapport;
}
