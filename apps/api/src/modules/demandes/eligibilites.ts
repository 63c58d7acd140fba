import type { Eligibilites } from '@mse/shared/demande/demande.schema';
import { eligibilitesDispositifs } from '@mse/shared/demande/eligibilite';
import { formaterSiret } from '@mse/shared/identifiants/siret';
import type { Db } from '../../db/database';
import { DonneesInvalides } from '../../errors';
import { peutDemanderUnFinancement } from '../../policies/demandes';
import type { Employeur } from '../../policies/espaces';
import { MESSAGE_ETABLISSEMENT_A_CHOISIR } from './creer-brouillon';
import { etablissementDeLaDemande } from './demandes.repository';

/** The cards of "Demander un financement" for one establishment, by the directory's headcount. */
export async function eligibilitesDeLEtablissement(db: Db, employeur: Employeur, siret: string | undefined): Promise<Eligibilites> {
  const e = await etablissementDeLaDemande(db, employeur, siret);
  if (!e) throw new DonneesInvalides([{ chemin: 'siret', message: MESSAGE_ETABLISSEMENT_A_CHOISIR }]);
  return {
    etablissement: { siret: e.siret, siretFormate: formaterSiret(e.siret), raisonSociale: e.raisonSociale, effectif: e.effectifEntreprise },
    dispositifs: eligibilitesDispositifs(e.effectifEntreprise),
    peutDemander: peutDemanderUnFinancement(employeur),
  };
}
