// `npm run dev`: the API restarting on change (tsx watch) and the page with live reload (Vite), over
// one embedded Neo4j kept running across API restarts (the API reuses it through running.json).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolveNeo4j } from '../db/connection';
import { readConfig } from './config';
import { runMain } from './run-main';
import { stepLogger } from './step-logger';

await runMain('dev', async () => {
  const log = stepLogger();
  const config = readConfig(process.env);
  const conn = await log.step('preparing Neo4j', () =>
    resolveNeo4j(config.neo4j, { log: log.info, restartOnCrash: true }),
  );
  // The API process opens its own driver; this one only keeps the JVM alive.
  const env = { ...process.env, PLAN_ATLAS_DEV: '1', API_PORT: String(config.port) };
  const children: ChildProcess[] = [
    spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/cli/start.ts'], { stdio: 'inherit', env }),
    spawn('npx', ['vite', '--port', '5173', '--strictPort'], { stdio: 'inherit', env }),
  ];
  log.info(
    `API on http://${config.host}:${config.port}/api, page with live reload on http://127.0.0.1:5173/`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    for (const c of children) c.once('exit', () => resolve());
  });
  for (const c of children) c.kill('SIGTERM');
  await conn.close();
});
