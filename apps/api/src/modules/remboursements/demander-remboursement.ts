import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { MESSAGE_FICHIER_INFECTE, TAILLE_MAX_PIECE_DEMANDE } from '@mse/shared/demande/piece-demande';
import { transition } from '@mse/shared/demande/statut';
import { DemandeRemboursementSchema, NATURES_PAR_DISPOSITIF, type DemandeRemboursement, type TypePieceRemboursement } from '@mse/shared/remboursement/demande-remboursement.schema';
import type { RemboursementCree } from '@mse/shared/remboursement/liste.schema';
import { consommationDuDossier, dateLimiteDeDemande, heuresConvenues, resteARembourser, verifierDemandeRemboursement } from '@mse/shared/remboursement/regles';
import type { ContexteRemboursement } from '@mse/shared/remboursement/demande-remboursement.schema';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { audit, demandes, historiqueDemandes } from '../../db/schema';
import { piecesRemboursements, remboursements } from '../../db/schema-suivi';
import { transaction, type Tx } from '../../db/transaction';
import { DonneesInvalides, Introuvable, TransitionRefusee, type ChampEnErreur } from '../../errors';
import { exigerFichierSain } from '../../fichiers/antivirus';
import { stockageDe, stockerFichier, supprimerFichier, verifierFichier, type FichierStocke, type FichierVerifie } from '../../fichiers/stockage';
import { envoyerModele } from '../../mail/envoyer';
import { exigerDemandeurDeFinancement, peutDemanderUnFinancement, peutDemanderUnRemboursement, STATUTS_REMBOURSABLES } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import type { Contexte } from '../identite/contexte';
import { dateDuJour } from '../referentiel/date-du-jour';
import type { FormulaireRemboursement } from './formulaire-remboursement';
import { prochainNumeroRemboursement } from './numero-remboursement';
import { dossierPourRemboursement, remboursementParCle, remboursementsDuDossier, type DossierRemboursement } from './remboursements.repository';

export const DOSSIER_INTROUVABLE = 'Ce dossier n’existe pas ou ne vous est pas accessible.';
const STATUT_NON_REMBOURSABLE = 'Un remboursement se demande sur un dossier « Pris en charge » ou « Facturation en cours ».';

/** Why the person cannot claim on this dossier now; null when it can. */
function motifImpossible(employeur: Employeur, dossier: DossierRemboursement, aujourdhui: string): string | null {
  if (!peutDemanderUnFinancement(employeur)) return 'Votre accès est en lecture seule : le propriétaire du compte ou un collaborateur peut demander le remboursement.';
  if (!peutDemanderUnRemboursement(employeur, dossier)) return STATUT_NON_REMBOURSABLE;
  if (dossier.montantEngageCentimes === null) return 'Aucun montant n’est engagé sur ce dossier : il n’y a rien à rembourser.';
  if (dossier.dateFin && aujourdhui > dateLimiteDeDemande(dossier.dateFin)) return 'Le délai pour demander un remboursement sur ce dossier est dépassé (forclusion).';
  return null;
}

/** What the claim form shows: the commitment, what the other claims take, what remains, the hours agreed, the deadline. */
export async function contexteRemboursement(db: Db, employeur: Employeur, demandeId: string, now: Date): Promise<ContexteRemboursement> {
  const dossier = await dossierPourRemboursement(db, employeur, demandeId);
  if (!dossier || !dossier.numero) throw new Introuvable(DOSSIER_INTROUVABLE);
  const existants = await remboursementsDuDossier(db, dossier.id);
  const { enCoursCentimes, payeCentimes } = consommationDuDossier(existants);
  const motif = motifImpossible(employeur, dossier, dateDuJour(now));
  return {
    demande: {
      id: dossier.id, numero: dossier.numero, dispositif: dossier.dispositif, statut: dossier.statut, beneficiaire: dossier.beneficiaire,
      intituleFormation: dossier.intituleFormation, dateDebut: dossier.dateDebut, dateFin: dossier.dateFin,
    },
    montantEngageCentimes: dossier.montantEngageCentimes,
    enCoursCentimes,
    payeCentimes,
    resteCentimes: resteARembourser(dossier.montantEngageCentimes, existants),
    heuresConvenues: heuresConvenues(dossier.dispositif, dossier.donnees),
    dateLimite: dossier.dateFin ? dateLimiteDeDemande(dossier.dateFin) : null,
    natures: [...NATURES_PAR_DISPOSITIF[dossier.dispositif]],
    peutDemander: motif === null,
    motifImpossible: motif,
  };
}

function lireDonnees(texte: string | undefined): DemandeRemboursement {
  let brut: unknown;
  try {
    brut = texte === undefined ? undefined : JSON.parse(texte);
  } catch {
    throw new DonneesInvalides([{ chemin: 'donnees', message: 'Le contenu de la demande est illisible : rechargez la page puis réessayez.' }]);
  }
  if (brut === undefined) throw new DonneesInvalides([{ chemin: 'donnees', message: 'Le contenu de la demande manque : rechargez la page puis réessayez.' }]);
  const r = DemandeRemboursementSchema.safeParse(brut);
  if (!r.success) throw new DonneesInvalides(r.error.issues.map((i) => ({ chemin: i.path.join('.') || 'donnees', message: i.message })));
  return r.data;
}

