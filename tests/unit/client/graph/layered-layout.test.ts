import { describe, expect, it } from 'vitest';
import { layeredLayout, layerColumns } from '../../../../client/src/graph/layered-layout';

const chain = {
  nodes: [
    { id: 'domain:life-support', kind: 'Domain' as const },
    { id: 'equipment:ecmo', kind: 'Equipment' as const },
    { id: 'component:oxygenator', kind: 'Component' as const },
    { id: 'component:pump-head', kind: 'Component' as const },
    { id: 'material:hollow-fiber-membrane', kind: 'Material' as const },
  ],
  edges: [
    { source: 'material:hollow-fiber-membrane', target: 'component:oxygenator' },
    { source: 'component:oxygenator', target: 'equipment:ecmo' },
    { source: 'component:pump-head', target: 'equipment:ecmo' },
    { source: 'equipment:ecmo', target: 'domain:life-support' },
  ],
};

describe('layeredLayout', () => {
  it('places material, component, equipment and domain left to right', () => {
    const p = layeredLayout(chain);
    const x = (id: string): number => p.get(id)?.x ?? NaN;
    expect(x('material:hollow-fiber-membrane')).toBeLessThan(x('component:oxygenator'));
    expect(x('component:oxygenator')).toBeLessThan(x('equipment:ecmo'));
    expect(x('equipment:ecmo')).toBeLessThan(x('domain:life-support'));
    expect(x('component:pump-head')).toBe(x('component:oxygenator'));
  });

  it('gives a component made of components its own column upstream of its whole', () => {
    const cols = layerColumns({
      nodes: [
        { id: 'c:chip', kind: 'Component' },
        { id: 'c:detector', kind: 'Component' },
        { id: 'e:ct', kind: 'Equipment' },
      ],
      edges: [
        { source: 'c:chip', target: 'c:detector' },
        { source: 'c:detector', target: 'e:ct' },
      ],
    });
    expect([cols.get('c:chip'), cols.get('c:detector'), cols.get('e:ct')]).toEqual([0, 1, 2]);
  });

  it('keeps nodes of one column apart and centred on the axis', () => {
    const p = layeredLayout(chain, { rowGap: 50 });
    const ys = ['component:oxygenator', 'component:pump-head']
      .map((id) => p.get(id)?.y ?? NaN)
      .sort((a, b) => a - b);
    expect(ys).toEqual([-25, 25]);
  });

  it('folds a tall column into sub-columns that stay left of the next layer', () => {
    const parts = Array.from({ length: 30 }, (_, i) => ({
      id: `component:c${i}`,
      kind: 'Component' as const,
    }));
    const p = layeredLayout(
      {
        nodes: [...parts, { id: 'equipment:ct', kind: 'Equipment' }],
        edges: parts.map((c) => ({ source: c.id, target: 'equipment:ct' })),
      },
      { maxRows: 10, rowGap: 50 },
    );
    const xs = new Set(parts.map((c) => p.get(c.id)!.x));
    const ys = parts.map((c) => p.get(c.id)!.y);
    expect(xs.size).toBe(3);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(10 * 50);
    expect(p.get('equipment:ct')!.x).toBeGreaterThan(Math.max(...xs));
  });

  it('terminates on a cycle inside a band', () => {
    const p = layeredLayout({
      nodes: [
        { id: 'c:a', kind: 'Component' },
        { id: 'c:b', kind: 'Component' },
      ],
      edges: [
        { source: 'c:a', target: 'c:b' },
        { source: 'c:b', target: 'c:a' },
      ],
    });
    expect(p.size).toBe(2);
  });
});

describe('clusterLayout', () => {
  it('puts each member on a ring around its hub and a shared member between its hubs', async () => {
    const { clusterLayout } = await import('../../../../client/src/graph/cluster-layout');
    const p = clusterLayout(
      {
        hubs: ['domain:a', 'domain:b'],
        members: new Map([
          ['domain:a', ['equipment:x', 'equipment:shared']],
          ['domain:b', ['equipment:y', 'equipment:shared']],
        ]),
      },
      { spacing: 400, radius: 100 },
    );
    const d = (a: string, b: string): number =>
      Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(d('domain:a', 'equipment:x')).toBeCloseTo(100);
    expect(d('domain:b', 'equipment:y')).toBeCloseTo(100);
    expect(Math.abs(d('domain:a', 'equipment:shared') - d('domain:b', 'equipment:shared'))).toBeLessThan(1);
    expect(p.size).toBe(5);
  });
});
