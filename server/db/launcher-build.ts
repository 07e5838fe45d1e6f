// Builds the Java launcher of the embedded Neo4j with Maven on first use, and again only when its
// sources or pom change (a content hash stamped into target/ decides).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UnavailableError } from '../../core/errors';
import { checkMaven } from './java-toolchain';

export const LAUNCHER_DIR = path.resolve(import.meta.dirname, 'embedded');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const STAMP = path.join(TARGET, '.plan-atlas-build-hash');

export interface LauncherClasspath {
  classpath: string;
  mainClass: string;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** A hash of the pom and the Java sources: what the built launcher must match. */
export function launcherSourceHash(dir = LAUNCHER_DIR): string {
  const h = createHash('sha256');
  for (const f of [path.join(dir, 'pom.xml'), ...listFiles(path.join(dir, 'src'))]) {
    h.update(path.relative(dir, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

export function launcherClasspath(): LauncherClasspath {
  return {
    classpath: [path.join(TARGET, 'embedded-neo4j-1.0.0.jar'), path.join(TARGET, 'lib', '*')].join(
      path.delimiter,
    ),
    mainClass: 'planatlas.EmbeddedNeo4j',
  };
}

export function isLauncherBuilt(): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === launcherSourceHash();
  } catch {
    return false;
  }
}

const ESC = String.fromCharCode(27);
const stripAnsi = (s: string) => s.replaceAll(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '');

/** Runs Maven if the launcher is missing or stale. Resolves to true when it built. */
export async function ensureLauncherBuilt(log: (line: string) => void = () => undefined): Promise<boolean> {
  if (isLauncherBuilt()) return false;
  checkMaven();
  log('building the embedded Neo4j launcher with Maven (first run downloads ~125 MB from Maven Central)');
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(
      'mvn',
      ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const keep = (b: Buffer) => output.push(b.toString('utf8'));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    const text = output.join('');
    const fetchFailed = /Could not (resolve|transfer)|Unknown host|Connection refused|timed out/i.test(text);
    const lastError =
      stripAnsi(text.split('\n').find((l) => l.includes('ERROR')) ?? '').slice(0, 300) || undefined;
    throw new UnavailableError(
      fetchFailed
        ? `embedded-neo4j: Maven could not fetch Neo4j from Maven Central (${lastError ?? 'network error'}); check the network or Maven's proxy settings (~/.m2/settings.xml), or set NEO4J_URI to use your own Neo4j`
        : `embedded-neo4j: the Maven build of the launcher failed (${lastError ?? `exit ${code}`}); run 'mvn -f server/db/embedded/pom.xml package' to see why`,
    );
  }
  fs.writeFileSync(STAMP, launcherSourceHash() + '\n');
  return true;
}
