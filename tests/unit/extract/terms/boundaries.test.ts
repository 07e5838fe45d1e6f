// Terms found by reading stop where a careful reader would: counted classes name their members as
// written, and origin or scope words, measure words and the copula are never part of a name.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);

describe('counted classes (A、B等N种X)', () => {
  it('takes each member of 聚醚醚酮、医用水凝胶、可降解镁合金等12种材料 as a material named as written', () => {
    const names = discovered('重点突破聚醚醚酮、医用水凝胶、可降解镁合金等12种材料的制备工艺。');
    expect(names).toEqual(
      expect.arrayContaining(['Material:聚醚醚酮', 'Material:医用水凝胶', 'Material:可降解镁合金']),
    );
    expect(names.some((n) => n.includes('种材料') || n.endsWith('水凝胶材料'))).toBe(false);
  });

  it('still completes a class that is not counted: 导诊、送药等系列医疗机器人', () => {
    expect(discovered('开发导诊、送药等系列医疗机器人。')).toEqual(
      expect.arrayContaining(['Equipment:导诊机器人', 'Equipment:送药机器人']),
    );
  });
});

describe('left boundaries of names built on a curated one', () => {
  it.each([
    '国产CT的球管多依赖进口，国内CT企业加快追赶。',
    '中国CT市场和全国CT保有量都在增长。',
    '疫情带来一波CT采购潮。',
    '球管是CT设备的核心部件。',
  ])('finds no new equipment in %s', (sentence) => {
    // 球管 alone is a part of the CT (a part head that names one kind), not a new device.
    expect(discovered(sentence).filter((n) => n !== 'Component:球管')).toEqual([]);
  });
});

describe('a modal before a run', () => {
  it('reads no name from the predicate after 可以 (可以无线读取起搏器的工作参数)', () => {
    const names = discovered(
      '医生随访时使用的程控仪主要部件有程控头、主机和打印机，可以无线读取起搏器的工作参数。',
    );
    expect(names).not.toContain('Equipment:无线读取起搏器');
    expect(names).toContain('Component:程控头');
  });

  it('starts the name after the verb of a body of people (由医院工程部门反馈球管寿命)', () => {
    const names = discovered(
      '在县域医共体推广使用国产CT，由医院工程部门反馈球管寿命、探头故障率等运行数据。',
    );
    expect(names).not.toContain('Component:工程部门反馈球管');
    expect(names).toContain('Component:球管');
  });
});

describe('含 opening a name', () => {
  it('reads no verb before 含 into the name (評估含釹鎂合金支架之降解行為)', () => {
    const names = discovered(
      '鎂合金支架之徑向支撐力較高。本研究團隊以體外浸泡試驗與豬冠狀動脈模型，評估含釹鎂合金支架之降解行為。',
    );
    expect(names.some((n) => n.includes('评估'))).toBe(false);
  });
});
