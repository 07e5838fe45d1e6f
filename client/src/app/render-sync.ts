// Keeps the drawing in step with the store: completes the cache for the visible nodes, maps the view
// to elements and draws, choosing a layout only when the set of elements changed. Draws run one at
// a time; bursts collapse into one.
import type { RelType } from '../../../core/model/graph-model';
import { toElements } from '../graph/element-mapping';
import type { GraphCache } from '../graph/graph-cache';
import type { GraphView, LayoutRequest } from '../graph/graph-view';
import { noDecorations, type Decorations } from '../state/decorations';
import type { ViewState } from '../state/view-state';

export interface RenderSync {
  /** Draws the current state (call after any change, including cache-only ones). */
  request(state: ViewState): Promise<void>;
  counts(): { nodes: number; edges: number };
  /** No draw running or waiting. */
  idle(): boolean;
  /**
   * The marks changed: what is drawn takes their classes at once (a draw may first wait for the
   * cache, and a mode marks right after it shows a view). Request a draw too, which maps them anew.
   */
  remark(): void;
}

/** Which layout a change needs: none when only words, selection or pins changed. */
export const layoutFor = (next: ViewState, drawn: ViewState | null): LayoutRequest => {
  const wanted: LayoutRequest = next.trace ? 'layered' : next.layout;
  if (!drawn) return wanted;
  const sameSet =
    drawn.nodes.join(',') === next.nodes.join(',') &&
    JSON.stringify(drawn.filters) === JSON.stringify(next.filters) &&
    drawn.layout === next.layout &&
    JSON.stringify(drawn.trace) === JSON.stringify(next.trace);
  return sameSet ? 'none' : wanted;
};

export const createRenderSync = (
  graph: () => GraphView,
  cache: GraphCache,
  relLabel: (type: RelType) => string,
  afterDraw: (state: ViewState) => void,
  /** Fetches what the cache lacks for these nodes (the edges among them); a failure still draws. */
  complete: (ids: readonly string[]) => Promise<void> = () => Promise.resolve(),
  /** The active mode's marks (highlight, comparison groups), read at each draw. */
  decorations: () => Decorations = noDecorations,
): RenderSync => {
  let drawn: ViewState | null = null;
  let running: Promise<void> | null = null;
  let latest: ViewState | null = null;
  let counts = { nodes: 0, edges: 0 };

  const drawOnce = async (state: ViewState): Promise<void> => {
    // Every edge between two visible nodes, not just those an earlier answer happened to bring:
    // the same view then draws the same edges whatever was cached before.
    await complete(state.nodes).catch(() => undefined);
    if (latest) return; // a newer view arrived meanwhile; draw that one instead
    const elements = toElements({
      nodes: cache.nodes,
      edges: cache.edges.values(),
      view: state,
      relLabel,
      decorations: decorations(),
    });
    counts = { nodes: elements.nodes.length, edges: elements.edges.length };
    const layout = layoutFor(state, drawn);
    drawn = state;
    await graph().draw(elements, layout);
    graph().select(state.selected);
    afterDraw(state);
  };

  const loop = async (): Promise<void> => {
    while (latest) {
      const s = latest;
      latest = null;
      await drawOnce(s).catch((err: unknown) => console.error('render:', err));
    }
    running = null;
  };

  return {
    request(state) {
      latest = state;
      running ??= loop();
      return running;
    },
    counts: () => counts,
    idle: () => running === null && latest === null,
    remark() {
      if (!drawn) return;
      const view = drawn;
      graph().setClasses(
        toElements({
          nodes: cache.nodes,
          edges: cache.edges.values(),
          view,
          relLabel,
          decorations: decorations(),
        }),
      );
    },
  };
};
