import { describe, expect, it } from 'vitest';
import { toSvg } from '../../../../client/src/graph/svg-export';
import { toCsv } from '../../../../client/src/graph/table-export';

describe('toSvg', () => {
  const svg = toSvg(
    [
      { x: 0, y: 0, size: 36, color: '#009E73', shape: 'round-triangle', label: '中空纤维膜 <&>' },
      { x: 200, y: 0, size: 40, color: '#D55E00', shape: 'ellipse', label: 'ECMO' },
    ],
    [{ sx: 0, sy: 0, tx: 200, ty: 0, dashed: true, color: '#666', targetRadius: 22 }],
    { padding: 20, fontSize: 13, background: '#fff', title: 'Plan Atlas' },
  );

  it('writes a standalone SVG with one shape and one label per node', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.match(/<text /g)).toHaveLength(2);
    expect(svg).toContain('<circle');
    expect(svg).toContain('<polygon');
  });

  it('escapes labels and draws inferred edges dashed, stopping at the target outline', () => {
    expect(svg).toContain('中空纤维膜 &lt;&amp;&gt;');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('x2="178"');
  });
});

describe('toCsv', () => {
  it('quotes cells with commas and quotes, one row per element', () => {
    const csv = toCsv(
      [
        {
          id: 'equipment:ecmo',
          kind: 'Equipment',
          display: 'ECMO',
          name: '体外膜肺氧合机',
          nameEn: 'ECMO, "adult"',
          plans: ['meq-2021'],
        },
      ],
      [{ id: 'e', source: 'a:b', target: 'equipment:ecmo', type: 'USED_IN', basis: 'stated', display: '' }],
    );
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe('node,equipment:ecmo,Equipment,体外膜肺氧合机,"ECMO, ""adult""",meq-2021,,,,');
    expect(rows[2]).toBe('edge,e,,,,,USED_IN,a:b,equipment:ecmo,stated');
  });
});
