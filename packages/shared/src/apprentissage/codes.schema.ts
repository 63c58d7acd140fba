import { z } from 'zod';
import {
  DERNIERES_CLASSES,
  DIPLOMES,
  EMPLOYEURS_SPECIFIQUES,
  MODES_CONTRACTUELS,
  NATIONALITES,
  NIVEAUX_DIPLOME,
  REGIMES_SOCIAUX,
  SITUATIONS_AVANT_CONTRAT,
  TYPES_CONTRAT,
  TYPES_DEROGATION,
  TYPES_EMPLOYEUR,
} from './codes';
import type { CodeLibelle } from './codes';

function schemaCode<const Code extends string>(liste: readonly CodeLibelle<Code>[], libelleChamp: string) {
  const codes = liste.map((c) => c.code) as [Code, ...Code[]];
  return z.enum(codes, { error: `${libelleChamp} : choisissez un code de la liste` });
}

export const TypeEmployeurSchema = schemaCode(TYPES_EMPLOYEUR, "Type d'employeur");
export const EmployeurSpecifiqueSchema = schemaCode(EMPLOYEURS_SPECIFIQUES, 'Employeur spécifique');
export const TypeContratSchema = schemaCode(TYPES_CONTRAT, 'Type de contrat ou d’avenant');
export const TypeDerogationSchema = schemaCode(TYPES_DEROGATION, 'Type de dérogation');
export const ModeContractuelSchema = schemaCode(MODES_CONTRACTUELS, 'Mode contractuel');
export const NationaliteSchema = schemaCode(NATIONALITES, 'Nationalité');
export const RegimeSocialSchema = schemaCode(REGIMES_SOCIAUX, 'Régime social');
export const SituationAvantContratSchema = schemaCode(SITUATIONS_AVANT_CONTRAT, 'Situation avant le contrat');
export const DiplomeSchema = schemaCode(DIPLOMES, 'Diplôme');
export const DerniereClasseSchema = schemaCode(DERNIERES_CLASSES, 'Dernière classe suivie');
export const NiveauDiplomeSchema = schemaCode(NIVEAUX_DIPLOME, 'Niveau de diplôme');
