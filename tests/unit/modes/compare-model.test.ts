// Specifications of the comparison counts and groups.
import { describe, expect, it } from 'vitest';
import type { CompareResponse } from '../../../core/contract';
import { compareRows, drawnGroups, groupOf, groupOfDrawn } from '../../../client/src/analysis/compare-model';

const n = (id: string, label: string) => ({ id, label, name: id, nameEn: id });
const answer = () =>
  ({
    a: 'hist-2017',
    b: 'meq-2021',
    both: { Equipment: [n('equipment:ct', 'Equipment')], Technology: [n('technology:ai', 'Technology')] },
    onlyA: { Domain: [n('domain:vaccines', 'Domain')] },
    onlyB: { Equipment: [n('equipment:ecmo', 'Equipment'), n('equipment:pet-ct', 'Equipment')], Domain: [] },
  }) as unknown as CompareResponse;

describe('compareRows', () => {
  it('counts each label in the model order, skipping labels in neither plan, with totals', () => {
    const { rows, total } = compareRows(answer());
    expect(rows).toEqual([
      { label: 'Domain', both: 0, onlyA: 1, onlyB: 0 },
      { label: 'Equipment', both: 1, onlyA: 0, onlyB: 2 },
      { label: 'Technology', both: 1, onlyA: 0, onlyB: 0 },
    ]);
    expect(total).toMatchObject({ both: 2, onlyA: 1, onlyB: 2 });
  });
});

describe('groupOf', () => {
  it('gives every node its group', () => {
    const g = groupOf(answer());
    expect(g.get('equipment:ct')).toBe('both');
    expect(g.get('domain:vaccines')).toBe('onlyA');
    expect(g.get('equipment:ecmo')).toBe('onlyB');
  });
});

describe('drawnGroups', () => {
  it('draws the domains then the equipment of each group, and says nothing is cut below the limit', () => {
    const d = drawnGroups(answer());
    expect(d.onlyB.nodes.map((x) => x.id)).toEqual(['equipment:ecmo', 'equipment:pet-ct']);
    expect(d.both).toMatchObject({ total: 1, truncated: false });
    expect(d.onlyA.nodes.map((x) => x.id)).toEqual(['domain:vaccines']);
  });

  it('draws at most the limit per group and says the group was cut', () => {
    const d = drawnGroups(answer(), ['Domain', 'Equipment'], 1);
    expect(d.onlyB).toMatchObject({ total: 2, truncated: true });
    expect(d.onlyB.nodes.map((x) => x.id)).toEqual(['equipment:ecmo']);
    expect(groupOfDrawn(d).has('equipment:pet-ct')).toBe(false);
    expect(groupOfDrawn(d).get('equipment:ecmo')).toBe('onlyB');
  });
});
