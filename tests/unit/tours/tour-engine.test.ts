// Specifications of moving through a tour: keys, bounds and the URL of each step.
import { describe, expect, it } from 'vitest';
import { keyMove, moveStep, stepFromParam, stepParams } from '../../../client/src/tours/tour-engine';

describe('keyMove', () => {
  it('moves forward on ArrowRight and a clicker PageDown, back on ArrowLeft and PageUp', () => {
    expect(['ArrowRight', 'PageDown'].map(keyMove)).toEqual(['next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(keyMove)).toEqual(['prev', 'prev']);
    expect(keyMove('Home')).toBe('first');
    expect(keyMove('f')).toBeNull();
  });
});

describe('moveStep', () => {
  it('stops at the first and the last step', () => {
    expect(moveStep(0, 3, 'prev')).toBe(0);
    expect(moveStep(2, 3, 'next')).toBe(2);
    expect(moveStep(1, 3, 'next')).toBe(2);
    expect(moveStep(2, 3, 'first')).toBe(0);
    expect(moveStep(0, 3, 'last')).toBe(2);
  });
});

describe('stepFromParam and stepParams', () => {
  it('round-trip a step through its 1-based URL parameter', () => {
    expect(stepFromParam(stepParams('membrane-to-ecmo', 4).step, 6)).toBe(4);
    expect(stepParams('membrane-to-ecmo', 0)).toEqual({ tour: 'membrane-to-ecmo', step: '1' });
  });

  it('clamps a step out of range and reads garbage as the first step', () => {
    expect(stepFromParam('99', 6)).toBe(5);
    expect(stepFromParam('0', 6)).toBe(0);
    expect(stepFromParam('two', 6)).toBe(0);
    expect(stepFromParam(undefined, 6)).toBe(0);
  });
});
