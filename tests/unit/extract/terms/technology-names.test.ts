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
