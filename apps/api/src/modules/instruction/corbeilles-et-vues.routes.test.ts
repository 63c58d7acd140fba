import { regionDuCodePostal } from '@mse/shared/instruction/regions';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demandes } from '../../db/schema';
import { BOULANGER, preparerInstruction } from './instruction.test-helper';

type Page = { demandes: { numero: string; dispositif: string; statut: string; montantEstimeCentimes: number | null; envoyeLe: string; etablissement: { siret: string } }[]; suivant: string | null };

describe('corbeilles : filtres, tri, vues enregistrées et attribution en masse', async () => {
  const t = await preparerInstruction();
  const gestionnaire = await t.connecter('gestionnaire@opco.test');
  const superviseur = await t.connecter('superviseur@opco.test');
  const administrateur = await t.connecter('administrateur@opco.test');
  const employeur = await t.connecter(BOULANGER);
  const liste = async (criteres: string) => {
    const res = await gestionnaire.get(`/api/opco/demandes?${criteres}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };
  const numeros = async (criteres: string) => (await liste(criteres)).demandes.map((d) => d.numero);

  it('filtre par branche, région, établissement, dates d’envoi et montant, et trie des plus récentes aux plus anciennes', async () => {
    const a = await t.demande('pro_a', 'envoye', { joursDepuisComplet: 3 });
    const b = await t.demande('pro_a', 'envoye', { joursDepuisComplet: 1 });
    await t.db.update(demandes).set({ montantEstimeCentimes: 250_000 }).where(eq(demandes.id, b.id));
    const region = regionDuCodePostal(t.site.codePostal)!;
    const autreRegion = region.code === '11' ? '53' : '11';
    const base = `corbeille=toutes&dispositif=pro_a&siret=${t.site.siret}`;
    expect(await numeros(`${base}&idcc=${t.site.idcc}&region=${region.code}`)).toEqual(expect.arrayContaining([a.numero, b.numero]));
    expect(await numeros(`${base}&region=${autreRegion}`)).toEqual([]);
    expect(await numeros(`${base}&idcc=${t.site.idcc === '9999' ? '0843' : '9999'}`)).toEqual([]);
    expect(await numeros(`${base}&montantMin=2000&montantMax=3000`)).toEqual([b.numero]);
    expect(await numeros(`${base}&montantMax=1500`)).not.toContain(b.numero);
    const jour = (d: Date) => d.toISOString().slice(0, 10);
    const jourB = jour(b.envoyeLe!);
    expect(await numeros(`${base}&envoyeDu=${jourB}&envoyeAu=${jourB}`)).toEqual([b.numero]);
    const anciennes = await numeros(`${base}&tri=anciennes`);
    const recentes = await numeros(`${base}&tri=recentes`);
    expect(recentes).toEqual([...anciennes].reverse());
    expect(recentes.indexOf(b.numero!)).toBeLessThan(recentes.indexOf(a.numero!));
  });

  it('pagine aussi des plus récentes aux plus anciennes, sans doublon ni oubli', async () => {
    for (let i = 0; i < 55; i++) await t.demande('professionnalisation', 'en_cours_de_traitement', { joursDepuisComplet: 4 });
    const vus: string[] = [];
    let apres = '';
    do {
      const page = await liste(`corbeille=toutes&dispositif=professionnalisation&tri=recentes${apres ? `&apres=${apres}` : ''}`);
      vus.push(...page.demandes.map((d) => `${d.envoyeLe} ${d.numero}`));
      apres = page.suivant ?? '';
    } while (apres);
    expect(vus.length).toBeGreaterThanOrEqual(55);
    expect(new Set(vus).size).toBe(vus.length);
    const dates = vus.map((v) => v.split(' ')[0]!);
    expect([...dates].sort().reverse()).toEqual(dates);
    const premiere = await liste('corbeille=toutes&dispositif=professionnalisation&tri=recentes');
    const mauvaisTri = await gestionnaire.get(`/api/opco/demandes?corbeille=toutes&dispositif=professionnalisation&tri=anciennes&apres=${premiere.suivant}`);
    expect(mauvaisTri.statusCode).toBe(400);
  });

  it('explique chaque critère invalide sur son champ (400)', async () => {
    const res = await gestionnaire.get('/api/opco/demandes?corbeille=toutes&region=99&idcc=12&montantMin=50&montantMax=10&envoyeDu=2026-05-02&envoyeAu=2026-05-01&siret=123');
    expect(res.statusCode).toBe(400);
    const champs = res.json().erreur.champs as { chemin: string; message: string }[];
    expect(champs).toEqual(
      expect.arrayContaining([
        { chemin: 'region', message: 'Région inconnue' },
        { chemin: 'idcc', message: 'Code IDCC sur 4 chiffres attendu' },
        { chemin: 'siret', message: 'SIRET de 14 chiffres attendu' },
      ]),
    );
  });

  it('enregistre des vues par personne : les miennes seulement, le même nom remplace, et on supprime la sienne', async () => {
    const creee = await gestionnaire.post('/api/opco/vues', { nom: 'Pro-A en Provence', criteres: { corbeille: 'toutes', dispositif: 'pro_a', region: '93', q: '' } });
    expect(creee.statusCode, creee.body).toBe(200);
    expect(creee.json()).toMatchObject({ nom: 'Pro-A en Provence', criteres: { corbeille: 'toutes', dispositif: 'pro_a', region: '93' } });
    const remplacee = await gestionnaire.post('/api/opco/vues', { nom: 'Pro-A en Provence', criteres: { corbeille: 'nouvelles', dispositif: 'pro_a' } });
    expect(remplacee.json().id).toBe(creee.json().id);
    expect((await gestionnaire.get('/api/opco/vues')).json().vues).toEqual([{ id: creee.json().id, nom: 'Pro-A en Provence', criteres: { corbeille: 'nouvelles', dispositif: 'pro_a' } }]);
    expect((await superviseur.get('/api/opco/vues')).json().vues).toEqual([]);
    expect((await superviseur.delete(`/api/opco/vues/${creee.json().id}`)).statusCode).toBe(404);

    const invalide = await gestionnaire.post('/api/opco/vues', { nom: ' ', criteres: { region: '99' } });
    expect(invalide.statusCode).toBe(400);
    expect(invalide.json().erreur.champs).toContainEqual({ chemin: 'nom', message: 'Donnez un nom à la vue.' });
    const critereInvalide = await gestionnaire.post('/api/opco/vues', { nom: 'Mauvaise', criteres: { region: '99' } });
    expect(critereInvalide.statusCode).toBe(422);
    expect(critereInvalide.json().erreur.champs).toEqual([{ chemin: 'criteres.region', message: 'Région inconnue' }]);

    expect((await gestionnaire.delete(`/api/opco/vues/${creee.json().id}`)).statusCode).toBe(204);
    expect((await gestionnaire.get('/api/opco/vues')).json().vues).toEqual([]);
    expect((await employeur.get('/api/opco/vues')).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/opco/vues' })).statusCode).toBe(401);
  });

  it('attribue en masse : chaque demande a sa ligne d’historique, une demande décidée entre-temps est signalée, les autres passent', async () => {
    const [a, b] = [await t.demande('apprentissage', 'envoye'), await t.demande('apprentissage', 'a_completer')];
    const decidee = await t.demande('apprentissage', 'refuse');
    const res = await superviseur.post('/api/opco/demandes/attribuer', { numeros: [a.numero, b.numero, decidee.numero, 'AP-2026-999999'], gestionnaireId: gestionnaire.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      attribuees: [a.numero, b.numero],
      echecs: [
        { numero: decidee.numero, message: 'Impossible d’attribuer la demande : elle est déjà décidée.' },
        { numero: 'AP-2026-999999', message: 'Cette demande n’existe pas ou n’a pas encore été envoyée.' },
      ],
    });
    for (const d of [a, b]) {
      expect((await t.lire(d.numero!)).gestionnaireId).toBe(gestionnaire.id);
      expect((await t.historique(d.id)).at(-1)).toMatchObject({ action: 'attribuer', utilisateurId: superviseur.id, details: expect.objectContaining({ gestionnaireId: gestionnaire.id }) });
    }
    expect((await gestionnaire.post('/api/opco/demandes/attribuer', { numeros: [a.numero], gestionnaireId: superviseur.id })).statusCode).toBe(403);
    expect((await administrateur.post('/api/opco/demandes/attribuer', { numeros: [], gestionnaireId: gestionnaire.id })).json().erreur.champs).toEqual([{ chemin: 'numeros', message: 'Cochez au moins une demande.' }]);
    const inconnu = await administrateur.post('/api/opco/demandes/attribuer', { numeros: [a.numero], gestionnaireId: employeur.id });
    expect(inconnu.statusCode).toBe(422);
    expect(inconnu.json().erreur.champs).toEqual([{ chemin: 'gestionnaireId', message: 'Cette personne ne fait pas partie du personnel de l’OPCO.' }]);
    expect((await employeur.post('/api/opco/demandes/attribuer', { numeros: [a.numero], gestionnaireId: gestionnaire.id })).statusCode).toBe(404);
    expect((await t.lire(a.numero!)).gestionnaireId).toBe(gestionnaire.id);
  });

  it('deux gestionnaires décident la même demande en même temps : un seul gagne, l’autre reçoit un 409 qui dit pourquoi', async () => {
    const d = await t.demande('professionnalisation', 'en_cours_de_traitement');
    const [accord, refus] = await Promise.all([
      gestionnaire.post(`/api/opco/demandes/${d.numero}/accepter`, {}),
      superviseur.post(`/api/opco/demandes/${d.numero}/refuser`, { motif: 'autre', texte: 'Doublon' }),
    ]);
    const codes = [accord.statusCode, refus.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const perdant = accord.statusCode === 409 ? accord : refus;
    expect(perdant.json().erreur.message).toMatch(/^Impossible de (refuser la demande|accepter la prise en charge) : la demande est au statut « (Pris en charge|Refusé) »/);
    const decisions = (await t.historique(d.id)).filter((h) => h.action === 'accepter' || h.action === 'refuser');
    expect(decisions).toHaveLength(1);
  });
});
