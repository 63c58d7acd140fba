// A PostgreSQL server started on its own, for proving the DATABASE_URL path (CI) without Docker:
//   node --import tsx scripts/serveur-postgres.ts <data dir> <port>
// It prints the server URL, then runs until SIGINT/SIGTERM.
import { startEmbeddedPostgres } from '../apps/api/src/db/embedded-server';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) {
  console.error('Usage : node --import tsx scripts/serveur-postgres.ts <dossier de données> <port>');
  process.exit(1);
}
const server = await startEmbeddedPostgres({ dataDir, port: Number(port), ephemeral: true });
console.log(server.url);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
