import { estDateIso, formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import { FORMULAIRES } from '@mse/shared/demande/formulaire/formulaires';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database';
import { Introuvable } from '../../errors';
import { envoyerEnTelechargement } from '../../fichiers/telechargement';
import { horodatageEnFrance } from '../demandes/horodatage';
import { nouveauDocument } from '../demandes/redaction-pdf';
import { aUneLettreDeDecision, presenterEngagement } from './dossier.presenter';
import { historiqueDuDossier, type SuiviDemande } from './dossier.repository';

export const PAS_DE_DECISION = 'La lettre de décision est disponible une fois la demande acceptée ou refusée.';

/**
 * The decision letter of an accepted or refused request, drawn again from the stored decision on each
 * download (like the receipt): the committed amount with its explanation and schedule, or the reason
 * of the refusal; whether a person or the automatic rules decided. The amount is also in the document's
 * subject, so that it can be read without opening the pages.
 */
export async function genererLettreDecision(db: Db, d: SuiviDemande, opco: string): Promise<Uint8Array> {
  const historique = await historiqueDuDossier(db, d.id);
  const decision = historique.findLast((h) => h.action === 'accepter' || h.action === 'refuser');
  const accepte = d.statut !== 'refuse';
  const le = d.decideLe ?? decision?.creeLe ?? d.envoyeLe ?? new Date(0);
  const definition = FORMULAIRES[d.dispositif];
  const engagement = accepte ? presenterEngagement(d, historique) : null;
  const sujet = accepte && engagement ? `Prise en charge accordée — montant engagé ${formaterEuros(engagement.montantEngageCentimes)}` : 'Prise en charge refusée';
  const { doc, redaction } = await nouveauDocument({ titre: `Lettre de décision — demande n° ${d.numero}`, sujet: `${sujet} — ${definition.titre} — ${d.raisonSociale}`, auteur: opco, le });

  const resume = definition.resume(d.donnees);
  redaction.texte(`${opco} — Mes services en ligne`, { taille: 8.5 });
  redaction.espace(6);
  redaction.texte('Lettre de décision', { gras: true, taille: 16 });
  redaction.texte(`Dossier n° ${d.numero} — ${definition.titre}`, { gras: true, taille: 12 });
  redaction.texte(`Décision du ${horodatageEnFrance(le)} (heure de Paris)`);
  redaction.texte(`Établissement : ${d.raisonSociale}, SIRET ${formaterSiret(d.siret)}, ${d.ville}`);
  if (resume.beneficiaire) redaction.texte(`Bénéficiaire : ${resume.beneficiaire}`);
  if (resume.intituleFormation) redaction.texte(`Formation : ${resume.intituleFormation}${resume.organisme ? ` (${resume.organisme})` : ''}`);
  if (resume.dateDebut && resume.dateFin && estDateIso(resume.dateDebut) && estDateIso(resume.dateFin)) redaction.texte(`Du ${formaterDate(resume.dateDebut)} au ${formaterDate(resume.dateFin)}`);

  redaction.titre('Décision');
  const automatique = d.decisionAutomatique || decision?.acteur === 'automatique';
  if (accepte && engagement) {
    redaction.texte(`L’${opco} accepte la prise en charge de votre demande pour un montant engagé de ${formaterEuros(engagement.montantEngageCentimes)}.`, { gras: true });
    redaction.texte(engagement.explication);
    if (engagement.motif) redaction.texte(`Précision : ${engagement.motif}`);
    redaction.titre('Échéancier des versements');
    if (!engagement.echeancier.length) redaction.texte('Les versements sont faits sur justificatifs (factures, certificat de réalisation) demandés depuis « Demander un remboursement », dans la limite du montant engagé.', { retrait: 10 });
    for (const e of engagement.echeancier) {
      const date = e.date && estDateIso(e.date) ? formaterDate(e.date) : e.date;
      redaction.champ(e.libelle, [date, e.montantCentimes !== null ? formaterEuros(e.montantCentimes) : null].filter(Boolean).join(' — ') || '—');
    }
  } else {
    redaction.texte(`L’${opco} n’accepte pas la prise en charge de votre demande.`, { gras: true });
    redaction.texte(`Motif : ${decision?.motif ?? 'non précisé'}`);
    redaction.texte('Pour toute question, utilisez « Besoin d’aide ? » puis « Contacter l’assistance » en rappelant le numéro de dossier.');
  }
  redaction.espace(8);
  redaction.texte(automatique ? 'Décision prise automatiquement par les règles de l’OPCO (contrôles réussis, ou silence valant décision au terme du délai légal).' : `Décision prise par un gestionnaire de l’${opco}.`, { taille: 8.5 });
  return doc.save();
}

/** The letter as a download; 404 before any decision. */
export async function envoyerLettreDecision(reply: FastifyReply, db: Db, d: SuiviDemande | undefined, opco: string, introuvable: () => Error) {
  if (!d) throw introuvable();
  if (!aUneLettreDeDecision(d)) throw new Introuvable(PAS_DE_DECISION);
  const pdf = await genererLettreDecision(db, d, opco);
  return envoyerEnTelechargement(reply, { nom: `lettre-decision-${d.numero}.pdf`, type: 'application/pdf' }, Buffer.from(pdf));
}
