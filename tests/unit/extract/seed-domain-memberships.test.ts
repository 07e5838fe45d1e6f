// The seed plans' field memberships against a hand-checked gold (tests/fixtures/extract/seed-domain-memberships.json):
// recall over all members, and every member of a coordinated list under a field linked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../server/extract/normalize';
import type { GraphNode } from '../../../core/model/interchange';
import { seedResult } from './seed-data';

interface Group {
  plan: string;
  domain: string;
  where: string;
  list: boolean;
  members: string[];
}

const gold = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/extract/seed-domain-memberships.json'), 'utf8'),
) as { groups: Group[] };

const forms = (n: GraphNode): string[] => [n.name, ...n.aliases].map(normalizeTerm);
const named = (nodes: readonly GraphNode[], alternatives: string, label: string): Set<string> => {
  const alts = new Set(alternatives.split('|').map(normalizeTerm));
  return new Set(
    nodes.filter((n) => n.label === label && forms(n).some((f) => alts.has(f))).map((n) => n.id),
  );
};

/** The gold members of `groups` with no IN_DOMAIN edge stated in their plan, as `plan: member -> domain`. */
const missed = (groups: readonly Group[]): string[] => {
  const { nodes, edges } = seedResult().graph;
  const out: string[] = [];
  for (const g of groups) {
    const domains = named(nodes, g.domain, 'Domain');
    for (const m of g.members) {
      const sources = named(nodes, m, 'Equipment');
      const linked = edges.some(
        (e) =>
          e.type === 'IN_DOMAIN' &&
          sources.has(e.source) &&
          domains.has(e.target) &&
          e.evidence.some((x) => x.plan === g.plan),
      );
      if (!linked) out.push(`${g.plan}: ${m} -> ${g.domain}`);
    }
  }
  return out;
};

describe('seed field memberships', () => {
  it('links at least 90% of the equipment the seeds name under a field to that field', () => {
    const total = gold.groups.reduce((s, g) => s + g.members.length, 0);
    const lost = missed(gold.groups);
    expect(total).toBe(100);
    expect((total - lost.length) / total, lost.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('links every member of a coordinated list under a field (专栏 1 lines, 数字诊疗装备。, 研制脑损伤、脑发育……等新型监护装备)', () => {
    expect(missed(gold.groups.filter((g) => g.list))).toEqual([]);
  });
});
