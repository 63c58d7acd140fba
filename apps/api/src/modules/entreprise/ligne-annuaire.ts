import { estDateIso } from '@mse/shared/commun/dates';
import { CodePostalSchema, IdccSchema, NafSchema, SirenSchema, SiretSchema } from '@mse/shared/identifiants/identifiants.schema';
import { z } from 'zod';
import { libelleNaf } from '../../referentiels/naf';

/**
 * One line of the OPCO's export of its member companies, checked and normalised: what the directory
 * stores. Pure (no I/O) so that every rule is tested line by line; the import applies it to each line.
 */
export type EtablissementAnnuaire = {
  siret: string;
  siren: string;
  raisonSociale: string;
  adresse: string;
  codePostal: string;
  ville: string;
  naf: string;
  idcc: string;
  effectifEntreprise: number;
  dateAdhesion: string;
  numeroAdherent: string;
};

type Colonne = keyof Omit<EtablissementAnnuaire, 'effectifEntreprise'> | 'effectif';

/** Accepted headings, compared without case, accents, spaces or punctuation ("Date d'adhésion" = "date_adhesion"). */
const INTITULES: Record<Colonne, { libelle: string; variantes: string[]; facultative?: true }> = {
  siret: { libelle: 'SIRET', variantes: ['siret'] },
  siren: { libelle: 'SIREN', variantes: ['siren'], facultative: true },
  raisonSociale: { libelle: 'raison sociale', variantes: ['raisonsociale', 'denomination'] },
  adresse: { libelle: 'adresse', variantes: ['adresse'] },
  codePostal: { libelle: 'code postal', variantes: ['codepostal', 'cp'] },
  ville: { libelle: 'ville', variantes: ['ville', 'commune'] },
  naf: { libelle: 'NAF', variantes: ['naf', 'codenaf', 'ape', 'codeape', 'nafape'] },
  idcc: { libelle: 'IDCC', variantes: ['idcc'] },
  effectif: { libelle: 'effectif', variantes: ['effectif', 'effectifentreprise'] },
  dateAdhesion: { libelle: "date d'adhésion", variantes: ['dateadhesion', 'datedadhesion'] },
  numeroAdherent: { libelle: "numéro d'adhérent", variantes: ['numeroadherent', 'numerodadherent', 'numadherent', 'nadherent', 'ndadherent', 'noadherent', 'nodadherent'] },
};

export type Entetes = Record<Colonne, number | undefined>;

function normaliserIntitule(intitule: string): string {
  return intitule
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The column of each field, from the header line; the missing required columns are named. */
export function lireEntetes(champs: string[]): { entetes: Entetes; manquantes: string[] } {
  const normalises = champs.map(normaliserIntitule);
  const entetes = {} as Entetes;
  const manquantes: string[] = [];
  for (const [colonne, { libelle, variantes, facultative }] of Object.entries(INTITULES) as [Colonne, (typeof INTITULES)[Colonne]][]) {
    const index = normalises.findIndex((n) => variantes.includes(n));
    entetes[colonne] = index >= 0 ? index : undefined;
    if (index < 0 && !facultative) manquantes.push(libelle);
  }
  return { entetes, manquantes };
}

/** "01/04/2019" (as spreadsheets write it) or "2019-04-01" → "2019-04-01". */
function versDateIso(saisie: string): string {
  const francaise = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(saisie);
  return francaise ? `${francaise[3]}-${francaise[2]!.padStart(2, '0')}-${francaise[1]!.padStart(2, '0')}` : saisie;
}

const texte = (obligatoire: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: obligatoire })
    .max(max, { error: `${obligatoire.replace(/ est obligatoire$/, '')} fait au plus ${max} caractères` });

function ligneSchema(idccConnus: ReadonlySet<string>) {
  return z
    .object({
      siret: SiretSchema,
      siren: z.union([z.literal(''), SirenSchema]),
      raisonSociale: texte('La raison sociale est obligatoire', 200),
      adresse: texte("L'adresse est obligatoire", 300),
      // Spreadsheets drop the leading zero of "06000": no postal code has four digits, so put it back.
      codePostal: z
        .string()
        .overwrite((cp) => (/^\d{4}$/.test(cp.trim()) ? `0${cp.trim()}` : cp))
        .pipe(CodePostalSchema),
      ville: texte('La ville est obligatoire', 100),
      naf: NafSchema.refine((naf) => libelleNaf(naf) !== null, { error: "Ce code NAF n'existe pas dans la nomenclature NAF rév. 2" }),
      idcc: IdccSchema.refine((idcc) => idccConnus.has(idcc), { error: "Cet IDCC n'est pas celui d'une branche de l'OPCO" }),
      effectif: z
        .string()
        .regex(/^\d{1,7}$/, { error: "L'effectif est un nombre entier de salariés (exemple : 12)" })
        .transform(Number),
      dateAdhesion: z
        .string()
        .transform(versDateIso)
        .refine(estDateIso, { error: "La date d'adhésion est une date JJ/MM/AAAA (exemple : 01/04/2019)" }),
      numeroAdherent: texte("Le numéro d'adhérent est obligatoire", 50),
    })
    .refine((l) => l.siren === '' || l.siret.startsWith(l.siren), {
      path: ['siren'],
      error: 'Le SIREN ne correspond pas aux 9 premiers chiffres du SIRET',
    });
}

export type VerificationLigne = { ok: true; etablissement: EtablissementAnnuaire } | { ok: false; motifs: string[] };

/** Checks one line; the reasons are French sentences, one per wrong field, in the order of the columns. */
export function verificateurDeLigne(entetes: Entetes, nombreDeColonnes: number, idccConnus: ReadonlySet<string>) {
  const schema = ligneSchema(idccConnus);
  return (champs: string[]): VerificationLigne => {
    // Fields shifted by a stray separator would give misleading reasons: say what is wrong instead.
    if (champs.length !== nombreDeColonnes) {
      return { ok: false, motifs: [`La ligne compte ${champs.length} colonnes au lieu de ${nombreDeColonnes} : un champ contient-il le séparateur sans guillemets ?`] };
    }
    const brut = Object.fromEntries(
      (Object.keys(INTITULES) as Colonne[]).map((colonne) => {
        const index = entetes[colonne];
        return [colonne, index === undefined ? '' : (champs[index] ?? '')];
      }),
    );
    const resultat = schema.safeParse(brut);
    if (!resultat.success) return { ok: false, motifs: resultat.error.issues.map((i) => i.message) };
    const { effectif, siren, ...l } = resultat.data;
    return { ok: true, etablissement: { ...l, siren: siren || l.siret.slice(0, 9), effectifEntreprise: effectif } };
  };
}
