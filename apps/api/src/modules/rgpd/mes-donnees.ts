import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { libelleHistorique } from '@mse/shared/instruction/historique';
import type { MesDonnees } from '@mse/shared/rgpd/mes-donnees.schema';
import { audit, comptes, demandes, emails, etablissements, historiqueDemandes, sessions, utilisateurs } from '../../db/schema';
import { demandesAssistance, messagesAssistance, piecesJointesAssistance } from '../../db/schema-aide';
import { piecesDemandes } from '../../db/schema-demandes';
import { messagesDemandes, piecesJointesMessagesDemandes, piecesRemboursements, remboursements } from '../../db/schema-suivi';
import { demandeAssistanceVisiblePar } from '../../policies/aide';
import { demandeVisiblePar } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { etablissementVisiblePar } from '../../policies/etablissements';
import { remboursementVisiblePar } from '../../policies/remboursements';
import type { Contexte } from '../identite/contexte';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const QUI = { entreprise: 'Vous', opco: 'Opco', automatique: 'Automatique' } as const;

function grouper<T extends Record<K, string>, K extends keyof T>(lignes: T[], cle: K): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const l of lignes) m.set(l[cle], [...(m.get(l[cle]) ?? []), l]);
  return m;
}

/**
 * « Télécharger mes données »: the person, their account, and what they may see of it (the same
 * predicates as every page: policies/), gathered in one JSON document. Never the password hash, the
 * second-factor secret, session tokens or e-mail bodies (they hold single-use links). Audited.
 */
