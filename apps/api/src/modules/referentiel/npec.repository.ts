import { formaterDate } from '@mse/shared/commun/dates';
import { formaterEuros } from '@mse/shared/commun/montant';
import type { Npec } from '@mse/shared/financement/demande-financement.schema';
import type { RechercheNpec, ResultatNpec } from '@mse/shared/financement/estimation.schema';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';

type Ligne = {
  cpne: string;
  libelle_cpne: string;
  rncp: string | null;
  montant_centimes: number | null;
  date_applicabilite: string | null;
};

/**
 * The NPEC in force on a date for a certification in a branch: the CPNE covering the IDCC (as the
 * latest CPNE ↔ IDCC sheet dated on or before that day says), then for each of them the latest row of
 * that certification dated on or before that day. When several CPNE cover the IDCC, the estimate keeps
 * the lowest amount: an estimate never promises more than the OPCO will pay.
 */
export async function trouverNpec(db: Db, { rncp, idcc, date }: RechercheNpec): Promise<ResultatNpec> {
  const { rows } = await db.execute<Ligne>(sql`
    with cpne as (
      select cpne, libelle_cpne from cpne_idcc
      where idcc = ${idcc}
        and date_applicabilite = (select max(date_applicabilite) from cpne_idcc where idcc = ${idcc} and date_applicabilite <= ${date})
    )
    select c.cpne, c.libelle_cpne, n.rncp, n.montant_centimes, to_char(n.date_applicabilite, 'YYYY-MM-DD') as date_applicabilite
    from cpne c
    left join lateral (
      select rncp, montant_centimes, date_applicabilite from npec
      where rncp = ${rncp} and cpne = c.cpne and date_applicabilite <= ${date}
      order by date_applicabilite desc limit 1
    ) n on true
    order by c.cpne`);

  const cpne = rows.map((r) => ({
    code: r.cpne,
    libelle: r.libelle_cpne,
    npec:
      r.montant_centimes === null || r.date_applicabilite === null
        ? null
        : ({ rncp, cpne: r.cpne, libelleCpne: r.libelle_cpne, montantAnnuelCentimes: r.montant_centimes, dateApplicabilite: r.date_applicabilite } satisfies Npec),
  }));
  const avecNpec = cpne.flatMap((c) => (c.npec ? [c.npec] : []));
  const npec = avecNpec.reduce<Npec | null>((plusBas, n) => (plusBas === null || n.montantAnnuelCentimes < plusBas.montantAnnuelCentimes ? n : plusBas), null);
  return { npec, cpne, explication: expliquer({ rncp, idcc, date }, cpne.length, npec, avecNpec.length) };
}

function expliquer({ rncp, idcc, date }: RechercheNpec, nombreCpne: number, npec: Npec | null, nombreAvecNpec: number): string {
  const le = formaterDate(date);
  if (nombreCpne === 0) return `Aucune CPNE connue pour l'IDCC ${idcc} au ${le} dans le référentiel NPEC importé : la valeur d'amorçage du niveau de la certification s'applique.`;
  if (npec === null) return `${rncp} n'a pas de NPEC publié pour la branche (IDCC ${idcc}) au ${le} : la valeur d'amorçage du niveau de la certification s'applique.`;
  const base = `IDCC ${idcc} → CPNE ${npec.cpne}${npec.libelleCpne ? ` (${npec.libelleCpne})` : ''} : NPEC de ${rncp} = ${formaterEuros(npec.montantAnnuelCentimes)} par an, applicable depuis le ${formaterDate(npec.dateApplicabilite)}.`;
  return nombreAvecNpec > 1
    ? `${base} ${nombreAvecNpec} CPNE couvrent cette convention : l'estimation retient le montant le plus bas ; l'OPCO appliquera celui de la CPNE dont relève le contrat.`
    : base;
}
