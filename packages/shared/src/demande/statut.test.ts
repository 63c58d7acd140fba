import { describe, expect, it } from 'vitest';
import {
  actionsPossibles,
  estSupprimable,
  groupeDuStatut,
  LIBELLES_GROUPE,
  libelleStatut,
  STATUTS,
  statutsDuGroupe,
  transition,
} from './statut';
import { ACTIONS_DEMANDE, STATUTS_DEMANDE } from './statut.schema';
import type { ActionDemande, StatutDemande } from './statut.schema';

describe('statuts d’une demande de financement', () => {
  it.each([
    ['brouillon', 'Brouillon', 'Brouillon'],
    ['envoye', 'Envoyé', 'En cours'],
    ['en_cours_de_traitement', 'En cours de traitement', 'En cours'],
    ['a_completer', 'À compléter', 'En cours'],
    ['pris_en_charge', 'Pris en charge', 'En cours'],
    ['facturation_en_cours', 'Facturation en cours', 'En cours'],
    ['solde', 'Soldé', 'Archivé'],
    ['annule', 'Annulé', 'Archivé'],
    ['refuse', 'Refusé', 'Archivé'],
  ] as const)('affiche %s comme « %s » dans l’onglet « %s »', (statut, libelle, groupe) => {
    expect(libelleStatut(statut)).toBe(libelle);
    expect(LIBELLES_GROUPE[groupeDuStatut(statut)]).toBe(groupe);
    expect(STATUTS[statut].description.length).toBeGreaterThan(40);
  });

  it('regroupe les statuts comme le guide « Mes financements »', () => {
    expect(statutsDuGroupe('en_cours')).toEqual(['envoye', 'en_cours_de_traitement', 'a_completer', 'pris_en_charge', 'facturation_en_cours']);
    expect(statutsDuGroupe('archive')).toEqual(['solde', 'annule', 'refuse']);
  });

  it('dit qui agit ensuite', () => {
    expect(STATUTS.a_completer.prochainActeur).toBe('entreprise');
    expect(STATUTS.envoye.prochainActeur).toBe('opco');
    expect(STATUTS.solde.prochainActeur).toBeNull();
  });

  it('ne permet de supprimer qu’un brouillon', () => {
    expect(STATUTS_DEMANDE.filter(estSupprimable)).toEqual(['brouillon']);
  });
});

describe('transition', () => {
  const AUTORISEES: [StatutDemande, ActionDemande, StatutDemande][] = [
    ['brouillon', 'soumettre', 'envoye'],
    ['envoye', 'commencerInstruction', 'en_cours_de_traitement'],
    ['envoye', 'demanderComplements', 'a_completer'],
    ['en_cours_de_traitement', 'demanderComplements', 'a_completer'],
    ['a_completer', 'completer', 'en_cours_de_traitement'],
    ['envoye', 'accepter', 'pris_en_charge'],
    ['en_cours_de_traitement', 'accepter', 'pris_en_charge'],
    ['envoye', 'refuser', 'refuse'],
    ['en_cours_de_traitement', 'refuser', 'refuse'],
    ['a_completer', 'refuser', 'refuse'],
    ['envoye', 'annuler', 'annule'],
    ['en_cours_de_traitement', 'annuler', 'annule'],
    ['a_completer', 'annuler', 'annule'],
    ['pris_en_charge', 'annuler', 'annule'],
    ['pris_en_charge', 'declarerRealisation', 'facturation_en_cours'],
    ['facturation_en_cours', 'solder', 'solde'],
  ];

  it.each(AUTORISEES)('depuis « %s », l’action %s mène à « %s »', (depuis, action, vers) => {
    expect(transition(depuis, action)).toEqual({ ok: true, statut: vers });
  });

  it('refuse toute autre combinaison de statut et d’action', () => {
    for (const statut of STATUTS_DEMANDE) {
      for (const action of ACTIONS_DEMANDE) {
        const autorisee = AUTORISEES.some(([s, a]) => s === statut && a === action);
        expect(transition(statut, action).ok).toBe(autorisee);
      }
    }
  });

  it('refuse la soumission d’une demande déjà envoyée, en disant pourquoi', () => {
    expect(transition('envoye', 'soumettre')).toEqual({
      ok: false,
      code: 'TRANSITION_INTERDITE',
      message: 'Impossible de soumettre la demande : la demande est au statut « Envoyé » (statut attendu : « Brouillon »).',
    });
  });

  it('signale qu’une demande archivée ne bouge plus', () => {
    expect(transition('refuse', 'annuler')).toEqual({
      ok: false,
      code: 'STATUT_FINAL',
      message: "Impossible d'annuler la demande : la demande est au statut « Refusé », qui est définitif.",
    });
  });

  it.each([
    ['brouillon', ['soumettre']],
    ['a_completer', ['completer', 'refuser', 'annuler']],
    ['pris_en_charge', ['annuler', 'declarerRealisation']],
    ['solde', []],
  ] as const)('propose depuis « %s » les actions %o', (statut, actions) => {
    expect(actionsPossibles(statut)).toEqual(actions);
  });
});
