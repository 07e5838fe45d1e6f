// An explainer's question headings head answers, not tasks: they make no Measure and target nothing.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const measures = (text: string): string[] =>
  graphOf(text)
    .nodes.filter((n) => n.label === 'Measure')
    .map((n) => n.name);

describe('question headings', () => {
  it('make no measure: 一、脊柱植入物由哪些部件组成？ and 三、3D打印改变了什么？', () => {
    const text = [
      '脊柱植入物产业观察',
      '一、脊柱植入物由哪些部件组成？',
      '椎弓根螺钉系统由螺钉、连接棒和锁紧螺母组成。',
      '二、创伤类产品用什么材料？',
      '接骨板多采用钛合金制成。',
      '三、3D打印改变了什么？',
      '3D打印让多孔钛椎间融合器得以量产。',
    ].join('\n');
    expect(measures(text)).toEqual([]);
  });

  it('a task heading beside them is still a measure', () => {
    const text = [
      '一、发展现状',
      '产业规模持续扩大。',
      '二、加快高端医疗装备攻关',
      '重点突破手术机器人。',
    ].join('\n');
    expect(measures(text)).toEqual(expect.arrayContaining(['加快高端医疗装备攻关']));
  });
});
