// The rows of cypher/queries/responsibilities.cypher computed from the snapshot's graph: every
// RESPONSIBLE_FOR from a department to a measure or a plan, a predecessor body resolved along
// SUCCEEDED_BY (at most 5 hops) to its last successor. Pure.
import type { ResponsibilityQueryRow } from '../../../core/query/responsibility-matrix';
import { byCodePoint } from '../../../core/query/rows';
import { incident, nodeRow, type GraphIndex } from './graph-index';

/** The last successors of a department: one per SUCCEEDED_BY path of 1-5 hops ending where none leads on. */
function lastSuccessors(g: GraphIndex, id: string): string[] {
  const ends: string[] = [];
  const walk = (at: string, hops: number, used: ReadonlySet<string>): void => {
    if (hops === 5) return;
    for (const e of incident(g, at, 'out', ['SUCCEEDED_BY'])) {
      const key = `${e.source}|${e.target}`;
      if (used.has(key)) continue;
      const last = incident(g, e.target, 'out', ['SUCCEEDED_BY']).length === 0;
      if (last && g.nodes.get(e.target)?.label === 'Department') ends.push(e.target);
      walk(e.target, hops + 1, new Set([...used, key]));
    }
  };
  walk(id, 0, new Set());
  return ends;
}

/** `limit` is the query's: one more than the answer keeps. */
export function responsibilityRows(
  g: GraphIndex,
  q: { department: string | null; limit: number },
): ResponsibilityQueryRow[] {
  const rows: (ResponsibilityQueryRow & { owner: string; viaId: string | null })[] = [];
  for (const e of g.edges) {
    const d = g.nodes.get(e.source);
    const m = g.nodes.get(e.target);
    if (e.type !== 'RESPONSIBLE_FOR' || d?.label !== 'Department' || !m) continue;
    if (m.label !== 'Measure' && m.label !== 'Plan') continue;
    const successors = lastSuccessors(g, d.id);
    const owners =
      successors.length > 0 ? successors.map((s) => ({ owner: s, via: d.id })) : [{ owner: d.id, via: null }];
    for (const { owner, via } of owners) {
      if (q.department !== null && owner !== q.department && via !== q.department) continue;
      const ownerNode = g.nodes.get(owner);
      if (!ownerNode) continue;
      rows.push({
        owner,
        viaId: via,
        department: nodeRow(ownerNode),
        via: via === null ? null : nodeRow(d),
        measure: nodeRow(m),
        basis: e.basis,
        rule: e.rule ?? null,
        evidenceJson: JSON.stringify(e.evidence),
        propsJson: e.props && Object.keys(e.props).length > 0 ? JSON.stringify(e.props) : null,
      });
    }
  }
  // ORDER BY department.id, measure.id, via.id (a missing via last, as Cypher puts nulls).
  return rows
    .sort(
      (a, b) =>
        byCodePoint(a.owner, b.owner) ||
        byCodePoint(a.measure.id, b.measure.id) ||
        (a.viaId === b.viaId
          ? 0
          : a.viaId === null
            ? 1
            : b.viaId === null
              ? -1
              : byCodePoint(a.viaId, b.viaId)),
    )
    .slice(0, q.limit)
    .map(({ owner: _owner, viaId: _via, ...row }) => row);
}
