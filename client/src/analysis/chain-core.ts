// The readable core of a whole supply chain: the parts and materials, the equipment they feed and
// the domains of that equipment. Equipment that no part or material feeds is left out, so the
// layered view shows chains rather than a tall column of lone machines. Pure.
import type { WireGraph } from '../api/wire';

export const chainCore = (g: WireGraph): WireGraph => {
  const label = new Map(g.nodes.map((n) => [n.id as string, n.label]));
  const keep = new Set(
    g.nodes.filter((n) => n.label === 'Material' || n.label === 'Component').map((n) => n.id as string),
  );
  for (const e of g.edges)
    if (
      (e.type === 'USED_IN' || e.type === 'PART_OF') &&
      label.get(e.target) === 'Equipment' &&
      keep.has(e.source)
    )
      keep.add(e.target);
  for (const e of g.edges) if (e.type === 'IN_DOMAIN' && keep.has(e.source)) keep.add(e.target);
  return {
    nodes: g.nodes.filter((n) => keep.has(n.id)),
    edges: g.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
};
