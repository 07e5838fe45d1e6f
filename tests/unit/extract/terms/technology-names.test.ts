// Technologies read from text: a run ending in 技术 is one when its core names a thing of the field
// (a part head, a curated name, a technology stem), never when it is generic or a company's name.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const technologies = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.label === 'Technology')
    .map((d) => d.name);

describe('technology names (X技术)', () => {
  it.each([
    ['作为国内第一款自主研发的新一代人工心脏,它用上了全磁悬浮血泵技术。', '全磁悬浮血泵技术'],
    ['近年来国际上大热的最新一代无液氦超导技术,成了健信核磁瞄准的方向。', '无液氦超导技术'],
    ['作为我国重离子治疗技术的开拓者,中科院近物所研发了第一代碳离子治疗系统。', '重离子治疗技术'],
  ])('reads a technology in %s', (sentence, name) => {
    expect(technologies(sentence)).toContain(name);
  });

  it.each([
    '产业发展不平衡,关键核心技术、产业链供应链安全稳定面临挑战。',
    '信息技术在某种意义上是破解公平与效益这一难题的关键。',
    '产业链持续优化,算法技术和算力水平不断提高。',
    '说起这件事,宁波健信核磁技术有限公司的负责人很激动。',
    '推动医疗工业互联网技术应用。',
  ])('reads none in %s', (sentence) => {
    expect(technologies(sentence)).toEqual([]);
  });
});

describe('technology lists (A、B等新技术)', () => {
  it('reads members that extend a curated technology: 生物3D打印、人工智能辅助诊断等新技术', () => {
    expect(technologies('发展生物3D打印、人工智能辅助诊断等新技术。')).toEqual(
      expect.arrayContaining(['生物3D打印', '人工智能辅助诊断']),
    );
  });

  it('reads a curated part and 技术 as a technology: 突破超导磁体技术', () => {
    expect(technologies('突破超导磁体技术和高性能X射线探测器。')).toContain('超导磁体技术');
  });

  it('reads no verb as part of a member: 鼓励借助大数据、人工智能等技术来辅助诊断', () => {
    expect(technologies('同时鼓励借助大数据、人工智能等技术来辅助诊断。')).toEqual([]);
  });
});
