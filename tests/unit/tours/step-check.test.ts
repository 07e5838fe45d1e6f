// Specifications of checking a drawn tour step against what it declares.
import { describe, expect, it } from 'vitest';
import { hexColour, stepProblems, type DrawnStep } from '../../../client/src/tours/step-check';

const drawn = (o: Partial<DrawnStep> = {}): DrawnStep => ({
  nodes: new Set(['department:nhfpc', 'department:nhc', 'equipment:ct']),
  edges: new Set(['SUCCEEDED_BY|department:nhfpc|department:nhc']),
  colours: new Map([
    ['department:nhfpc', 'rgb(77,77,77)'],
    ['department:nhc', 'rgb(77,77,77)'],
    ['equipment:ct', 'rgb(107,107,107)'],
  ]),
  ...o,
});

describe('stepProblems', () => {
  it('passes a step whose nodes, edges and group colours are all drawn', () => {
    expect(
      stepProblems(
        {
          nodes: ['department:nhfpc', 'department:nhc'],
          edges: ['SUCCEEDED_BY|department:nhfpc|department:nhc'],
          groups: { both: ['equipment:ct'] },
        },
        drawn(),
      ),
    ).toEqual([]);
  });

  it('names the succession edge a "2018 reform" step does not draw', () => {
    expect(
      stepProblems(
        { nodes: ['department:nhfpc'], edges: ['SUCCEEDED_BY|department:nhfpc|department:nhc'] },
        drawn({ edges: new Set() }),
      ),
    ).toEqual(['edge SUCCEEDED_BY|department:nhfpc|department:nhc is not drawn']);
  });

  it('names equipment that persisted but is drawn in the colour of "only A"', () => {
    const problems = stepProblems(
      { nodes: ['equipment:ct'], edges: [], groups: { both: ['equipment:ct'] } },
      drawn({ colours: new Map([['equipment:ct', 'rgb(230, 159, 0)']]) }),
    );
    expect(problems).toEqual(['node equipment:ct is #e69f00, not the colour of "both"']);
  });

  it('names nodes that are not drawn at all', () => {
    expect(
      stepProblems({ nodes: ['equipment:mr'], edges: [], groups: { onlyB: ['domain:x'] } }, drawn()),
    ).toEqual(['node equipment:mr is not drawn', 'node domain:x (onlyB) is not drawn']);
  });
});

describe('hexColour', () => {
  it('reads rgb() and hex forms alike', () => {
    expect(hexColour('rgb(0, 114, 178)')).toBe('#0072b2');
    expect(hexColour('#0072B2')).toBe('#0072b2');
  });
});
