// The Cytoscape wrapper: draws mapped elements, runs layouts (layered in code, force on the main
// thread when small, in a worker when large), keeps labels from colliding (label-visibility.ts, after
// every layout and on zoom), reports taps, and exports. The only graph I/O: nothing outside graph/
// imports Cytoscape or holds its instance (tests/unit/architecture/import-graph.test.ts checks it).
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeData, MappedElements, NodeData } from './element-mapping';
import { fcoseOptions } from './force-layout';
import { clusterLayout, clusterSpacing } from './cluster-layout';
import { elkCentres, elkGraph, type NodeBox } from './elk-layered';
import { gridLayout } from './grid-layout';
import { BAND, layeredLayout, type Positions } from './layered-layout';
import { createLayoutSupervisor } from './layout-supervisor';
import { labelText } from './label-text';
import { labelImportance, labelPlacements, type Box, type LabelCandidate } from './label-visibility';
import { LABEL_LOOK, EDGE_COLOR } from './palette';
import { graphStyle, LABEL_WRAP, NODE_FONT } from './styles';
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
  /** Zoom or pan changed (user or fit), reported once it has been still for `viewportQuietMs`. */
  onViewport?: (camera: { zoom: number; x: number; y: number }) => void;
  viewportQuietMs: number;
}

export type LayoutRequest = 'force' | 'layered' | 'clusters' | 'none';

/** Words on the graph that are not nodes of it (a comparison's group titles): never tapped or exported as data. */
export interface GraphTitle {
  id: string;
  text: string;
  colour: string;
  x: number;
  y: number;
}

/**
 * A mode's own placement: positions for the nodes (from their measured boxes), titles to draw, and
 * optionally the model box to show (e.g. the top of a drawing too tall to read whole; default: all).
 */
export type Arranger = (
  boxes: NodeBox[],
  /** The canvas, and the width (model px) a title takes as drawn, one line per `\n`. */
  screen: { width: number; height: number; titleWidth: (text: string) => number },
) => {
  positions: ReadonlyMap<string, { x: number; y: number }>;
  titles: readonly GraphTitle[];
  fit?: { x1: number; y1: number; x2: number; y2: number };
};

export interface GraphView {
  /** The element the graph is drawn in (it never changes, even when Cytoscape is re-created). */
  readonly container: HTMLElement;
  readonly renderer: 'canvas' | 'webgl';
  /** Replaces what is drawn, keeping positions of the nodes that stay; then lays out. */
  draw(elements: MappedElements, layout: LayoutRequest): Promise<void>;
  select(id: string | null): void;
  focus(id: string): void;
  fit(): void;
  /**
   * Fits the drawing into the part of the canvas above `bottomPx` (a tour's caption), so nothing
   * hides under it; asked while a draw is running, it waits (up to `waitMs`) for the nodes to land.
   */
  fitAbove(bottomPx: number, o?: { padding?: number; maxZoom?: number; waitMs?: number }): void;
  /** The container changed size: Cytoscape measures it again; with `fit`, the drawing is fitted to it. */
  resize(o?: { fit?: boolean }): void;
  /** Runs `fn` once, when the next layout has ended. */
  afterNextLayout(fn: () => void): void;
  /** Is this node or edge drawn? */
  has(id: string): boolean;
  /** Gives the drawn elements among these their classes now (no element is added or removed, no layout runs). */
  setClasses(elements: MappedElements): void;
  /** How many nodes and edges are drawn (titles included). */
  elementCount(): number;
  /** Puts the camera back where a shared view had it. */
  setCamera(camera: { zoom: number; x: number; y: number }): void;
  position(id: string): { x: number; y: number } | null;
  setFontScale(scale: number): void;
  png(): Promise<Blob>;
  svg(title: string): string;
  visibleData(): { nodes: NodeData[]; edges: EdgeData[] };
  /** Re-creates Cytoscape with another renderer (WebGL is an init-time option). */
  useRenderer(renderer: 'canvas' | 'webgl'): void;
  /** While set, draws place nodes with `arranger` instead of a layout (a pure function: no layout runs). */
  arrange(arranger: Arranger | null): void;
  destroy(): void;
}

