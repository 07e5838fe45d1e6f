import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../../client/src/state/url-codec';
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
