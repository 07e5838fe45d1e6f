// Does a drawn step show what it promises? Compares a step's `expect` with what the graph draws
// (node ids, edge ids, node colours). Pure; the e2e test that plays every tour step uses it.
import { GROUP_COLOR, type CompareGroup } from '../analysis/compare-model';
import type { StepExpect } from './tour-schema';

export interface DrawnStep {
  nodes: ReadonlySet<string>;
  /** Edge ids, `TYPE|source|target`. */
  edges: ReadonlySet<string>;
  /** Node fill colours as `#rrggbb` (lower case). */
  colours: ReadonlyMap<string, string>;
}

const GROUPS: readonly CompareGroup[] = ['both', 'onlyA', 'onlyB'];

/** `rgb(230, 159, 0)` or `#E69F00` as `#e69f00`. */
export const hexColour = (css: string): string => {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css.trim());
  if (!m) return css.trim().toLowerCase();
  return `#${m
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;
};

/**
 * What is missing or wrong, one sentence each (empty: the step shows what it says).
 * @example stepProblems({ nodes: ['equipment:ct'], edges: [] }, drawn) // ['node equipment:ct is not drawn']
 */
export const stepProblems = (expect: StepExpect, drawn: DrawnStep): string[] => {
  const problems: string[] = [];
  for (const id of expect.nodes) if (!drawn.nodes.has(id)) problems.push(`node ${id} is not drawn`);
  for (const id of expect.edges) if (!drawn.edges.has(id)) problems.push(`edge ${id} is not drawn`);
  for (const group of GROUPS)
    for (const id of expect.groups?.[group] ?? []) {
      const colour = drawn.colours.get(id);
      if (colour === undefined) problems.push(`node ${id} (${group}) is not drawn`);
      else if (hexColour(colour) !== GROUP_COLOR[group].toLowerCase())
        problems.push(`node ${id} is ${hexColour(colour)}, not the colour of "${group}"`);
    }
  return problems;
};
