// Tour captions that state facts about departments are checked against the extracted graph: who
// owns the most measures (own cells plus predecessors', as the matrix counts), and what a
// department's step says it owns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedResult } from '../extract/seed-data';

interface Step {
  caption: { zh: string; en: string };
  focus?: string;
  show: { query: string; id?: string; department?: string };
}
const tour = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../client/src/tours/data/who-is-responsible.json'), 'utf8'),
) as { steps: Step[] };

/** Measure cells per department, predecessors folded into their successors (the matrix's count). */
const measureCells = (): Map<string, number> => {
  const g = seedResult().graph;
  const successor = new Map(
    g.edges.filter((e) => e.type === 'SUCCEEDED_BY').map((e) => [e.source, e.target]),
  );
  const measures = new Set(g.nodes.filter((n) => n.label === 'Measure').map((n) => n.id));
  const cells = new Map<string, Set<string>>();
  for (const e of g.edges) {
    if (e.type !== 'RESPONSIBLE_FOR' || !measures.has(e.target)) continue;
    let body: string = e.source;
    for (let i = 0; i < 10 && successor.has(body as never); i++) body = successor.get(body as never) ?? body;
    cells.set(body, (cells.get(body) ?? new Set()).add(e.target));
  }
  return new Map([...cells].map(([d, s]) => [d, s.size]));
};

describe('who-is-responsible tour captions', () => {
  // Extracting both plans takes seconds on a loaded machine: once, before the checks.
  beforeAll(() => void seedResult(), 60_000);

  it('names as owning the most measures the department that does', () => {
    const step = tour.steps.find((s) => s.caption.en.includes('owns the most measures'));
    expect(step?.caption.zh).toMatch(/负责的措施最多/);
    const counts = measureCells();
    const most = Math.max(...counts.values());
    expect(counts.get(step?.focus ?? '')).toBe(most);
    expect([...counts].filter(([, n]) => n === most)).toHaveLength(1);
  });

  it('lists for 国家药品监督管理局 measures it is responsible for (标准体系, 推广应用)', () => {
    const g = seedResult().graph;
    const owns = (measure: string) =>
      g.edges.some(
        (e) => e.type === 'RESPONSIBLE_FOR' && e.source === 'department:nmpa' && e.target === measure,
      );
    const step = tour.steps.find((s) => s.show.department === 'department:nmpa');
    expect(step?.caption.zh).toContain('标准体系');
    expect(owns('measure:meq-2021-standards-system')).toBe(true);
    expect(owns('measure:meq-2021-promote-adoption')).toBe(true);
  });
});
