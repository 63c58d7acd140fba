// `npm run dev`: the API restarted on change (tsx watch) and Vite's dev server with hot reload on :5173.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'apps/api/src/server.ts'], { stdio: 'inherit' }),
  spawn('npx', ['vite', '--clearScreen', 'false'], { cwd: 'apps/web', stdio: 'inherit' }),
];
console.log('Portail en développement : http://localhost:5173 (API sur http://localhost:3000)');
const stop = () => children.forEach((c) => c.kill('SIGINT'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
