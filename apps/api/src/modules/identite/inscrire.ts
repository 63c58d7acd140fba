import { eq, sql } from 'drizzle-orm';
import { audit, compteEtablissements, comptes, etablissements, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { DonneesInvalides } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import type { Contexte } from './contexte';
import { consommerJeton, creerJeton } from './jetons.repository';
import { cleIp, enregistrerEchec, verifierLimitation } from './limitation.repository';
import { hacherMotDePasse } from './mot-de-passe';
import { verifierMotDePasseChoisi } from './verifier-mot-de-passe-choisi';

export type Inscription = {
  siret: string; civilite: string; nom: string; prenom: string; fonction: string; telephone: string; email: string; motDePasse: string;
};

/**
 * "Inscrivez-vous !": an establishment of the OPCO's directory without an account gets one, owned by
 * this person, usable once the e-mail is confirmed. An address that already has an account gets a
 * warning e-mail instead, and the answer is the same, so that nobody learns which addresses exist.
 */
export async function inscrire(ctx: Contexte, input: Inscription): Promise<void> {
  const cles = [`inscription:${cleIp(ctx.ip)}`];
  await verifierLimitation(ctx.database.db, cles, ctx.now);
  verifierMotDePasseChoisi(input.motDePasse, input.email);
  const empreinte = await hacherMotDePasse(input.motDePasse);
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const [etablissement] = await tx.db.select().from(etablissements).where(eq(etablissements.siret, input.siret));
    if (!etablissement) {
      await enregistrerEchec(tx.db, cles, ctx.now);
      const { supportTelephone, supportHoraires, nom } = ctx.config.opco;
      throw new DonneesInvalides([
        {
          chemin: 'siret',
          message: `Ce SIRET ne figure pas parmi les entreprises adhérentes de l’${nom}. Vérifiez-le, ou contactez l’assistance au ${supportTelephone} (${supportHoraires}).`,
        },
      ]);
    }
    const [dejaGere] = await tx.db.select().from(compteEtablissements).where(eq(compteEtablissements.etablissementId, etablissement.id));
    if (dejaGere) {
      throw new DonneesInvalides([
        {
          chemin: 'siret',
          message:
            'Cet établissement a déjà un compte. Demandez à son propriétaire (la personne qui gère les demandes de financement de votre entreprise) de vous inviter depuis « Mon entreprise » : vous recevrez un email pour choisir votre mot de passe.',
        },
      ]);
    }
    const [existant] = await tx.db.select().from(utilisateurs).where(eq(sql`lower(${utilisateurs.email})`, input.email));
    if (existant) {
      await tx.db.insert(audit).values({ evenement: 'inscription_adresse_existante', utilisateurId: existant.id, ip: ctx.ip, details: { siret: input.siret } });
      await envoyerModele(tx, ctx.config, 'inscriptionAdresseDejaUtilisee', existant.email);
      return;
    }
    const [compte] = await tx.db.insert(comptes).values({}).returning();
    await tx.db.insert(compteEtablissements).values({ compteId: compte!.id, etablissementId: etablissement.id });
    const [u] = await tx.db
      .insert(utilisateurs)
      .values({
        email: input.email,
        motDePasseHash: empreinte,
        civilite: input.civilite,
        nom: input.nom.toUpperCase(),
        prenom: input.prenom,
        fonction: input.fonction,
        telephone: input.telephone,
        role: 'proprietaire',
        compteId: compte!.id,
      })
      .returning();
    await tx.db.insert(audit).values({ evenement: 'inscription', utilisateurId: u!.id, ip: ctx.ip, details: { siret: input.siret } });
    const token = await creerJeton(tx.db, 'confirmation_email', u!.id, ctx.now);
    await envoyerModele(tx, ctx.config, 'confirmationInscription', u!.email, token);
  });
}

/** The link of the sign-up e-mail: the address is proven, the account can be used. */
export async function confirmerInscription(ctx: Contexte, jeton: string): Promise<void> {
  await transaction(ctx.database, ctx.boss, async (tx) => {
    const j = await consommerJeton(tx.db, 'confirmation_email', jeton, ctx.now);
    await tx.db
      .update(utilisateurs)
      .set({ emailConfirmeLe: ctx.now, modifieLe: ctx.now })
      .where(eq(utilisateurs.id, j.utilisateurId));
    await tx.db.insert(audit).values({ evenement: 'email_confirme', utilisateurId: j.utilisateurId, ip: ctx.ip, details: {} });
  });
}
