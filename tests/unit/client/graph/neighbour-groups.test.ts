import { describe, expect, it } from 'vitest';
import type { WireEdge } from '../../../../client/src/api/wire';
import { collapseTargets } from '../../../../client/src/graph/collapse';
import { createGraphCache, mergeGraph } from '../../../../client/src/graph/graph-cache';
import { neighbourGroups } from '../../../../client/src/graph/neighbour-groups';
import { asNodeId } from '../../../../core/model/ids';

const e = (source: string, target: string, type: WireEdge['type']): WireEdge => ({
  type,
  source: asNodeId(source),
  target: asNodeId(target),
  basis: 'stated',
  evidence: [],
});

const edges = [
  e('material:m1', 'equipment:ecmo', 'USED_IN'),
  e('material:m2', 'equipment:ecmo', 'USED_IN'),
  e('equipment:ecmo', 'domain:d', 'IN_DOMAIN'),
  e('material:m2', 'component:c', 'USED_IN'),
];

describe('neighbourGroups', () => {
  it('counts visible neighbours per type and direction against the API total', () => {
    const groups = neighbourGroups(
      'equipment:ecmo',
      [
        { type: 'USED_IN', direction: 'in', count: 5 },
        { type: 'IN_DOMAIN', direction: 'out', count: 1 },
        { type: 'TARGETS', direction: 'in', count: 0 },
      ],
      edges,
      new Set(['equipment:ecmo', 'material:m1', 'domain:d']),
    );
    expect(groups).toEqual([
      { type: 'USED_IN', direction: 'in', total: 5, shown: 1 },
      { type: 'IN_DOMAIN', direction: 'out', total: 1, shown: 1 },
    ]);
  });
});

describe('collapseTargets', () => {
  it('hides the neighbours that hang only on the collapsed node, not shared or pinned ones', () => {
    const cache = mergeGraph(createGraphCache(), { nodes: [], edges });
    const visible = ['equipment:ecmo', 'material:m1', 'material:m2', 'component:c', 'domain:d'];
    expect(collapseTargets(cache, visible, 'equipment:ecmo').sort()).toEqual(['domain:d', 'material:m1']);
    expect(collapseTargets(cache, visible, 'equipment:ecmo', new Set(['domain:d']))).toEqual(['material:m1']);
  });

  it('folds neighbours linked among themselves, but keeps one that also hangs on an outside node', () => {
    const cache = mergeGraph(createGraphCache(), {
      nodes: [],
      edges: [...edges, e('material:m1', 'domain:d', 'USED_IN')],
    });
    const visible = ['equipment:ecmo', 'material:m1', 'material:m2', 'component:c', 'domain:d'];
    expect(collapseTargets(cache, visible, 'equipment:ecmo').sort()).toEqual(['domain:d', 'material:m1']);
    expect(collapseTargets(cache, visible, 'equipment:ecmo', new Set(['material:m1']))).toEqual([]);
  });
});
