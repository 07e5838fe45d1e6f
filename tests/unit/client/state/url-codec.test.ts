import { describe, expect, it } from 'vitest';
import { dictionaryIds } from '../../../../client/src/state/id-list-codec';
import { decodeView, encodeView, URL_BUDGET } from '../../../../client/src/state/url-codec';
import { initialViewState, type ViewState } from '../../../../client/src/state/view-state';

const full = (): ViewState => ({
  mode: 'supply-chain',
  lang: 'en',
  nodes: ['equipment:ecmo', 'material:hollow-fiber-membrane', 'component:ct-x.ray+tube'],
  selected: 'equipment:ecmo',
  pinned: { 'equipment:ecmo': { x: 120, y: -45 } },
  filters: { hiddenLabels: ['Measure', 'Target'], hiddenPlans: ['hist-2017'], hiddenBasis: ['inferred'] },
  layout: 'layered',
  trace: { kind: 'upstream', id: 'equipment:ecmo' },
  modeParams: { step: '3', tour: 'ecmo-life-support' },
  camera: { zoom: 1.25, x: -120, y: 48 },
});

describe('urlCodec', () => {
  it('round-trips every part of the view', () => {
    const view = full();
    expect(decodeView(encodeView(view), 'zh')).toEqual(view);
  });

  it('round-trips the initial view and leaves its defaults out of the link', () => {
    const view = initialViewState('zh');
    const encoded = encodeView(view);
    expect(encoded).toBe('lang=zh');
    expect(decodeView(`#${encoded}`, 'en')).toEqual(view);
  });

  it('keeps node ids readable in the address bar', () => {
    expect(encodeView(full())).toContain('n=equipment:ecmo,material:hollow-fiber-membrane');
  });

  it('keeps the zoom and pan, rounded as the link writes them', () => {
    const view = { ...full(), camera: { zoom: 0.83349, x: 10.6, y: -3.2 } };
    expect(encodeView(view)).toContain('cam=0.833@11@-3');
    expect(decodeView(encodeView(view), 'en').camera).toEqual({ zoom: 0.833, x: 11, y: -3 });
    expect(decodeView('cam=0@1@2', 'en').camera).toBeNull();
    expect(decodeView('cam=1@x@2', 'en').camera).toBeNull();
  });

  it('packs a long view so that a 200-node link stays short, and reads it back', () => {
    const ids = Array.from({ length: 200 }, (_, i) =>
      i % 2 ? `equipment:medical-imaging-device-${i}` : `material:biomedical-material-${i}`,
    );
    const view = { ...initialViewState('en'), nodes: ids };
    const link = encodeView(view);
    expect(link).toContain('nz=');
    expect(link.length).toBeLessThan(ids.join(',').length / 3);
    expect(new Set(decodeView(link, 'en').nodes)).toEqual(new Set(ids));
  });

  it('numbers a 200-node view of the real plans, so that its link stays far under the budget', () => {
    const real = dictionaryIds('1');
    const ids = [...real.filter((_, i) => i % 2 === 1).slice(0, 199), 'equipment:added-after-the-dictionary'];
    const view = { ...initialViewState('en'), nodes: ids, camera: { zoom: 0.412, x: -310, y: 95 } };
    const link = `http://127.0.0.1:3000/#${encodeView(view)}`;
    expect(link).toContain('nd=1.');
    expect(link).toContain('n=equipment:added-after-the-dictionary');
    expect(link.length).toBeLessThan(URL_BUDGET / 10);
    const back = decodeView(encodeView(view), 'zh');
    expect(new Set(back.nodes)).toEqual(new Set(ids));
    expect(back.camera).toEqual(view.camera);
  });

  it('leaves out the nodes a mode rebuilds from its own parameters', () => {
    const view = {
      ...initialViewState('en'),
      mode: 'compare',
      nodes: ['domain:a', 'equipment:b', 'equipment:opened-later'],
      modeParams: { a: 'hist-2017', b: 'meq-2021' },
    };
    const link = encodeView(view, { rebuilt: new Set(['domain:a', 'equipment:b']) });
    expect(link).toBe('mode=compare&lang=en&n=equipment:opened-later&m.a=hist-2017&m.b=meq-2021');
    expect(encodeView({ ...view, nodes: ['domain:a'] }, { rebuilt: new Set(['domain:a']) })).not.toContain(
      'n=',
    );
  });

  it('drops unknown labels, bases and languages instead of failing', () => {
    const view = decodeView(
      'lang=fr&xl=Equipment,Bogus&xb=maybe,stated&trace=sideways@x&layout=spiral',
      'zh',
    );
    expect(view.lang).toBe('zh');
    expect(view.filters.hiddenLabels).toEqual(['Equipment']);
    expect(view.filters.hiddenBasis).toEqual(['stated']);
    expect(view.trace).toBeNull();
    expect(view.layout).toBe('force');
  });

  it('ignores malformed pins and duplicate nodes', () => {
    const view = decodeView('n=a:b,a:b,c:d&pin=a:b@1@2,c:d@x@3,@4@5', 'en');
    expect(view.nodes).toEqual(['a:b', 'c:d']);
    expect(view.pinned).toEqual({ 'a:b': { x: 1, y: 2 } });
  });
});
