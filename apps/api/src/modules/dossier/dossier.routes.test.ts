import { formaterEuros } from '@mse/shared/commun/montant';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { utilisateurs } from '../../db/schema';
import { EXE } from '../demandes/demandes.test-helper';
import { BOULANGER, FLEURISTE, formulaireMessage, GESTIONNAIRE, PDF, preparerDossier } from './dossier.test-helper';

const t = await preparerDossier();
const julien = await t.connecter(BOULANGER);
const sophie = await t.connecter(FLEURISTE);
const thomas = await t.connecter(GESTIONNAIRE);
const nadia = await t.connecter('superviseur@opco.test');
const lea = await t.lectureSeule();
const [gestionnaire] = await t.db.select().from(utilisateurs).where(eq(utilisateurs.email, GESTIONNAIRE));

describe('la page d’un dossier envoyé', () => {
  it.each([
    ['envoye', ['annuler', 'dupliquer', 'ecrireMessage']],
    ['en_cours_de_traitement', ['annuler', 'dupliquer', 'ecrireMessage']],
    ['a_completer', ['annuler', 'deposerPiece', 'corrigerChamps', 'envoyerComplements', 'dupliquer', 'ecrireMessage']],
    ['pris_en_charge', ['demanderRemboursement', 'dupliquer', 'ecrireMessage']],
    ['facturation_en_cours', ['demanderRemboursement', 'dupliquer', 'ecrireMessage']],
    ['solde', ['dupliquer', 'ecrireMessage']],
    ['annule', ['dupliquer', 'ecrireMessage']],
    ['refuse', ['dupliquer', 'ecrireMessage']],
  ] as const)('« %s » : les actions permises au propriétaire, aucune pour un collègue en lecture seule', async (statut, attendues) => {
    const d = await t.demande('action_individuelle', statut);
    const res = await julien.get(`/api/demandes/${d.id}/dossier`);
    expect(res.statusCode).toBe(200);
    const dossier = res.json();
    expect(dossier.actionsDossier).toEqual(attendues);
    expect(dossier.demande.numero).toBe(d.numero);
    expect(dossier.historique[0]).toMatchObject({ action: 'soumettre', qui: 'vous', libelle: 'Demande envoyée' });
    expect(dossier.lettreDecision).toBe(['pris_en_charge', 'facturation_en_cours', 'solde', 'refuse'].includes(statut));
    const lecture = await lea.get(`/api/demandes/${d.id}/dossier`);
    expect(lecture.statusCode).toBe(200);
    expect(lecture.json().actionsDossier).toEqual([]);
  });

  it('répond 404 pour la demande d’un autre compte, un brouillon ou un identifiant inconnu, sur chaque route', async () => {
    const d = await t.demande('action_individuelle', 'pris_en_charge');
    for (const url of [`/api/demandes/${d.id}/dossier`, `/api/demandes/${d.id}/messages`, `/api/demandes/${d.id}/lettre-decision.pdf`]) {
      expect((await sophie.get(url)).statusCode).toBe(404);
    }
    expect((await sophie.post(`/api/demandes/${d.id}/annulation`, { motif: 'x' })).statusCode).toBe(404);
    expect((await sophie.post(`/api/demandes/${d.id}/envoyer-complements`)).statusCode).toBe(404);
    expect((await sophie.multipart(`/api/demandes/${d.id}/messages`, formulaireMessage('Bonjour'))).statusCode).toBe(404);
    expect((await julien.get('/api/demandes/pas-un-uuid/dossier')).statusCode).toBe(404);
    expect((await julien.get('/api/demandes/00000000-0000-4000-8000-000000000000/dossier')).statusCode).toBe(404);
    // The back office's routes are hidden from employers.
    expect((await julien.get(`/api/opco/demandes/${d.numero}/messages`)).statusCode).toBe(404);
    expect((await julien.get(`/api/opco/demandes/${d.numero}/lettre-decision.pdf`)).statusCode).toBe(404);
  });

  it('montre le montant engagé avec son explication et les paiements faits', async () => {
    const d = await t.demande('action_individuelle', 'en_cours_de_traitement', { gestionnaireId: gestionnaire!.id });
    const accord = await nadia.post(`/api/opco/demandes/${d.numero}/accepter`, { montantCentimes: 100_000, motif: 'Plafond de la branche' });
    expect(accord.statusCode).toBe(200);
    const dossier = (await julien.get(`/api/demandes/${d.id}/dossier`)).json();
    expect(dossier.engagement).toMatchObject({ montantEngageCentimes: 100_000, motif: 'Plafond de la branche' });
    expect(dossier.engagement.explication).toContain('fixé par le gestionnaire');
    expect(dossier.historique.at(-1)).toMatchObject({ action: 'accepter', qui: 'opco', libelleQui: 'Opco', motif: 'Plafond de la branche' });
    expect(dossier.paiements).toEqual([]);
  });
});