type PieceVerifiee = { type: TypePieceRemboursement; fichier: FichierVerifie };

/** Each file a real PDF/JPEG/PNG, whole, at most 20 Mo; a bad one is named on its field. */
async function verifierFichiers(formulaire: FormulaireRemboursement): Promise<{ pieces: PieceVerifiee[]; champs: ChampEnErreur[] }> {
  const pieces: PieceVerifiee[] = [];
  const champs: ChampEnErreur[] = [];
  for (const { type, fichier } of formulaire.fichiers) {
    const v = await verifierFichier(fichier, TAILLE_MAX_PIECE_DEMANDE);
    if ('erreur' in v) champs.push({ chemin: type, message: `${fichier.nom} : ${v.erreur}` });
    else pieces.push({ type, fichier: v });
  }
  return { pieces, champs };
}

/** Scanned before they touch the disk (fichiers/antivirus.ts). */
async function exigerFichiersSains(ctx: Contexte, pieces: PieceVerifiee[]): Promise<void> {
  for (const p of pieces) await exigerFichierSain(ctx.config.clamd, p.fichier.octets, p.type, `${p.fichier.nom} : ${MESSAGE_FICHIER_INFECTE}`);
}

const comptePieces = (pieces: { type: TypePieceRemboursement }[]) => {
  const n: Partial<Record<TypePieceRemboursement, number>> = {};
  for (const p of pieces) n[p.type] = (n[p.type] ?? 0) + 1;
  return n;
};

async function verifierSurLeDossier(db: Db, dossier: DossierRemboursement, d: DemandeRemboursement, pieces: { type: TypePieceRemboursement }[], now: Date) {
  const existants = await remboursementsDuDossier(db, dossier.id);
  return verifierDemandeRemboursement(d, {
    dispositif: dossier.dispositif,
    montantEngageCentimes: dossier.montantEngageCentimes,
    resteCentimes: resteARembourser(dossier.montantEngageCentimes, existants),
    heuresConvenues: heuresConvenues(dossier.dispositif, dossier.donnees),
    dateFin: dossier.dateFin,
    aujourdhui: dateDuJour(now),
    pieces: comptePieces(pieces),
  });
}

function exigerPeutDemander(employeur: Employeur, dossier: DossierRemboursement | undefined): asserts dossier is DossierRemboursement {
  if (!dossier || !dossier.numero) throw new Introuvable(DOSSIER_INTROUVABLE);
  if (!peutDemanderUnRemboursement(employeur, dossier)) {
    exigerDemandeurDeFinancement(employeur);
    throw new TransitionRefusee('statut_non_remboursable', STATUT_NON_REMBOURSABLE);
  }
}

/** The same claim sent again answers the first one, if it is this account's on this dossier; another's key is a conflict of nothing: 404. */
async function dejaEnregistre(db: Db, employeur: Employeur, demandeId: string, cle: string): Promise<RemboursementCree | null> {
  const existant = await remboursementParCle(db, cle);
  if (!existant) return null;
  if (existant.compteId !== employeur.compteId || existant.demandeId !== demandeId) throw new Introuvable(DOSSIER_INTROUVABLE);
  const [d] = await db.select({ statut: demandes.statut }).from(demandes).where(eq(demandes.id, demandeId));
  return { id: existant.id, numero: existant.numero, alertes: existant.alertes, demandeStatut: d!.statut };
}

/**
 * « Demander un remboursement »: checked against the commitment and the deadline (shared rules), the
 * files checked and scanned, then in one transaction on the locked dossier — checked again, so that two
 * claims sent together cannot both take what remains —: its RB number, its row and pieces, the first
 * claim moving the dossier to « Facturation en cours » with its history row, the audit row and the
 * acknowledgement e-mail. Files are written before the rows and removed again if the rows are not.
 */
export async function demanderRemboursement(ctx: Contexte, employeur: Employeur, demandeId: string, formulaire: FormulaireRemboursement): Promise<{ cree: boolean; remboursement: RemboursementCree }> {
  const { db } = ctx.database;
  const dossier = await dossierPourRemboursement(db, employeur, demandeId);
  exigerPeutDemander(employeur, dossier);
  const d = lireDonnees(formulaire.donnees);
  const deja = await dejaEnregistre(db, employeur, dossier.id, d.cleIdempotence);
  if (deja) return { cree: false, remboursement: deja };

  const { pieces, champs: champsFichiers } = await verifierFichiers(formulaire);
  const verification = await verifierSurLeDossier(db, dossier, d, pieces, ctx.now);
  const champs = [...verification.champs, ...champsFichiers];
  if (champs.length) throw new DonneesInvalides(champs);
  await exigerFichiersSains(ctx, pieces);

  const stockage = stockageDe(ctx.config);
  const stockes: { type: TypePieceRemboursement; stocke: FichierStocke }[] = [];
  try {
    for (const p of pieces) stockes.push({ type: p.type, stocke: await stockerFichier(stockage, 'demandes', p.fichier, ctx.now) });
    const remboursement = await enregistrer(ctx, employeur, demandeId, d, stockes);
    if (!remboursement.cree) for (const s of stockes) await supprimerFichier(stockage, s.stocke.cle);
    return remboursement;
  } catch (erreur) {
    for (const s of stockes) await supprimerFichier(stockage, s.stocke.cle);
    throw erreur;
  }
}

