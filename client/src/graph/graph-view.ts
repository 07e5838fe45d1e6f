// The Cytoscape wrapper: draws mapped elements, runs layouts (layered in code, force on the main
// thread when small, in a worker when large), reports taps, and exports. The only graph I/O.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeData, MappedElements, NodeData } from './element-mapping';
import { fcoseOptions } from './force-layout';
import { layeredLayout } from './layered-layout';
import { createLayoutSupervisor } from './layout-supervisor';
import { LABEL_LOOK, EDGE_COLOR } from './palette';
import { graphStyle } from './styles';
import { toSvg, type SvgEdge, type SvgNode } from './svg-export';

cytoscape.use(fcose);

export interface GraphViewOptions {
  /** Above this many elements the WebGL renderer is used (experimental in Cytoscape; canvas below). */
  webglThreshold: number;
  /** Above this many nodes the force layout runs in a worker. */
  workerThreshold: number;
  /** Above this many elements, edges hide and a texture stands in while panning and zooming. */
  largeThreshold: number;
  /** Force a renderer regardless of size (benchmarks and tests). */
  renderer?: 'canvas' | 'webgl';
  ariaLabel: string;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  /** A pinned node was dragged to a new place. */
  onMove: (id: string, at: { x: number; y: number }) => void;
  /** Called once, the first time elements are on screen (for the speed figures). */
  onFirstDraw?: () => void;
  /** Cytoscape was re-created (renderer switch); holders of the old instance must refresh. */
  onRebuild?: (cy: Core) => void;
}

export type LayoutRequest = 'force' | 'layered' | 'none';

export interface GraphView {
  readonly cy: Core;
  readonly renderer: 'canvas' | 'webgl';
  /** Replaces what is drawn, keeping positions of the nodes that stay; then lays out. */
  draw(elements: MappedElements, layout: LayoutRequest): Promise<void>;
  select(id: string | null): void;
  focus(id: string): void;
  fit(): void;
  position(id: string): { x: number; y: number } | null;
  setFontScale(scale: number): void;
  png(): Promise<Blob>;
  svg(title: string): string;
  visibleData(): { nodes: NodeData[]; edges: EdgeData[] };
  /** Re-creates Cytoscape with another renderer (WebGL is an init-time option). */
  useRenderer(renderer: 'canvas' | 'webgl'): void;
  destroy(): void;
}

const DEFAULTS = { webglThreshold: 1500, workerThreshold: 300, largeThreshold: 1000 };

export const validateGraphViewOptions = (o: GraphViewOptions): void => {
  for (const key of ['webglThreshold', 'workerThreshold', 'largeThreshold'] as const)
    if (!Number.isFinite(o[key]) || o[key] < 0) throw new Error(`graph-view: ${key} must be a number >= 0`);
};

