// Lines headed by a field in the forms plans use besides tables: a head in 【】 over numbered items, a
// dash before the head (——X：A、B), and a numbered row with space-separated columns (1  X  A、B).
import { describe, expect, it } from 'vitest';
import { fieldsOf, graphOf } from './seed-data';

const links = (text: string): string[] => fieldsOf(text).links;

describe('field heads of lines', () => {
  it('reads 【X】 alone on its line over numbered items', () => {
    const r = links(
      [
        '【医学影像装备】',
        '1.光子计数CT',
        '2.数字化X射线摄影系统',
        '【治疗装备】',
        '1.质子治疗系统',
        '2.手术机器人',
      ].join('\n'),
    );
    expect(r).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 医学影像装备',
        '数字化X射线摄影系统 -> 医学影像装备',
        '质子治疗系统 -> 治疗装备',
        '手术机器人 -> 治疗装备',
      ]),
    );
    expect(r).not.toContain('质子治疗系统 -> 医学影像装备');
  });

  it('reads ——X：A、B lines', () => {
    const r = links(
      '——医学影像装备：光子计数CT、PET/MR。\n——康复装备：康复机器人、智能假肢、外骨骼机器人。\n',
    );
    expect(r).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 医学影像装备',
        '康复机器人 -> 康复装备',
        '智能假肢 -> 康复装备',
      ]),
    );
    expect(r).not.toContain('康复机器人 -> 医学影像装备');
  });

  it('reads a numbered row whose columns are parted by spaces', () => {
    const r = links(
      [
        '序号  领域  重点产品',
        '1  医学影像装备  光子计数CT、移动DR',
        '2  体外诊断装备  流式细胞仪、化学发光免疫分析仪',
      ].join('\n'),
    );
    expect(r).toEqual(expect.arrayContaining(['光子计数CT -> 医学影像装备', '流式细胞仪 -> 体外诊断装备']));
    expect(r).not.toContain('流式细胞仪 -> 医学影像装备');
  });
});

describe('columns parted by spaces', () => {
  it('reads no name across a column gap (康复装备            康复机器人)', () => {
    const text = [
      '重点领域            重点产品',
      '医学影像装备        光子计数CT、超声诊断仪',
      '康复装备            康复机器人、智能假肢',
    ].join('\n');
    const graph = graphOf(text);
    expect(graph.nodes.map((n) => n.name)).not.toContain('康复装备康复机器人');
    expect(links(text)).toEqual(expect.arrayContaining(['康复机器人 -> 康复装备', '智能假肢 -> 康复装备']));
  });
});
