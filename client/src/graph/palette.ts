// Colour and shape per label. Colours are the Okabe-Ito set (safe for the common colour-vision
// deficiencies), and every label also has its own shape so colour is never the only cue.
import type { NodeLabel } from '../../../core/model/graph-model';

export interface LabelLook {
  color: string;
  /** Text colour readable on `color` (WCAG AA against it). */
  ink: string;
  shape: string;
  /** Relative size: domains are the landmarks of the overview. */
  size: number;
}

export const LABEL_LOOK: Record<NodeLabel, LabelLook> = {
  Domain: { color: '#0072B2', ink: '#ffffff', shape: 'round-hexagon', size: 56 },
  Equipment: { color: '#D55E00', ink: '#ffffff', shape: 'ellipse', size: 40 },
  Component: { color: '#E69F00', ink: '#000000', shape: 'round-diamond', size: 36 },
  Material: { color: '#009E73', ink: '#ffffff', shape: 'round-triangle', size: 36 },
  Technology: { color: '#56B4E9', ink: '#000000', shape: 'round-pentagon', size: 36 },
  Measure: { color: '#CC79A7', ink: '#000000', shape: 'round-rectangle', size: 34 },
  Department: { color: '#4D4D4D', ink: '#ffffff', shape: 'barrel', size: 40 },
  Target: { color: '#F0E442', ink: '#000000', shape: 'star', size: 36 },
  Plan: { color: '#999999', ink: '#000000', shape: 'rectangle', size: 44 },
};

export const EDGE_COLOR = '#6b6b6b';
export const HIGHLIGHT = '#1f1f1f';

/** Comparison groups: in both plans, only in the first (A), only in the second (B). */
export type CompareGroup = 'both' | 'onlyA' | 'onlyB';

/** Okabe-Ito grey (both), orange (only A), blue (only B). */
export const GROUP_COLOR: Record<CompareGroup, string> = {
  both: '#6b6b6b',
  onlyA: '#E69F00',
  onlyB: '#0072B2',
};