describe('annuler une demande pas encore décidée', () => {
  it('demande un motif (400 sur le champ), annule avec l’historique « vous » et l’email, puis refuse une seconde fois (409)', async () => {
    const d = await t.demande('action_individuelle', 'en_cours_de_traitement', { gestionnaireId: gestionnaire!.id });
    const vide = await julien.post(`/api/demandes/${d.id}/annulation`, { motif: '  ' });
    expect(vide.statusCode).toBe(400);
    expect(JSON.stringify(vide.json())).toContain('Indiquez pourquoi vous annulez la demande.');
    expect((await lea.post(`/api/demandes/${d.id}/annulation`, { motif: 'Formation reportée' })).statusCode).toBe(403);

    const res = await julien.post(`/api/demandes/${d.id}/annulation`, { motif: 'Formation reportée' });
    expect(res.statusCode).toBe(200);
    expect(res.json().demande.statut).toBe('annule');
    expect(res.json().historique.at(-1)).toMatchObject({ action: 'annuler', qui: 'vous', motif: 'Formation reportée', vers: 'annule' });
    expect(await t.emailsA(BOULANGER, `${d.numero} est annulée`)).toHaveLength(1);
    expect(await t.emailsA(GESTIONNAIRE, `${d.numero} est annulée`)).toHaveLength(1);

    const encore = await julien.post(`/api/demandes/${d.id}/annulation`, { motif: 'Formation reportée' });
    expect(encore.statusCode).toBe(409);
  });

  it('refuse d’annuler une demande décidée (409)', async () => {
    const d = await t.demande('action_individuelle', 'pris_en_charge');
    const res = await julien.post(`/api/demandes/${d.id}/annulation`, { motif: 'Plus besoin' });
    expect(res.statusCode).toBe(409);
    expect(res.json().erreur.message).toContain('ne peut plus être annulée');
  });
});

