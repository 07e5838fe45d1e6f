// Inferred responsibilities held to hand judgements (tests/fixtures/responsibilities/judged-cells.json):
// every inferred cell of the seed plans must have been judged, and at least 90% of them judged right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasWholeTerm } from '../../../server/extract/rules/departments-inferred';
import { seedResult } from './seed-data';

interface Judged {
  department: string;
  measure: string;
  correct: boolean;
}
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/responsibilities/judged-cells.json'), 'utf8'),
) as { cells: Judged[] };
const judged = new Map(fixture.cells.map((c) => [`${c.department}|${c.measure}`, c.correct]));

// Extracting both plans takes seconds on a loaded machine: once, before the checks.
beforeAll(() => void seedResult(), 60_000);

const inferred = () =>
  seedResult().graph.edges.filter(
    (e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'inferred' && e.target.startsWith('measure:'),
  );

describe('hasWholeTerm', () => {
  it('finds 注册 in 优化创新医疗装备注册评审流程 but not in 注册资本', () => {
    expect(hasWholeTerm('优化创新医疗装备注册评审流程', '注册')).toBe(true);
    expect(hasWholeTerm('增加注册资本', '注册')).toBe(false);
  });
});

describe('inferred responsibilities against the judged fixture', () => {
  it('holds at least 60 hand judgements', () => {
    expect(fixture.cells.length).toBeGreaterThanOrEqual(60);
  });

  it('has judged every inferred cell the rules make', () => {
    const unjudged = inferred()
      .map((e) => `${e.source}|${e.target}`)
      .filter((k) => !judged.has(k));
    expect(unjudged).toEqual([]);
  });

  it('keeps inferred precision at 0.90 or more', () => {
    const cells = inferred();
    const right = cells.filter((e) => judged.get(`${e.source}|${e.target}`) === true).length;
    expect(cells.length).toBeGreaterThan(0);
    expect(right / cells.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every inferred cell a reason in both languages and the terms it read', () => {
    for (const e of inferred()) {
      expect(e.props?.reasonZh).toMatch(/涵盖本措施/);
      expect(e.props?.reasonEn).toMatch(/covers/);
      expect(Array.isArray(e.props?.terms)).toBe(true);
    }
  });
});
