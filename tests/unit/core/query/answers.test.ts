// Specifications of the answers core/query assembles from query rows, where the store's order is not
// fixed: the same rows in any order give the same answer (server and offline snapshot alike).
import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../../../core/model/ids';
import { nodeDetailsAnswer, type DetailsRow } from '../../../../core/query/node-details';
import { pathsAnswer, type PathsRow } from '../../../../core/query/paths-answer';
import type { EdgeRow, NodeRow } from '../../../../core/query/rows';
import { supplyChainAnswer, type TraceRow } from '../../../../core/query/supply-chain-answer';

const node = (id: string, label: string): NodeRow => ({
  id,
  labels: [label, 'Entity'],
  name: id,
  nameEn: '',
});
const edge = (type: string, source: string, target: string, evidenceJson = '[]'): EdgeRow => ({
  type,
  source,
  target,
  basis: 'stated',
  evidenceJson,
});

describe('supplyChainAnswer', () => {
  const row = (order: 'as-read' | 'reversed'): TraceRow => {
    const nodes = [
      node('material:b', 'Material'),
      node('component:a', 'Component'),
      node('material:a', 'Material'),
      node('equipment:ct', 'Equipment'),
    ];
    const edges = [
      edge('PART_OF', 'component:a', 'equipment:ct'),
      edge('USED_IN', 'material:b', 'component:a'),
      edge('USED_IN', 'material:a', 'component:a'),
    ];
    return order === 'as-read'
      ? { nodes, edges, truncated: false }
      : { nodes: [...nodes].reverse(), edges: [...edges].reverse(), truncated: false };
  };

  it('lists the root first, then the nodes by level and id, and the edges in one order', () => {
    const answer = supplyChainAnswer('equipment:ct' as NodeId, 'upstream', 3, row('as-read'));
    expect(answer.nodes.map((n) => n.id)).toEqual([
      'equipment:ct',
      'component:a',
      'material:a',
      'material:b',
    ]);
    expect(answer.levels).toEqual({ 'equipment:ct': 0, 'component:a': 1, 'material:a': 2, 'material:b': 2 });
    expect(supplyChainAnswer('equipment:ct' as NodeId, 'upstream', 3, row('reversed'))).toEqual(answer);
  });
});

describe('pathsAnswer', () => {
  const path = (...ids: string[]) => ({
    nodes: ids.map((id) => node(id, 'Equipment')),
    edges: ids.slice(1).map((id, i) => edge('USED_IN', ids[i]!, id)),
  });

  it('orders equal-length paths by their node ids and keeps at most k', () => {
    const row: PathsRow = {
      fromFound: true,
      toFound: true,
      paths: [
        path('equipment:a', 'equipment:z', 'equipment:b'),
        path('equipment:a', 'equipment:m', 'equipment:b'),
        path('equipment:a', 'equipment:b'),
      ],
    };
    expect(pathsAnswer(row, 2).paths.map((p) => p.order)).toEqual([
      ['equipment:a', 'equipment:b'],
      ['equipment:a', 'equipment:m', 'equipment:b'],
    ]);
  });

  it('drops a path that passes through a node twice, however short', () => {
    const row: PathsRow = {
      fromFound: true,
      toFound: true,
      paths: [
        path('equipment:a', 'equipment:m', 'equipment:a', 'equipment:b'),
        path('equipment:a', 'equipment:z', 'equipment:y', 'equipment:x', 'equipment:b'),
      ],
    };
    expect(pathsAnswer(row, 2).paths.map((p) => p.order)).toEqual([
      ['equipment:a', 'equipment:z', 'equipment:y', 'equipment:x', 'equipment:b'],
    ]);
  });
});

describe('nodeDetailsAnswer', () => {
  it('lists the evidence of edges with the same type and text by their ends', () => {
    const ev = JSON.stringify([{ plan: 'meq-2021', section: '一', start: 0, end: 2, quote: '球管' }]);
    const details = (order: 'a' | 'b'): DetailsRow => {
      const evidence = [
        { type: 'PART_OF', source: 'component:z', target: 'equipment:ct', evidenceJson: ev },
        { type: 'PART_OF', source: 'component:a', target: 'equipment:ct', evidenceJson: ev },
      ];
      return {
        node: node('equipment:ct', 'Equipment'),
        neighborCounts: [],
        evidence: order === 'a' ? evidence : [...evidence].reverse(),
      };
    };
    const answer = nodeDetailsAnswer(details('a'));
    expect(answer.evidence.map((e) => e.edge.source)).toEqual(['component:a', 'component:z']);
    expect(nodeDetailsAnswer(details('b'))).toEqual(answer);
  });
});
