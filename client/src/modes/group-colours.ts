// Colours nodes by comparison group (both / only A / only B) as style bypasses, which survive the
// class resets of a redraw; `null` gives every node its label colour back.
import type { Core } from 'cytoscape';
import { GROUP_COLOR, type CompareGroup } from './compare-model';

export const colourByGroup = (cy: Core, groups: ReadonlyMap<string, CompareGroup> | null): void => {
  if (cy.destroyed()) return;
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const g = groups?.get(n.id());
      if (g) n.style({ 'background-color': GROUP_COLOR[g] });
      else n.removeStyle('background-color');
    }),
  );
};