/** The live Cytoscape of each view, for `consoleCy` alone. */
const liveCy = new WeakMap<GraphView, () => Core>();

/**
 * The live Cytoscape behind a view, for the page's console and test hook (`window.planAtlas.cy`)
 * only; it is re-created when the renderer changes, so read it each time. The page's own code uses
 * the view's methods.
 */
export const consoleCy = (view: GraphView): unknown => liveCy.get(view)?.();

let hardwareWebglCache: boolean | undefined;

/**
 * Is WebGL drawn by a GPU? A software rasteriser (SwiftShader, llvmpipe) is slower than Cytoscape's
 * canvas renderer (measured in tests/bench/client.bench.ts), so WebGL is only worth it on hardware.
 */
export const hardwareWebgl = (): boolean => {
  if (hardwareWebglCache !== undefined) return hardwareWebglCache;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    hardwareWebglCache = !!gl && !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    hardwareWebglCache = false;
  }
  return hardwareWebglCache;
};

/** Labels are never drawn smaller than this on screen (px, x the stage scale); the label pass hides what then collides. */
const FLOOR_PX = 9;

/** Titles drawn over the graph (a comparison's columns): model px at scale 1, and their face. */
const TITLE_FONT = 26;
const TITLE_FAMILY = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif';

let measureContext: CanvasRenderingContext2D | null | undefined;
/** Width of a bold title as drawn, its widest line, with the white outline (model px at zoom 1). */
const titleWidth = (text: string, size: number): number => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  const lines = text.split('\n');
  if (!ctx) return Math.max(...lines.map((l) => l.length)) * size;
  ctx.font = `bold ${size}px ${TITLE_FAMILY}`;
  return Math.max(...lines.map((l) => ctx.measureText(l).width)) + 6;
};

/** Classes the drawing gives elements itself, kept when a mode's marks change (`setClasses`). */
const OWN_CLASSES = ['label-hidden', 'label-top', 'label-hover', 'chain', 'hl'] as const;

/** A fit never zooms in further than this: two nodes should not fill a projector screen. */
const MAX_FIT_ZOOM = 1.4;

const DEFAULTS = { webglThreshold: 1500, workerThreshold: 300, largeThreshold: 1000, viewportQuietMs: 250 };

export const validateGraphViewOptions = (o: GraphViewOptions): void => {
  for (const key of ['webglThreshold', 'workerThreshold', 'largeThreshold', 'viewportQuietMs'] as const)
    if (!Number.isFinite(o[key]) || o[key] < 0) throw new Error(`graph-view: ${key} must be a number >= 0`);
};

