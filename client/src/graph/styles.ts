// The Cytoscape stylesheet: colour and shape per label, stated edges solid and inferred dashed,
// labels with a halo so they stay readable over edges. Pure data.
import type { StylesheetJson } from 'cytoscape';
import { NODE_LABELS } from '../../../server/model/graph-model';
import { EDGE_COLOR, HIGHLIGHT, LABEL_LOOK } from './palette';

export interface StyleOptions {
  /** Larger labels for presenting (stage mode). */
  fontScale: number;
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

export const graphStyle = ({ fontScale, large = false }: StyleOptions = { fontScale: 1 }): StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(display)',
      'font-size': 16 * fontScale,
      'font-family': 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif',
      color: '#111111',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      // English names wrap at spaces; Chinese names have none and stay on one line.
      'text-wrap': 'wrap',
      'text-max-width': `${140 * fontScale}px`,
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
  { selector: 'node[kind = "Domain"]', style: { 'font-size': 19 * fontScale, 'font-weight': 'bold' } },
  {
    selector: 'node.pinned',
    style: { 'border-width': 3, 'border-color': HIGHLIGHT, 'border-style': 'double' },
  },
  { selector: 'node.trace-root', style: { 'border-width': 4, 'border-color': HIGHLIGHT } },
  { selector: 'node.discovered', style: { 'border-style': 'dotted', 'border-color': '#333333' } },
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
    selector: 'edge:selected, edge.hl',
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
      'text-wrap': 'wrap',
      'text-max-width': `${150 * fontScale}px`,
    },
  },
  ...(large ? LARGE : []),
];
