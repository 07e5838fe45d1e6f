// Specifications of the whole-chain view's core and of the supply-chain mode's fetch key.
import { describe, expect, it } from 'vitest';
import type { WireGraph } from '../../../client/src/api/wire';
import { chainCore } from '../../../client/src/analysis/chain-core';
import { fetchKey } from '../../../client/src/modes/supply-chain/supply-chain-mode';

const node = (id: string, label: string) => ({ id, label, name: id, nameEn: id, aliases: [], plans: [] });
const edge = (type: string, source: string, target: string) => ({
  type,
  source,
  target,
  basis: 'stated',
  evidence: [],
});

describe('chainCore', () => {
  it('keeps parts, the equipment they feed and its domains, and drops lone equipment', () => {
    const g = {
      nodes: [
        node('material:membrane', 'Material'),
        node('equipment:ecmo', 'Equipment'),
        node('equipment:lonely', 'Equipment'),
        node('domain:life-support', 'Domain'),
        node('domain:other', 'Domain'),
      ],
      edges: [
        edge('USED_IN', 'material:membrane', 'equipment:ecmo'),
        edge('IN_DOMAIN', 'equipment:ecmo', 'domain:life-support'),
        edge('IN_DOMAIN', 'equipment:lonely', 'domain:other'),
      ],
    } as unknown as WireGraph;
    const core = chainCore(g);
    expect(core.nodes.map((n) => n.id)).toEqual([
      'material:membrane',
      'equipment:ecmo',
      'domain:life-support',
    ]);
    expect(core.edges).toHaveLength(2);
  });
});

describe('fetchKey', () => {
  it('changes with what is fetched but not with the highlighted path', () => {
    const base = { tool: 'paths', from: 'material:a', to: 'domain:b', k: '3' };
    expect(fetchKey({ ...base, path: '1' })).toBe(fetchKey(base));
    expect(fetchKey({ ...base, to: 'domain:c' })).not.toBe(fetchKey(base));
    expect(fetchKey({ tool: 'impact', node: 'component:x', from: 'ignored' })).toBe(
      fetchKey({ tool: 'impact', node: 'component:x' }),
    );
  });
});
