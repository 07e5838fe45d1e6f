// Terms on a patent's pages: the claims point back at a part with 所述, the description lists the
// figures' reference numerals (1-手柄), parts are counted (两颗白光LED), and organs that end in a part's
// head (输尿管) are no parts. Sentences in the wording of a Chinese invention patent for a device.
import { describe, expect, it } from 'vitest';
import { tagWords, joinHyphenated } from '../../../../server/extract/terms/segmenter';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);

describe('names on a patent page', () => {
  it('names the part a claim points back at with 所述 without the pointer', () => {
    const names = discovered('所述插入管由内至外依次为内衬管、编织网和外护套，所述手柄上设有弯曲控制拨杆。');
    expect(names.filter((n) => n.includes('所述'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Component:内衬管']));
  });

  it('reads the figures reference numerals as labels, not as words of the parts names', () => {
    const names = discovered('附图标记说明：1-手柄；2-插入管；5-连接线缆。');
    expect(names.filter((n) => /[0-9]/.test(n))).toEqual([]);
  });

  it('keeps a locant inside a chemical name joined (聚3-羟基丁酸酯)', () => {
    const words = joinHyphenated(tagWords('聚3-羟基丁酸酯')).map((w) => w.word);
    expect(words).toContain('3-羟基');
    expect(joinHyphenated(tagWords('1-手柄；2-插入管')).map((w) => w.word)).toEqual(
      expect.arrayContaining(['1', '手柄', '2']),
    );
  });

  it('drops the count before a listed part (两颗白光LED) but keeps a clause after a count out', () => {
    expect(discovered('LED照明模组由两颗白光LED和导光柱组成。')).toEqual(
      expect.arrayContaining(['Component:白光LED', 'Component:导光柱']),
    );
    expect(
      discovered('车间里有一台已经测试完毕、马上要发往下游整机厂商的超导磁体。').filter((n) =>
        n.includes('测试'),
      ),
    ).toEqual([]);
  });

  it('reads an endoscope named by the ureter whole, and the ureter as no part', () => {
    const names = discovered('一种一次性使用电子输尿管软镜，可经输尿管导引鞘送入肾盂。');
    expect(names).toContain('Equipment:一次性使用电子输尿管软镜');
    expect(names.filter((n) => n.endsWith('输尿管'))).toEqual([]);
  });
});
