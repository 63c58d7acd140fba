import type { RoleCollegue } from '@mse/shared/collegues/collegue.schema';
import { eq, sql } from 'drizzle-orm';
import { audit, utilisateurs } from '../../db/schema';
import { transaction } from '../../db/transaction';
import { AppError, Conflit } from '../../errors';
import { envoyerModele } from '../../mail/envoyer';
import { exigerGestionDesCollegues } from '../../policies/collegues';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { creerJeton } from '../identite/jetons.repository';
import { ecrireAcces, resoudreAcces } from './acces';
import { raisonSocialeDuCompte } from './collegues.repository';

export type Invitation = { prenom: string; nom: string; email: string; role: RoleCollegue; tous: boolean; sirets: string[] };

const MESSAGE_ADRESSE_INDISPONIBLE =
  'Cette adresse email sert déjà à se connecter à Mes services en ligne pour une autre entreprise : invitez votre collègue avec une autre adresse.';

/** The address belongs to someone outside this account: the answer says no more than that. */
export class AdresseIndisponible extends AppError {
  constructor() {
    super(409, 'adresse_indisponible', MESSAGE_ADRESSE_INDISPONIBLE, [{ chemin: 'email', message: MESSAGE_ADRESSE_INDISPONIBLE }]);
  }
}

const estViolationUnicite = (error: unknown) => (error as { code?: string }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505';

/**
 * The owner invites a colleague: a user of the account without a password, its grants, a 7-day
 * single-use link by e-mail to choose the password, an audit row — all or nothing.
 */
export async function inviterCollegue(ctx: Contexte, proprietaire: Employeur, input: Invitation): Promise<string> {
  exigerGestionDesCollegues(proprietaire);
  const [existant] = await ctx.database.db
    .select({ id: utilisateurs.id, compteId: utilisateurs.compteId })
    .from(utilisateurs)
    .where(eq(sql`lower(${utilisateurs.email})`, input.email));
  if (existant) {
    if (existant.compteId === proprietaire.compteId) {
      throw new Conflit('collegue_deja_present', existant.id === proprietaire.id
        ? 'C’est votre propre adresse : vous avez déjà accès à tout le compte.'
        : 'Cette personne a déjà accès à votre compte : modifiez ses accès dans la liste de vos collègues.');
    }
    await ctx.database.db.insert(audit).values({ evenement: 'invitation_refusee', utilisateurId: proprietaire.id, ip: ctx.ip, details: { email: input.email, motif: 'adresse_indisponible' } });
    throw new AdresseIndisponible();
  }
  try {
    return await transaction(ctx.database, ctx.boss, async (tx) => {
      const etablissementIds = await resoudreAcces(tx.db, proprietaire.compteId, input);
      const [collegue] = await tx.db
        .insert(utilisateurs)
        .values({ email: input.email, prenom: input.prenom, nom: input.nom, role: input.role, compteId: proprietaire.compteId })
        .returning({ id: utilisateurs.id });
      const id = collegue!.id;
      await ecrireAcces(tx.db, id, proprietaire.compteId, input.tous, etablissementIds, ctx.now);
      const jeton = await creerJeton(tx.db, 'invitation', id, ctx.now, { invitePar: proprietaire.id });
      await envoyerModele(tx, ctx.config, 'invitationCollegue', input.email, {
        prenom: input.prenom,
        invitant: `${proprietaire.prenom} ${proprietaire.nom}`,
        raisonSociale: await raisonSocialeDuCompte(tx.db, proprietaire.compteId),
        role: input.role,
        jeton,
      });
      await tx.db.insert(audit).values({
        evenement: 'collegue_invite',
        utilisateurId: proprietaire.id,
        ip: ctx.ip,
        details: { collegueId: id, email: input.email, role: input.role, tous: input.tous, sirets: input.tous ? [] : [...new Set(input.sirets)] },
      });
      return id;
    });
  } catch (error) {
    // Invited at the same instant by someone else: the unique index on the address decides.
    if (estViolationUnicite(error)) throw new AdresseIndisponible();
    throw error;
  }
}
