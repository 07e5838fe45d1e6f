// Runs fcose off the main thread on a headless Cytoscape, so large slices never freeze the page.
// Protocol: in {id, elements, options}; out {id, positions} or {id, error}.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

interface Request {
  id: number;
  elements: ElementDefinition[];
  options: Record<string, unknown>;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, elements, options } = event.data;
  try {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    // Headless nodes have no rendered size; give them the drawn one so spacing matches.
    cy.nodes().style({ width: 40, height: 40 });
    cy.layout({ ...options, name: 'fcose', animate: false, fit: false } as cytoscape.LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    cy.destroy();
    self.postMessage({ id, positions });
  } catch (err) {
    self.postMessage({ id, error: String(err) });
  }
};