describe('« À compléter » : pièces et informations nommées, puis « Envoyer les compléments »', () => {
  it('suit le parcours jusqu’à « En cours de traitement » et relance le délai légal', async () => {
    const d = await t.demande('action_individuelle', 'en_cours_de_traitement', { gestionnaireId: gestionnaire!.id });
    expect((await t.lire(d.numero!)).dossierCompletLe).not.toBeNull();
    const demande = await thomas.post(`/api/opco/demandes/${d.numero}/demander-complements`, { pieces: ['devis_signe'], champs: ['action.heures'], message: 'Le devis n’est pas signé ; la durée ne correspond pas.' });
    expect(demande.statusCode).toBe(200);
    expect((await t.lire(d.numero!)).dossierCompletLe).toBeNull();

    const dossier = (await julien.get(`/api/demandes/${d.id}/dossier`)).json();
    expect(dossier.complements).toMatchObject({
      message: 'Le devis n’est pas signé ; la durée ne correspond pas.',
      pieces: [{ type: 'devis_signe', libelle: 'Devis signé de l’organisme de formation', fournie: false }],
      champs: [{ chemin: 'action.heures', libelle: expect.stringContaining('Durée') }],
    });

    // Sending back before the piece is given again: refused, with the piece named.
    const tropTot = await julien.post(`/api/demandes/${d.id}/envoyer-complements`);
    expect(tropTot.statusCode).toBe(422);
    expect(tropTot.json().erreur.message).toContain('Devis signé de l’organisme de formation');
    expect(tropTot.json().erreur.champs).toContainEqual({ chemin: 'pieces.devis_signe', message: expect.stringContaining('Déposez la pièce demandée') });

    // Only the named pieces and fields may change; a read-only colleague changes nothing.
    const autrePiece = await julien.deposer(d.id, 'programme');
    expect(autrePiece.statusCode).toBe(422);
    expect(autrePiece.json().erreur.champs[0].chemin).toBe('type');
    expect((await lea.deposer(d.id, 'devis_signe')).statusCode).toBe(403);
    const autreChamp = await julien.put(`/api/demandes/${d.id}/complements/champs`, { valeurs: { 'stagiaire.nom': 'Autre' } });
    expect(autreChamp.statusCode).toBe(422);
    expect(autreChamp.json().erreur.champs).toEqual([{ chemin: 'stagiaire.nom', message: expect.stringContaining('n’est pas demandée') }]);
    const mauvais = await julien.put(`/api/demandes/${d.id}/complements/champs`, { valeurs: { 'action.heures': 'beaucoup' } });
    expect(mauvais.statusCode).toBe(422);
    expect(mauvais.json().erreur.champs[0].chemin).toBe('action.heures');
    expect((await julien.put(`/api/demandes/${d.id}/complements/champs`, { valeurs: {} })).statusCode).toBe(400);

    // A piece deposited by mistake since the request may be taken back; then the right one.
    const erreur = await julien.deposer(d.id, 'devis_signe');
    expect(erreur.statusCode).toBe(201);
    expect((await julien.delete(`/api/demandes/${d.id}/pieces/${erreur.json().id}`)).statusCode).toBe(204);
    expect((await julien.deposer(d.id, 'devis_signe')).statusCode).toBe(201);
    const corrige = await julien.put(`/api/demandes/${d.id}/complements/champs`, { valeurs: { 'action.heures': 28 } });
    expect(corrige.statusCode).toBe(200);
    expect(corrige.json().demande.donnees.action.heures).toBe(28);
    expect(corrige.json().complements.pieces[0].fournie).toBe(true);
    expect((await lea.post(`/api/demandes/${d.id}/envoyer-complements`)).statusCode).toBe(403);

    t.ctx.clock.now = new Date(t.ctx.clock.now.getTime() + 60_000);
    const envoi = await julien.post(`/api/demandes/${d.id}/envoyer-complements`);
    expect(envoi.statusCode).toBe(200);
    expect(envoi.json().demande.statut).toBe('en_cours_de_traitement');
    expect(envoi.json().historique.at(-1)).toMatchObject({ action: 'completer', qui: 'vous', libelle: 'Compléments envoyés', de: 'a_completer', vers: 'en_cours_de_traitement' });
    expect(envoi.json().complements).toBeNull();
    const apres = await t.lire(d.numero!);
    expect(apres.dossierCompletLe?.getTime()).toBe(t.ctx.clock.now.getTime());
    expect(await t.emailsA(GESTIONNAIRE, `Compléments reçus pour la demande n° ${d.numero}`)).toHaveLength(1);
    expect(await t.emailsA(BOULANGER, `compléments pour la demande n° ${d.numero} sont envoyés`)).toHaveLength(1);

    // Sent back: no more pieces or fields may change, nor be sent twice.
    expect((await julien.deposer(d.id, 'devis_signe')).statusCode).toBe(409);
    expect((await julien.post(`/api/demandes/${d.id}/envoyer-complements`)).statusCode).toBe(409);
  });
});

