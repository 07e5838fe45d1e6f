// Names written inside longer ones: in `X用Y` the item is the whole name after 用 (`CMOS图像传感器`, not its
// `图像传感器`), and an item naming another machine (`CT探测器`) ends the list; in `A的B、C` the machine is the
// whole name before 的 (`全自动化学发光免疫分析仪`, not its `免疫分析仪`). Sentences in the wording of forum news,
// calls for proposals and institute reports.
import { describe, expect, it } from 'vitest';
import { supplyChainGrammar } from '../../../server/extract/rules/supply-chain-grammar';
import { contextOf } from './seed-data';
import { supplyPairs } from './supply-pairs';

/** `item TYPE user` by name for the X用Y edges of `text`, sorted. */
const grammarLines = (text: string): string[] => {
  const { model, ctx } = contextOf(text);
  const names = new Map<string, string>([
    ...ctx.curated.lexicon.map((e): [string, string] => [e.id, e.name]),
    ...model.discovered.map((d): [string, string] => [d.id, d.name]),
  ]);
  return supplyChainGrammar(ctx)
    .map((e) => `${names.get(e.source) ?? e.source} ${e.type} ${names.get(e.target) ?? e.target}`)
    .sort();
};

const pairs = supplyPairs;

describe('X用Y with names inside longer ones', () => {
  it('takes the whole name after 用 as the item', () => {
    expect(grammarLines('他列举了几个亟待突破的部件：超声用单晶探头，以及内窥镜用CMOS图像传感器。')).toEqual([
      'CMOS图像传感器 PART_OF 医用内窥镜',
      '单晶探头 PART_OF 超声诊断设备',
    ]);
  });

  it('ends the list at an item that names another machine', () => {
    // `核心部件：…，呼吸机用涡轮风机和比例阀，ECMO离心泵头及氧合器膜`: the ECMO parts are no ventilator's.
    expect(grammarLines('核心部件：呼吸机用涡轮风机和比例阀，ECMO离心泵头及氧合器膜。')).toEqual([
      '比例阀 PART_OF 呼吸机',
      '涡轮风机 PART_OF 呼吸机',
    ]);
  });
});

describe('A的B、C with a machine written over a shorter name', () => {
  it('gives the parts to the whole machine', () => {
    expect(
      pairs(
        '全自动化学发光免疫分析仪的反应杯、磁分离模块和光电倍增管（PMT）需与磁珠、发光底物的性能相匹配。',
        {
          全自动化学发光免疫分析仪: 'Equipment',
          反应杯: 'Component',
          磁分离模块: 'Component',
        },
      ),
    ).toEqual([
      'PART_OF 光电倍增管 -> 全自动化学发光免疫分析仪 grammar:A的B',
      'PART_OF 反应杯 -> 全自动化学发光免疫分析仪 grammar:A的B',
      'PART_OF 磁分离模块 -> 全自动化学发光免疫分析仪 grammar:A的B',
    ]);
  });

  it('gives nothing to the shorter name inside it', () => {
    expect(
      pairs('全自动化学发光免疫分析仪的反应杯和磁分离模块已实现国产。', {
        全自动化学发光免疫分析仪: 'Equipment',
        反应杯: 'Component',
        磁分离模块: 'Component',
      }),
    ).not.toContainEqual(expect.stringMatching(/-> 免疫分析仪 /));
  });
});
