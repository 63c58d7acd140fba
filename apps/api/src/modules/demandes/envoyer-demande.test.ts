import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { and, desc, eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { audit, compteursDossiers, demandes, emails, etablissements, historiqueDemandes } from '../../db/schema';
import { reglesDecisionAutomatique } from '../../db/schema-suivi';
import { BOULANGER, PDF, preparer } from './demandes.test-helper';

describe('l’envoi d’une demande de financement', async () => {
  const { db, ctx, employeur } = await preparer();
  const julien = await employeur(BOULANGER);
  // The sending itself, before any decision: the demo's automatic decision for apprenticeship is switched
  // off here (envoyer-demande-decision-automatique.test.ts covers it).
  await db.update(reglesDecisionAutomatique).set({ active: false }).where(eq(reglesDecisionAutomatique.dispositif, 'apprentissage'));
  const [auPainDore] = await db.select().from(etablissements).where(eq(etablissements.raisonSociale, 'AU PAIN DORÉ'));
  const complet = exempleComplet('apprentissage', '2026-11-22');
  const mailsDe = () => db.select().from(emails).where(eq(emails.destinataire, BOULANGER)).orderBy(desc(emails.creeLe));
  const historique = (id: string) => db.select().from(historiqueDemandes).where(eq(historiqueDemandes.demandeId, id));

  async function brouillonComplet() {
    const brouillon = await julien.brouillon('apprentissage', complet);
    for (const type of ['cerfa_signe', 'convention_formation']) {
      expect((await julien.deposer(brouillon.id, type, { nom: `${type}.pdf`, octets: PDF })).statusCode).toBe(201);
    }
    return brouillon;
  }

  it('refuse une demande incomplète (422) avec chaque point à corriger, et laisse le brouillon tel quel', async () => {
    const { id } = await julien.brouillon('apprentissage', { apprenti: { nom: 'Durand', dateNaissance: '2030-01-01' } });
    const res = await julien.post(`/api/demandes/${id}/envoi`, { version: 1 });
    expect(res.statusCode).toBe(422);
    const { erreur } = res.json();
    expect(erreur.code).toBe('demande_incomplete');
    expect(erreur.message).toMatch(/^La demande ne peut pas être envoyée : \d+ points à corriger\.$/);
    expect(erreur.champs.length).toBeGreaterThan(3);
    expect(erreur.champs.map((c: { chemin: string }) => c.chemin)).toEqual(expect.arrayContaining(['apprenti.prenom', 'apprenti.sexe', 'pieces.cerfa_signe']));
    expect(erreur.message).toContain(`${erreur.champs.length} points`);
    expect(erreur.avertissements).toEqual([]);
    const [ligne] = await db.select().from(demandes).where(eq(demandes.id, id));
    expect(ligne).toMatchObject({ statut: 'brouillon', numero: null, version: 1, envoyeLe: null });
    expect(await historique(id)).toHaveLength(0);
  });

  it('refuse une demande complète dont les pièces obligatoires manquent, pièce par pièce', async () => {
    const { id } = await julien.brouillon('apprentissage', complet);
    const res = await julien.post(`/api/demandes/${id}/envoi`, { version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs).toEqual([
      { chemin: 'pieces.cerfa_signe', message: 'Pièce manquante : Contrat d’apprentissage (CERFA FA13) signé' },
      { chemin: 'pieces.convention_formation', message: 'Pièce manquante : Convention de formation entre le CFA et l’employeur' },
    ]);
  });

  it('refuse une commune que le code postal de l’apprenti ne couvre pas (fichier de La Poste)', async () => {
    const brouillon = await julien.brouillon('apprentissage', { ...complet, apprenti: { ...(complet.apprenti as object), adresse: { voie: '3 rue Joseph Vernet', codePostal: '84000', commune: 'Marseille' } } });
    for (const type of ['cerfa_signe', 'convention_formation']) await julien.deposer(brouillon.id, type, { nom: `${type}.pdf`, octets: PDF });
    const res = await julien.post(`/api/demandes/${brouillon.id}/envoi`, { version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().erreur.champs).toEqual([{ chemin: 'apprenti.adresse.commune', message: 'La commune « Marseille » ne correspond pas au code postal 84000' }]);
  });

  it('envoie une demande complète : numéro AP, statut envoyé, estimation, une ligne d’historique, un accusé de réception', async () => {
    const { id } = await brouillonComplet();
    const mailsAvant = (await mailsDe()).length;
    // The directory decides the employer block, whatever the draft says.
    await julien.put(`/api/demandes/${id}`, { version: 1, donnees: { ...complet, employeur: { ...(complet.employeur as object), effectif: 4000, siret: '35600000000048' } } });
    const res = await julien.post(`/api/demandes/${id}/envoi`, { version: 2 });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ statut: 'envoye', version: 3, envoyeLe: '2026-11-22T09:00:00.000Z', actions: ['dupliquer'] });
    expect(d.numero).toMatch(/^AP-2026-\d{6}$/);
    const [compteur] = await db.select().from(compteursDossiers).where(and(eq(compteursDossiers.prefixe, 'AP'), eq(compteursDossiers.annee, 2026)));
    expect(d.numero).toBe(`AP-2026-${String(compteur!.dernier).padStart(6, '0')}`);
    expect(d.donnees.employeur).toMatchObject({ siret: auPainDore!.siret, effectif: auPainDore!.effectifEntreprise, idcc: auPainDore!.idcc });
    expect(d.montantEstimeCentimes).toBeGreaterThan(0);

    const [ligne] = await db.select().from(demandes).where(eq(demandes.id, id));
    expect(ligne).toMatchObject({ beneficiaire: 'Léa DURAND', intituleFormation: 'CAP Boulanger', dossierCompletLe: new Date('2026-11-22T09:00:00Z') });
    expect(ligne!.referentielVersion).toBeGreaterThan(0);
    expect(await historique(id)).toEqual([expect.objectContaining({ action: 'soumettre', de: 'brouillon', vers: 'envoye', acteur: 'entreprise', utilisateurId: expect.any(String) })]);
    expect(await db.select().from(audit).where(eq(audit.evenement, 'demande_envoyee'))).toHaveLength(1);

    const mails = await mailsDe();
    expect(mails).toHaveLength(mailsAvant + 1);
    expect(mails[0]!.sujet).toBe(`Accusé de réception de votre demande n° ${d.numero} – Opco EP`);
    expect(mails[0]!.texte).toContain('« Contrat d’apprentissage » a bien été envoyée le 22/11/2026 à 10:00 (heure de Paris)');
    expect(mails[0]!.texte).toContain(`Voir ma demande : http://localhost:3000/demandes/${id}/envoyee`);
    expect(mails[0]!.texte).toContain(`http://localhost:3000/api/demandes/${id}/recepisse.pdf`);
  });

  it('répond la même demande à un second envoi (double clic, nouvel essai) : même numéro, une seule ligne d’historique, un seul email', async () => {
    const { id } = await brouillonComplet();
    const premier = await julien.post(`/api/demandes/${id}/envoi`, { version: 1 });
    const mails = (await mailsDe()).length;
    const [second, troisieme] = await Promise.all([julien.post(`/api/demandes/${id}/envoi`, { version: 1 }), julien.post(`/api/demandes/${id}/envoi`, { version: 2 })]);
    expect([premier.statusCode, second!.statusCode, troisieme!.statusCode]).toEqual([200, 200, 200]);
    expect(second!.json().numero).toBe(premier.json().numero);
    expect(troisieme!.json()).toEqual(premier.json());
    expect(await historique(id)).toHaveLength(1);
    expect(await mailsDe()).toHaveLength(mails);
  });

  it('donne des numéros qui se suivent à deux demandes envoyées en même temps', async () => {
    const a = await brouillonComplet();
    const b = await brouillonComplet();
    const [ra, rb] = await Promise.all([julien.post(`/api/demandes/${a.id}/envoi`, { version: 1 }), julien.post(`/api/demandes/${b.id}/envoi`, { version: 1 })]);
    const rangs = [ra.json().numero, rb.json().numero].map((n: string) => Number(n.slice(-6))).sort((x, y) => x - y);
    expect(rangs[1]! - rangs[0]!).toBe(1);
  });

  it('refuse l’envoi d’une version périmée (409) avec qui et quand', async () => {
    const { id } = await brouillonComplet();
    await julien.put(`/api/demandes/${id}`, { version: 1, donnees: complet });
    const res = await julien.post(`/api/demandes/${id}/envoi`, { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().erreur).toMatchObject({ code: 'version_perimee', versionActuelle: 2, modifiePar: 'Julien MARTIN' });
  });

  it('produit le récapitulatif PDF d’une demande envoyée, et aucun pour un brouillon (404)', async () => {
    const { id } = await brouillonComplet();
    const { numero } = (await julien.post(`/api/demandes/${id}/envoi`, { version: 1 })).json();
    const res = await julien.get(`/api/demandes/${id}/recepisse.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`recapitulatif-${numero}.pdf`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(5_000);
    expect(res.rawPayload.length).toBeLessThan(400_000);
    const pdf = await PDFDocument.load(res.rawPayload);
    expect(pdf.getTitle()).toBe(`Récapitulatif de la demande n° ${numero}`);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);

    const brouillon = await julien.brouillon('apprentissage');
    expect((await julien.get(`/api/demandes/${brouillon.id}/recepisse.pdf`)).statusCode).toBe(404);
  });

  it('refuse de déposer une pièce sur une demande envoyée (409)', async () => {
    const { id } = await brouillonComplet();
    await julien.post(`/api/demandes/${id}/envoi`, { version: 1 });
    const res = await julien.deposer(id, 'convention_mobilite', { nom: 'mobilite.pdf', octets: PDF });
    expect(res.statusCode).toBe(409);
    expect(ctx.clock.now.toISOString()).toBe('2026-11-22T09:00:00.000Z');
  });
});
