import { z } from 'zod';
import { ageRevolu, estDateIso } from '../../commun/dates';
import { lire, type Champ, type Donnees } from './champs';
import type { EtablissementPrerempli, ResumeDemande } from './definition';

/** Small readers of a draft's content: a draft may hold anything, so each value is checked. */
export function chaine(donnees: Donnees, chemin: string): string | undefined {
  const v = lire(donnees, chemin);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function date(donnees: Donnees, chemin: string): string | undefined {
  const v = chaine(donnees, chemin);
  return v !== undefined && estDateIso(v) ? v : undefined;
}

export function entier(donnees: Donnees, chemin: string): number | undefined {
  const v = lire(donnees, chemin);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export function booleen(donnees: Donnees, chemin: string): boolean | undefined {
  const v = lire(donnees, chemin);
  return typeof v === 'boolean' ? v : undefined;
}

/** Age in full years on `a`, when both dates are typed. */
export function ageLe(donnees: Donnees, naissance: string, a: string): number | undefined {
  const n = date(donnees, naissance);
  const d = date(donnees, a);
  return n && d && n <= d ? ageRevolu(n, d) : undefined;
}

export function nomComplet(donnees: Donnees, bloc: string): string | null {
  const prenom = chaine(donnees, `${bloc}.prenom`);
  const nom = chaine(donnees, `${bloc}.nom`);
  return prenom || nom ? [prenom, nom?.toUpperCase()].filter(Boolean).join(' ') : null;
}

/** The employer block, the same for the four schemes: read from the directory, never typed. */
export function champsEmployeur(avecNafEtType = false): Champ[] {
  return [
    { chemin: 'employeur.raisonSociale', libelle: 'Raison sociale', type: 'texte', obligatoire: false, prerempli: true },
    { chemin: 'employeur.siret', libelle: 'SIRET de l’établissement', type: 'siret', obligatoire: true, prerempli: true },
    { chemin: 'employeur.adresse', libelle: 'Adresse', type: 'texte', obligatoire: false, prerempli: true },
    ...(avecNafEtType ? [{ chemin: 'employeur.naf', libelle: 'Code NAF', type: 'naf', obligatoire: false, prerempli: true } as Champ] : []),
    { chemin: 'employeur.idcc', libelle: 'Convention collective (IDCC)', type: 'texte', obligatoire: false, prerempli: true },
    { chemin: 'employeur.effectif', libelle: 'Effectif salarié de l’entreprise', type: 'entier', obligatoire: true, prerempli: true, unite: 'salariés' },
  ];
}

export function preremplirEmployeur(e: EtablissementPrerempli): Donnees {
  return {
    employeur: {
      raisonSociale: e.raisonSociale,
      siret: e.siret,
      adresse: `${e.adresse}, ${e.codePostal} ${e.ville}`,
      ...(e.naf ? { naf: e.naf.replace('.', '') } : {}),
      ...(e.idcc ? { idcc: e.idcc } : {}),
      effectif: e.effectif,
    },
  };
}

/** The organisation's name and SIRET, for the lists: "Organisme" columns. */
export function sansVides<T extends Record<string, unknown>>(objet: T): T {
  return Object.fromEntries(Object.entries(objet).filter(([, v]) => v !== undefined)) as T;
}

const SEXES = [
  { code: 'F', libelle: 'Femme' },
  { code: 'M', libelle: 'Homme' },
] as const;

/** Who the request is for: name, first name and, where the CERFA asks for them, sex and birth date. */
export function champsPersonne(bloc: string, options: { nom?: string; sexe?: boolean; naissance?: boolean } = {}): Champ[] {
  return [
    { chemin: `${bloc}.nom`, libelle: options.nom ?? 'Nom de naissance', type: 'texte', obligatoire: true },
    { chemin: `${bloc}.prenom`, libelle: 'Prénom', type: 'texte', obligatoire: true },
    ...(options.sexe ? [{ chemin: `${bloc}.sexe`, libelle: 'Sexe', type: 'choix', options: SEXES, obligatoire: true } as Champ] : []),
    ...(options.naissance ? [{ chemin: `${bloc}.dateNaissance`, libelle: 'Date de naissance', type: 'date', obligatoire: true } as Champ] : []),
  ];
}

/** A required text of the screen that the CERFA controls do not read. */
export const TexteObligatoire = (message: string) => z.string({ error: message }).trim().min(1, { error: message });

/** The employer block of a form schema: the controls' fields, plus what the screen shows of the establishment. */
export function schemaEmployeur<T extends z.ZodObject>(employeur: T) {
  return employeur.extend({ raisonSociale: z.string().optional(), adresse: z.string().optional() });
}

/** Where a scheme keeps what the lists show of a request; the summary is read from these paths. */
export function resumeDepuis(chemins: { personne: string; intitule: string; organisme: string; siret: string; debut: string; fin: string }) {
  return (d: Donnees): ResumeDemande => ({
    beneficiaire: nomComplet(d, chemins.personne),
    intituleFormation: chaine(d, chemins.intitule) ?? null,
    organisme: chaine(d, chemins.organisme) ?? null,
    organismeSiret: chaine(d, chemins.siret) ?? null,
    dateDebut: date(d, chemins.debut) ?? null,
    dateFin: date(d, chemins.fin) ?? null,
  });
}
