// Synthetic graphs for the renderer benchmark: `n` elements (about half nodes, half edges) with
// labels cycling through the model and positions on a loose grid. Pure and deterministic.
import { NODE_LABELS, type NodeLabel } from '../../../core/model/graph-model';
import type { MappedElements } from './element-mapping';

export const syntheticElements = (n: number): MappedElements => {
  const nodeCount = Math.max(1, Math.ceil(n / 2));
  const edgeCount = Math.max(0, n - nodeCount);
  const side = Math.ceil(Math.sqrt(nodeCount));
  let seed = 42;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const nodes: MappedElements['nodes'] = Array.from({ length: nodeCount }, (_, i) => {
    const kind: NodeLabel = NODE_LABELS[i % NODE_LABELS.length] ?? 'Equipment';
    return {
      group: 'nodes',
      data: { id: `syn:${i}`, kind, display: `节点 ${i}`, name: `节点 ${i}`, nameEn: `node ${i}`, plans: [] },
      classes: '',
      position: { x: (i % side) * 90 + rand() * 30, y: Math.floor(i / side) * 90 + rand() * 30 },
    };
  });
  const edges: MappedElements['edges'] = Array.from({ length: edgeCount }, (_, i) => {
    const s = i % nodeCount;
    const t = (s + 1 + Math.floor(rand() * side)) % nodeCount;
    return {
      group: 'edges',
      data: {
        id: `syn-e:${i}`,
        source: `syn:${s}`,
        target: `syn:${t}`,
        type: 'USED_IN',
        basis: i % 5 ? 'stated' : 'inferred',
        display: '',
      },
      classes: i % 5 ? 'stated' : 'inferred',
    };
  });
  return { nodes, edges };
};
