// Builds the explorer page with Vite when its sources changed since the last build (a stamp decides),
// so a second `npm start` serves the existing build at once.
import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_INPUTS, hashPaths } from './content-hash';
import { PROJECT_ROOT } from './config';

export const CLIENT_DIST = path.join(PROJECT_ROOT, 'dist', 'client');
const STAMP = path.join(CLIENT_DIST, '.build-hash');

export function isClientBuilt(): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === hashPaths(CLIENT_INPUTS);
  } catch {
    return false;
  }
}

/** Runs `vite build` unless the build is current. Resolves to true when it built. */
export async function ensureClientBuilt(): Promise<boolean> {
  if (isClientBuilt()) return false;
  const hash = hashPaths(CLIENT_INPUTS);
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(STAMP, hash + '\n');
  return true;
}
