import { describe, expect, it } from 'vitest';
import { markdownStyles, segmentText } from '../../../../client/src/panels/text-segments';

// Lines of the 2021 plan as the source view receives them (seeds/meq-2021.txt).
const TEXT = [
  '## **二、总体部署**',
  '',
  '### **（一）总体思路**',
  '',
  '**（二）医疗装备发展市场空间巨大。**全球健康产业、健康服务快速发展。',
].join('\n');

const shown = (segments: ReturnType<typeof segmentText>): string =>
  segments
    .filter((s) => !s.markup)
    .map((s) => s.text)
    .join('');

describe('markdownStyles', () => {
  it('finds headings and bold, and the marks that make them', () => {
    const styles = markdownStyles('### **（一）总体思路**');
    expect(styles).toEqual([
      { start: 0, end: 4, kind: 'markup' },
      { start: 4, end: 15, kind: 'heading', level: 3 },
      { start: 4, end: 6, kind: 'markup' },
      { start: 6, end: 13, kind: 'strong' },
      { start: 13, end: 15, kind: 'markup' },
    ]);
  });

  it('leaves text without Markdown alone', () => {
    expect(markdownStyles('突破中空纤维膜等关键材料，发展体外膜肺氧合机。')).toEqual([]);
  });
});

describe('segmentText with Markdown', () => {
  const sentence = '全球健康产业、健康服务快速发展。';
  const start = TEXT.indexOf(sentence);
  const segments = segmentText(TEXT, { start, end: start + sentence.length }, [], markdownStyles(TEXT));

  it('keeps every character, so offsets are unchanged', () => {
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    for (const s of segments) expect(TEXT.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('shows the headings and bold without their marks', () => {
    expect(shown(segments)).toBe(
      '二、总体部署\n\n（一）总体思路\n\n（二）医疗装备发展市场空间巨大。全球健康产业、健康服务快速发展。',
    );
    expect(segments.find((s) => s.text === '（一）总体思路')).toMatchObject({ heading: 3, strong: true });
    expect(segments.find((s) => s.text === '（二）医疗装备发展市场空间巨大。')).toMatchObject({
      strong: true,
    });
  });

  it('highlights exactly the evidence characters', () => {
    expect(
      segments
        .filter((s) => s.highlighted)
        .map((s) => s.text)
        .join(''),
    ).toBe(sentence);
  });
});
