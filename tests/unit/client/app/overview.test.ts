import { describe, expect, it } from 'vitest';
import type { WireEdge, WireNode } from '../../../../client/src/api/wire';
import { chooseOverview } from '../../../../client/src/app/overview';
import { asNodeId } from '../../../../core/model/ids';

const n = (id: string, label: WireNode['label']): WireNode => ({
  id: asNodeId(id),
  label,
  name: id,
  nameEn: id,
  aliases: [],
  plans: [],
});
const inDomain = (eq: string, d: string): WireEdge => ({
  type: 'IN_DOMAIN',
  source: asNodeId(eq),
  target: asNodeId(d),
  basis: 'stated',
  evidence: [],
});
const answer = (domain: string, equipment: string[], total = equipment.length) => ({
  nodes: [n(domain, 'Domain'), ...equipment.map((e) => n(e, 'Equipment'))],
  edges: equipment.map((e) => inDomain(e, domain)),
  total,
});

describe('chooseOverview', () => {
  const domains = ['domain:a', 'domain:b', 'domain:c'].map((id) => ({
    id: asNodeId(id),
    label: 'Domain' as const,
    name: id,
    nameEn: id,
  }));
  const answers = [
    answer('domain:a', ['equipment:1', 'equipment:2', 'equipment:shared']),
    answer('domain:b', ['equipment:3', 'equipment:shared'], 9),
    answer('domain:c', []),
  ];

  it('keeps the domains with most equipment and leaves out empty ones', () => {
    const g = chooseOverview(domains, answers, { domains: 2, perDomain: 5 });
    const ids = g.nodes.map((x) => x.id);
    expect(ids).toContain('domain:a');
    expect(ids).toContain('domain:b');
    expect(ids).not.toContain('domain:c');
  });

  it('prefers equipment found in several domains, and keeps only edges among chosen nodes', () => {
    const g = chooseOverview(domains, answers, { domains: 2, perDomain: 1 });
    expect(g.nodes.map((x) => x.id).sort()).toEqual(['domain:a', 'domain:b', 'equipment:shared']);
    expect(g.edges).toHaveLength(2);
  });
});
