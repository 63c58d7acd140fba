import { verifierFormulaire } from '@mse/shared/demande/formulaire/formulaires';
import { decisionAutomatiqueActive } from '@mse/shared/instruction/decision-automatique';
import { eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demandes, etablissements } from '../../db/schema';
import { dateDuJour } from '../referentiel/date-du-jour';
import { chargerReferentiel } from '../referentiel/referentiel.repository';
import { reglesDecision } from './decision-automatique.repository';
import { echecsALEnvoi } from './decider-automatiquement';
import { estimationServeur } from './estimation-serveur';
import { preparerInstruction } from './instruction.test-helper';

describe('la décision automatique sur les demandes de démonstration', async () => {
  const t = await preparerInstruction();

  it('déciderait automatiquement les demandes d’alternance de la démo dont tous les contrôles passent, jamais une action individuelle', async () => {
    const referentiel = await chargerReferentiel(t.db);
    const regles = await reglesDecision(t.db);
    const envoyees = await t.db
      .select({ d: demandes, siret: etablissements.siret, idcc: etablissements.idcc })
      .from(demandes)
      .innerJoin(etablissements, eq(etablissements.id, demandes.etablissementId))
      .where(isNotNull(demandes.envoyeLe));
    const parDispositif: Record<string, { envoyees: number; automatiques: number }> = {};
    for (const { d, siret, idcc } of envoyees) {
      const verification = verifierFormulaire(d.dispositif, d.donnees, referentiel, dateDuJour(d.envoyeLe!));
      const estimation = await estimationServeur(t.db, 'minuterie', { dispositif: d.dispositif, donnees: d.donnees, siret }, d.envoyeLe!);
      const automatique = decisionAutomatiqueActive(regles, d.dispositif, idcc) && echecsALEnvoi(verification.controles, estimation).length === 0 && verification.problemes.length === 0;
      const c = (parDispositif[d.dispositif] ??= { envoyees: 0, automatiques: 0 });
      c.envoyees += 1;
      if (automatique) c.automatiques += 1;
    }
    const total = Object.values(parDispositif).reduce((s, c) => s + c.envoyees, 0);
    const automatiques = Object.values(parDispositif).reduce((s, c) => s + c.automatiques, 0);
    console.info(`Décision automatique sur la démo : ${automatiques}/${total}`, JSON.stringify(parDispositif));
    expect(parDispositif.action_individuelle?.automatiques ?? 0).toBe(0);
    expect(automatiques).toBeGreaterThan(0);
  });
});
