// The running embedded instance writes its Bolt URI and credentials beside its data, so other commands
// (npm run load, bench, a second npm start) reuse it instead of starting a second JVM on the same store.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canConnect } from './free-port';
import { ensurePrivateDir } from './private-files';

export interface InstanceInfo {
  uri: string;
  port: number;
  user: string;
  password: string;
  /** The JVM's pid. */
  pid: number;
  /** The pid of the process that owns (supervises) the JVM. */
  ownerPid: number;
  startedAt: string;
}

const instancePath = (dataDir: string) => path.join(dataDir, 'running.json');
const passwordPath = (dataDir: string) => path.join(dataDir, 'password');

export function writeInstance(dataDir: string, info: InstanceInfo): void {
  ensurePrivateDir(dataDir);
  const tmp = `${instancePath(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, instancePath(dataDir));
}

export function removeInstance(dataDir: string, pid: number): void {
  const current = readInstanceFile(dataDir);
  if (current?.pid === pid) fs.rmSync(instancePath(dataDir), { force: true });
}

function readInstanceFile(dataDir: string): InstanceInfo | null {
  try {
    return JSON.parse(fs.readFileSync(instancePath(dataDir), 'utf8')) as InstanceInfo;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The instance running on this store, if its process is alive and its Bolt port answers. */
export async function findRunningInstance(dataDir: string): Promise<InstanceInfo | null> {
  const info = readInstanceFile(dataDir);
  if (!info) return null;
  if (isAlive(info.pid) && (await canConnect(info.port))) return info;
  return null;
}

/** NEO4J_PASSWORD if given, else the password kept beside the data, generated on first use. */
export function storePassword(dataDir: string, fromEnv?: string): string {
  if (fromEnv) return fromEnv;
  try {
    const kept = fs.readFileSync(passwordPath(dataDir), 'utf8').trim();
    if (kept.length >= 8) return kept;
  } catch {
    // first start: generate below
  }
  ensurePrivateDir(dataDir);
  const pw = randomBytes(18).toString('base64url');
  fs.writeFileSync(passwordPath(dataDir), pw + '\n', { mode: 0o600 });
  return pw;
}