describe('le fil des messages avec l’OPCO', () => {
  it('échange dans les deux sens, avec une pièce jointe téléchargeable, et prévient l’autre côté par email', async () => {
    const d = await t.demande('action_individuelle', 'en_cours_de_traitement', { gestionnaireId: gestionnaire!.id });
    const vide = await julien.multipart(`/api/demandes/${d.id}/messages`, formulaireMessage('  '));
    expect(vide.statusCode).toBe(422);
    expect(vide.json().erreur.champs).toContainEqual({ chemin: 'message', message: 'Saisissez votre message.' });
    const exe = await julien.multipart(`/api/demandes/${d.id}/messages`, formulaireMessage('Voici', { nom: 'devis.pdf', octets: EXE }));
    expect(exe.statusCode).toBe(422);
    expect(exe.json().erreur.champs[0].chemin).toBe('pieceJointe');
    expect((await lea.multipart(`/api/demandes/${d.id}/messages`, formulaireMessage('Bonjour'))).statusCode).toBe(403);
    // Access is asked before the attachment is even read: a stranger, or a colleague without the right,
    // gets 404/403 for a bad file too (never its verdict), and nothing is scanned or stored for them.
    expect((await lea.multipart(`/api/demandes/${d.id}/messages`, formulaireMessage('Voici', { nom: 'devis.pdf', octets: EXE }))).statusCode).toBe(403);
    expect((await sophie.multipart(`/api/demandes/${d.id}/messages`, formulaireMessage('Voici', { nom: 'devis.pdf', octets: EXE }))).statusCode).toBe(404);
    expect((await thomas.multipart('/api/opco/demandes/XX-0000-000000/messages', formulaireMessage('Voici', { nom: 'devis.pdf', octets: EXE }))).statusCode).toBe(404);

    const envoi = await julien.multipart(`/api/demandes/${d.id}/messages`, formulaireMessage('Voici le devis signé.', { nom: 'devis.pdf', octets: PDF }));
    expect(envoi.statusCode).toBe(201);
    const [message] = envoi.json().messages;
    expect(message).toMatchObject({ auteur: 'demandeur', signature: 'Julien MARTIN', texte: 'Voici le devis signé.', piecesJointes: [{ nom: 'devis.pdf', type: 'application/pdf', taille: PDF.length }] });
    expect(await t.emailsA(GESTIONNAIRE, `Nouveau message sur la demande n° ${d.numero}`)).toHaveLength(1);

    const piece = await julien.get(`/api/demandes/${d.id}/messages/pieces/${message.piecesJointes[0].id}`);
    expect(piece.statusCode).toBe(200);
    expect(piece.rawPayload.equals(PDF)).toBe(true);
    expect((await sophie.get(`/api/demandes/${d.id}/messages/pieces/${message.piecesJointes[0].id}`)).statusCode).toBe(404);
    const cotéOpco = await thomas.get(`/api/opco/demandes/${d.numero}/messages/pieces/${message.piecesJointes[0].id}`);
    expect(cotéOpco.rawPayload.equals(PDF)).toBe(true);

    t.ctx.clock.now = new Date(t.ctx.clock.now.getTime() + 60_000);
    const reponse = await thomas.multipart(`/api/opco/demandes/${d.numero}/messages`, formulaireMessage('Merci, bien reçu.'));
    expect(reponse.statusCode).toBe(201);
    expect(reponse.json().messages.map((m: { auteur: string }) => m.auteur)).toEqual(['demandeur', 'opco']);
    expect(reponse.json().messages[1].signature).toMatch(/^Thomas L\. – /);
    const [mail] = await t.emailsA(BOULANGER, `Nouveau message sur la demande n° ${d.numero}`);
    expect(mail!.texte).toContain('Merci, bien reçu.');
    expect(mail!.texte).toContain(`/demandes/${d.id}`);

    const fil = (await lea.get(`/api/demandes/${d.id}/messages`)).json();
    expect(fil.messages).toHaveLength(2);
    expect(fil.peutEcrire).toBe(false);
    expect((await thomas.get('/api/opco/demandes/XX-0000-000000/messages')).statusCode).toBe(404);
  });
});

describe('la lettre de décision', () => {
  let numero: string;
  let id: string;
  beforeAll(async () => {
    const d = await t.demande('action_individuelle', 'en_cours_de_traitement', { gestionnaireId: gestionnaire!.id });
    ({ numero, id } = { numero: d.numero!, id: d.id });
  });

  it('n’existe pas avant la décision (404), puis est un vrai PDF avec le montant engagé, côté entreprise et côté OPCO', async () => {
    expect((await julien.get(`/api/demandes/${id}/lettre-decision.pdf`)).statusCode).toBe(404);
    expect((await nadia.post(`/api/opco/demandes/${numero}/accepter`, { montantCentimes: 98_765, motif: 'Plafond' })).statusCode).toBe(200);
    for (const res of [await julien.get(`/api/demandes/${id}/lettre-decision.pdf`), await thomas.get(`/api/opco/demandes/${numero}/lettre-decision.pdf`)]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(`lettre-decision-${numero}.pdf`);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = await PDFDocument.load(res.rawPayload);
      expect(pdf.getTitle()).toBe(`Lettre de décision — demande n° ${numero}`);
      expect(pdf.getSubject()).toContain(`montant engagé ${formaterEuros(98_765)}`);
    }
    expect((await sophie.get(`/api/demandes/${id}/lettre-decision.pdf`)).statusCode).toBe(404);
  });

  it('dit le refus et son motif', async () => {
    const d = await t.demande('action_individuelle', 'refuse');
    const res = await julien.get(`/api/demandes/${d.id}/lettre-decision.pdf`);
    expect(res.statusCode).toBe(200);
    expect((await PDFDocument.load(res.rawPayload)).getSubject()).toContain('Prise en charge refusée');
  });
});

describe('la documentation des routes', () => {
  it('décrit les routes du dossier dans l’OpenAPI', async () => {
    const { paths } = (await t.app.inject('/api/docs/json')).json();
    for (const chemin of ['/api/demandes/{id}/dossier', '/api/demandes/{id}/annulation', '/api/demandes/{id}/complements/champs', '/api/demandes/{id}/envoyer-complements', '/api/demandes/{id}/messages', '/api/demandes/{id}/lettre-decision.pdf', '/api/opco/demandes/{numero}/messages', '/api/opco/demandes/{numero}/lettre-decision.pdf']) {
      expect(paths[chemin], chemin).toBeDefined();
    }
    expect(paths['/api/demandes/{id}/envoyer-complements'].post.responses['422']).toBeDefined();
  });
});
