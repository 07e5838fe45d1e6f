// Parts a text names where no list cue is: a bare part noun glued after the thing it belongs to
// (`谐波减速器柔轮`), a table cell's scope opened by 含, the bare nouns of a monitor's accessories and a
// console's boards (`袖带`, `心电导联线`, `主板`), and a Hong Kong 模組 read as the mainland writes it.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

/** The text's Components and Equipment as `label:name`. */
const things = (text: string): string[] =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('parts-2026'), title: '测试', titleEn: 'test', file: 'p.txt', year: 2026 },
        text,
      },
    ],
    curated(),
  )
    .graph.nodes.filter((n) => n.label === 'Component' || n.label === 'Equipment')
    .map((n) => `${n.label}:${n.name}`);

describe('parts named without a list cue', () => {
  it('reads 柔轮 glued after 谐波减速器 (其中谐波减速器柔轮选用Y) as a part', () => {
    const text =
      '机械臂关节所需的谐波减速器、无框力矩电机和六维力传感器列入今年“揭榜挂帅”攻关清单，其中谐波减速器柔轮选用40CrNiMoA合金钢，已完成2万小时寿命测试。';
    expect(things(text)).toContain('Component:柔轮');
  });

  it('reads a maintenance table’s scope cell 含A、B及C without the 含, and the accessories cell’s bare nouns', () => {
    const text = [
      '| 序号 | 设备名称 | 数量 | 维保范围 | 除外责任 |',
      '| 6 | 呼吸机 | 40台 | 含涡轮风机、流量传感器、氧电池及内置电池 | 呼吸管路、湿化罐等一次性耗材 |',
      '| 7 | 多参数监护仪 | 120台 | 含主板、显示屏、血氧模块及锂电池 | 血氧探头、血压袖带、心电导联线等附件 |',
    ].join('\n');
    const got = things(text);
    expect(got).toEqual(
      expect.arrayContaining([
        'Component:涡轮风机',
        'Component:主板',
        'Component:血压袖带',
        'Component:心电导联线',
      ]),
    );
    expect(got.filter((n) => n.includes(':含'))).toEqual([]);
  });

  it('reads a Hong Kong 關節模組 as 关节模组, the mainland’s word for a robot’s joint module', () => {
    const text =
      '香港理工大學研發上肢及下肢康復外骨骼機械人，關節模組由無框力矩電機、諧波減速器及絕對值編碼器組成，外骨骼支架以碳纖維製成。';
    expect(things(text)).toContain('Component:关节模组');
  });
});
