// Specifications of the plans a tour refers to, read against the plans the graph holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingPlans, planShortName, tourPlanIds } from '../../../client/src/tours/tour-plans';
import { parseTour } from '../../../client/src/tours/tour-schema';

const shipped = (name: string) =>
  parseTour(
    JSON.parse(readFileSync(new URL(`../../../client/src/tours/data/${name}.json`, import.meta.url), 'utf8')),
  );

const seeds = [
  { id: 'hist-2017', year: 2017 },
  { id: 'meq-2021', year: 2021 },
];

describe('tourPlanIds', () => {
  it('names both plans of the comparison tour, from its compare steps and its plan nodes', () => {
    expect(tourPlanIds(shipped('plans-2017-to-2021')).sort()).toEqual(['hist-2017', 'meq-2021']);
  });

  it('names no plan for a supply-chain tour that shows none', () => {
    expect(tourPlanIds(shipped('membrane-to-ecmo'))).toEqual([]);
  });
});

describe('missingPlans', () => {
  it('is empty when the graph holds every plan the tour compares', () => {
    expect(missingPlans(shipped('plans-2017-to-2021'), seeds)).toEqual([]);
  });

  it('names the plan a graph without the 2017 plan lacks', () => {
    expect(missingPlans(shipped('plans-2017-to-2021'), [{ id: 'meq-2021' }])).toEqual(['hist-2017']);
  });
});

describe('planShortName', () => {
  it("takes the plan's year from the graph", () => {
    expect(planShortName('sh-2021', [{ id: 'sh-2021', year: 2022 }])).toBe('2022');
  });

  it('falls back to the year the id ends with, then to the id', () => {
    expect(planShortName('hist-2017', [])).toBe('2017');
    expect(planShortName('odd', [])).toBe('odd');
  });
});
