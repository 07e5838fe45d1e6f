// A mode's marks (highlight, comparison groups) reach the drawing as element classes: element
// mapping emits them, the stylesheet colours them, and the decoration store only reports changes.
import { describe, expect, it } from 'vitest';
import type { WireEdge, WireNode } from '../../../client/src/api/wire';
import { decorationClasses, toElements } from '../../../client/src/graph/element-mapping';
import { GROUP_COLOR } from '../../../client/src/graph/palette';
import { graphStyle } from '../../../client/src/graph/styles';
import { createDecorationStore, noDecorations } from '../../../client/src/state/decorations';
import { initialViewState } from '../../../client/src/state/view-state';
import { asNodeId, asPlanId } from '../../../core/model/ids';

const node = (id: string, label: WireNode['label']): WireNode => ({
  id: asNodeId(id),
  label,
  name: id,
  nameEn: id,
  aliases: [],
  plans: [asPlanId('meq-2021')],
});
const edge = (source: string, target: string): WireEdge => ({
  type: 'USED_IN',
  source: asNodeId(source),
  target: asNodeId(target),
  basis: 'stated',
  evidence: [],
});

const ids = ['material:membrane', 'component:pump', 'equipment:ecmo', 'domain:life-support'];
const nodes = new Map<string, WireNode>([
  ['material:membrane', node('material:membrane', 'Material')],
  ['component:pump', node('component:pump', 'Component')],
  ['equipment:ecmo', node('equipment:ecmo', 'Equipment')],
  ['domain:life-support', node('domain:life-support', 'Domain')],
]);
const edges = [
  edge('material:membrane', 'equipment:ecmo'),
  edge('component:pump', 'equipment:ecmo'),
  edge('equipment:ecmo', 'domain:life-support'),
];
const view = { ...initialViewState('en'), nodes: ids };
const classesOf = (els: { data: { id: string }; classes: string }[]) =>
  Object.fromEntries(els.map((e) => [e.data.id, e.classes.split(' ').filter(Boolean).sort()]));

describe('toElements with a mode highlight', () => {
  it('marks the highlighted nodes and the edges among them mode-hl and fades the rest', () => {
    const out = toElements({
      nodes,
      edges,
      view,
      decorations: { ...noDecorations(), highlight: { nodes: ['material:membrane', 'equipment:ecmo'] } },
    });
    expect(classesOf(out.nodes)).toEqual({
      'material:membrane': ['mode-hl'],
      'component:pump': ['faded'],
      'equipment:ecmo': ['mode-hl'],
      'domain:life-support': ['faded'],
    });
    expect(classesOf(out.edges)).toEqual({
      'USED_IN|material:membrane|equipment:ecmo': ['mode-hl', 'stated'],
      'USED_IN|component:pump|equipment:ecmo': ['faded', 'stated'],
      'USED_IN|equipment:ecmo|domain:life-support': ['faded', 'stated'],
    });
  });

  it('lights only the named edges of a path, in either direction', () => {
    const out = toElements({
      nodes,
      edges,
      view,
      decorations: {
        ...noDecorations(),
        highlight: {
          nodes: ['component:pump', 'equipment:ecmo', 'domain:life-support'],
          edges: [['equipment:ecmo', 'component:pump']],
        },
      },
    });
    const lit = out.edges.filter((e) => e.classes.includes('mode-hl')).map((e) => e.data.id);
    expect(lit).toEqual(['USED_IN|component:pump|equipment:ecmo']);
  });

  it('adds no class without marks, and an empty highlight is none', () => {
    const plain = toElements({ nodes, edges, view });
    const empty = toElements({
      nodes,
      edges,
      view,
      decorations: { ...noDecorations(), highlight: { nodes: [] } },
    });
    expect(empty).toEqual(plain);
    expect(plain.nodes.every((n) => n.classes === '')).toBe(true);
  });
});

describe('toElements with comparison groups', () => {
  const groups = new Map([
    ['equipment:ecmo', 'both'],
    ['domain:life-support', 'onlyB'],
  ] as const);

  it('gives each grouped node its group class and fades edges away from the selection', () => {
    const out = toElements({
      nodes,
      edges,
      view: { ...view, selected: 'component:pump' },
      decorations: { ...noDecorations(), groups, fadeEdges: true },
    });
    expect(classesOf(out.nodes)['equipment:ecmo']).toEqual(['group-both']);
    expect(classesOf(out.nodes)['domain:life-support']).toEqual(['group-onlyB']);
    expect(classesOf(out.nodes)['material:membrane']).toEqual([]);
    expect(classesOf(out.edges)).toEqual({
      'USED_IN|material:membrane|equipment:ecmo': ['faded', 'stated'],
      'USED_IN|component:pump|equipment:ecmo': ['stated'],
      'USED_IN|equipment:ecmo|domain:life-support': ['faded', 'stated'],
    });
  });

  it('leaves edges alone without fadeEdges (a tour step coloured by group)', () => {
    const d = decorationClasses({ ...noDecorations(), groups }, null);
    expect(d.edge('equipment:ecmo', 'domain:life-support')).toEqual([]);
    expect(d.node('equipment:ecmo')).toEqual(['group-both']);
  });
});

describe('graphStyle', () => {
  it('fills each group class with its group colour', () => {
    const style = graphStyle({ fontScale: 1 }) as { selector: string; style: Record<string, unknown> }[];
    for (const [g, colour] of Object.entries(GROUP_COLOR))
      expect(style.find((r) => r.selector === `node.group-${g}`)?.style['background-color']).toBe(colour);
    expect(style.some((r) => r.selector.split(', ').includes('edge.mode-hl'))).toBe(true);
  });
});

describe('createDecorationStore', () => {
  it('tells its listeners of a change only, and clears back to no marks', () => {
    const store = createDecorationStore();
    const heard: number[] = [];
    store.subscribe((d) => heard.push(d.highlight?.nodes.length ?? 0));
    store.set({ highlight: { nodes: ['equipment:ecmo'] } });
    store.set({ highlight: { nodes: ['equipment:ecmo'] } });
    store.set({ groups: new Map([['equipment:ecmo', 'both']]) });
    store.set({ groups: new Map([['equipment:ecmo', 'both']]) });
    store.clear();
    expect(heard).toEqual([1, 1, 0]);
    expect(store.get()).toEqual(noDecorations());
  });
});
