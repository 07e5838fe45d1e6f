import { describe, expect, it } from 'vitest';
import type { WireEdge, WireNode } from '../../../client/src/api/wire';
import { loadWholeChain } from '../../../client/src/modes/supply-chain/whole-chain';
import { asNodeId } from '../../../core/model/ids';

const n = (id: string, label: WireNode['label']): WireNode => ({
  id: asNodeId(id),
  label,
  name: id,
  nameEn: id,
  aliases: [],
  plans: [],
});
const e = (type: WireEdge['type'], s: string, t: string): WireEdge => ({
  type,
  source: asNodeId(s),
  target: asNodeId(t),
  basis: 'stated',
  evidence: [],
});
const domains = ['domain:a', 'domain:b', 'domain:c'];

/** Each domain's chain: material:<d> used in equipment:<d>, in the domain. `down` domains fail. */
const chainApi = (down: ReadonlySet<string>) => {
  let inFlight = 0;
  let most = 0;
  const api = {
    plans: () => Promise.resolve([{ id: 'p1' }, { id: 'p2' }] as never),
    compare: () =>
      Promise.resolve({
        both: { Domain: domains.map((d) => n(d, 'Domain')) },
        onlyA: {},
        onlyB: {},
      } as never),
    supplyChain: async (id: string) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (down.has(id)) throw new Error(`503 for ${id}`);
      const d = id.slice('domain:'.length);
      return {
        nodes: [n(id, 'Domain'), n(`equipment:${d}`, 'Equipment'), n(`material:${d}`, 'Material')],
        edges: [e('IN_DOMAIN', `equipment:${d}`, id), e('USED_IN', `material:${d}`, `equipment:${d}`)],
      } as never;
    },
  };
  return { api, most: () => most };
};

describe('loadWholeChain', () => {
  it('keeps the chains of the domains that answered when one fails', async () => {
    const { api } = chainApi(new Set(['domain:b']));
    const w = await loadWholeChain(api);
    expect(w.failed).toBe(1);
    expect(w.domains).toBe(3);
    expect(w.graph.nodes.map((x) => x.id).sort()).toEqual([
      'domain:a',
      'domain:c',
      'equipment:a',
      'equipment:c',
      'material:a',
      'material:c',
    ]);
  });

  it('asks for at most `concurrency` domains at once', async () => {
    const { api, most } = chainApi(new Set());
    await loadWholeChain(api, 2);
    expect(most()).toBe(2);
  });

  it('rejects when no domain answers, so the mode reports an outage rather than an empty chain', async () => {
    const { api } = chainApi(new Set(domains));
    await expect(loadWholeChain(api)).rejects.toThrow('503');
  });
});
