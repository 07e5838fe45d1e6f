// A list with no class whose other members are parts by their own heads names its headless members parts
// too (a coordinated list's members share a label), under strict conditions on the member. Sentences of
// the dev texts (endoscope-parts-feature, d14-proposal-reply-utf16, d21-policyqa, d25-scrape).
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => (d.confidence ?? 1) >= 0.6)
    .map((d) => `${d.label}:${d.name}`);

describe('a headless member among parts of a list with no class', () => {
  it('reads 器械通道 beside 照明光纤 and 传像光纤', () => {
    expect(
      discovered(
        '镜体里面通常走着好几条管道，分别是照明光纤、传像光纤和器械通道，器械通道既可以送气、送水，也可以插入活检钳。',
      ),
    ).toContain('Component:器械通道');
  });

  it('reads 阴极灯丝 beside 液态金属轴承 and 阳极靶盘', () => {
    expect(
      discovered(
        '一是CT球管，重点突破液态金属轴承、阳极靶盘（钨铼合金与石墨复合）、阴极灯丝等关键环节，大热容量球管已实现装机。',
      ),
    ).toContain('Component:阴极灯丝');
  });

  it('names no software and no clause read across a line break', () => {
    expect(
      discovered('一些智能装备“有样机、少应用”，核心算法、高端传感器和专用芯片仍存在短板。'),
    ).not.toContain('Component:核心算法');
    expect(
      discovered('全省医疗装备产业链推进会在长沙召开\n影像、手术机器人整机带动球管、减速器等部件本地配套'),
    ).not.toContain('Component:影像');
  });
});
