// A glossary's table defines each row's term in its definition cell, whose clauses leave the term unsaid:
// `由B、C和D组成` gives the term its parts, `用于A和B` makes the term a part or a material of A and B, a
// part's `核心为P` gives it its material. Rows in the wording of a report's bilingual glossary appendix.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const HEADER = '序号\t中文术语\t英文术语\t缩写\t释义\n';

describe('definitions of a glossary’s rows', () => {
  it('gives the term the parts its definition says it is made of', () => {
    expect(
      supplyPairs(
        `${HEADER}C1.6\t超声刀\tultrasonic scalpel\t—\t属能量外科设备，由主机、换能器和刀头组成；刀头多采用钛合金。\n`,
        { 超声刀: 'Equipment', 主机: 'Component', 换能器: 'Component', 刀头: 'Component' },
      )
        .filter((p) => p.includes('glossary'))
        .sort(),
    ).toEqual([
      'PART_OF 主机 -> 超声刀 table:glossary-definition',
      'PART_OF 刀头 -> 超声刀 table:glossary-definition',
      'PART_OF 换能器 -> 超声刀 table:glossary-definition',
    ]);
  });

  it('makes a part or a material the term of what it is used in', () => {
    expect(
      supplyPairs(
        `${HEADER}C2.2\t平板探测器\tflat panel detector\tFPD\t将X射线转换为数字图像的部件，用于DR和DSA。\nC3.5\t聚醚醚酮\tpolyether ether ketone\tPEEK\t特种工程塑料，用于手术器械绝缘套管和骨科植入物。\n`,
        {
          平板探测器: 'Component',
          聚醚醚酮: 'Material',
          手术器械绝缘套管: 'Component',
          骨科植入物: 'Equipment',
        },
      )
        .filter((p) => p.includes('glossary'))
        .sort(),
    ).toEqual([
      'PART_OF 平板探测器 -> DR table:glossary-definition',
      'PART_OF 平板探测器 -> DSA table:glossary-definition',
      'USED_IN 聚醚醚酮 -> 手术器械绝缘套管 table:glossary-definition',
      'USED_IN 聚醚醚酮 -> 骨科植入物 table:glossary-definition',
    ]);
  });

  it('gives a part its core material, and a material no raw materials', () => {
    const pairs = supplyPairs(
      `${HEADER}C2.7\t换能器\tultrasonic transducer\t—\t超声刀中将电能转为机械振动的部件，核心为压电陶瓷堆叠。\nC3.1\t硅酸钇镥闪烁晶体\tLYSO\tLYSO\tPET探测器环中使用的闪烁晶体，原料为氧化镥、氧化钇和二氧化硅。\n`,
      {
        换能器: 'Component',
        压电陶瓷: 'Material',
        硅酸钇镥闪烁晶体: 'Material',
        氧化镥: 'Material',
        氧化钇: 'Material',
        二氧化硅: 'Material',
      },
    ).filter((p) => p.includes('glossary'));
    expect(pairs).toEqual(['USED_IN 压电陶瓷 -> 换能器 table:glossary-definition']);
  });

  it('reads no use that goes on past the list (`用于CT的图像重建`), nor rows outside a glossary', () => {
    expect(
      supplyPairs(`${HEADER}C4.9\t重建芯片\treconstruction chip\t—\t一种专用芯片，用于CT的图像重建。\n`, {
        重建芯片: 'Component',
      }).filter((p) => p.includes('glossary')),
    ).toEqual([]);
    expect(
      supplyPairs('序号\t名称\t备注\n1\t超声刀\t由主机、换能器和刀头组成\n', {
        超声刀: 'Equipment',
        主机: 'Component',
        换能器: 'Component',
        刀头: 'Component',
      }).filter((p) => p.includes('glossary')),
    ).toEqual([]);
  });
});
