// A subtitle file's cue numbers and timings are the player's, not text: the view blanks them, keeping
// the length, and a cue whose words end with no mark ends its sentence.
import { describe, expect, it } from 'vitest';
import { srtView } from '../../../server/extract/srt-view';
import { contextOf } from './seed-data';

const SRT = [
  '11',
  '00:00:34,060 --> 00:00:37,300',
  '转子上贴的是钕铁硼永磁体，',
  '转速能到每分钟四万转',
  '',
  '12',
  '00:00:37,300 --> 00:00:40,880',
  '叶轮用的是铝合金，',
  '有些厂家换成了碳纤维增强的PEEK',
  '',
  '13',
  '00:00:41,500 --> 00:00:44,900',
  '风机后面是吸气阀，',
  '一般是比例电磁阀',
  '',
].join('\n');

describe('the subtitle view', () => {
  it('blanks cue numbers and timings, keeping the length', () => {
    const view = srtView(SRT);
    expect(view.length).toBe(SRT.length);
    expect(view).not.toContain('-->');
    expect(view).not.toMatch(/\d{2}:\d{2}/);
    expect(view).toContain('叶轮用的是铝合金，');
  });

  it('ends a cue whose words end with no mark', () => {
    const view = srtView(SRT);
    expect(view.slice(0, view.indexOf('叶轮'))).toContain('。');
  });

  it('leaves a text with one or two timings as written', () => {
    const text = '会议于00:00:34,060 --> 00:00:37,300之间进行。';
    expect(srtView(text)).toBe(text);
  });

  it('reads the part a cue opens with, not the timing before it', () => {
    const names = contextOf(SRT)
      .model.discovered.filter((d) => d.label === 'Component')
      .map((d) => d.name);
    expect(names).toContain('叶轮');
    expect(names.some((n) => /\d/.test(n) && n.includes('叶轮'))).toBe(false);
  });
});
