// Specifications of recording a tour from views: what a step keeps of the view, and that the
// downloaded file is a tour the player accepts.
import { describe, expect, it } from 'vitest';
import { initialViewState } from '../../../client/src/state/view-state';
import { stepFromView, tourFromSteps, tourJson } from '../../../client/src/tours/tour-recorder';
import { parseTour } from '../../../client/src/tours/tour-schema';

const view = () => ({
  ...initialViewState('zh'),
  nodes: ['material:hollow-fiber-membrane', 'equipment:ecmo'],
  selected: 'equipment:ecmo',
});

describe('stepFromView', () => {
  it('keeps the visible nodes, the layout and the selection as focus', () => {
    const s = stepFromView({ ...view(), layout: 'layered' }, { zh: '膜与 ECMO', en: 'Membrane and ECMO' });
    expect(s).toEqual({
      caption: { zh: '膜与 ECMO', en: 'Membrane and ECMO' },
      show: { query: 'nodes', ids: ['material:hollow-fiber-membrane', 'equipment:ecmo'] },
      layout: 'layered',
      focus: 'equipment:ecmo',
      expect: { nodes: ['equipment:ecmo'], edges: [] },
    });
  });

  it('keeps a trace as its query and fills a missing language from the other', () => {
    const s = stepFromView(
      { ...view(), trace: { kind: 'impact', id: 'component:ct-tube' } },
      { zh: '', en: 'Impact of the tube' },
    );
    expect(s.show).toEqual({ query: 'impact', id: 'component:ct-tube' });
    expect(s.caption.zh).toBe('Impact of the tube');
  });
});

describe('tourFromSteps', () => {
  it('writes a file that parses back to the same steps', () => {
    const steps = [
      stepFromView(view(), { zh: '一', en: 'one' }),
      stepFromView({ ...view(), selected: null }, { zh: '二', en: 'two' }),
    ];
    const text = tourJson(tourFromSteps('my-tour', { zh: '我的导览', en: 'My tour' }, steps));
    const back = parseTour(JSON.parse(text));
    expect(back.steps.map((s) => s.caption.en)).toEqual(['one', 'two']);
    expect(back.steps[1]?.focus).toBeUndefined();
  });
});
