import { describe, expect, it } from 'vitest';
import { appliquerRegleSilence } from '../instruction/appliquer-regle-silence';
import { BOULANGER, preparerInstruction } from '../instruction/instruction.test-helper';

type Stats = {
  du: string;
  au: string;
  semaines: { debut: string; recues: number; decidees: number; automatiques: number }[];
  delaiDecision: { nombre: number; moyenneJours: number | null; percentile90Jours: number | null };
  dossiersPlusDe15Jours: number;
  engagements: { dispositif: string; idcc: string; branche: string; nombre: number; montantEngageCentimes: number }[];
};

describe('tableau de bord du superviseur', async () => {
  const t = await preparerInstruction();
  const superviseur = await t.connecter('superviseur@opco.test');
  const gestionnaire = await t.connecter('gestionnaire@opco.test');
  const employeur = await t.connecter(BOULANGER);
  const lire = async () => {
    const res = await superviseur.get('/api/opco/statistiques?semaines=8');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Stats;
  };
  const cetteSemaine = (s: Stats) => s.semaines.at(-1)!;
  const engage = (s: Stats, dispositif: string) => s.engagements.find((e) => e.dispositif === dispositif && e.idcc === t.site.idcc) ?? { nombre: 0, montantEngageCentimes: 0 };

  it('compte les demandes reçues, décidées et décidées automatiquement de la semaine, les délais, les dossiers de plus de 15 jours et les engagements', async () => {
    const avant = await lire();
    expect(avant.semaines).toHaveLength(8);
    expect(new Date(`${avant.semaines[0]!.debut}T12:00:00Z`).getUTCDay()).toBe(1);

    const recue = await t.demande('professionnalisation', 'en_cours_de_traitement', { joursDepuisComplet: 0 });
    expect((await gestionnaire.post(`/api/opco/demandes/${recue.numero}/accepter`, {})).statusCode).toBe(200);
    const silence = await t.demande('pro_a', 'en_cours_de_traitement', { joursDepuisComplet: 23 });
    expect(await appliquerRegleSilence({ database: t.ctx.database, config: t.ctx.config, now: t.ctx.clock.now, ip: 'minuterie' }, silence.id)).toBe('acceptee');
    await t.demande('apprentissage', 'envoye', { joursDepuisComplet: 16 });

    const apres = await lire();
    expect(cetteSemaine(apres).recues).toBe(cetteSemaine(avant).recues + 1);
    expect(cetteSemaine(apres).decidees).toBe(cetteSemaine(avant).decidees + 2);
    expect(cetteSemaine(apres).automatiques).toBe(cetteSemaine(avant).automatiques + 1);
    expect(apres.delaiDecision.nombre).toBe(avant.delaiDecision.nombre + 2);
    expect(apres.delaiDecision.percentile90Jours!).toBeGreaterThanOrEqual(apres.delaiDecision.moyenneJours! - 0.1);
    expect(apres.dossiersPlusDe15Jours).toBe(avant.dossiersPlusDe15Jours + 1);
    const montantPro = (await t.lire(recue.numero!)).montantEngageCentimes!;
    expect(engage(apres, 'professionnalisation').nombre).toBe(engage(avant, 'professionnalisation').nombre + 1);
    expect(engage(apres, 'professionnalisation').montantEngageCentimes).toBe(engage(avant, 'professionnalisation').montantEngageCentimes + montantPro);
    expect(engage(apres, 'pro_a').nombre).toBe(engage(avant, 'pro_a').nombre + 1);
  });

  it('réserve le tableau de bord aux superviseurs et administrateurs, et explique une période invalide', async () => {
    expect((await gestionnaire.get('/api/opco/statistiques')).statusCode).toBe(403);
    expect((await (await t.connecter('administrateur@opco.test')).get('/api/opco/statistiques')).statusCode).toBe(200);
    expect((await employeur.get('/api/opco/statistiques')).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/opco/statistiques' })).statusCode).toBe(401);
    const invalide = await superviseur.get('/api/opco/statistiques?semaines=0');
    expect(invalide.statusCode).toBe(400);
    expect(invalide.json().erreur.champs).toEqual([{ chemin: 'semaines', message: 'Une semaine au moins' }]);
  });
});
