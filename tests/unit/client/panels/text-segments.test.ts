import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../client/src/panels/text-segments';

describe('segmentText', () => {
  const text = '突破中空纤维膜等关键材料，发展体外膜肺氧合机。';
  const membrane = {
    start: text.indexOf('中空纤维膜'),
    end: text.indexOf('中空纤维膜') + 5,
    node: 'material:hollow-fiber-membrane',
  };
  const ecmo = {
    start: text.indexOf('体外膜肺氧合机'),
    end: text.indexOf('体外膜肺氧合机') + 7,
    node: 'equipment:ecmo',
  };

  it('rebuilds the text exactly from its segments', () => {
    const segments = segmentText(text, { start: 0, end: 12 }, [membrane, ecmo]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('highlights the evidence span and links the mentions inside and outside it', () => {
    const segments = segmentText(text, { start: 0, end: text.indexOf('，') }, [membrane, ecmo]);
    const m = segments.find((s) => s.mention === 'material:hollow-fiber-membrane');
    expect(m).toMatchObject({ text: '中空纤维膜', highlighted: true });
    expect(segments.find((s) => s.mention === 'equipment:ecmo')).toMatchObject({
      text: '体外膜肺氧合机',
      highlighted: false,
    });
  });

  it('ignores mentions outside the text', () => {
    const segments = segmentText(text, null, [{ start: 500, end: 510, node: 'x:y' }]);
    expect(segments).toEqual([{ text, start: 0, highlighted: false }]);
  });
});
