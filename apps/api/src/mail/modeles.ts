import { LIBELLES_OBJET_ASSISTANCE, type ObjetAssistance } from '@mse/shared/aide/demande-assistance.schema';
import { DESCRIPTIONS_ROLE_COLLEGUE, LIBELLES_ROLE_COLLEGUE, type RoleCollegue } from '@mse/shared/collegues/collegue.schema';
import type { Message } from './emails';

/** Every e-mail the portal sends, in French, with an HTML and a text version. */
type Contexte = { opco: string; publicUrl: string };

function echapper(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function composer(ctx: Contexte, to: string, subject: string, paragraphes: string[], bouton?: { libelle: string; url: string }): Message {
  const signature = `L’équipe ${ctx.opco} — Mes services en ligne`;
  const text = [...paragraphes, ...(bouton ? [`${bouton.libelle} : ${bouton.url}`] : []), '', signature].join('\n\n');
  const html = `<!doctype html><html lang="fr"><body style="font-family:Arial,sans-serif;color:#1a1a1a;max-width:560px">
${paragraphes.map((p) => `<p>${echapper(p)}</p>`).join('\n')}
${bouton ? `<p><a href="${echapper(bouton.url)}" style="display:inline-block;background:#1c4f8c;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${echapper(bouton.libelle)}</a></p><p style="font-size:12px">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur : ${echapper(bouton.url)}</p>` : ''}
<p>${echapper(signature)}</p></body></html>`;
  return { to, subject: `${subject} – ${ctx.opco}`, text, html };
}

export const modeles = {
  /** Facturation (back office): a reimbursement claim accepted, in full or in part; paid with the next batch. */
  remboursementAccepte: (ctx: Contexte, to: string, v: { numero: string; dossier: string; montantAccepte: string; montantDemande: string; motif: string | null }) =>
    composer(ctx, to, `Votre demande de remboursement n° ${v.numero} est acceptée`, [
      'Bonjour,',
      v.motif
        ? `Votre demande de remboursement n° ${v.numero} (dossier n° ${v.dossier}) est acceptée pour ${v.montantAccepte} sur ${v.montantDemande} demandés.`
        : `Votre demande de remboursement n° ${v.numero} (dossier n° ${v.dossier}) est acceptée pour ${v.montantAccepte}.`,
      ...(v.motif ? [`Précision du gestionnaire : ${v.motif}`] : []),
      'Le paiement suivra avec le prochain lot de paiement : vous recevrez alors sa date et sa référence.',
    ], { libelle: 'Mes remboursements', url: `${ctx.publicUrl}/mes-remboursements/a-venir` }),
  /** Facturation: a reimbursement claim refused, always with its reason. */
  remboursementRefuse: (ctx: Contexte, to: string, v: { numero: string; dossier: string; motif: string }) =>
    composer(ctx, to, `Votre demande de remboursement n° ${v.numero} est refusée`, [
      'Bonjour,',
      `Votre demande de remboursement n° ${v.numero} (dossier n° ${v.dossier}) n’est pas acceptée par l’${ctx.opco}.`,
      `Motif : ${v.motif}`,
      'Pour toute question, utilisez « Besoin d’aide ? » puis « Contacter l’assistance » en rappelant ce numéro.',
    ], { libelle: 'Mes remboursements', url: `${ctx.publicUrl}/mes-remboursements/refuse` }),
  /** Facturation: the payment batch is paid; says when the dossier is now « Soldé ». */
  remboursementPaye: (ctx: Contexte, to: string, v: { numero: string; dossier: string; montant: string; date: string; reference: string; solde: boolean }) =>
    composer(ctx, to, `Votre remboursement n° ${v.numero} est payé`, [
      'Bonjour,',
      `L’${ctx.opco} a payé votre remboursement n° ${v.numero} (dossier n° ${v.dossier}) : ${v.montant} le ${v.date}, référence de paiement ${v.reference}.`,
      ...(v.solde ? [`Le dossier n° ${v.dossier} est soldé : il n’y a plus rien à verser.`] : []),
    ], { libelle: 'Mes remboursements', url: `${ctx.publicUrl}/mes-remboursements/paye` }),
  reinitialisation: (ctx: Contexte, to: string, token: string) =>
    composer(
      ctx,
      to,
      'Réinitialisation de votre mot de passe',
      ['Bonjour,', 'Vous avez demandé à choisir un nouveau mot de passe pour Mes services en ligne. Ce lien est valable une heure et ne sert qu’une fois.', 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.'],
      { libelle: 'Réinitialiser mon mot de passe', url: `${ctx.publicUrl}/reinitialiser-mot-de-passe?jeton=${encodeURIComponent(token)}` },
    ),
  confirmationInscription: (ctx: Contexte, to: string, token: string) =>
    composer(ctx, to, 'Confirmez votre adresse email', ['Bonjour,', 'Votre compte Mes services en ligne est créé. Confirmez votre adresse email pour pouvoir vous connecter (lien valable 48 heures).'], {
      libelle: 'Confirmer mon adresse email',
      url: `${ctx.publicUrl}/confirmer-email?jeton=${encodeURIComponent(token)}`,
    }),
  inscriptionAdresseDejaUtilisee: (ctx: Contexte, to: string) =>
    composer(ctx, to, 'Tentative d’inscription avec votre adresse', [
      'Bonjour,',
      'Quelqu’un vient de demander la création d’un compte Mes services en ligne avec votre adresse email, qui a déjà un compte.',
      'Si c’est vous : connectez-vous, ou utilisez « Mot de passe oublié ? » sur la page de connexion. Sinon, ignorez ce message.',
    ], { libelle: 'Me connecter', url: `${ctx.publicUrl}/connexion` }),
  changementEmail: (ctx: Contexte, to: string, token: string) =>
    composer(ctx, to, 'Confirmez votre nouvelle adresse de connexion', ['Bonjour,', 'Vous avez demandé à utiliser cette adresse pour vous connecter à Mes services en ligne. Elle ne remplacera l’ancienne qu’une fois confirmée (lien valable 24 heures).'], {
      libelle: 'Confirmer ma nouvelle adresse',
      url: `${ctx.publicUrl}/confirmer-adresse-email?jeton=${encodeURIComponent(token)}`,
    }),
  changementEmailAvertissement: (ctx: Contexte, to: string, nouvelle: string) =>
    composer(ctx, to, 'Changement de votre adresse de connexion demandé', [
      'Bonjour,',
      `Une demande de changement de votre adresse de connexion vers ${nouvelle} a été faite depuis votre compte. Elle prendra effet quand la nouvelle adresse sera confirmée.`,
      'Si vous n’êtes pas à l’origine de cette demande, changez votre mot de passe et contactez l’assistance.',
    ]),
  motDePasseModifie: (ctx: Contexte, to: string) =>
    composer(ctx, to, 'Votre mot de passe a été modifié', [
      'Bonjour,',
      'Le mot de passe de votre compte Mes services en ligne vient d’être modifié ; vos autres sessions ont été fermées.',
      'Si vous n’êtes pas à l’origine de ce changement, utilisez « Mot de passe oublié ? » et contactez l’assistance.',
    ]),
  compteBloque: (ctx: Contexte, to: string) =>
    composer(ctx, to, 'Connexion suspendue après plusieurs échecs', [
      'Bonjour,',
      'Plusieurs tentatives de connexion à votre compte ont échoué : par sécurité, la connexion est suspendue pendant 15 minutes.',
      'Si ce n’était pas vous, nous vous conseillons de changer votre mot de passe avec « Mot de passe oublié ? ».',
    ], { libelle: 'Mot de passe oublié ?', url: `${ctx.publicUrl}/mot-de-passe-oublie` }),
  invitationCollegue: (ctx: Contexte, to: string, v: { prenom: string; invitant: string; raisonSociale: string; role: RoleCollegue; jeton: string }) =>
    composer(
      ctx,
      to,
      `Invitation à rejoindre ${v.raisonSociale} sur Mes services en ligne`,
      [
        `Bonjour ${v.prenom},`,
        `${v.invitant} vous invite à accéder aux services en ligne de l’${ctx.opco} pour ${v.raisonSociale}, en tant que « ${LIBELLES_ROLE_COLLEGUE[v.role]} » : vous ${DESCRIPTIONS_ROLE_COLLEGUE[v.role]}.`,
        'Choisissez votre mot de passe pour activer votre accès. Ce lien est valable 7 jours et ne sert qu’une fois.',
        'Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun accès ne sera activé.',
      ],
      { libelle: 'Choisir mon mot de passe', url: `${ctx.publicUrl}/invitation?jeton=${encodeURIComponent(v.jeton)}` },
    ),
  invitationPersonnel: (ctx: Contexte, to: string, v: { prenom: string; invitant: string; role: string; jeton: string }) =>
    composer(
      ctx,
      to,
      'Votre accès au back office de Mes services en ligne',
      [
        `Bonjour ${v.prenom},`,
        `${v.invitant} vous a créé un accès au back office de l’${ctx.opco}, en tant que « ${v.role} ».`,
        'Pour l’activer, choisissez votre mot de passe et associez une application d’authentification (second facteur) à votre compte. Ce lien est valable 7 jours et ne sert qu’une fois.',
        'Si vous ne vous attendiez pas à ce message, ignorez-le : aucun accès ne sera activé.',
      ],
      { libelle: 'Activer mon accès', url: `${ctx.publicUrl}/opco/activation?jeton=${encodeURIComponent(v.jeton)}` },
    ),
  accuseDemandeAssistance: (ctx: Contexte, to: string, numero: string, objet: ObjetAssistance, connecte: boolean) =>
    composer(
      ctx,
      to,
      `Votre demande d’assistance n° ${numero}`,
      [
        'Bonjour,',
        `Nous avons bien reçu votre demande d’assistance n° ${numero} (objet : ${LIBELLES_OBJET_ASSISTANCE[objet]}). Nos équipes vous répondent dans les meilleurs délais.`,
        connecte
          ? 'Vous retrouverez notre réponse dans « Mes demandes d’assistance » de votre espace, et par email.'
          : 'Notre réponse vous sera envoyée à cette adresse. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
      ],
      connecte ? { libelle: 'Voir ma demande', url: `${ctx.publicUrl}/aide/mes-demandes-assistance/${encodeURIComponent(numero)}` } : undefined,
    ),
  reponseAssistance: (ctx: Contexte, to: string, numero: string, reponse: string, connecte: boolean) =>
    composer(
      ctx,
      to,
      `Réponse à votre demande d’assistance n° ${numero}`,
      [
        'Bonjour,',
        `Nos équipes ont répondu à votre demande d’assistance n° ${numero} :`,
        ...reponse.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
        connecte
          ? 'Pour nous répondre, écrivez-nous dans cette demande depuis « Mes demandes d’assistance ».'
          : `Pour nous répondre, utilisez le formulaire « Contacter l’assistance » de la page de connexion en rappelant le numéro ${numero}.`,
      ],
      connecte ? { libelle: 'Voir ma demande', url: `${ctx.publicUrl}/aide/mes-demandes-assistance/${encodeURIComponent(numero)}` } : undefined,
    ),
  /** The acknowledgement of a sent funding request: its number, what and when, and where the receipt is. */
  accuseReceptionDemande: (ctx: Contexte, to: string, v: { id: string; numero: string; dispositif: string; envoyeLe: string }) =>
    composer(
      ctx,
      to,
      `Accusé de réception de votre demande n° ${v.numero}`,
      [
        'Bonjour,',
        `Votre demande de financement « ${v.dispositif} » a bien été envoyée le ${v.envoyeLe} (heure de Paris). Elle est enregistrée sous le numéro de dossier ${v.numero} : rappelez-le dans vos échanges avec nous.`,
        'Nos équipes vont l’examiner ; vous suivrez son avancement dans « Mes financements » et serez prévenu(e) par email si des compléments sont nécessaires.',
        `Le récapitulatif de la demande (PDF), avec les empreintes des pièces déposées, est à télécharger depuis sa page ou à cette adresse : ${ctx.publicUrl}/api/demandes/${encodeURIComponent(v.id)}/recepisse.pdf`,
      ],
      { libelle: 'Voir ma demande', url: `${ctx.publicUrl}/demandes/${encodeURIComponent(v.id)}/envoyee` },
    ),
  /** The acknowledgement of a reimbursement claim (issue 7): its number, the dossier, the amount, where to follow it. */
  accuseReceptionRemboursement: (ctx: Contexte, to: string, v: { numero: string; dossier: string; dispositif: string; montant: string; derniereDemande: boolean }) =>
    composer(ctx, to, `Accusé de réception de votre demande de remboursement n° ${v.numero}`, [
      'Bonjour,',
      `Votre demande de remboursement de ${v.montant} sur le dossier « ${v.dispositif} » n° ${v.dossier} a bien été reçue. Elle est enregistrée sous le numéro ${v.numero} : rappelez-le dans vos échanges avec nous.`,
      ...(v.derniereDemande ? ['Vous avez indiqué qu’il s’agit de la dernière demande de remboursement pour ce dossier.'] : []),
      'Nos équipes vont vérifier la facture, le certificat de réalisation et les justificatifs ; vous suivrez son avancement dans « Mes remboursements ».',
    ], { libelle: 'Mes remboursements', url: `${ctx.publicUrl}/mes-remboursements/a-venir` }),
  /** Examination (issue 8): a gestionnaire has started examining the request. */
  instructionCommencee: (ctx: Contexte, to: string, v: { numero: string; dispositif: string }) =>
    composer(ctx, to, `Votre demande n° ${v.numero} est en cours de traitement`, [
      'Bonjour,',
      `Un gestionnaire de l’${ctx.opco} examine votre demande de financement « ${v.dispositif} » n° ${v.numero}.`,
      'Vous serez prévenu(e) par email de la décision, ou si des compléments sont nécessaires.',
    ], { libelle: 'Mes financements', url: `${ctx.publicUrl}/mes-financements/en-cours` }),
  /** Examination: pieces or fields to complete; the legal clock waits for them. */
  complementsDemandes: (ctx: Contexte, to: string, v: { numero: string; dispositif: string; pieces: string[]; champs: string[]; message: string }) =>
    composer(ctx, to, `Des compléments sont nécessaires pour votre demande n° ${v.numero}`, [
      'Bonjour,',
      `L’examen de votre demande de financement « ${v.dispositif} » n° ${v.numero} est suspendu : il nous manque des éléments.`,
      ...(v.pieces.length ? [`Pièces à fournir : ${v.pieces.join(' ; ')}.`] : []),
      ...(v.champs.length ? [`Informations à compléter ou corriger : ${v.champs.join(' ; ')}.`] : []),
      `Message du gestionnaire : ${v.message}`,
      'L’examen reprendra dès réception des compléments ; pour un contrat en alternance, le délai de décision de 20 jours court à partir du dossier complet.',
    ], { libelle: 'Mes financements', url: `${ctx.publicUrl}/mes-financements/en-cours` }),
  /** Examination: the funding is agreed, by a gestionnaire or by the OPCO's silence (contrat pro, Pro-A). */
  demandeAcceptee: (ctx: Contexte, to: string, v: { numero: string; dispositif: string; montant: string; motif: string | null; automatique: boolean }) =>
    composer(ctx, to, `Votre demande n° ${v.numero} est prise en charge`, [
      'Bonjour,',
      `Votre demande de financement « ${v.dispositif} » n° ${v.numero} est prise en charge par l’${ctx.opco} pour un montant de ${v.montant}.`,
      ...(v.motif ? [v.automatique ? v.motif : `Précision du gestionnaire : ${v.motif}`] : []),
      'Le montant engagé et l’échéancier des versements figurent sur la demande dans « Mes financements ».',
    ], { libelle: 'Mes financements', url: `${ctx.publicUrl}/mes-financements/en-cours` }),
  /** Examination: the request is refused, always with its reason (or the silence rule for apprenticeship). */
  demandeRefusee: (ctx: Contexte, to: string, v: { numero: string; dispositif: string; motif: string }) =>
    composer(ctx, to, `Votre demande n° ${v.numero} est refusée`, [
      'Bonjour,',
      `Votre demande de financement « ${v.dispositif} » n° ${v.numero} n’est pas prise en charge par l’${ctx.opco}.`,
      `Motif : ${v.motif}`,
      'Pour toute question, utilisez « Besoin d’aide ? » puis « Contacter l’assistance » en rappelant le numéro de dossier.',
    ], { libelle: 'Mes financements', url: `${ctx.publicUrl}/mes-financements/archive` }),
  /** Examination: the OPCO cancels the request. */
  demandeAnnulee: (ctx: Contexte, to: string, v: { numero: string; dispositif: string; motif: string }) =>
    composer(ctx, to, `Votre demande n° ${v.numero} est annulée`, [
      'Bonjour,',
      `L’${ctx.opco} a annulé votre demande de financement « ${v.dispositif} » n° ${v.numero}.`,
      `Motif : ${v.motif}`,
    ], { libelle: 'Mes financements', url: `${ctx.publicUrl}/mes-financements/archive` }),
  /** Examination: the rupture of an apprenticeship contract is recorded; the funding is prorated. */
  ruptureEnregistree: (ctx: Contexte, to: string, v: { numero: string; dispositif: string; date: string; motif: string; montant: string }) =>
    composer(ctx, to, `Demande n° ${v.numero} : rupture du contrat enregistrée`, [
      'Bonjour,',
      `L’${ctx.opco} a enregistré la rupture du « ${v.dispositif} » n° ${v.numero} au ${v.date}.`,
      `Cause : ${v.motif}`,
      `La prise en charge est recalculée jusqu’à cette date : le montant engagé est désormais de ${v.montant}.`,
    ], { libelle: 'Mes financements', url: `${ctx.publicUrl}/mes-financements/en-cours` }),
  /** Dossier page (issue 7): the employer sent the complements back; to the assigned gestionnaire. */
  complementsRecus: (ctx: Contexte, to: string, v: { numero: string; dispositif: string; raisonSociale: string }) =>
    composer(ctx, to, `Compléments reçus pour la demande n° ${v.numero}`, [
      'Bonjour,',
      `${v.raisonSociale} a envoyé les compléments demandés pour la demande « ${v.dispositif} » n° ${v.numero}. Le dossier est de nouveau complet : le délai de décision repart de ce jour.`,
    ], { libelle: 'Examiner la demande', url: `${ctx.publicUrl}/opco/demandes/${encodeURIComponent(v.numero)}` }),
  /** Dossier page: confirmation to the employer that the complements were sent. */
  complementsEnvoyes: (ctx: Contexte, to: string, v: { id: string; numero: string; dispositif: string }) =>
    composer(ctx, to, `Vos compléments pour la demande n° ${v.numero} sont envoyés`, [
      'Bonjour,',
      `Les compléments de votre demande de financement « ${v.dispositif} » n° ${v.numero} ont bien été transmis à l’${ctx.opco}. L’examen reprend ; pour un contrat en alternance, le délai de décision de 20 jours court à partir d’aujourd’hui.`,
    ], { libelle: 'Voir ma demande', url: `${ctx.publicUrl}/demandes/${encodeURIComponent(v.id)}` }),
  /** Dossier page: the employer withdrew the request; to the employer (confirmation) or to the gestionnaire. */
  demandeAnnuleeParLEntreprise: (ctx: Contexte, to: string, v: { id: string; numero: string; dispositif: string; motif: string; pourOpco: boolean }) =>
    composer(ctx, to, `La demande n° ${v.numero} est annulée`, [
      'Bonjour,',
      v.pourOpco
        ? `L’entreprise a annulé sa demande de financement « ${v.dispositif} » n° ${v.numero}.`
        : `Votre demande de financement « ${v.dispositif} » n° ${v.numero} est annulée, comme vous l’avez demandé.`,
      `Motif : ${v.motif}`,
    ], v.pourOpco ? { libelle: 'Voir la demande', url: `${ctx.publicUrl}/opco/demandes/${encodeURIComponent(v.numero)}` } : { libelle: 'Voir ma demande', url: `${ctx.publicUrl}/demandes/${encodeURIComponent(v.id)}` }),
  /** RGPD: a draft left untouched for 10 (then 11) months; deleted after the second reminder unless saved. */
  relanceBrouillon: (ctx: Contexte, to: string, v: { id: string; dispositif: string; beneficiaire: string | null; relance: 1 | 2; modifieLe: string; suppressionLe: string }) =>
    composer(ctx, to, v.relance === 1 ? 'Votre brouillon de demande de financement sera bientôt supprimé' : 'Dernier rappel : votre brouillon de demande de financement va être supprimé', [
      'Bonjour,',
      `Votre brouillon de demande de financement « ${v.dispositif} »${v.beneficiaire ? ` (${v.beneficiaire})` : ''} n’a pas été modifié depuis le ${v.modifieLe}.`,
      `Pour protéger les données personnelles qu’il contient, un brouillon inactif depuis 12 mois est supprimé : celui-ci le sera à partir du ${v.suppressionLe}${v.relance === 2 ? ' (dernier rappel)' : ''}.`,
      'Pour le garder, ouvrez-le et enregistrez-le : le délai repart de zéro. Sinon, vous n’avez rien à faire.',
    ], { libelle: 'Reprendre mon brouillon', url: `${ctx.publicUrl}/demandes/${encodeURIComponent(v.id)}/modifier` }),
  /** Dossier page: a new message in the dossier's thread, to the other side. */
  messageDossier: (ctx: Contexte, to: string, v: { id: string; numero: string; extrait: string; pourOpco: boolean }) =>
    composer(ctx, to, `Nouveau message sur la demande n° ${v.numero}`, [
      'Bonjour,',
      v.pourOpco ? `L’entreprise a écrit sur la demande n° ${v.numero} :` : `L’${ctx.opco} vous a écrit au sujet de votre demande n° ${v.numero} :`,
      v.extrait,
    ], v.pourOpco ? { libelle: 'Lire et répondre', url: `${ctx.publicUrl}/opco/demandes/${encodeURIComponent(v.numero)}` } : { libelle: 'Lire et répondre', url: `${ctx.publicUrl}/demandes/${encodeURIComponent(v.id)}` }),
};