export async function mesDonnees(ctx: Contexte, employeur: Employeur): Promise<MesDonnees> {
  const { db } = ctx.database;
  const [personne] = await db.select().from(utilisateurs).where(eq(utilisateurs.id, employeur.id));
  const [compte] = await db.select().from(comptes).where(eq(comptes.id, employeur.compteId));
  const collegues = employeur.role === 'proprietaire'
    ? await db.select({ prenom: utilisateurs.prenom, nom: utilisateurs.nom, email: utilisateurs.email, role: utilisateurs.role }).from(utilisateurs).where(and(eq(utilisateurs.compteId, employeur.compteId), ne(utilisateurs.id, employeur.id))).orderBy(asc(utilisateurs.nom))
    : [];
  const sites = await db
    .select({
      id: etablissements.id, siret: etablissements.siret, raisonSociale: etablissements.raisonSociale, adresse: etablissements.adresse, codePostal: etablissements.codePostal,
      ville: etablissements.ville, naf: etablissements.naf, idcc: etablissements.idcc, effectifEntreprise: etablissements.effectifEntreprise,
      dateAdhesion: etablissements.dateAdhesion, numeroAdherent: etablissements.numeroAdherent,
    })
    .from(etablissements)
    .where(etablissementVisiblePar(employeur))
    .orderBy(asc(etablissements.siret));
  const siretDe = new Map(sites.map((s) => [s.id, s.siret]));

  const lesDemandes = await db.select().from(demandes).where(demandeVisiblePar(employeur)).orderBy(asc(demandes.creeLe), asc(demandes.id));
  const ids = lesDemandes.map((d) => d.id);
  const dans = <T>(f: () => Promise<T[]>) => (ids.length ? f() : Promise.resolve([] as T[]));
  const pieces = await dans(() => db.select().from(piecesDemandes).where(inArray(piecesDemandes.demandeId, ids)).orderBy(asc(piecesDemandes.deposeLe)));
  const historique = await dans(() => db.select().from(historiqueDemandes).where(inArray(historiqueDemandes.demandeId, ids)).orderBy(asc(historiqueDemandes.creeLe), asc(historiqueDemandes.id)));
  const messages = await dans(() => db.select().from(messagesDemandes).where(inArray(messagesDemandes.demandeId, ids)).orderBy(asc(messagesDemandes.creeLe)));
  const jointes = messages.length
    ? await db.select().from(piecesJointesMessagesDemandes).where(inArray(piecesJointesMessagesDemandes.messageId, messages.map((m) => m.id)))
    : [];
  const piecesDe = grouper(pieces, 'demandeId');
  const historiqueDe = grouper(historique, 'demandeId');
  const messagesDe = grouper(messages, 'demandeId');
  const jointesDe = grouper(jointes, 'messageId');
  const fichier = (p: { nomFichier: string; typeMime: string; taille: number; sha256: string }) => ({ nomFichier: p.nomFichier, typeMime: p.typeMime, taille: p.taille, sha256: p.sha256 });

  const lesRemboursements = await db.select().from(remboursements).where(remboursementVisiblePar(employeur)).orderBy(asc(remboursements.creeLe));
  const justificatifs = lesRemboursements.length
    ? await db.select().from(piecesRemboursements).where(inArray(piecesRemboursements.remboursementId, lesRemboursements.map((r) => r.id)))
    : [];
  const justificatifsDe = grouper(justificatifs, 'remboursementId');
  const numeroDe = new Map(lesDemandes.map((d) => [d.id, d.numero]));

  const assistance = await db.select().from(demandesAssistance).where(demandeAssistanceVisiblePar(employeur)).orderBy(asc(demandesAssistance.creeLe));
  const filsAssistance = assistance.length ? await db.select().from(messagesAssistance).where(inArray(messagesAssistance.demandeAssistanceId, assistance.map((a) => a.id))).orderBy(asc(messagesAssistance.creeLe)) : [];
  const jointesAssistance = filsAssistance.length ? await db.select().from(piecesJointesAssistance).where(inArray(piecesJointesAssistance.messageId, filsAssistance.map((m) => m.id))) : [];
  const filDe = grouper(filsAssistance, 'demandeAssistanceId');
  const jointesAssistanceDe = grouper(jointesAssistance, 'messageId');

  const mesSessions = await db.select({ ip: sessions.ip, userAgent: sessions.userAgent, seSouvenir: sessions.seSouvenir, creeLe: sessions.creeLe, vuLe: sessions.vuLe, expireLe: sessions.expireLe })
    .from(sessions).where(and(eq(sessions.utilisateurId, employeur.id), gt(sessions.expireLe, ctx.now))).orderBy(asc(sessions.creeLe));
  const mesEmails = await db.select({ sujet: emails.sujet, statut: emails.statut, creeLe: emails.creeLe, envoyeLe: emails.envoyeLe })
    .from(emails).where(sql`lower(${emails.destinataire}) = lower(${personne!.email})`).orderBy(asc(emails.creeLe));

  const donnees: MesDonnees = {
    format: 'mes-services-en-ligne/mes-donnees@1',
    genereLe: ctx.now.toISOString(),
    opco: ctx.config.opco.nom,
    personne: {
      civilite: personne!.civilite, prenom: personne!.prenom, nom: personne!.nom, fonction: personne!.fonction, telephone: personne!.telephone, email: personne!.email,
      role: personne!.role, emailConfirmeLe: iso(personne!.emailConfirmeLe), doubleAuthentification: !!personne!.totpSecret, compteMigre: personne!.migre,
      etablissementCourant: personne!.etablissementCourantId ? (siretDe.get(personne!.etablissementCourantId) ?? null) : null,
      creeLe: iso(personne!.creeLe), modifieLe: iso(personne!.modifieLe),
    },
    compte: { id: compte!.id, creeLe: compte!.creeLe.toISOString(), role: employeur.role, collegues },
    etablissements: sites.map(({ id: _id, ...s }) => s),
    demandes: lesDemandes.map((d) => ({
      id: d.id, numero: d.numero, dispositif: d.dispositif, statut: d.statut, etablissement: siretDe.get(d.etablissementId) ?? null,
      beneficiaire: d.beneficiaire, intituleFormation: d.intituleFormation, organisme: d.organisme, dateDebut: d.dateDebut, dateFin: d.dateFin,
      montantEstimeCentimes: d.montantEstimeCentimes, montantEngageCentimes: d.montantEngageCentimes, echeancier: d.echeancier, ruptureLe: d.ruptureLe, motifRupture: d.motifRupture,
      creeLe: iso(d.creeLe), modifieLe: iso(d.modifieLe), envoyeLe: iso(d.envoyeLe), decideLe: iso(d.decideLe),
      contenu: d.donnees,
      pieces: (piecesDe.get(d.id) ?? []).map((p) => ({ type: p.type, ...fichier(p), deposeLe: iso(p.deposeLe) })),
      historique: (historiqueDe.get(d.id) ?? []).map((h) => ({ le: iso(h.creeLe), action: h.action, libelle: libelleHistorique(h.action), qui: QUI[h.acteur], de: h.de, vers: h.vers, motif: h.motif })),
      messages: (messagesDe.get(d.id) ?? []).map((m) => ({ le: iso(m.creeLe), auteur: m.auteur === 'opco' ? 'Opco' : 'Entreprise', texte: m.texte, piecesJointes: (jointesDe.get(m.id) ?? []).map(fichier) })),
    })),
    remboursements: lesRemboursements.map((r) => ({
      numero: r.numero, dossier: numeroDe.get(r.demandeId) ?? null, dispositif: r.dispositif, beneficiaire: r.beneficiaire, statut: r.statut, contenu: r.donnees,
      montantDemandeCentimes: r.montantDemandeCentimes, montantAccepteCentimes: r.montantAccepteCentimes, montantPayeCentimes: r.montantPayeCentimes, motifRefus: r.motifRefus,
      payeLe: r.payeLe, referencePaiement: r.referencePaiement, creeLe: iso(r.creeLe), modifieLe: iso(r.modifieLe),
      pieces: (justificatifsDe.get(r.id) ?? []).map((p) => ({ type: p.type, ...fichier(p), deposeLe: iso(p.deposeLe) })),
    })),
    demandesAssistance: assistance.map((a) => ({
      numero: a.numero, objet: a.objet, statut: a.statut, numeroDossier: a.numeroDossier, nomContact: a.nomContact, emailContact: a.emailContact, creeLe: iso(a.creeLe), modifieLe: iso(a.modifieLe),
      messages: (filDe.get(a.id) ?? []).map((m) => ({ le: iso(m.creeLe), auteur: m.auteur === 'opco' ? 'Opco' : 'Vous', texte: m.texte, piecesJointes: (jointesAssistanceDe.get(m.id) ?? []).map(fichier) })),
    })),
    sessions: mesSessions.map((s) => ({ ...s, creeLe: iso(s.creeLe), vuLe: iso(s.vuLe), expireLe: iso(s.expireLe) })),
    emails: mesEmails.map((e) => ({ ...e, creeLe: iso(e.creeLe), envoyeLe: iso(e.envoyeLe) })),
  };
  await db.insert(audit).values({
    evenement: 'rgpd_donnees_telechargees', utilisateurId: employeur.id, ip: ctx.ip,
    details: { demandes: donnees.demandes.length, remboursements: donnees.remboursements.length, demandesAssistance: donnees.demandesAssistance.length },
  });
  return donnees;
}
