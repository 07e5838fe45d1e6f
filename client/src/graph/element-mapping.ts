// From cached API data and the view state to Cytoscape element definitions. Pure: the filters,
// the language and the pins decide what is drawn and how it is labelled; a mode's marks (highlight,
// comparison groups) become classes, so every draw carries them.
import type { NodeLabel, RelType } from '../../../core/model/graph-model';
import { edgeId } from './edge-id';
import type { WireEdge, WireNode } from '../api/wire';
import { displayName } from '../i18n/i18n';
import type { Decorations } from '../state/decorations';
import type { Filters, ViewState } from '../state/view-state';

export interface NodeData {
  id: string;
  kind: NodeLabel;
  display: string;
  name: string;
  nameEn: string;
  plans: string[];
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelType;
  basis: 'stated' | 'inferred';
  display: string;
}

export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  classes: string;
  position?: { x: number; y: number };
  locked?: boolean;
}
export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
  classes: string;
}

export interface MappedElements {
  nodes: NodeElement[];
  edges: EdgeElement[];
}

export interface MappingInput {
  nodes: ReadonlyMap<string, WireNode>;
  edges: Iterable<WireEdge>;
  view: Pick<ViewState, 'nodes' | 'filters' | 'lang' | 'pinned' | 'selected' | 'trace'>;
  relLabel?: (type: RelType) => string;
  /** A mode's marks on the drawing (none when absent). */
  decorations?: Decorations;
}

/** Does a node pass the label and plan filters? A node in no plan shows unless every plan is hidden. */
export const nodePasses = (n: WireNode, f: Filters): boolean =>
  !f.hiddenLabels.includes(n.label) &&
  (f.hiddenPlans.length === 0 || n.plans.length === 0 || n.plans.some((p) => !f.hiddenPlans.includes(p)));

export const edgePasses = (e: WireEdge, f: Filters): boolean => {
  if (f.hiddenBasis.includes(e.basis)) return false;
  if (f.hiddenPlans.length === 0 || e.evidence.length === 0) return true;
  return e.evidence.some((ev) => !f.hiddenPlans.includes(ev.plan));
};

/** Nodes are the visible ids the cache knows and the filters let through; edges join two of them. */
export const toElements = ({ nodes, edges, view, relLabel, decorations }: MappingInput): MappedElements => {
  const marks = decorationClasses(decorations, view.selected);
  const outNodes: NodeElement[] = [];
  const shown = new Set<string>();
  for (const id of view.nodes) {
    const n = nodes.get(id);
    if (!n || !nodePasses(n, view.filters)) continue;
    shown.add(id);
    const pin = view.pinned[id];
    const classes = [
      pin ? 'pinned' : '',
      n.discovered ? 'discovered' : '',
      view.trace?.id === id ? 'trace-root' : '',
      ...marks.node(id),
    ]
      .filter(Boolean)
      .join(' ');
    outNodes.push({
      group: 'nodes',
      data: {
        id,
        kind: n.label,
        display: displayName(n, view.lang),
        name: n.name,
        nameEn: n.nameEn,
        plans: n.plans,
      },
      classes,
      ...(pin ? { position: { ...pin }, locked: true } : {}),
    });
  }
  const outEdges: EdgeElement[] = [];
  for (const e of edges) {
    if (!shown.has(e.source) || !shown.has(e.target) || !edgePasses(e, view.filters)) continue;
    outEdges.push({
      group: 'edges',
      data: {
        id: edgeId(e),
        source: e.source,
        target: e.target,
        type: e.type,
        basis: e.basis,
        display: relLabel ? relLabel(e.type) : e.type,
      },
      classes: [e.basis === 'inferred' ? 'inferred' : 'stated', ...marks.edge(e.source, e.target)].join(' '),
    });
  }
  return { nodes: outNodes, edges: outEdges };
};

const NO_CLASSES: readonly string[] = [];

/**
 * The classes a mode's marks give: with a highlight, its nodes and edges `mode-hl` and the rest
 * `faded`; a node in a comparison group `group-<group>` (its fill); with `fadeEdges`, edges that do
 * not touch the selection `faded`.
 */
export const decorationClasses = (
  d: Decorations | undefined,
  selected: string | null,
): {
  node: (id: string) => readonly string[];
  edge: (source: string, target: string) => readonly string[];
} => {
  const hl = d?.highlight && d.highlight.nodes.length > 0 ? d.highlight : null;
  const keep = new Set(hl?.nodes);
  const pairs = hl?.edges ? new Set(hl.edges.map(([s, t]) => `${s}>${t}`)) : null;
  const groups = d?.groups && d.groups.size > 0 ? d.groups : null;
  const fadeEdges = !!d?.fadeEdges && groups !== null;
  return {
    node(id) {
      const group = groups?.get(id);
      if (!hl && !group) return NO_CLASSES;
      return [hl ? (keep.has(id) ? 'mode-hl' : 'faded') : '', group ? `group-${group}` : ''].filter(Boolean);
    },
    edge(s, t) {
      const out: string[] = [];
      if (hl) {
        const on = pairs ? pairs.has(`${s}>${t}`) || pairs.has(`${t}>${s}`) : keep.has(s) && keep.has(t);
        out.push(on ? 'mode-hl' : 'faded');
      }
      if (fadeEdges && selected !== s && selected !== t && !out.includes('faded')) out.push('faded');
      return out;
    },
  };
};
