// Recording a tour without code: the current view becomes a step (what is visible, the layout,
// the selection as focus), steps collect into a tour file the presenter downloads. Pure.
import type { ViewState } from '../state/view-state';
import { parseTour, type TourFile, type TourStep } from './tour-schema';

/** A step from the view: a trace is kept as its query (smaller, and it follows later loads). */
export const stepFromView = (s: ViewState, caption: { zh: string; en: string }): TourStep => {
  const show: TourStep['show'] = s.trace
    ? s.trace.kind === 'impact'
      ? { query: 'impact', id: s.trace.id }
      : { query: 'supplyChain', id: s.trace.id, direction: s.trace.kind, depth: 3 }
    : { query: 'nodes', ids: s.nodes.slice(0, 500) };
  return {
    caption: { zh: caption.zh || caption.en || '…', en: caption.en || caption.zh || '…' },
    show,
    layout: s.trace || s.layout === 'layered' ? 'layered' : 'force',
    ...(s.selected ? { focus: s.selected } : {}),
    // The recorder promises what it can be sure of: the selection, or the first nodes of the view.
    expect: { nodes: s.selected ? [s.selected] : s.nodes.slice(0, 3), edges: [] },
  };
};

/** A tour file from recorded steps, validated so that what is downloaded can be played. */
export const tourFromSteps = (
  id: string,
  title: { zh: string; en: string },
  steps: readonly TourStep[],
): TourFile => parseTour({ id, title, steps });

export const tourJson = (tour: TourFile): string => `${JSON.stringify(tour, null, 2)}\n`;
