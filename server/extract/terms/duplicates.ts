// Probable duplicates of discovered terms, reported and never merged: names that differ only by
// generic modifiers, a term glossed with a known name (`新型即时检测设备（POCT）`), one name inside
// another, or the same specific head (`高能X射线球管` and `CT球管`).
import type { NodeId } from '../../../core/model/ids';
import type { GraphNode } from '../../../core/model/interchange';
import { normalizeTerm } from '../normalize';
import type { DiscoveryConfig } from '../types';

export interface ProbableDuplicate {
  readonly id: NodeId;
  readonly name: string;
  readonly reason: 'generic modifiers' | 'glossed as' | 'contains' | 'same specific head';
}

/** A discovered term written right before a known name in brackets (its gloss). */
export interface Gloss {
  readonly term: NodeId;
  readonly known: NodeId;
}

/** Heads shared by too many different things to suggest a duplicate. */
const BROAD_HEADS = new Set([
  ...[
    '装备',
    '设备',
    '系统',
    '器械',
    '仪器',
    '软件',
    '机器人',
    '材料',
    '装置',
    '芯片',
    '试剂',
    '支架',
    '导管',
  ],
  ...['合金', '传感器', '探测器', '元器件', '零部件', '纤维', '机械'],
]);
const LABELS = new Set(['Equipment', 'Component', 'Material']);
const MAX_PER_TERM = 3;

/** Probable duplicates of each discovered term among the nodes of the same label. */
export const probableDuplicates = (
  nodes: readonly GraphNode[],
  discovered: ReadonlySet<string>,
  glosses: readonly Gloss[],
  config: DiscoveryConfig,
): Map<NodeId, ProbableDuplicate[]> => {
  const strip = (s: string): string => {
    let rest = normalizeTerm(s);
    for (let changed = true; changed;) {
      changed = false;
      const g = config.genericModifiers.find((m) => rest.startsWith(m) && rest.length > m.length);
      if (g) {
        rest = rest.slice(g.length);
        changed = true;
      }
    }
    return rest;
  };
  const heads = Object.values(config.heads)
    .flat()
    .filter((h) => h.length >= 2 && !BROAD_HEADS.has(h))
    .sort((a, b) => b.length - a.length);
  const headOf = (s: string): string | undefined => heads.find((h) => s.endsWith(h));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pool = nodes.filter((n) => LABELS.has(n.label));
  const out = new Map<NodeId, ProbableDuplicate[]>();
  const push = (id: NodeId, d: ProbableDuplicate): void => {
    const list = out.get(id) ?? [];
    if (list.length < MAX_PER_TERM && !list.some((x) => x.id === d.id)) list.push(d);
    out.set(id, list);
  };
  for (const g of glosses) {
    const known = byId.get(g.known);
    if (known && discovered.has(g.term))
      push(g.term, { id: known.id, name: known.name, reason: 'glossed as' });
  }
  // Every discovered term is compared with every node: each node's forms are read once, not per pair.
  const stripped = new Map(pool.map((n) => [n, [n.name, ...n.aliases].map(strip)] as const));
  const written = new Map(pool.map((n) => [n, [n.name, ...n.aliases].map(normalizeTerm)] as const));
  for (const t of pool) {
    if (!discovered.has(t.id)) continue;
    const tForms = [t.name].map(strip);
    const tHead = headOf(normalizeTerm(t.name));
    for (const n of pool) {
      if (n.id === t.id || n.label !== t.label) continue;
      const forms = stripped.get(n) ?? [];
      if (forms.some((f) => tForms.includes(f)))
        push(t.id, { id: n.id, name: n.name, reason: 'generic modifiers' });
      // A longer name ending in a known one by a short prefix (`高效能超声治疗装备`); a completed list
      // member is a kind of its head by construction, not a duplicate of it.
      else if (
        t.props?.completedFrom === undefined &&
        forms.some(
          (f) =>
            f.length >= 3 &&
            tForms.some(
              (x) =>
                x !== f &&
                x.endsWith(f) &&
                (x.length - f.length <= 3 || t.props?.foundBy === 'head-noun:curated'),
            ),
        )
      )
        push(t.id, { id: n.id, name: n.name, reason: 'contains' });
      else if (tHead && (written.get(n) ?? []).some((f) => f.endsWith(tHead)))
        push(t.id, { id: n.id, name: n.name, reason: 'same specific head' });
    }
  }
  return out;
};
