import { describe, expect, it } from 'vitest';
import { ajouterAnnees } from '../../commun/dates';
import { estimer } from '../../financement/estimer';
import { referentielParDefaut } from '../../referentiel/referentiel-par-defaut';
import { champsVisibles, donneesUtiles, ecrire, lire, type Donnees } from './champs';
import { exempleComplet } from './exemples-complets';
import { communesHorsCodePostal, FORMULAIRES, formulaireParSlug, ORDRE_DISPOSITIFS, piecesManquantes, verifierFormulaire } from './formulaires';

const AUJOURDHUI = '2026-12-02';
const verifier = (dispositif: (typeof ORDRE_DISPOSITIFS)[number], donnees: Record<string, unknown>) =>
  verifierFormulaire(dispositif, donnees, referentielParDefaut, AUJOURDHUI);

describe('les quatre formulaires', () => {
  it.each(ORDRE_DISPOSITIFS)('une demande complète de %s ne bloque sur rien et s’estime', (dispositif) => {
    const exemple = exempleComplet(dispositif, AUJOURDHUI);
    expect(verifier(dispositif, exemple).problemes).toEqual([]);
    const estimation = FORMULAIRES[dispositif].versEstimation(exemple);
    expect(estimation).not.toBeNull();
    expect(estimer(estimation!.demande, referentielParDefaut, AUJOURDHUI).montants.total).toBeGreaterThan(0);
  });

  it.each(ORDRE_DISPOSITIFS)('chaque champ de %s pointe vers un chemin unique, et chaque étape a un identifiant unique', (dispositif) => {
    const { etapes } = FORMULAIRES[dispositif];
    const chemins = etapes.flatMap((e) => e.champs.map((c) => c.chemin));
    expect(new Set(chemins).size).toBe(chemins.length);
    expect(new Set(etapes.map((e) => e.id)).size).toBe(etapes.length);
  });

  it('retrouve chaque formulaire par l’adresse du menu', () => {
    expect(formulaireParSlug('contrat-apprentissage')?.dispositif).toBe('apprentissage');
    expect(formulaireParSlug('promotion-alternance')?.dispositif).toBe('pro_a');
    expect(formulaireParSlug('inconnu')).toBeUndefined();
  });

  it('nomme le champ manquant par son chemin, avec un message en français', () => {
    const sansNom = ecrire(exempleComplet('apprentissage', AUJOURDHUI), 'apprenti.nom', '');
    expect(verifier('apprentissage', sansNom).problemes).toEqual([{ chemin: 'apprenti.nom', message: 'Le nom est obligatoire' }]);
  });

  it('remonte les contrôles bloquants sur leur champ une fois la demande entière', () => {
    const trop = ecrire(exempleComplet('pro_a', AUJOURDHUI), 'action.heures', 400);
    const { problemes } = verifier('pro_a', trop);
    expect(problemes.map((p) => p.chemin)).toEqual(['action.heures']);
    expect(problemes[0]!.message).toContain('25 %');
  });
});

describe('les messages d’un bloc encore vide', () => {
  it('sont donnés champ par champ, et non pour le bloc entier', () => {
    const { problemes } = verifier('action_individuelle', {});
    expect(problemes).toContainEqual({ chemin: 'stagiaire.nom', message: 'Le nom est obligatoire' });
    expect(problemes.some((p) => p.chemin === 'stagiaire')).toBe(false);
  });

  it('donnent aussi les champs du premier élément d’une liste vide', () => {
    const { problemes } = verifier('apprentissage', { apprenti: { nom: 'Durand' } });
    expect(problemes.map((p) => p.chemin)).toEqual(expect.arrayContaining(['apprenti.prenom', 'maitresApprentissage.0.nom']));
  });
});

