import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStyle } from '../../../../client/src/graph/styles';

/** One equipment node styled by the page's stylesheet (headless Cytoscape: styles, no drawing). */
const styled = (classes: string[]) => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle(),
    elements: [{ data: { id: 'equipment:ecmo', kind: 'Equipment', display: 'ECMO', text: 'ECMO' }, classes }],
  });
  return cy.getElementById('equipment:ecmo');
};

describe('graphStyle: which labels have text', () => {
  it('draws a label the label pass kept', () => {
    expect(styled([]).style('label')).toBe('ECMO');
  });

  it('draws no text for a label the pass hid', () => {
    expect(styled(['label-hidden']).style('label')).toBe('');
  });

  it('keeps a hidden label hidden when its node is selected: the pass decided it covers a node everywhere', () => {
    const n = styled(['label-hidden']);
    n.select();
    expect(n.selected()).toBe(true);
    expect(n.style('label')).toBe('');
  });

  it('draws a selected label the pass kept', () => {
    const n = styled([]);
    n.select();
    expect(n.style('label')).toBe('ECMO');
  });

  it('shows a hidden label while its node is hovered', () => {
    expect(styled(['label-hidden', 'label-hover']).style('label')).toBe('ECMO');
  });
});

describe('graphStyle: the border of a term found by reading', () => {
  it('is dotted and thick enough to see at normal zoom', () => {
    const n = styled(['discovered']);
    expect(n.style('border-style')).toBe('dotted');
    expect(parseFloat(String(n.style('border-width')))).toBeGreaterThanOrEqual(3);
  });

  it('gives way to the pinned border, so pinning a discovered node still shows', () => {
    const pinned = styled(['pinned']);
    const both = styled(['discovered', 'pinned']);
    expect(both.style('border-style')).toBe('double');
    expect(both.style('border-color')).toBe(pinned.style('border-color'));
  });
});