export const createGraphView = (
  container: HTMLElement,
  partial: Partial<GraphViewOptions> &
    Pick<GraphViewOptions, 'onSelect' | 'onExpand' | 'onMove' | 'ariaLabel'>,
): GraphView => {
  const options: GraphViewOptions = { ...DEFAULTS, ...partial };
  validateGraphViewOptions(options);
  const supervisor = createLayoutSupervisor();
  let fontScale = 1;
  /** Smallest node font in model units while zoomed far out (0: none); see `placeLabels`. */
  let fontFloor = 0;
  let drawn = false;
  let renderer: 'canvas' | 'webgl' = options.renderer ?? 'canvas';
  let large = false;
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  let arranger: Arranger | null = null;
  /** The arranger whose positions are on screen (a new one places again, even for the same nodes). */
  let placedWith: Arranger | null = null;

  // --- labels: which to draw (label-visibility.ts); boxes are measured again only when positions,
  // classes or styles may have changed, a zoom alone re-runs the choice on the boxes it has.
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  /** One more measured pass once a view is still (see the end of placeLabels), per outside change. */
  let confirmTimer: ReturnType<typeof setTimeout> | undefined;
  let confirmsLeft = 0;
  let labelBoxes: (Omit<LabelCandidate, 'importance' | 'forced'> & { n: NodeSingular })[] | null = null;
  let remeasure = false;
  let applyingLabels = false;
  let verifyRounds = 0;
  const boxOf = (b: cytoscape.BoundingBox12): Box => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
  const placeLabels = (measure: boolean): void => {
    clearTimeout(labelTimer);
    labelTimer = undefined;
    remeasure = false;
    if (cy.destroyed()) return;
    // Zoomed out below a readable size, labels keep FLOOR_PX on screen (the drawing shrinks, the
    // words do not) and the pass keeps the important ones; whole model units, so that a small zoom
    // step restyles rarely.
    // Stage mode raises the floor with the font, so a projected label stays large.
    const px = FLOOR_PX * fontScale;
    const floor = !large && NODE_FONT * fontScale * cy.zoom() < px ? Math.ceil(px / cy.zoom()) : 0;
    if (floor !== fontFloor) {
      fontFloor = floor;
      cy.style(graphStyle({ fontScale, large, minFont: fontFloor }));
      measure = true;
    }
    // Hidden labels have no text: shown for the measurement and hidden again in the same task, so
    // nothing is painted in between.
    const hiddenNow = measure || !labelBoxes ? cy.nodes('.label-hidden') : cy.collection();
    applyingLabels = true;
    hiddenNow.removeClass('label-hidden');
    applyingLabels = false;
    if (measure || !labelBoxes)
      labelBoxes = cy
        .nodes()
        .filter((n) => n.visible())
        .map((n: NodeSingular) => {
          const body = boxOf(n.boundingBox({ includeLabels: false, includeOverlays: false }));
          const drawn = boxOf(
            n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }),
          );
          // The same label mirrored to the other side of the shape: under it (default) or above it.
          const h = drawn.y2 - drawn.y1;
          const top = n.hasClass('label-top');
          const gap = top ? body.y1 - drawn.y2 : drawn.y1 - body.y2;
          // A mirrored box is an estimate (Cytoscape's text box is not quite symmetric): a few
          // units of room around it.
          const m = 3;
          const mirror = (y1: number, y2: number): Box => ({
            x1: drawn.x1 - 1,
            x2: drawn.x2 + 1,
            y1: y1 - m,
            y2: y2 + m,
          });
          const under = top ? mirror(body.y2 + gap, body.y2 + gap + h) : drawn;
          const over = top ? drawn : mirror(body.y1 - gap - h, body.y1 - gap);
          return {
            n,
            id: n.id(),
            label: under,
            alternatives: [over],
            body,
            fontSize: parseFloat(String(n.style('font-size'))),
          };
        });
    const candidates: LabelCandidate[] = (labelBoxes ?? [])
      .filter((b) => !b.n.removed())
      .map((b) => ({
        ...b,
        // The selection's label, and words drawn on the graph as titles, are always drawn.
        forced: b.n.selected() || b.n.hasClass('graph-title'),
        // The layered layout gave each node a box with its label: keep those boxes apart.
        boxed: b.n.hasClass('chain'),
        importance: labelImportance({
          selected: b.n.selected(),
          faded: b.n.hasClass('faded'),
          domain: (b.n.data() as NodeData).kind === 'Domain',
          degree: b.n.degree(false),
        }),
      }));
    const shown = labelPlacements(candidates, { zoom: cy.zoom() });
    let moved = false;
    applyingLabels = true;
    hiddenNow.addClass('label-hidden');
    try {
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const at = shown.get(n.id());
          // A hidden label shows on hover in its default place.
          const top = at === 1;
          const move = at !== undefined && top !== n.hasClass('label-top');
          // After the last check a label is not moved again, where it would go unchecked: it is
          // hidden instead (the selection's too: a hidden label shows only on hover).
          const hide = at === undefined || (move && verifyRounds >= 2);
          if (hide !== n.hasClass('label-hidden')) n.toggleClass('label-hidden', hide);
          if (hide) {
            if (n.hasClass('label-top')) n.removeClass('label-top');
          } else if (move) {
            n.toggleClass('label-top', top);
            moved = true;
          }
        });
      });
    } finally {
      applyingLabels = false;
    }
    // A label moved above its node was judged by a mirrored box: check it once more where it is.
    if (moved && verifyRounds < 2) {
      verifyRounds++;
      scheduleLabels(true);
    } else {
      verifyRounds = 0;
      // Boxes measured while a view settles can go stale (a late text, style or camera change that no
      // event reports): once it is still, the labels are judged once more by their boxes as drawn.
      if (measure && confirmsLeft > 0) {
        confirmsLeft--;
        clearTimeout(confirmTimer);
        confirmTimer = setTimeout(() => {
          if (!cy.destroyed()) placeLabels(true);
        }, 600);
      }
    }
  };
  /** A change from outside the label pass: measure again, and confirm once the view is still. */
  const freshLabels = (): void => {
    confirmsLeft = 1;
    scheduleLabels(true);
  };
  const scheduleLabels = (measure: boolean): void => {
    remeasure ||= measure;
    labelTimer ??= setTimeout(() => placeLabels(remeasure), 120);
  };

  const build = (elements: ElementDefinition[]): Core => {
    const instance = cytoscape({
      container,
      elements,
      style: graphStyle({ fontScale, large, minFont: fontFloor }),
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
    instance.on('tap', 'node, edge', (e) => options.onSelect((e.target as NodeSingular).id()));
    // Layouts and fits may zoom a small graph up to maxZoom; keep it at a readable size instead.
    instance.on('layoutstop', () => {
      if (instance.zoom() > MAX_FIT_ZOOM) {
        instance.zoom({
          level: MAX_FIT_ZOOM,
          renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 },
        });
        instance.center();
      }
    });
    instance.on('tap', (e) => {
      if (e.target === instance) options.onSelect(null);
    });
    instance.on('viewport', () => {
      clearTimeout(viewportTimer);
      viewportTimer = setTimeout(() => {
        if (!instance.destroyed()) options.onViewport?.({ zoom: instance.zoom(), ...instance.pan() });
      }, options.viewportQuietMs);
    });
    instance.on('dbltap', 'node', (e) => options.onExpand((e.target as NodeSingular).id()));
    instance.on('dragfree', 'node.pinned', (e) => {
      const n = e.target as NodeSingular;
      options.onMove(n.id(), n.position());
    });
    // A hidden label shows while its node is hovered; the full name is the tooltip.
    instance.on('mouseover', 'node', (e) => {
      const n = e.target as NodeSingular;
      n.addClass('label-hover');
      container.title = (n.data() as NodeData).display;
    });
    instance.on('mouseout', 'node', (e) => {
      (e.target as NodeSingular).removeClass('label-hover');
      container.title = '';
    });
    // Positions also move without a layout (a mode's or a tour's animations): measure again then.
    instance.on('layoutstop dragfree select unselect position', freshLabels);
    instance.on('class', () => {
      if (!applyingLabels) freshLabels();
    });
    instance.on('viewport', () => scheduleLabels(false));
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
  };

  const fitCapped = (): void => {
    cy.fit(undefined, 40);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  };

  /** The page's own signal that a draw (layout included) is running or queued. */
  const drawing = (): boolean => container.ownerDocument.body.dataset.drawing === 'true';

  const fitAbove = (bottomPx: number, padding: number, maxZoom: number, waitMs: number): void => {
    if (cy.destroyed()) return;
    if (drawing() && waitMs > 0) {
      setTimeout(() => fitAbove(bottomPx, padding, maxZoom, waitMs - 100), 100);
      return;
    }
    const eles = cy.elements();
    if (eles.empty()) return;
    const bb = eles.boundingBox();
    const w = cy.width();
    const h = Math.max(120, cy.height() - bottomPx);
    const zoom = Math.min(
      maxZoom,
      (w - 2 * padding) / Math.max(1, bb.w),
      (h - 2 * padding) / Math.max(1, bb.h),
    );
    const z = Math.max(cy.minZoom(), zoom);
    // A camera animation still running (a layout's fit, an earlier step's) would end elsewhere.
    cy.stop(true, false);
    cy.animate(
      { zoom: z, pan: { x: w / 2 - z * (bb.x1 + bb.w / 2), y: h / 2 - z * (bb.y1 + bb.h / 2) } },
      { duration: 300 },
    );
  };

  const markFirstDraw = (): void => {
    if (drawn || cy.elements().length === 0) return;
    drawn = true;
    cy.one('render', () => options.onFirstDraw?.());
  };

  const runForce = async (incremental: boolean): Promise<void> => {
    const pinned = cy.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const opts = fcoseOptions({ pinned, incremental, nodeCount: cy.nodes().length, spacing: fontScale });
    if (cy.nodes().length <= options.workerThreshold) {
      const layout = cy.layout(opts as unknown as cytoscape.LayoutOptions);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
      return;
    }
    const positions = await supervisor.run(
      cy.elements().map((el): ElementDefinition => ({
        group: el.group(),
        data: el.data() as ElementDefinition['data'],
        position: el.isNode() ? el.position() : undefined,
      })),
      opts,
    );
    if (!positions) return; // superseded by a newer layout
    cy.nodes().positions((n) => positions[n.id()] ?? n.position());
    fitCapped();
  };

  /**
   * Each node's box with its label, and where its centre sits in that box. With `hiddenLabels`, a
   * label the visibility pass hid (it has no text) is measured with its text, shown and hidden again
   * in the same task so that nothing is painted in between.
   */
  const nodeBoxes = (o: { hiddenLabels?: boolean } = {}): NodeBox[] => {
    const hidden = o.hiddenLabels ? cy.nodes('.label-hidden') : cy.collection();
    applyingLabels = true;
    hidden.removeClass('label-hidden');
    try {
      return cy.nodes().map((n) => {
        const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
        const at = n.position();
        return {
          id: n.id(),
          kind: (n.data() as NodeData).kind,
          width: bb.w,
          height: bb.h,
          cx: at.x - bb.x1,
          cy: at.y - bb.y1,
        };
      });
    } finally {
      hidden.addClass('label-hidden');
      applyingLabels = false;
    }
  };

  const runLayered = async (): Promise<void> => {
    // Chains read left to right: labels under their nodes, so edges leave a node without crossing
    // its own label; ELK spaces the boxes (labels included) and minimises crossings, in the worker.
    cy.elements().addClass('chain');
    const edges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
    // Room for every label, hidden ones too: ELK leaving a hidden label no room, the label shown
    // again once it fits alone reached into a neighbour's box (who-is-responsible step 2, English).
    const boxes = nodeBoxes({ hiddenLabels: true });
    let positions: Positions;
    try {
      // The boxes hold the labels; the gaps between them grow with the font (stage mode).
      const corners = await supervisor.layered(
        elkGraph(boxes, edges, { nodeGap: 14 * fontScale, layerGap: 90 * fontScale }),
      );
      if (!corners) return; // superseded by a newer layout
      positions = elkCentres(corners, boxes);
    } catch (err) {
      // No worker (or ELK failed): the in-code layering still draws the chain.
      console.warn(err);
      positions = layeredLayout({
        nodes: cy.nodes().map((n) => ({ id: n.id(), kind: (n.data() as NodeData).kind })),
        edges,
      });
    }
    await runPreset(positions, { animate: cy.nodes().length < 400, duration: 450, padding: 50 });
  };

  /** Moves the nodes to computed positions (the rest stay) and fits the view; resolves once drawn. */
  const runPreset = async (
    positions: ReadonlyMap<string, { x: number; y: number }>,
    o: { animate: boolean; duration: number; padding: number },
  ): Promise<void> => {
    const layout = cy.layout({
      name: 'preset',
      positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
      animate: o.animate,
      animationDuration: o.duration,
      fit: true,
      padding: o.padding,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  };

  /** The graph's own nodes, without the titles an arranger drew. */
  const graphNodes = () => cy.nodes('[^graphTitle]');

  /** A mode's placement: titles always; positions and a fit when the drawn set or the arranger changed. */
  const runArranged = async (arrange: Arranger, place: boolean): Promise<void> => {
    // Titles are words, not nodes of the graph: never measured as nodes, drawn anew each time.
    cy.nodes('.graph-title').remove();
    const { positions, titles, fit } = arrange(nodeBoxes(), {
      width: cy.width(),
      height: cy.height(),
      titleWidth: (text) => titleWidth(text, TITLE_FONT * fontScale),
    });
    for (const t of titles)
      cy.add({
        group: 'nodes',
        data: { id: t.id, text: t.text, display: t.text, graphTitle: true },
        classes: 'graph-title',
        position: { x: t.x, y: t.y },
        selectable: false,
        grabbable: false,
      }).style({
        label: t.text,
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'font-size': TITLE_FONT * fontScale,
        'font-weight': 'bold',
        'font-family': TITLE_FAMILY,
        color: t.colour,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '2000px',
        'line-height': 1.25,
        'text-opacity': 1,
        'text-outline-color': '#ffffff',
        'text-outline-width': 3,
        events: 'no',
      });
    if (!place && arrange === placedWith) return;
    placedWith = arrange;
    const layout = graphNodes().layout({
      name: 'preset',
      positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position(),
      fit: false,
      animate: false,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    if (!fit) return fitCapped();
    // The box's width fills the screen, its top at the top (the titles of a tall drawing show).
    const pad = 40;
    const zoom = Math.min(
      MAX_FIT_ZOOM,
      (cy.width() - 2 * pad) / Math.max(1, fit.x2 - fit.x1),
      (cy.height() - 2 * pad) / Math.max(1, fit.y2 - fit.y1),
    );
    cy.viewport({
      zoom,
      pan: { x: cy.width() / 2 - (zoom * (fit.x1 + fit.x2)) / 2, y: pad - zoom * fit.y1 },
    });
  };

  /** Nodes without edges (a tour's list of domains): a grid with room for every label, by kind and name. */
  const runGrid = async (animate: boolean): Promise<void> => {
    const name = (id: string): string => String((cy.getElementById(id).data() as NodeData).display ?? id);
    const boxes = nodeBoxes().sort(
      (a, b) =>
        BAND[a.kind] - BAND[b.kind] || name(a.id).localeCompare(name(b.id), 'zh') || (a.id < b.id ? -1 : 1),
    );
    const positions = gridLayout(boxes, {
      screen: { width: cy.width(), height: cy.height() },
      gap: 14 * fontScale,
    });
    await runPreset(positions, { animate, duration: 400, padding: 40 });
  };

  const runClusters = async (animate: boolean): Promise<void> => {
    const hubs = cy
      .nodes('[kind = "Domain"]')
      .sort((a, b) => b.degree(false) - a.degree(false) || a.id().localeCompare(b.id()));
    const members = new Map(
      hubs.map((h) => [
        h.id(),
        h
          .neighborhood('node[kind != "Domain"]')
          .map((n) => n.id())
          .sort(),
      ]),
    );
    const boxes = new Map(nodeBoxes().map((b) => [b.id, b]));
    const hubIds = new Set(hubs.map((h) => h.id()));
    const sizes = (hub: boolean) =>
      [...boxes.values()].filter((b) => hubIds.has(b.id) === hub).map((b) => [b.width, b.height] as const);
    const widest = (hub: boolean, i: 0 | 1, fallback: number): number =>
      Math.max(fallback, ...sizes(hub).map((wh) => wh[i]));
    // Room for most members' labels (three in four): a cluster sized for the one longest name would
    // be fitted so small that no label is readable; a long name that collides is hidden instead.
    const usual = (i: 0 | 1, fallback: number): number => {
      const v = sizes(false)
        .map((wh) => wh[i])
        .sort((a, b) => a - b);
      return Math.max(fallback, v[Math.floor(v.length * 0.75)] ?? fallback);
    };
    const spacing = clusterSpacing({
      memberW: usual(0, 40),
      memberH: usual(1, 40),
      hubW: widest(true, 0, 56),
      hubH: widest(true, 1, 56),
      memberSize: LABEL_LOOK.Equipment.size,
      hubSize: LABEL_LOOK.Domain.size,
      gap: 10 * fontScale,
    });
    const positions = clusterLayout(
      { hubs: hubs.map((h) => h.id()), members },
      { ...spacing, aspect: cy.width() / Math.max(1, cy.height()) },
    );
    // Nodes outside every cluster (no domain among their neighbours) go to a row underneath.
    const bottom = Math.max(0, ...[...positions.values()].map((p) => p.y)) + (spacing.rowSpacing ?? 260);
    const step = widest(false, 0, 150) + 10 * fontScale;
    cy.nodes()
      .filter((n) => !positions.has(n.id()))
      .forEach((n, i) => {
        positions.set(n.id(), { x: i * step, y: bottom });
      });
    await runPreset(positions, { animate, duration: 400, padding: 40 });
  };

  const view: GraphView = {
    container,
    get renderer() {
      return renderer;
    },
    async draw(elements, layout) {
      const total = elements.nodes.length + elements.edges.length;
      const wantWebgl = options.renderer
        ? options.renderer === 'webgl'
        : total > options.webglThreshold && hardwareWebgl();
      const wantLarge = total > options.largeThreshold;
      if ((renderer === 'webgl') !== wantWebgl || wantLarge !== large)
        rebuild(wantWebgl ? 'webgl' : 'canvas', wantLarge);
      const keep = new Set([...elements.nodes, ...elements.edges].map((e) => e.data.id));
      const old = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      let fresh = 0;
      const placed = new Set(elements.nodes.filter((n) => n.position).map((n) => n.data.id));
      cy.batch(() => {
        cy.elements()
          .filter((el) => !keep.has(el.id()))
          .remove();
        cy.elements().removeClass('chain');
        for (const n of elements.nodes) {
          const existing = cy.getElementById(n.data.id);
          const data = { ...n.data, text: labelText(n.data.display, LABEL_WRAP) };
          if (existing.nonempty()) {
            existing.data(data);
            existing.classes(n.classes);
            if (n.position) existing.position(n.position);
            if (n.locked) existing.lock();
            else existing.unlock();
          } else {
            fresh++;
            const added = cy.add({ ...n, data, position: n.position ?? { x: 0, y: 0 } });
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
          if (old.has(n.id()) || placed.has(n.id())) return;
          const anchor = n.neighborhood('node').filter((m) => old.has(m.id()))[0];
          const base = anchor ? old.get(anchor.id()) : undefined;
          if (base)
            n.position({ x: base.x + (Math.random() - 0.5) * 120, y: base.y + (Math.random() - 0.5) * 120 });
          else n.position({ x: (Math.random() - 0.5) * 400, y: (Math.random() - 0.5) * 400 });
        });
      });
      if (cy.nodes().length === 0) return;
      // Layouts measure labels at their own size, not at a size raised for the last zoom.
      if (fontFloor) {
        fontFloor = 0;
        cy.style(graphStyle({ fontScale, large }));
      }
      markFirstDraw();
      // Until the layout is done, every label is drawn where it was (a draw resets classes).
      if (arranger) await runArranged(arranger, layout !== 'none');
      else if (layout === 'layered') await runLayered();
      else if (layout === 'clusters') await runClusters(old.size > 0);
      else if (
        layout === 'force' &&
        cy.edges().empty() &&
        cy.nodes('.pinned').empty() &&
        cy.nodes().length > 2
      )
        await runGrid(old.size > 0);
      else if (layout === 'force' && (fresh > 0 || old.size === 0)) {
        const incremental = old.size > 0 && fresh < cy.nodes().length / 2;
        await runForce(incremental);
      } else if (layout !== 'none') fitCapped();
      confirmsLeft = 1;
      placeLabels(true);
    },
    select(id) {
      cy.batch(() => {
        cy.$(':selected').unselect();
        cy.edges('.hl').removeClass('hl');
        if (id) {
          const el = cy.getElementById(id);
          el.select();
          (el.isNode() ? el.connectedEdges() : el).addClass('hl');
        }
      });
    },
    focus(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
    },
    fit() {
      fitCapped();
    },
    fitAbove(bottomPx, o = {}) {
      fitAbove(bottomPx, o.padding ?? 40, o.maxZoom ?? 1.6, o.waitMs ?? 15_000);
    },
    resize(o = {}) {
      if (cy.destroyed()) return;
      cy.resize();
      if (o.fit) cy.fit(undefined, 40);
    },
    afterNextLayout(fn) {
      cy.one('layoutstop', () => fn());
    },
    has(id) {
      return cy.getElementById(id).nonempty();
    },
    elementCount() {
      return cy.elements().length;
    },
    setClasses(elements) {
      cy.batch(() => {
        for (const el of [...elements.nodes, ...elements.edges]) {
          const drawnEl = cy.getElementById(el.data.id);
          if (drawnEl.empty()) continue;
          // The drawing's own classes stay: the label pass's, a chain's, the selection's edges.
          const own = OWN_CLASSES.filter((c) => drawnEl.hasClass(c));
          drawnEl.classes([el.classes, ...own].join(' '));
        }
      });
    },
    setCamera(camera) {
      cy.viewport({ zoom: camera.zoom, pan: { x: camera.x, y: camera.y } });
    },
    position(id) {
      const n = cy.getElementById(id);
      return n.nonempty() ? { ...n.position() } : null;
    },
    setFontScale(scale) {
      // Stage mode: labels grow, so the spacing between nodes grows with them (around the middle).
      const ratio = scale / fontScale;
      fontScale = scale;
      fontFloor = 0;
      cy.style(graphStyle({ fontScale, large }));
      cy.resize();
      if (arranger && ratio !== 1 && graphNodes().nonempty()) {
        // A mode's own placement is computed from the measured boxes and the screen: place again
        // with the larger labels (a comparison's columns then open at a readable zoom, not scaled).
        confirmsLeft = 1;
        void runArranged(arranger, true).then(() => placeLabels(true));
        return;
      }
      if (ratio !== 1 && cy.nodes().length > 1) {
        const bb = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
        const mx = (bb.x1 + bb.x2) / 2;
        const my = (bb.y1 + bb.y2) / 2;
        cy.nodes().positions((n) => {
          const p = n.position();
          return { x: mx + (p.x - mx) * ratio, y: my + (p.y - my) * ratio };
        });
        fitCapped();
      }
      confirmsLeft = 1;
      placeLabels(true);
    },
    async png() {
      // Presentation resolution: at least 1920 px wide, at most 4096, white background.
      const bb = cy.elements().boundingBox();
      // (+2 px: Cytoscape rounds the scaled width down.)
      const scale = Math.min(4, Math.max(1, 1922 / Math.max(1, bb.w)), 4096 / Math.max(1, bb.w));
      return cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' });
    },
    svg(title) {
      const nodes: SvgNode[] = graphNodes().map((n) => {
        const d = n.data() as NodeData;
        const look = LABEL_LOOK[d.kind];
        return {
          ...n.position(),
          size: look.size,
          color: look.color,
          shape: look.shape,
          label: d.display,
          lines: String(n.data('text') ?? d.display).split('\n'),
          fontSize: parseFloat(String(n.style('font-size'))),
          hidden: n.hasClass('label-hidden'),
          bold: d.kind === 'Domain',
        };
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
        nodes: graphNodes().map((n) => n.data() as NodeData),
        edges: cy.edges().map((e) => e.data() as EdgeData),
      };
    },
    arrange(next) {
      arranger = next;
    },
    useRenderer(next) {
      if (next !== renderer) rebuild(next, large);
    },
    destroy() {
      clearTimeout(viewportTimer);
      clearTimeout(labelTimer);
      clearTimeout(confirmTimer);
      supervisor.dispose();
      cy.destroy();
    },
  };
  liveCy.set(view, () => cy);
  return view;
};