describe('le contrat d’apprentissage', () => {
  const exemple = exempleComplet('apprentissage', AUJOURDHUI);
  const conclusion = lire(exemple, 'contrat.dateConclusion') as string;
  const mineur = ecrire(exemple, 'apprenti.dateNaissance', ajouterAnnees(conclusion, -17));
  const etapeRepresentant = FORMULAIRES.apprentissage.etapes.find((e) => e.id === 'representant-legal')!;

  it('demande le représentant légal d’un apprenti mineur non émancipé, et seulement alors', () => {
    expect(champsVisibles(etapeRepresentant, exemple)).toEqual([]);
    expect(champsVisibles(etapeRepresentant, mineur).map((c) => c.chemin)).toEqual(['representantLegal.nom', 'representantLegal.prenom', 'representantLegal.courriel']);
    expect(verifier('apprentissage', mineur).problemes.map((p) => p.chemin)).toContain('representantLegal.nom');
    const avecRepresentant = ecrire(ecrire(mineur, 'representantLegal.nom', 'Durand'), 'representantLegal.prenom', 'Marc');
    expect(verifier('apprentissage', avecRepresentant).problemes).toEqual([]);
    expect(champsVisibles(etapeRepresentant, ecrire(mineur, 'apprenti.mineurEmancipe', true))).toEqual([]);
  });

  it('n’envoie pas ce qui est caché : un deuxième maître saisi puis retiré disparaît', () => {
    const avecDeux = ecrire(ecrire(exemple, 'deuxiemeMaitre', true), 'maitresApprentissage.1.nom', 'Bernard');
    expect(lire(donneesUtiles(FORMULAIRES.apprentissage.etapes, avecDeux), 'maitresApprentissage.1.nom')).toBe('Bernard');
    const retire = ecrire(avecDeux, 'deuxiemeMaitre', false);
    expect((donneesUtiles(FORMULAIRES.apprentissage.etapes, retire).maitresApprentissage as unknown[]).length).toBe(1);
  });

  it('accepte un apprenti de plus de 29 ans avec une RQTH et refuse le même sans', () => {
    const age31 = ecrire(exemple, 'apprenti.dateNaissance', ajouterAnnees(lire(exemple, 'contrat.dateDebutExecution') as string, -31));
    expect(verifier('apprentissage', age31).problemes.map((p) => p.chemin)).toContain('apprenti.dateNaissance');
    expect(verifier('apprentissage', ecrire(age31, 'apprenti.rqth', true)).problemes).toEqual([]);
  });

  it('demande la convention d’aménagement de durée pour une réduction ou un allongement', () => {
    const types = (d: Record<string, unknown>) => FORMULAIRES.apprentissage.piecesRequises(d).map((p) => p.type);
    expect(types(exemple)).not.toContain('convention_amenagement_duree');
    expect(types(ecrire(exemple, 'contrat.typeDerogation', '21'))).toContain('convention_amenagement_duree');
    expect(piecesManquantes('apprentissage', exemple, ['cerfa_signe'])).toEqual([
      { chemin: 'pieces.convention_formation', message: 'Pièce manquante : Convention de formation entre le CFA et l’employeur' },
    ]);
  });

  it('demande l’adresse de l’apprenti(e), contrôle le code postal et le téléphone, et ne la passe pas aux contrôles', () => {
    const etapeApprenti = FORMULAIRES.apprentissage.etapes.find((e) => e.id === 'apprenti')!;
    expect(etapeApprenti.champs.find((c) => c.chemin === 'apprenti.adresse.commune')).toMatchObject({ type: 'commune', codePostal: 'apprenti.adresse.codePostal', obligatoire: true });
    const sansAdresse = ecrire(exemple, 'apprenti.adresse', undefined);
    expect(verifier('apprentissage', sansAdresse).problemes).toEqual([
      { chemin: 'apprenti.adresse.voie', message: 'Le numéro et la voie sont obligatoires' },
      { chemin: 'apprenti.adresse.codePostal', message: 'Le code postal est obligatoire' },
      { chemin: 'apprenti.adresse.commune', message: 'Choisissez la commune' },
    ]);
    expect(verifier('apprentissage', ecrire(exemple, 'apprenti.adresse.codePostal', '8400')).problemes).toEqual([
      { chemin: 'apprenti.adresse.codePostal', message: 'Le code postal comporte 5 chiffres' },
    ]);
    expect(verifier('apprentissage', ecrire(exemple, 'apprenti.telephone', '12 34')).problemes.map((p) => p.chemin)).toEqual(['apprenti.telephone']);
    const parse = FORMULAIRES.apprentissage.schema.parse(donneesUtiles(FORMULAIRES.apprentissage.etapes, ecrire(exemple, 'apprenti.telephone', '06 12 34 56 78'))) as Donnees;
    expect(lire(parse, 'apprenti.telephone')).toBe('+33612345678');
    const controlee = FORMULAIRES.apprentissage.versDemandeControlee(parse) as { apprenti: Record<string, unknown> };
    expect(controlee.apprenti).not.toHaveProperty('adresse');
    expect(controlee.apprenti).not.toHaveProperty('telephone');
    expect(controlee.apprenti).not.toHaveProperty('courriel');
  });

  it('refuse une commune que le code postal ne couvre pas', () => {
    const communes = (cp: string) => (cp === '84000' ? [{ nom: 'Avignon' }] : []);
    expect(communesHorsCodePostal('apprentissage', exemple, communes)).toEqual([]);
    expect(communesHorsCodePostal('apprentissage', ecrire(exemple, 'apprenti.adresse.commune', 'Marseille'), communes)).toEqual([
      { chemin: 'apprenti.adresse.commune', message: 'La commune « Marseille » ne correspond pas au code postal 84000' },
    ]);
  });

  it('résume la demande pour les listes', () => {
    expect(FORMULAIRES.apprentissage.resume(exemple)).toMatchObject({ beneficiaire: 'Léa DURAND', intituleFormation: 'CAP Boulanger', organisme: 'CFA des métiers de bouche', organismeSiret: '35600000000048' });
  });

  it('n’estime rien tant que les dates du contrat et le niveau manquent', () => {
    expect(FORMULAIRES.apprentissage.versEstimation({})).toBeNull();
    expect(FORMULAIRES.apprentissage.versEstimation(exemple)).toMatchObject({ rncp: 'RNCP35316', siret: '73282932000074', demande: { dispositif: 'apprentissage', niveauCertification: 3 } });
  });
});

