import { describe, expect, it } from 'vitest';
import { appliquerRegleSilence, appliquerReglesSilence } from './appliquer-regle-silence';
import { preparerInstruction } from './instruction.test-helper';

describe('règle du silence de l’OPCO après 20 jours', async () => {
  const t = await preparerInstruction();
  const ctx = () => ({ database: t.ctx.database, config: t.ctx.config, now: t.ctx.clock.now, ip: 'minuterie' });

  it('refuse l’apprentissage, accepte la professionnalisation et la Pro-A au montant du moteur, une seule fois même relancée', async () => {
    const apprentissage = await t.demande('apprentissage', 'en_cours_de_traitement', { joursDepuisComplet: 21 });
    const pro = await t.demande('professionnalisation', 'envoye', { joursDepuisComplet: 22 });
    const proA = await t.demande('pro_a', 'en_cours_de_traitement', { joursDepuisComplet: 25 });
    const individuelle = await t.demande('action_individuelle', 'en_cours_de_traitement', { joursDepuisComplet: 30 });
    const dernierJour = await t.demande('apprentissage', 'envoye', { joursDepuisComplet: 20 });
    const suspendue = await t.demande('professionnalisation', 'a_completer', { joursDepuisComplet: 40 });
    const gestionnaire = await t.connecter('gestionnaire@opco.test');
    const montantPro = (await gestionnaire.get(`/api/opco/demandes/${pro.numero}`)).json().estimation.detail.montants.total as number;

    const bilan = await appliquerReglesSilence(ctx());
    expect(bilan.refusee).toBeGreaterThanOrEqual(1);
    expect(bilan.acceptee).toBeGreaterThanOrEqual(2);

    expect(await t.lire(apprentissage.numero!)).toMatchObject({ statut: 'refuse', decideLe: t.ctx.clock.now });
    expect((await t.historique(apprentissage.id)).at(-1)).toMatchObject({
      action: 'refuser',
      acteur: 'automatique',
      utilisateurId: null,
      motif: 'Absence de réponse de l’OPCO dans les 20 jours (article D6224-2 du code du travail) : le silence vaut refus.',
    });
    expect((await t.emailsDe(apprentissage.numero!)).map((e) => e.sujet)).toEqual([expect.stringContaining('est refusée')]);

    expect(await t.lire(pro.numero!)).toMatchObject({ statut: 'pris_en_charge', montantEngageCentimes: montantPro });
    expect((await t.historique(pro.id)).at(-1)).toMatchObject({ action: 'accepter', acteur: 'automatique', motif: expect.stringContaining('D6325-1 et D6325-2') });
    expect((await t.emailsDe(pro.numero!))[0]!.texte).toContain('le silence vaut acceptation');
    expect((await t.lire(proA.numero!)).statut).toBe('pris_en_charge');

    expect((await t.lire(individuelle.numero!)).statut).toBe('en_cours_de_traitement');
    expect((await t.lire(dernierJour.numero!)).statut).toBe('envoye');
    expect((await t.lire(suspendue.numero!)).statut).toBe('a_completer');

    const historiques = await Promise.all([apprentissage, pro, proA].map((d) => t.historique(d.id)));
    expect(await appliquerReglesSilence(ctx())).toEqual({ refusee: 0, acceptee: 0, rien: 0 });
    expect(await appliquerRegleSilence(ctx(), apprentissage.id)).toBe('rien');
    expect(await Promise.all([apprentissage, pro, proA].map((d) => t.historique(d.id)))).toEqual(historiques);
    expect(await t.emailsDe(apprentissage.numero!)).toHaveLength(1);

    const detail = (await gestionnaire.get(`/api/opco/demandes/${apprentissage.numero}`)).json();
    expect(detail.historique.at(-1)).toMatchObject({ qui: 'Automatique', libelle: 'Demande refusée' });
  });

  it('laisse passer le 20e jour, et décide le lendemain', async () => {
    const d = await t.demande('apprentissage', 'envoye', { joursDepuisComplet: 20 });
    expect(await appliquerRegleSilence(ctx(), d.id)).toBe('rien');
    const demain = { ...ctx(), now: new Date(t.ctx.clock.now.getTime() + 86_400_000) };
    expect(await appliquerRegleSilence(demain, d.id)).toBe('refusee');
    expect(await appliquerRegleSilence(demain, d.id)).toBe('rien');
  });

  it('ne décide pas deux fois quand deux travailleurs passent en même temps', async () => {
    const d = await t.demande('professionnalisation', 'en_cours_de_traitement', { joursDepuisComplet: 23 });
    const effets = await Promise.all([appliquerRegleSilence(ctx(), d.id), appliquerRegleSilence(ctx(), d.id)]);
    expect(effets.sort()).toEqual(['acceptee', 'rien']);
    expect((await t.historique(d.id)).filter((h) => h.action === 'accepter')).toHaveLength(1);
  });
});
