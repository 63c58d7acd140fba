import type { StatutDemande } from '@mse/shared/demande/statut.schema';
import { describe, expect, it } from 'vitest';
import { Conflit, Interdit, Introuvable, NonAuthentifie } from '../errors';
import type { SessionCourante, Utilisateur } from '../plugins/session';
import {
  actionsInstruction, exigerAction, exigerAdministrateurDecisionAutomatique, exigerInstructeur, exigerProprietaireDeLaVue, peutDepasserLeMontantCalcule,
} from './instruction';

const utilisateur = (role: Utilisateur['role'], compteId: string | null = null) => ({ id: 'u', role, compteId }) as Utilisateur;
const session = (role: Utilisateur['role'], compteId: string | null = null): SessionCourante => ({ idHash: 'h', csrfToken: 'c', seSouvenir: false, utilisateur: utilisateur(role, compteId) });

const PERSONNEL = ['gestionnaire', 'superviseur', 'administrateur'] as const;

describe('qui instruit les demandes de financement', () => {
  it.each(PERSONNEL)('le rôle %s entre dans l’instruction', (role) => {
    expect(exigerInstructeur(session(role)).role).toBe(role);
  });

  it.each(['proprietaire', 'collaborateur', 'lecture_seule'] as const)('cache l’instruction au rôle employeur %s (404)', (role) => {
    expect(() => exigerInstructeur(session(role, 'compte-1'))).toThrow(Introuvable);
  });

  it('demande de se connecter à une personne sans session (401)', () => {
    expect(() => exigerInstructeur(null)).toThrow(NonAuthentifie);
  });

  it.each<[StatutDemande, string[], string[]]>([
    ['envoye', ['commencerInstruction', 'demanderComplements', 'accepter', 'refuser', 'annuler'], ['attribuer']],
    ['en_cours_de_traitement', ['demanderComplements', 'accepter', 'refuser', 'annuler'], ['attribuer']],
    ['a_completer', ['refuser', 'annuler'], ['attribuer']],
    ['pris_en_charge', ['annuler'], []],
    ['facturation_en_cours', [], []],
    ['solde', [], []],
    ['refuse', [], []],
    ['annule', [], []],
    ['brouillon', [], []],
  ])('au statut %s : le gestionnaire peut %j, le superviseur et l’administrateur aussi %j', (statut, communes, superviseur) => {
    expect(actionsInstruction(utilisateur('gestionnaire'), { statut })).toEqual(communes);
    expect(actionsInstruction(utilisateur('superviseur'), { statut })).toEqual([...communes, ...superviseur]);
    expect(actionsInstruction(utilisateur('administrateur'), { statut })).toEqual([...communes, ...superviseur]);
  });

  it('donne le statut d’arrivée d’une décision permise', () => {
    expect(exigerAction(utilisateur('gestionnaire'), { statut: 'envoye' }, 'commencerInstruction')).toBe('en_cours_de_traitement');
    expect(exigerAction(utilisateur('gestionnaire'), { statut: 'en_cours_de_traitement' }, 'accepter')).toBe('pris_en_charge');
    expect(exigerAction(utilisateur('superviseur'), { statut: 'a_completer' }, 'attribuer')).toBe('a_completer');
  });

  it('refuse une décision que le statut ne permet pas (409, message en français)', () => {
    expect(() => exigerAction(utilisateur('gestionnaire'), { statut: 'refuse' }, 'accepter')).toThrow(Conflit);
    expect(() => exigerAction(utilisateur('gestionnaire'), { statut: 'a_completer' }, 'accepter')).toThrow(/Impossible d'accepter la prise en charge : la demande est au statut « À compléter »/);
    expect(() => exigerAction(utilisateur('superviseur'), { statut: 'pris_en_charge' }, 'attribuer')).toThrow(Conflit);
  });

  it('ne laisse qu’un superviseur ou un administrateur attribuer une demande (403 pour un gestionnaire)', () => {
    expect(() => exigerAction(utilisateur('gestionnaire'), { statut: 'envoye' }, 'attribuer')).toThrow(Interdit);
    expect(exigerAction(utilisateur('administrateur'), { statut: 'envoye' }, 'attribuer')).toBe('envoye');
  });

  it.each([
    ['gestionnaire', false],
    ['superviseur', true],
    ['administrateur', true],
  ] as const)('le rôle %s peut engager plus que le montant calculé : %s', (role, peut) => {
    expect(peutDepasserLeMontantCalcule(utilisateur(role))).toBe(peut);
  });

  it.each<[StatutDemande, boolean]>([
    ['brouillon', false],
    ['envoye', false],
    ['en_cours_de_traitement', false],
    ['a_completer', false],
    ['pris_en_charge', true],
    ['facturation_en_cours', true],
    ['solde', false],
    ['annule', false],
    ['refuse', false],
  ])('rupture d’un contrat d’apprentissage au statut %s : permise à tout le personnel → %s', (statut, permise) => {
    for (const role of PERSONNEL) {
      expect(actionsInstruction(utilisateur(role), { statut, dispositif: 'apprentissage', ruptureLe: null }).includes('enregistrerRupture')).toBe(permise);
      if (permise) expect(exigerAction(utilisateur(role), { statut, dispositif: 'apprentissage', ruptureLe: null }, 'enregistrerRupture')).toBe(statut);
      else expect(() => exigerAction(utilisateur(role), { statut, dispositif: 'apprentissage', ruptureLe: null }, 'enregistrerRupture')).toThrow(Conflit);
    }
  });

  it('refuse une seconde rupture, et toute rupture hors apprentissage (409 avec la raison)', () => {
    expect(() => exigerAction(utilisateur('gestionnaire'), { statut: 'pris_en_charge', dispositif: 'apprentissage', ruptureLe: '2026-03-01' }, 'enregistrerRupture')).toThrow('La rupture de ce contrat est déjà enregistrée.');
    expect(() => exigerAction(utilisateur('gestionnaire'), { statut: 'pris_en_charge', dispositif: 'pro_a', ruptureLe: null }, 'enregistrerRupture')).toThrow('Une rupture ne s’enregistre que sur un contrat d’apprentissage.');
    expect(actionsInstruction(utilisateur('superviseur'), { statut: 'pris_en_charge', dispositif: 'professionnalisation', ruptureLe: null })).toEqual(['annuler']);
  });

  it.each([
    ['gestionnaire', Interdit],
    ['superviseur', Interdit],
  ] as const)('ne laisse pas le rôle %s régler la décision automatique (403)', (role, erreur) => {
    expect(() => exigerAdministrateurDecisionAutomatique(session(role))).toThrow(erreur);
  });

  it('laisse l’administrateur régler la décision automatique, cache le réglage à un employeur (404) et demande une session (401)', () => {
    expect(exigerAdministrateurDecisionAutomatique(session('administrateur')).role).toBe('administrateur');
    expect(() => exigerAdministrateurDecisionAutomatique(session('proprietaire', 'c'))).toThrow(Introuvable);
    expect(() => exigerAdministrateurDecisionAutomatique(null)).toThrow(NonAuthentifie);
  });

  it('ne montre une vue enregistrée qu’à la personne qui l’a faite (404 sinon)', () => {
    expect(() => exigerProprietaireDeLaVue(utilisateur('gestionnaire'), { utilisateurId: 'u' })).not.toThrow();
    expect(() => exigerProprietaireDeLaVue(utilisateur('administrateur'), { utilisateurId: 'autre' })).toThrow(Introuvable);
    expect(() => exigerProprietaireDeLaVue(utilisateur('gestionnaire'), undefined)).toThrow(Introuvable);
  });
});