describe('le contrat de professionnalisation', () => {
  it('majore le tutorat quand le tuteur a 45 ans ou plus', () => {
    const exemple = exempleComplet('professionnalisation', AUJOURDHUI);
    expect(FORMULAIRES.professionnalisation.versEstimation(exemple)?.demande).toMatchObject({ tutorat: { tuteurAgeDe45AnsOuPlus: true, publicPrioritaire: false } });
    const jeune = ecrire(exemple, 'tuteur.dateNaissance', ajouterAnnees(AUJOURDHUI, -30));
    expect(FORMULAIRES.professionnalisation.versEstimation(jeune)?.demande).toMatchObject({ tutorat: { tuteurAgeDe45AnsOuPlus: false } });
  });
});

describe('l’action individuelle', () => {
  it('refuse une demande déposée après le début de la formation', () => {
    const tard = ecrire(ecrire(exempleComplet('action_individuelle', AUJOURDHUI), 'action.dateDebut', '2026-11-20'), 'action.dateFin', '2026-11-25');
    expect(verifier('action_individuelle', tard).problemes.length).toBeGreaterThan(0);
  });
});

describe('ecrire et lire', () => {
  it('crée les objets et les tableaux du chemin sans toucher à l’original', () => {
    const original = {};
    const d = ecrire(original, 'a.0.b', 1);
    expect(d).toEqual({ a: [{ b: 1 }] });
    expect(original).toEqual({});
    expect(lire(d, 'a.0.b')).toBe(1);
    expect(ecrire(d, 'a.0.b', undefined)).toEqual({ a: [{}] });
  });
});
