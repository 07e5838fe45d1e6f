// What the page draws now, as the tour steps' check reads it (`tours/step-check.ts`): node ids, edge
// ids and each node's fill colour, read from the live Cytoscape.
import type { Page } from 'playwright-core';
import type { DrawnStep } from '../../../client/src/tours/step-check';

interface Cy {
  nodes(): { map<T>(f: (n: { id(): string; style(k: string): string }) => T): T[] };
  edges(): { map<T>(f: (e: { id(): string }) => T): T[] };
}

export const drawnStep = async (page: Page): Promise<DrawnStep> => {
  const raw = await page.evaluate(() => {
    const cy = (window as unknown as { planAtlas: { cy: Cy } }).planAtlas.cy;
    return {
      nodes: cy.nodes().map((n) => [n.id(), n.style('background-color')] as const),
      edges: cy.edges().map((e) => e.id()),
    };
  });
  return {
    nodes: new Set(raw.nodes.map(([id]) => id)),
    edges: new Set(raw.edges),
    colours: new Map(raw.nodes),
  };
};
