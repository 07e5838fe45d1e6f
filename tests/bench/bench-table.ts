// The shape every benchmark suite returns, and the table `npm run bench` prints.
import type { Driver } from 'neo4j-driver';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface BenchContext {
  driver: Driver;
  /** Where the bench's Neo4j listens, for suites that start processes of their own. */
  neo4j: { uri: string; user: string; password: string };
  database: string;
  /** The app serving the real plans and the built page ('' when no suite needs it). */
  appUrl: string;
  baseUrl: string;
}

const fmt = (v: number) =>
  Number.isNaN(v) ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);

export function formatTable(rows: readonly (BenchRow & { suite: string })[]): string {
  const cells = rows.map((r) => [r.suite, r.name, fmt(r.value), r.unit, r.note ?? '']);
  const head = ['suite', 'benchmark', 'value', 'unit', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) =>
    c.map((s, i) => (i === 2 ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
