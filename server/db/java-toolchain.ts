// Checks for the JDK and Maven the embedded Neo4j needs, with one-line errors that say what to do.
import { spawnSync } from 'node:child_process';
import { UnavailableError } from '../../core/errors';

export const MIN_JAVA_MAJOR = 17;

/** Parses the major version out of `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

export function checkJava(javaBin = 'java'): number {
  const r = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (r.error) {
    throw new UnavailableError(
      `embedded-neo4j: no Java found (${javaBin}); install a JDK ${MIN_JAVA_MAJOR}+ (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use your own Neo4j`,
    );
  }
  const major = parseJavaMajor(`${r.stderr}${r.stdout}`);
  if (major === null || major < MIN_JAVA_MAJOR) {
    throw new UnavailableError(
      `embedded-neo4j: Java ${major ?? '?'} found but Neo4j 5.26 needs JDK ${MIN_JAVA_MAJOR}+; install a newer JDK or point JAVA_HOME at one`,
    );
  }
  return major;
}

export function checkMaven(mvnBin = 'mvn'): void {
  const r = spawnSync(mvnBin, ['-v'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new UnavailableError(
      'embedded-neo4j: no Maven found (mvn); install Maven 3.8+ (e.g. apt-get install maven) or set NEO4J_URI to use your own Neo4j',
    );
  }
}
