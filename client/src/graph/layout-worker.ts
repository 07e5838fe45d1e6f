// Runs layouts off the main thread: fcose on a headless Cytoscape for large force views, and ELK's
// layered algorithm for chains (loaded on first use, then kept). Protocol: in {id, elements,
// options} (fcose) or {id, kind: 'elk', graph}; out {id, positions} or {id, error}.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import { elkCorners } from './elk-layered';

cytoscape.use(fcose);

type Request =
  | { id: number; kind?: 'fcose'; elements: ElementDefinition[]; options: Record<string, unknown> }
  | { id: number; kind: 'elk'; graph: ElkNode };

let elk: Promise<ELK> | undefined;

const fcoseRun = (elements: ElementDefinition[], options: Record<string, unknown>) => {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements });
  // Headless nodes have no rendered size; give them the drawn one so spacing matches.
  cy.nodes().style({ width: 40, height: 40 });
  cy.layout({ ...options, name: 'fcose', animate: false, fit: false } as cytoscape.LayoutOptions).run();
  const positions: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = n.position();
  });
  cy.destroy();
  return positions;
};

const onMessage = async (event: MessageEvent<Request>): Promise<void> => {
  const req = event.data;
  try {
    if (req.kind === 'elk') {
      // elk.bundled runs ELK in this thread (no nested worker): this worker is the off-main thread.
      // Evaluated where `document` is undefined it would also make itself this worker's message
      // handler (ELK's own worker protocol) and swallow our later requests: a stand-in `document`
      // keeps it a plain library while it loads.
      elk ??= (async () => {
        const scope = self as unknown as { document?: unknown };
        scope.document = {};
        try {
          const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
          return new Elk();
        } finally {
          delete scope.document;
          self.onmessage = onMessage;
        }
      })();
      const laid = await (await elk).layout(req.graph);
      self.postMessage({ id: req.id, positions: elkCorners(laid) });
    } else self.postMessage({ id: req.id, positions: fcoseRun(req.elements, req.options) });
  } catch (err) {
    self.postMessage({ id: req.id, error: String(err) });
  }
};

self.onmessage = onMessage;