async function enregistrer(ctx: Contexte, employeur: Employeur, demandeId: string, d: DemandeRemboursement, stockes: { type: TypePieceRemboursement; stocke: FichierStocke }[]) {
  return transaction(ctx.database, ctx.boss, async (tx) => {
    const dossier = await dossierPourRemboursement(tx.db, employeur, demandeId, true);
    exigerPeutDemander(employeur, dossier);
    // A retry that arrived while the first was being written waits on the lock, then finds it.
    const deja = await dejaEnregistre(tx.db, employeur, dossier.id, d.cleIdempotence);
    if (deja) return { cree: false, remboursement: deja };
    const verification = await verifierSurLeDossier(tx.db, dossier, d, stockes, ctx.now);
    if (verification.champs.length) throw new DonneesInvalides(verification.champs);

    const numero = await prochainNumeroRemboursement(tx.db, Number(dateDuJour(ctx.now).slice(0, 4)));
    const [r] = await tx.db
      .insert(remboursements)
      .values({
        numero, demandeId: dossier.id, compteId: dossier.compteId, etablissementId: dossier.etablissementId, dispositif: dossier.dispositif, beneficiaire: dossier.beneficiaire,
        donnees: { montants: d.montants, stagiaires: d.stagiaires, derniereDemande: d.derniereDemande, commentaire: d.commentaire ?? null },
        alertes: verification.alertes, montantDemandeCentimes: verification.totalCentimes, demandePar: employeur.id, cleIdempotence: d.cleIdempotence, creeLe: ctx.now, modifieLe: ctx.now,
      })
      .returning({ id: remboursements.id });
    if (stockes.length) {
      await tx.db.insert(piecesRemboursements).values(
        stockes.map(({ type, stocke }) => ({ remboursementId: r!.id, type, nomFichier: stocke.nom, typeMime: stocke.type, taille: stocke.taille, sha256: stocke.sha256, cle: stocke.cle, deposePar: employeur.id, deposeLe: ctx.now })),
      );
    }
    const statut = await passerEnFacturation(tx, ctx, employeur, dossier, numero);
    await tx.db.insert(audit).values({
      evenement: 'remboursement_demande', utilisateurId: employeur.id, ip: ctx.ip,
      details: { remboursementId: r!.id, numero, demandeId: dossier.id, dossier: dossier.numero, montantDemandeCentimes: verification.totalCentimes, alertes: verification.alertes.map((a) => a.code), pieces: stockes.map((s) => ({ type: s.type, sha256: s.stocke.sha256 })) },
    });
    await envoyerModele(tx, ctx.config, 'accuseReceptionRemboursement', employeur.email, {
      numero, dossier: dossier.numero!, dispositif: FORMULAIRES[dossier.dispositif].titre, montant: formaterEuros(verification.totalCentimes), derniereDemande: d.derniereDemande,
    });
    return { cree: true, remboursement: { id: r!.id, numero, alertes: verification.alertes, demandeStatut: statut } };
  });
}

/**
 * The first claim on a dossier « Pris en charge » declares the training done: « Facturation en cours »,
 * with its history row (acteur entreprise) and audit row, as envoyer-demande.ts writes the employer's
 * own changes (instruction/changement-de-statut.ts writes the OPCO's and the timer's).
 */
async function passerEnFacturation(tx: Tx, ctx: Contexte, employeur: Employeur, dossier: DossierRemboursement, numero: string) {
  if (dossier.statut !== 'pris_en_charge') return dossier.statut;
  const t = transition(dossier.statut, 'declarerRealisation');
  if (!t.ok || !STATUTS_REMBOURSABLES.includes(t.statut)) throw new TransitionRefusee(t.ok ? 'statut_non_remboursable' : t.code, t.ok ? STATUT_NON_REMBOURSABLE : t.message);
  await tx.db.update(demandes).set({ statut: t.statut, modifieLe: ctx.now }).where(eq(demandes.id, dossier.id));
  await tx.db.insert(historiqueDemandes).values({
    demandeId: dossier.id, action: 'declarerRealisation', de: dossier.statut, vers: t.statut, acteur: 'entreprise', utilisateurId: employeur.id, details: { remboursement: numero }, creeLe: ctx.now,
  });
  await tx.db.insert(audit).values({ evenement: 'demande_declarerRealisation', utilisateurId: employeur.id, ip: ctx.ip, details: { demandeId: dossier.id, numero: dossier.numero, de: dossier.statut, vers: t.statut, remboursement: numero } });
  return t.statut;
}