export const createGraphView = (
  container: HTMLElement,
  partial: Partial<GraphViewOptions> & Pick<GraphViewOptions, 'onSelect' | 'onExpand' | 'onMove' | 'ariaLabel'>,
): GraphView => {
  const options: GraphViewOptions = { ...DEFAULTS, ...partial };
  validateGraphViewOptions(options);
  const supervisor = createLayoutSupervisor();
  let fontScale = 1;
  let drawn = false;
  let renderer: 'canvas' | 'webgl' = options.renderer ?? 'canvas';
  let large = false;

  const build = (elements: ElementDefinition[]): Core => {
    const instance = cytoscape({
      container,
      elements,
      style: graphStyle({ fontScale }),
      // Performance options (Cytoscape docs "Performance"): for large graphs draw edges and
      // details only when the viewport is still; never pay for device pixels above 2x.
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : Math.min(2, window.devicePixelRatio || 1),
      wheelSensitivity: 0.4,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      ...(renderer === 'webgl' ? { webgl: true } : {}),
    });
    instance.on('tap', 'node', (e) => options.onSelect((e.target as NodeSingular).id()));
    instance.on('tap', (e) => {
      if (e.target === instance) options.onSelect(null);
    });
    instance.on('dbltap', 'node', (e) => options.onExpand((e.target as NodeSingular).id()));
    instance.on('dragfree', 'node.pinned', (e) => {
      const n = e.target as NodeSingular;
      options.onMove(n.id(), n.position());
    });
    instance.on('mouseover', 'edge', (e) => (e.target as cytoscape.EdgeSingular).addClass('hl'));
    instance.on('mouseout', 'edge', (e) => {
      const edge = e.target as cytoscape.EdgeSingular;
      if (edge.connectedNodes(':selected').empty()) edge.removeClass('hl');
    });
    return instance;
  };

  let cy = build([]);
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', options.ariaLabel);

  /** Renderer and viewport options are fixed at init, so a change of either re-creates Cytoscape. */
  const rebuild = (nextRenderer: 'canvas' | 'webgl', nextLarge: boolean): void => {
    const json = cy.elements().jsons() as unknown as ElementDefinition[];
    const pan = cy.pan();
    const zoom = cy.zoom();
    cy.destroy();
    renderer = nextRenderer;
    large = nextLarge;
    cy = build(json);
    cy.viewport({ zoom, pan });
    options.onRebuild?.(cy);
  };

  const markFirstDraw = (): void => {
    if (drawn || cy.elements().length === 0) return;
    drawn = true;
    cy.one('render', () => options.onFirstDraw?.());
  };

  const runForce = async (incremental: boolean): Promise<void> => {
    const pinned = cy
      .nodes('.pinned')
      .map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const opts = fcoseOptions({ pinned, incremental, nodeCount: cy.nodes().length });
    if (cy.nodes().length <= options.workerThreshold) {
      const layout = cy.layout(opts as unknown as cytoscape.LayoutOptions);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
      return;
    }
    const positions = await supervisor.run(
      cy.elements().map((el): ElementDefinition => ({ group: el.group(), data: el.data() as ElementDefinition['data'], position: el.isNode() ? el.position() : undefined })),
      opts,
    );
    if (!positions) return; // superseded by a newer layout
    cy.nodes().positions((n) => positions[n.id()] ?? n.position());
    cy.fit(undefined, 40);
  };

  const runLayered = async (): Promise<void> => {
    const positions = layeredLayout({
      nodes: cy.nodes().map((n) => ({ id: n.id(), kind: (n.data() as NodeData).kind })),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    });
    cy.edges().addClass('chain');
    const layout = cy.layout({
      name: 'preset',
      positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
      animate: cy.nodes().length < 400,
      animationDuration: 450,
      fit: true,
      padding: 50,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  };

  const view: GraphView = {
    get cy() {
      return cy;
    },
    get renderer() {
      return renderer;
    },
    async draw(elements, layout) {
      const total = elements.nodes.length + elements.edges.length;
      const wantWebgl = options.renderer ? options.renderer === 'webgl' : total > options.webglThreshold;
      const wantLarge = total > options.largeThreshold;
      if ((renderer === 'webgl') !== wantWebgl || wantLarge !== large) rebuild(wantWebgl ? 'webgl' : 'canvas', wantLarge);
      const keep = new Set([...elements.nodes, ...elements.edges].map((e) => e.data.id));
      const old = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      let fresh = 0;
      cy.batch(() => {
        cy.elements().filter((el) => !keep.has(el.id())).remove();
        cy.edges().removeClass('chain');
        for (const n of elements.nodes) {
          const existing = cy.getElementById(n.data.id);
          if (existing.nonempty()) {
            existing.data(n.data);
            existing.classes(n.classes);
            if (n.position) existing.position(n.position);
            if (n.locked) existing.lock();
            else existing.unlock();
          } else {
            fresh++;
            const added = cy.add({ ...n, position: n.position ?? { x: 0, y: 0 } });
            if (n.locked) added.lock();
          }
        }
        for (const e of elements.edges) {
          const existing = cy.getElementById(e.data.id);
          if (existing.nonempty()) existing.data(e.data).classes(e.classes);
          else cy.add(e);
        }
        // New nodes start beside a neighbour that already has a place, so an incremental force
        // run only has to settle them.
        cy.nodes().forEach((n) => {
          if (old.has(n.id()) || n.locked()) return;
          const anchor = n.neighborhood('node').filter((m) => old.has(m.id()))[0];
          const base = anchor ? old.get(anchor.id()) : undefined;
          if (base) n.position({ x: base.x + (Math.random() - 0.5) * 120, y: base.y + (Math.random() - 0.5) * 120 });
          else n.position({ x: (Math.random() - 0.5) * 400, y: (Math.random() - 0.5) * 400 });
        });
      });
      if (cy.nodes().length === 0) return;
      markFirstDraw();
      if (layout === 'layered') await runLayered();
      else if (layout === 'force' && (fresh > 0 || old.size === 0)) {
        const incremental = old.size > 0 && fresh < cy.nodes().length / 2;
        await runForce(incremental);
      } else cy.fit(undefined, 40);
    },
    select(id) {
      cy.batch(() => {
        cy.$(':selected').unselect();
        cy.edges('.hl').removeClass('hl');
        if (id) {
          const n = cy.getElementById(id);
          n.select();
          n.connectedEdges().addClass('hl');
        }
      });
    },
    focus(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
    },
    fit() {
      cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 });
    },
    position(id) {
      const n = cy.getElementById(id);
      return n.nonempty() ? { ...n.position() } : null;
    },
    setFontScale(scale) {
      fontScale = scale;
      cy.style(graphStyle({ fontScale }));
    },
    async png() {
      // Presentation resolution: at least 1920 px wide, at most 4096, white background.
      const bb = cy.elements().boundingBox();
      const scale = Math.min(4, Math.max(1, 1920 / Math.max(1, bb.w)), 4096 / Math.max(1, bb.w));
      return cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' });
    },
    svg(title) {
      const nodes: SvgNode[] = cy.nodes().map((n) => {
        const d = n.data() as NodeData;
        const look = LABEL_LOOK[d.kind];
        return { ...n.position(), size: look.size, color: look.color, shape: look.shape, label: d.display, bold: d.kind === 'Domain' };
      });
      const edges: SvgEdge[] = cy.edges().map((e) => ({
        sx: e.source().position().x,
        sy: e.source().position().y,
        tx: e.target().position().x,
        ty: e.target().position().y,
        dashed: e.hasClass('inferred'),
        color: EDGE_COLOR,
        targetRadius: LABEL_LOOK[(e.target().data() as NodeData).kind].size / 2 + 2,
      }));
      return toSvg(nodes, edges, { padding: 30, fontSize: 13, background: '#ffffff', title });
    },
    visibleData() {
      return {
        nodes: cy.nodes().map((n) => n.data() as NodeData),
        edges: cy.edges().map((e) => e.data() as EdgeData),
      };
    },
    useRenderer(next) {
      if (next !== renderer) rebuild(next, large);
    },
    destroy() {
      supervisor.dispose();
      cy.destroy();
    },
  };
  return view;
};
