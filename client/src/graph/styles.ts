// The Cytoscape stylesheet: colour and shape per label, stated edges solid and inferred dashed,
// labels with a halo so they stay readable over edges, wrapped to at most three lines, and hidden
// where they would collide (`label-hidden`, decided by label-visibility.ts); a mode's marks as
// classes (`mode-hl`, `faded`, `group-<group>`, from element-mapping.ts). Pure data.
import type { StylesheetJson } from 'cytoscape';
import { NODE_LABELS } from '../../../core/model/graph-model';
import { EDGE_COLOR, GROUP_COLOR, HIGHLIGHT, LABEL_LOOK, type CompareGroup } from './palette';

/** Node labels are wrapped to lines this many ems wide, at most three (label-text.ts). */
export const LABEL_WRAP = { maxEm: 8, maxLines: 3 } as const;

/** Font sizes of node labels (model px, before the stage scale). */
export const NODE_FONT = 16;
export const DOMAIN_FONT = 19;

/**
 * Cytoscape's own wrapping width: wider than the pre-wrapped lines (estimated widths may be short by
 * a little, bold text is wider), so it never breaks a line again.
 */
const maxWidth = (font: number): string => `${Math.round((LABEL_WRAP.maxEm + 1.5) * font)}px`;

export interface StyleOptions {
  /** Larger labels for presenting (stage mode). */
  fontScale: number;
  /**
   * Smallest node font (model units). Zoomed far out, labels stop shrinking with the drawing so that
   * the ones drawn stay readable (graph-view sets it from the zoom; the label pass drops the rest).
   */
  minFont?: number;
  /** Thousands of elements: cheaper drawing (straight haystack edges, no borders, labels only up close). */
  large?: boolean;
}

/** Cytoscape's own advice for big graphs: haystack edges, no arrows, fewer text draws. */
const LARGE: StylesheetJson = [
  { selector: 'node', style: { 'border-width': 0, 'min-zoomed-font-size': 11, 'text-outline-width': 0 } },
  {
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 1 },
  },
];

export const graphStyle = (
  { fontScale, large = false, minFont = 0 }: StyleOptions = { fontScale: 1 },
): StylesheetJson => {
  const node = Math.max(NODE_FONT * fontScale, minFont);
  const domain = Math.max(DOMAIN_FONT * fontScale, (minFont * DOMAIN_FONT) / NODE_FONT);
  return [
    {
      selector: 'node',
      style: {
        // The name as wrapped by label-text.ts; the full name is the tooltip.
        label: 'data(text)',
        'font-size': node,
        'font-family': 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif',
        color: '#111111',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        // Lines come pre-wrapped (Chinese between characters, English at spaces, three at most).
        'text-wrap': 'wrap',
        'text-max-width': maxWidth(node),
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        // Below this rendered size labels are skipped: unreadable text only costs frames.
        'min-zoomed-font-size': 6,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...(NODE_LABELS.map((label) => ({
      selector: `node[kind = "${label}"]`,
      style: {
        'background-color': LABEL_LOOK[label].color,
        shape: LABEL_LOOK[label].shape,
        width: LABEL_LOOK[label].size,
        height: LABEL_LOOK[label].size,
      },
    })) as StylesheetJson),
    {
      selector: 'node[kind = "Domain"]',
      style: {
        'font-size': domain,
        'font-weight': 'bold',
        'text-max-width': maxWidth(domain),
      },
    },
    // A comparison's groups fill their nodes (the shape still says the label).
    ...((Object.keys(GROUP_COLOR) as CompareGroup[]).map((g) => ({
      selector: `node.group-${g}`,
      style: { 'background-color': GROUP_COLOR[g] },
    })) as StylesheetJson),
    // Thicker than the default border: a 1.5 px dotted line is lost at normal zoom.
    // Before the pinned and trace-root borders, so a discovered node that is pinned still shows it.
    {
      selector: 'node.discovered',
      style: { 'border-style': 'dotted', 'border-color': '#333333', 'border-width': 3 },
    },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-color': HIGHLIGHT, 'border-style': 'double' },
    },
    { selector: 'node.trace-root', style: { 'border-width': 4, 'border-color': HIGHLIGHT } },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': '#000000', 'overlay-opacity': 0, 'z-index': 10 },
    },
    { selector: 'node.faded', style: { opacity: 0.25 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': EDGE_COLOR,
        'target-arrow-color': EDGE_COLOR,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        opacity: 0.75,
        label: '',
        'font-size': 10 * fontScale,
        color: '#333333',
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
      },
    },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    {
      selector: 'edge:selected, edge.hl, edge.mode-hl',
      style: {
        label: 'data(display)',
        width: 3,
        'line-color': HIGHLIGHT,
        'target-arrow-color': HIGHLIGHT,
        opacity: 1,
      },
    },
    { selector: 'edge.faded', style: { opacity: 0.12 } },
    { selector: 'edge.chain', style: { 'curve-style': 'straight' } },
    {
      // In a layered chain edges leave nodes sideways: labels go under the node (never on an edge's
      // way out), wrapped narrow; the layout gives each node the box of its label.
      selector: 'node.chain',
      style: {
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
      },
    },
    // Labels that would collide are not drawn (in PNG exports neither); hovering a node shows its
    // label above the others. A selected node's label is drawn where the label pass put it, which
    // always tries it first: hidden, every place of it would cover another node.
    // (No text at all, so a hidden label takes no room in the node's box either.)
    { selector: 'node.label-hidden', style: { label: '' } },
    // Where the label would collide under its node, it may sit above it (same distance).
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -5 } },
    { selector: 'node.chain.label-top', style: { 'text-margin-y': -4 } },
    { selector: 'node.label-hidden.label-hover', style: { label: 'data(text)', 'z-index': 20 } },
    ...(large ? LARGE : []),
  ];
};
