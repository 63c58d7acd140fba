// Crash safety, for real:
//   node --import tsx scripts/ops/crash-test.ts      (npm run ops:crash)
// A PostgreSQL server of its own, an SMTP server that counts what it receives, and the app; 200
// operations in flight, 20 at a time (100 drafts each followed by an autosave, 50 submissions — a
// complete draft, its two pieces, the sending — and 50 support requests), each with the browser's own
// uuid; the app is killed with SIGKILL midway, then restarted, and the client retries what got no
// answer, with the same uuid and version, as the form's « Réessayer » does. Checked: every request that
// got a 2xx is in the database exactly once (an autosave with at least its acknowledged version), none
// is there twice (no draft twice for one uuid, one dossier number per submission, one « soumettre »
// history row), every e-mail is delivered once per dossier/support number, and every e-mail job
// (pg-boss) exists once and ends completed. Exit code 0 when all hold.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { exempleComplet } from '@mse/shared/demande/formulaire/exemples-complets';
import { arreter, attendrePret, demarrerPostgres, demarrerSmtp, executer, lancer, pause, PDF, portLibre, say, type Processus } from './outils';

async function main(): Promise<number> {
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), 'mse-crash-'));
  fs.chmodSync(dossier, 0o755);
  const processus: Processus[] = [];
  const smtp = await demarrerSmtp();
  const recus = smtp.recus;
  try {
    // 1. PostgreSQL, on its own: the app's SIGKILL must not take the database with it.
    const databaseUrl = await demarrerPostgres(processus, dossier, 'mse_crash');
    const port = await portLibre();
    const url = `http://127.0.0.1:${port}`;
    const demarrer = () =>
      lancer(processus, 'l’application', 'apps/api/src/server.ts', [], {
        ...process.env, NODE_ENV: 'development', PORT: String(port), DATABASE_URL: databaseUrl, FILES_DIR: path.join(dossier, 'fichiers'), SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, TRUST_PROXY: 'true', LOG_LEVEL: 'warn', WORKER: 'inline',
      });

    say('1. Démarrage de l’application…');
    let app = demarrer();
    await attendrePret(url, app);
    const connexion = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'julien.martin@au-pain-dore.test', motDePasse: 'Portail-Demo-2026!' }) });
    const cookie = connexion.headers.get('set-cookie')!.split(';')[0]!;
    const entetes = { cookie, 'x-csrf-token': ((await connexion.json()) as { csrfToken: string }).csrfToken };

    // 2. 200 requests in flight, 20 at a time; SIGKILL once 80 have been answered.
    type Resultat = { genre: 'brouillon' | 'assistance' | 'soumission'; marqueur: string; id?: string; creeOk?: boolean; versionSauvee?: number; numero?: string; numeroReprise?: string; repriseKo?: string };
    const resultats: Resultat[] = [];
    let repondues = 0;
    let tue = false;
    const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
    const complet = exempleComplet('apprentissage', new Date().toISOString().slice(0, 10));
    /** A submission: the complete draft (the browser's uuid), its two pieces, the sending; the number when answered. */
    const soumettre = async (r: Resultat): Promise<string | undefined> => {
      const cree = await fetch(`${url}/api/demandes`, { method: 'POST', headers: { ...entetes, 'content-type': 'application/json', 'x-forwarded-for': ip() }, body: JSON.stringify({ id: r.id, dispositif: 'apprentissage', donnees: { ...complet, formation: { ...(complet.formation as object), intitule: r.marqueur } } }) });
      if (!cree.ok) return undefined;
      r.creeOk = true;
      const { version } = (await cree.json()) as { version: number };
      for (const type of ['cerfa_signe', 'convention_formation']) {
        const corps = new FormData();
        corps.set('type', type);
        corps.set('fichier', new Blob([PDF], { type: 'application/pdf' }), `${type}.pdf`);
        // Refused once sent (a retry of a sending whose answer was lost): the sending below says which.
        const piece = await fetch(`${url}/api/demandes/${r.id}/pieces`, { method: 'POST', headers: { ...entetes, 'x-forwarded-for': ip() }, body: corps });
        if (piece.status >= 500) return undefined;
      }
      const envoi = await fetch(`${url}/api/demandes/${r.id}/envoi`, { method: 'POST', headers: { ...entetes, 'content-type': 'application/json', 'x-forwarded-for': ip() }, body: JSON.stringify({ version }) });
      if (!envoi.ok) {
        r.repriseKo = `${envoi.status} ${(await envoi.text()).slice(0, 200)}`;
        return undefined;
      }
      return ((await envoi.json()) as { numero: string }).numero;
    };
    const operation = async (i: number) => {
      const marqueur = `crash-${i}-${randomUUID().slice(0, 8)}`;
      if (i % 4 === 2) {
        const r: Resultat = { genre: 'soumission', marqueur, id: randomUUID() };
        resultats.push(r);
        try {
          r.numero = await soumettre(r);
        } finally {
          repondues++;
        }
      } else if (i % 4 !== 1) {
        const r: Resultat = { genre: 'brouillon', marqueur, id: randomUUID() };
        resultats.push(r);
        const cree = await fetch(`${url}/api/demandes`, { method: 'POST', headers: { ...entetes, 'content-type': 'application/json', 'x-forwarded-for': ip() }, body: JSON.stringify({ id: r.id, dispositif: 'action_individuelle', donnees: { formation: { intitule: marqueur } } }) });
        repondues++;
        if (!cree.ok) return;
        r.creeOk = true;
        const { version } = (await cree.json()) as { version: number };
        const sauve = await fetch(`${url}/api/demandes/${r.id}`, { method: 'PUT', headers: { ...entetes, 'content-type': 'application/json', 'x-forwarded-for': ip() }, body: JSON.stringify({ version, donnees: { formation: { intitule: `${marqueur}-sauvegarde` } } }) });
        if (sauve.ok) r.versionSauvee = ((await sauve.json()) as { version: number }).version;
      } else {
        const r: Resultat = { genre: 'assistance', marqueur };
        resultats.push(r);
        const corps = new FormData();
        corps.set('objet', 'autre');
        corps.set('message', `Test de panne ${marqueur}`);
        const res = await fetch(`${url}/api/assistance/demandes`, { method: 'POST', headers: { ...entetes, 'x-forwarded-for': ip() }, body: corps });
        repondues++;
        if (res.ok) r.numero = ((await res.json()) as { numero: string }).numero;
      }
    };
    const file = Array.from({ length: 200 }, (_, i) => i);
    const ouvriers = Array.from({ length: 20 }, async () => {
      for (let i = file.shift(); i !== undefined; i = file.shift()) {
        await operation(i).catch(() => undefined);
        if (!tue && repondues >= 80) {
          tue = true;
          app.enfant.kill('SIGKILL');
          say(`2. SIGKILL après ${repondues} réponses, des requêtes encore en vol.`);
        }
      }
    });
    await Promise.all(ouvriers);
    await new Promise((r) => (app.enfant.exitCode !== null || app.enfant.signalCode ? r(null) : app.enfant.once('exit', r)));

    say('3. Redémarrage…');
    app = demarrer();
    await attendrePret(url, app);
    // The client tries again what got no answer: same uuid, same version (the session survived in the database).
    let reprises = 0;
    for (const r of resultats) {
      if (r.genre === 'soumission' && !r.numero) {
        reprises++;
        r.repriseKo = undefined;
        r.numeroReprise = await soumettre(r);
        if (!r.numeroReprise) r.repriseKo ??= 'pas de réponse';
      } else if (r.genre === 'soumission') {
        reprises++;
        // Sent already: sending again (a double click after the crash) answers the same number.
        r.numeroReprise = await soumettre(r);
      } else if (r.genre === 'brouillon' && !r.creeOk) {
        reprises++;
        const cree = await fetch(`${url}/api/demandes`, { method: 'POST', headers: { ...entetes, 'content-type': 'application/json', 'x-forwarded-for': ip() }, body: JSON.stringify({ id: r.id, dispositif: 'action_individuelle', donnees: { formation: { intitule: r.marqueur } } }) });
        if (cree.ok) r.creeOk = true;
      }
    }
    say(`   ${reprises} opérations reprises par le client après le redémarrage.`);
    // Let the queue deliver what was waiting (pg-boss retries the jobs the killed process held).
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('error', () => undefined); // the server stopping at the end
    await client.connect();
    // A job the killed process held expires after 2 minutes (db/transaction.ts), then pg-boss's
    // maintenance (every 2 minutes at most) gives it back: up to ~5 minutes.
    say('   attente de la file (jusqu’à 6 min : un travail tenu par le processus tué expire après 2 min)…');
    for (let i = 0; i < 360; i++) {
      const { rows } = await client.query<{ n: number }>("select count(*)::int as n from emails where statut = 'a_envoyer'");
      if (rows[0]!.n === 0) break;
      await pause(1000);
    }
    await pause(3000);

    say('4. Vérifications…');
    const ecarts: string[] = [];
    const acquittes = { brouillons: 0, sauvegardes: 0, assistance: 0, envois: 0, envoisRepris: 0 };
    const numerosDossiers: string[] = [];
    for (const r of resultats) {
      if (r.genre === 'soumission') {
        const { rows } = await client.query<{ statut: string; numero: string | null; soumissions: number }>(
          "select statut, numero, (select count(*)::int from historique_demandes h where h.demande_id = d.id and h.action = 'soumettre') as soumissions from demandes d where d.id = $1 or d.donnees->'formation'->>'intitule' = $2",
          [r.id, r.marqueur],
        );
        if (rows.length > 1) ecarts.push(`soumission ${r.marqueur} présente ${rows.length} fois`);
        if (r.numero) acquittes.envois++;
        if (!r.numero && r.numeroReprise) acquittes.envoisRepris++;
        const attendu = r.numero ?? r.numeroReprise;
        if (!attendu) ecarts.push(`soumission ${r.marqueur} jamais envoyée, même reprise : ${r.repriseKo}`);
        else if (r.numero && r.numeroReprise !== r.numero) ecarts.push(`soumission ${r.marqueur} : ${r.numero} avant la panne, ${r.numeroReprise} au second envoi`);
        else if (rows.length !== 1 || rows[0]!.numero !== attendu || rows[0]!.statut === 'brouillon' || rows[0]!.soumissions !== 1) {
          ecarts.push(`soumission ${r.marqueur} (${attendu}) : en base ${JSON.stringify(rows)}`);
        }
        if (attendu) numerosDossiers.push(attendu);
      } else if (r.genre === 'brouillon') {
        const { rows } = await client.query<{ version: number; intitule: string }>("select version, donnees->'formation'->>'intitule' as intitule from demandes where donnees->'formation'->>'intitule' like $1", [`${r.marqueur}%`]);
        if (rows.length > 1) ecarts.push(`brouillon ${r.marqueur} présent ${rows.length} fois`);
        if (r.creeOk) {
          acquittes.brouillons++;
          if (rows.length !== 1) ecarts.push(`brouillon ${r.marqueur} acquitté (201) mais absent`);
        }
        if (r.versionSauvee !== undefined) {
          acquittes.sauvegardes++;
          if (!rows[0] || rows[0].version < r.versionSauvee || !rows[0].intitule.endsWith('-sauvegarde')) ecarts.push(`sauvegarde ${r.marqueur} v${r.versionSauvee} acquittée mais perdue`);
        }
      } else {
        const { rows } = await client.query<{ numero: string }>('select distinct d.numero from demandes_assistance d join messages_assistance m on m.demande_assistance_id = d.id where m.texte like $1', [`%${r.marqueur}%`]);
        if (rows.length > 1) ecarts.push(`demande d’assistance ${r.marqueur} présente ${rows.length} fois`);
        if (r.numero) {
          acquittes.assistance++;
          if (rows.length !== 1) ecarts.push(`demande d’assistance ${r.numero} acquittée mais absente`);
        }
        for (const { numero } of rows) {
          const n = recus.filter((s) => s.includes(`${numero} `) || s.endsWith(numero)).length;
          if (n !== 1) ecarts.push(`accusé de réception de ${numero} reçu ${n} fois`);
        }
      }
    }
    // Each dossier's e-mails (acknowledgement, automatic decision…): each stored one delivered once.
    let courrielsDossiers = 0;
    for (const numero of numerosDossiers) {
      const { rows } = await client.query<{ sujet: string }>('select sujet from emails where sujet like $1', [`%${numero}%`]);
      courrielsDossiers += rows.length;
      const recusDossier = recus.filter((s) => s.includes(numero));
      if (!rows.length) ecarts.push(`aucun e-mail pour le dossier ${numero}`);
      if (recusDossier.length !== rows.length) ecarts.push(`dossier ${numero} : ${rows.length} e-mail(s) en base, ${recusDossier.length} reçu(s) par SMTP (${recusDossier.join(' | ')})`);
    }
    const { rows: doublons } = await client.query<{ numero: string; n: number }>('select numero, count(*)::int as n from demandes where numero is not null group by numero having count(*) > 1');
    for (const d of doublons) ecarts.push(`numéro de dossier ${d.numero} attribué ${d.n} fois`);
    const { rows: enEchec } = await client.query<{ n: number }>("select count(*)::int as n from emails where statut = 'a_envoyer'");
    if (enEchec[0]!.n) ecarts.push(`${enEchec[0]!.n} e-mail(s) jamais envoyé(s)`);
    // The e-mail jobs: one per stored e-mail (written in the same transaction), all completed.
    const { rows: etats } = await client.query<{ state: string; n: number; reprises: number }>("select state, count(*)::int as n, count(*) filter (where retry_count > 0)::int as reprises from pgboss.job where name = 'envoyer-email' group by state order by state");
    const { rows: parCourriel } = await client.query<{ n: number }>("select count(*)::int as n from pgboss.job where name = 'envoyer-email' group by data->>'emailId' having count(*) > 1");
    if (parCourriel.length) ecarts.push(`${parCourriel.length} e-mail(s) avec plusieurs travaux`);
    const { rows: sansTravail } = await client.query<{ n: number }>("select count(*)::int as n from emails e where not exists (select 1 from pgboss.job j where j.name = 'envoyer-email' and j.data->>'emailId' = e.id::text)");
    if (sansTravail[0]!.n) ecarts.push(`${sansTravail[0]!.n} e-mail(s) sans travail`);
    for (const e of etats) if (e.state !== 'completed') ecarts.push(`${e.n} travail(s) d’envoi d’e-mail à l’état ${e.state}`);
    await client.end();
    say(`   acquittés : ${acquittes.brouillons} brouillons (avant la panne ou repris), ${acquittes.sauvegardes} sauvegardes automatiques, ${acquittes.envois} envois avant la panne, ${acquittes.assistance} demandes d’assistance ; envois aboutis à la reprise : ${acquittes.envoisRepris}.`);
    say(`   ${numerosDossiers.length} dossiers numérotés (${courrielsDossiers} e-mails de dossier) ; ${recus.length} e-mails reçus par SMTP ; travaux d’envoi d’e-mail : ${etats.map((e) => `${e.n} ${e.state} (dont ${e.reprises} repris)`).join(', ')}.`);
    if (ecarts.length) {
      say(`ÉCHEC : ${ecarts.length} écart(s)`);
      for (const e of ecarts.slice(0, 30)) say(`  - ${e}`);
      return 1;
    }
    say('RÉUSSI : chaque requête acquittée est là une fois exactement, aucune n’est en double, chaque e-mail est parti une fois.');
    return 0;
  } finally {
    await arreter(processus);
    smtp.fermer();
    fs.rmSync(dossier, { recursive: true, force: true });
  }
}

executer(main, 'Test de panne impossible');
