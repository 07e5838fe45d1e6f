// Specifications of tour files: what a valid tour is, what the error says when it is not, and that
// every tour shipped in client/src/tours/data plays.
import { describe, expect, it } from 'vitest';
import { parseTour, TourInvalidError } from '../../../client/src/tours/tour-schema';
import { loadCatalog } from '../../../client/src/tours/tour-catalog';

/** The shipped files as the page bundles them (Vite's import.meta.glob, which vitest runs too). */
const shipped = (): Record<string, unknown> => ({
  ...import.meta.glob<unknown>('../../../client/src/tours/data/*.json', { eager: true, import: 'default' }),
});

const minimal = () => ({
  id: 'demo',
  title: { zh: '演示', en: 'Demo' },
  steps: [
    {
      caption: { zh: '中空纤维膜', en: 'The membrane' },
      show: { query: 'impact', id: 'material:hollow-fiber-membrane' },
      expect: { nodes: ['material:hollow-fiber-membrane'] },
    },
  ],
});

describe('parseTour', () => {
  it('accepts a minimal tour and fills in the step defaults', () => {
    const t = parseTour(minimal());
    expect(t.steps[0]?.layout).toBe('layered');
  });

  it('fills the defaults of a named query', () => {
    const t = parseTour({
      ...minimal(),
      steps: [{ ...minimal().steps[0], show: { query: 'supplyChain', id: 'equipment:ecmo' } }],
    });
    expect(t.steps[0]?.show).toEqual({
      query: 'supplyChain',
      id: 'equipment:ecmo',
      direction: 'upstream',
      depth: 3,
    });
  });

  it('requires each step to declare what it shows, with edges as TYPE|source|target', () => {
    const step = minimal().steps[0]!;
    const undeclared: Partial<typeof step> = { ...step };
    delete undeclared.expect;
    expect(() => parseTour({ ...minimal(), steps: [undeclared] })).toThrow(/steps\.0\.expect/);
    expect(() => parseTour({ ...minimal(), steps: [{ ...step, expect: { nodes: [], edges: [] } }] })).toThrow(
      /expect\.nodes/,
    );
    expect(() =>
      parseTour({
        ...minimal(),
        steps: [{ ...step, expect: { nodes: ['equipment:ecmo'], edges: ['equipment:ecmo>domain:x'] } }],
      }),
    ).toThrow(/expect\.edges\.0/);
    expect(parseTour(minimal()).steps[0]?.expect.edges).toEqual([]);
  });

  it('rejects a caption without English, naming where', () => {
    const bad = minimal();
    (bad.steps[0]!.caption as { en?: string }).en = undefined;
    expect(() => parseTour(bad)).toThrow(TourInvalidError);
    expect(() => parseTour(bad)).toThrow(/steps\.0\.caption\.en/);
  });

  it('rejects an unknown query, a malformed node id and an empty tour', () => {
    expect(() =>
      parseTour({ ...minimal(), steps: [{ ...minimal().steps[0], show: { query: 'everything' } }] }),
    ).toThrow(TourInvalidError);
    expect(() => parseTour({ ...minimal(), steps: [{ ...minimal().steps[0], focus: 'ECMO' }] })).toThrow(
      /focus/,
    );
    expect(() => parseTour({ ...minimal(), steps: [] })).toThrow(TourInvalidError);
  });
});

describe('shipped tours', () => {
  it('all validate, and there are at least the three the issue asks for', () => {
    const { tours, problems } = loadCatalog();
    expect(problems).toEqual([]);
    expect(Object.keys(shipped())).toHaveLength(tours.length);
    expect(tours.map((t) => t.id)).toEqual(
      expect.arrayContaining(['membrane-to-ecmo', 'who-is-responsible', 'plans-2017-to-2021']),
    );
  });

  it('every step has a caption in Chinese and English', () => {
    for (const t of loadCatalog().tours)
      for (const s of t.steps) {
        expect(s.caption.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(s.caption.en).toMatch(/[a-z]/i);
      }
  });

  it('every step declares nodes it shows; comparison colours only on comparison steps', () => {
    for (const t of loadCatalog().tours)
      for (const s of t.steps) {
        expect(s.expect.nodes.length).toBeGreaterThan(0);
        if (s.expect.groups) expect(s.show.query).toBe('compare');
      }
  });

  it('reports a broken file by name and keeps the others', () => {
    const files = Object.fromEntries(
      Object.entries(shipped()).map(([k, v]) => [k.replace(/^.*\/data\//, './data/'), v]),
    );
    const { tours, problems } = loadCatalog({ ...files, './data/broken.json': { id: 'broken' } });
    expect(tours.length).toBeGreaterThanOrEqual(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^broken\.json: tours: /);
  });
});
