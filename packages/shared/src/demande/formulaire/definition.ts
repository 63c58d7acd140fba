import type { z } from 'zod';
import type { DemandeControlee } from '../../controles/demande-controlee.schema';
import type { DemandeEstimation } from '../../financement/estimation.schema';
import type { Dispositif } from '../../financement/demande-financement.schema';
import type { Donnees, Etape } from './champs';

/** What the list of requests shows of one, read from its content (the columns of "Mes financements"). */
export interface ResumeDemande {
  beneficiaire: string | null;
  intituleFormation: string | null;
  organisme: string | null;
  organismeSiret: string | null;
  dateDebut: string | null;
  dateFin: string | null;
}

/** One piece justificative the scheme asks for in this case. */
export interface PieceRequise {
  /** Stable code, stored with the uploaded file ("cerfa_signe"). */
  type: string;
  libelle: string;
  obligatoire: boolean;
  aide?: string;
}

/** The establishment as the directory knows it: what pre-fills the employer block. */
export interface EtablissementPrerempli {
  siret: string;
  raisonSociale: string;
  adresse: string;
  codePostal: string;
  ville: string;
  naf: string | null;
  idcc: string | null;
  effectif: number;
}

/** The catalogue card of "Demander un financement". */
export interface CarteDispositif {
  titre: string;
  finance: string;
  eligibles: string;
  piecesAPreparer: readonly string[];
}

export interface DefinitionFormulaire {
  dispositif: Dispositif;
  /** The menu's label ("Contrat d’apprentissage"). */
  titre: string;
  /** The menu's address: /demander-un-financement/<slug>. */
  slug: string;
  carte: CarteDispositif;
  etapes: readonly Etape[];
  /** The complete request, as it must be to be sent (applied to donneesUtiles). */
  schema: z.ZodType;
  /** The employer block from the establishment; the server rewrites it at sending. */
  preremplir(etablissement: EtablissementPrerempli): Donnees;
  /** The complete request (schema-valid) in the shape the controls read. */
  versDemandeControlee(donnees: Donnees): DemandeControlee;
  /** What the estimate needs, as soon as enough is typed; null before. */
  versEstimation(donnees: Donnees): DemandeEstimation | null;
  resume(donnees: Donnees): ResumeDemande;
  piecesRequises(donnees: Donnees): PieceRequise[];
}
