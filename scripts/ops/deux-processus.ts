// Two app processes on one PostgreSQL, for real:
//   node --import tsx scripts/ops/deux-processus.ts      (npm run ops:deux-processus)
// A PostgreSQL server of its own, an SMTP server that counts what it receives, two app processes A and
// B (each with its inline worker, as `npm start` runs them) and a separate worker (worker.ts), all on
// the same database and the same FILES_DIR. A tiny round-robin client checks: a session opened on A
// works on B (reads, writes with the CSRF token, sign-out seen by both); an upload made on one process
// is downloaded whole from the other; the silence-rule timer (cron */5, three pg-boss instances
// scheduling it) runs once per slot and decides each overdue request once, with one e-mail.
// Exit code 0 when all hold. Takes up to ~6 minutes (the next */5 slot).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { arreter, attendrePret, demarrerPostgres, demarrerSmtp, executer, lancer as lancerScript, pause, PDF, portLibre, say, sha256, type Processus } from './outils';

async function main(): Promise<number> {
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-deux-'));
  fs.chmodSync(dossier, 0o755);
  const processus: Processus[] = [];
  const smtp = await demarrerSmtp();
  const recus = smtp.recus;
  const ecarts: string[] = [];
  let client: pg.Client | undefined;
  const verifier = (ok: boolean, message: string) => {
    say(`   ${ok ? 'ok ' : 'KO '} ${message}`);
    if (!ok) ecarts.push(message);
  };
  try {
    say('1. PostgreSQL, SMTP, puis A, B et le worker sur la même base et le même FILES_DIR…');
    const databaseUrl = await demarrerPostgres(processus, dossier, 'mse_deux');
    const env = { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, FILES_DIR: path.join(dossier, 'fichiers'), SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, LOG_LEVEL: 'warn', WORKER: 'inline' };
    const lancer = (nom: string, script: string, port?: number): Processus => lancerScript(processus, nom, script, [], port ? { ...env, PORT: String(port) } : env);
    // A first: it migrates and loads the demo data; B and the worker then start on a ready database.
    const urlA = `http://127.0.0.1:${await portLibre()}`;
    const urlB = `http://127.0.0.1:${await portLibre()}`;
    await attendrePret(urlA, lancer('A', 'apps/api/src/server.ts', Number(new URL(urlA).port)));
    const b = lancer('B', 'apps/api/src/server.ts', Number(new URL(urlB).port));
    const worker = lancer('worker', 'apps/api/src/worker.ts');
    await attendrePret(urlB, b);
    for (let i = 0; i < 120 && !worker.journal.includes('Worker démarré'); i++) await pause(500);
    if (!worker.journal.includes('Worker démarré')) throw new Error(`le worker ne démarre pas : ${worker.journal}`);
    const demarreLe = new Date();

    client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', () => undefined); // the server stopping at the end
    await client.connect();
    // Overdue apprenticeship requests (silence = refusal): complete for 60 days, still undecided.
    const { rows: enSilence } = await client.query<{ id: string; numero: string; dispositif: string }>(
      `update demandes set dossier_complet_le = now() - interval '60 days'
       where id in (select id from demandes where statut in ('envoye', 'en_cours_de_traitement') and dispositif = 'apprentissage' order by numero limit 3)
       returning id, numero, dispositif`,
    );

    if (!enSilence.length) throw new Error('aucune demande d’apprentissage en attente de décision dans les données de démonstration');

    // The round-robin: each request goes to the next process.
    const urls = [urlA, urlB];
    let tour = 0;
    const suivant = () => urls[tour++ % urls.length]!;

    say('2. Session ouverte sur A, utilisée sur A et B à tour de rôle…');
    const connexion = await fetch(`${urlA}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'julien.martin@au-pain-dore.test', motDePasse: 'Portail-Demo-2026!' }) });
    verifier(connexion.ok, `connexion sur A : ${connexion.status}`);
    const cookie = connexion.headers.get('set-cookie')!.split(';')[0]!;
    const entetes = { cookie, 'x-csrf-token': ((await connexion.json()) as { csrfToken: string }).csrfToken };
    const statuts: Record<string, number[]> = { [urlA]: [], [urlB]: [] };
    for (let i = 0; i < 20; i++) {
      const url = suivant();
      statuts[url]!.push((await fetch(`${url}/api/accueil`, { headers: entetes })).status);
    }
    verifier([...statuts[urlA]!, ...statuts[urlB]!].every((s) => s === 200), `20 pages d’accueil à tour de rôle : A ${statuts[urlA]!.filter((s) => s === 200).length}/10, B ${statuts[urlB]!.filter((s) => s === 200).length}/10 en 200`);
    const cree = await fetch(`${urlB}/api/demandes`, { method: 'POST', headers: { ...entetes, 'content-type': 'application/json' }, body: JSON.stringify({ id: randomUUID(), dispositif: 'action_individuelle', donnees: { formation: { intitule: 'Deux processus' } } }) });
    verifier(cree.status === 201, `brouillon créé sur B avec le jeton CSRF reçu de A : ${cree.status}`);
    const brouillon = (await cree.json()) as { id: string; version: number };
    const sauve = await fetch(`${urlA}/api/demandes/${brouillon.id}`, { method: 'PUT', headers: { ...entetes, 'content-type': 'application/json' }, body: JSON.stringify({ version: brouillon.version, donnees: { formation: { intitule: 'Deux processus, sauvegardé sur A' } } }) });
    verifier(sauve.ok, `brouillon enregistré sur A : ${sauve.status}`);
    const relu = (await (await fetch(`${urlB}/api/demandes/${brouillon.id}`, { headers: entetes })).json()) as { donnees: { formation?: { intitule?: string } } };
    verifier(relu.donnees.formation?.intitule === 'Deux processus, sauvegardé sur A', 'relu sur B tel qu’enregistré sur A');

    say('3. Pièce déposée sur A, téléchargée sur B (et inversement)…');
    for (const [depot, lecture] of [[urlA, urlB], [urlB, urlA]] as const) {
      const octets = Buffer.concat([PDF, Buffer.from(`% ${depot}\n`)]);
      const corps = new FormData();
      corps.set('type', 'programme');
      corps.set('fichier', new Blob([octets], { type: 'application/pdf' }), 'programme.pdf');
      const depose = await fetch(`${depot}/api/demandes/${brouillon.id}/pieces`, { method: 'POST', headers: entetes, body: corps });
      const piece = (await depose.json()) as { id: string };
      const telecharge = await fetch(`${lecture}/api/demandes/${brouillon.id}/pieces/${piece.id}`, { headers: entetes });
      const lu = Buffer.from(await telecharge.arrayBuffer());
      const nom = (u: string) => (u === urlA ? 'A' : 'B');
      verifier(depose.status === 201 && telecharge.ok && sha256(lu) === sha256(octets), `déposée sur ${nom(depot)} (${depose.status}), lue sur ${nom(lecture)} (${telecharge.status}, ${lu.length} octets, même empreinte : ${sha256(lu) === sha256(octets)})`);
    }

    say('4. Déconnexion sur B, vue par A…');
    const sortie = await fetch(`${urlB}/api/session`, { method: 'DELETE', headers: entetes });
    const apres = await fetch(`${urlA}/api/session`, { headers: entetes });
    verifier(sortie.ok && apres.status === 401, `déconnexion sur B (${sortie.status}) : A répond ${apres.status}`);

    say(`5. Minuterie de la règle du silence (cron */5, planifiée par A, B et le worker) : ${enSilence.length} demande(s) en silence, attente du prochain créneau…`);
    const fin = Date.now() + 7 * 60_000;
    type Travail = { state: string; creneau: string; n: number };
    let travaux: Travail[] = [];
    while (Date.now() < fin) {
      ({ rows: travaux } = await client.query<Travail>(
        `select state, to_char(date_trunc('minute', created_on), 'HH24:MI') as creneau, count(*)::int as n from pgboss.job
         where name = 'appliquer-regle-silence' and created_on >= $1 group by 1, 2 order by 2`,
        [demarreLe],
      ));
      if (travaux.some((t) => t.state === 'completed')) break;
      await pause(5000);
    }
    await pause(8000); // the e-mails the run queued
    ({ rows: travaux } = await client.query<Travail>(
      `select state, to_char(date_trunc('minute', created_on), 'HH24:MI') as creneau, count(*)::int as n from pgboss.job
       where name = 'appliquer-regle-silence' and created_on >= $1 group by 1, 2 order by 2`,
      [demarreLe],
    ));
    const parCreneau = new Map<string, number>();
    for (const t of travaux) parCreneau.set(t.creneau, (parCreneau.get(t.creneau) ?? 0) + t.n);
    verifier(travaux.some((t) => t.state === 'completed'), `travaux de la minuterie : ${travaux.map((t) => `${t.creneau} ${t.state} ×${t.n}`).join(', ') || 'aucun'}`);
    verifier([...parCreneau.values()].every((n) => n === 1), `un seul travail par créneau (${[...parCreneau].map(([c, n]) => `${c} : ${n}`).join(', ')})`);
    for (const d of enSilence) {
      const { rows } = await client.query<{ n: number }>("select count(*)::int as n from historique_demandes where demande_id = $1 and acteur = 'automatique'", [d.id]);
      const { rows: courriels } = await client.query<{ n: number }>("select count(*)::int as n from emails where sujet like $1 and statut = 'envoye'", [`%${d.numero} %`]);
      const smtpRecus = recus.filter((s) => s.includes(`${d.numero} `)).length;
      verifier(rows[0]!.n === 1 && courriels[0]!.n <= 1 && smtpRecus === courriels[0]!.n, `${d.numero} (${d.dispositif}) : décidée ${rows[0]!.n} fois, ${courriels[0]!.n} e-mail en base, ${smtpRecus} reçu par SMTP`);
    }

    if (ecarts.length) {
      say(`ÉCHEC : ${ecarts.length} écart(s)`);
      return 1;
    }
    say('RÉUSSI : la session vaut sur les deux processus, les fichiers sont partagés, la minuterie tourne une fois.');
    return 0;
  } finally {
    await client?.end().catch(() => undefined);
    await arreter(processus);
    smtp.fermer();
    fs.rmSync(dossier, { recursive: true, force: true });
  }
}

executer(main, 'Test à deux processus impossible');
