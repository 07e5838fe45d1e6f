// An R&D programme's project entry (a 重点专项 call): a heading that names what the project builds over a
// `研究内容：` line; the parts and materials that line develops are the heading thing's. Sentences in the
// wording of the calls' project guides.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const RULE = 'grammar:项目A研发，研究内容：研制B';
const byRule = (text: string, known: Parameters<typeof supplyPairs>[1]) =>
  supplyPairs(text, known).filter((p) => p.endsWith(RULE));

describe('a project heading over its research content', () => {
  it("gives the parts the content develops to the heading's machine, not a material beside a part", () => {
    expect(
      byRule(
        '1. 高端医学影像装备\n\n1.1 光子计数能谱CT研发\n研究内容：研制基于碲锌镉（CZT）晶体的光子计数探测器，突破专用读出芯片（ASIC）、高热容量X射线管和高频高压发生器等关键部件，开发能谱成像和低剂量重建算法，完成整机集成。\n考核指标：探测器能量分辨率优于8%（@60keV）。',
        {
          光子计数能谱CT: 'Equipment',
          光子计数探测器: 'Component',
          高热容量X射线管: 'Component',
          碲锌镉: 'Material',
        },
      ).sort(),
    ).toEqual(
      [
        `PART_OF 光子计数探测器 -> 光子计数能谱CT ${RULE}`,
        `PART_OF 高热容量X射线管 -> 光子计数能谱CT ${RULE}`,
        `PART_OF 高频高压发生器 -> 光子计数能谱CT ${RULE}`,
        `PART_OF 读出芯片 -> 光子计数能谱CT ${RULE}`,
      ].sort(),
    );
  });

  it('reads a heading that builds the parts of a machine, past a clause that names the users', () => {
    expect(
      byRule(
        '2.1 腔镜手术机器人核心部件研发\n研究内容：面向腹腔镜和经自然腔道手术机器人，研制谐波减速器、空心杯电机和六维力传感器。\n拟支持项目数：1项。',
        { 腔镜手术机器人: 'Equipment', 经自然腔道手术机器人: 'Equipment', 空心杯电机: 'Component' },
      ).sort(),
    ).toEqual(
      [
        `PART_OF 谐波减速器 -> 腔镜手术机器人 ${RULE}`,
        `PART_OF 空心杯电机 -> 腔镜手术机器人 ${RULE}`,
        `PART_OF 六维力传感器 -> 腔镜手术机器人 ${RULE}`,
      ].sort(),
    );
  });

  it('leaves out a clause that develops devices of its own, and lines other than the content', () => {
    const found = byRule(
      '3.1 可降解金属血管支架研发\n研究内容：研究高纯镁合金和锌合金的微管加工，研制可降解冠状动脉支架及外周血管支架。\n考核指标：支架径向支撑力不低于316L不锈钢支架的90%。',
      {
        可降解金属血管支架: 'Equipment',
        可降解冠状动脉支架: 'Equipment',
        外周血管支架: 'Equipment',
        高纯镁合金: 'Material',
        锌合金: 'Material',
      },
    );
    expect(found.sort()).toEqual(
      [
        `USED_IN 高纯镁合金 -> 可降解金属血管支架 ${RULE}`,
        `USED_IN 锌合金 -> 可降解金属血管支架 ${RULE}`,
      ].sort(),
    );
  });

  it('gives nothing where the heading names no one thing, or the line is no project content', () => {
    expect(
      byRule('3.2 人工关节用高性能材料研发\n研究内容：开发高交联超高分子量聚乙烯，研制髋关节假体。', {
        髋关节假体: 'Equipment',
      }),
    ).toEqual([]);
    expect(
      byRule('1.1 光子计数能谱CT研发\n考核指标：研制光子计数探测器。', {
        光子计数能谱CT: 'Equipment',
        光子计数探测器: 'Component',
      }),
    ).toEqual([]);
  });

  it('gives the material a developed part is built on to that part', () => {
    expect(
      supplyPairs(
        '1.1 光子计数能谱CT研发\n研究内容：研制基于碲锌镉（CZT）晶体的光子计数探测器，突破高热容量X射线管等关键部件，完成整机集成。\n',
        {
          光子计数能谱CT: 'Equipment',
          光子计数探测器: 'Component',
          高热容量X射线管: 'Component',
          碲锌镉: 'Material',
        },
      )
        .filter((p) => p.endsWith('grammar:研制基于M的P'))
        .sort(),
      // Its short name in brackets goes with it.
    ).toEqual(
      [
        'USED_IN CZT -> 光子计数探测器 grammar:研制基于M的P',
        'USED_IN 碲锌镉 -> 光子计数探测器 grammar:研制基于M的P',
      ].sort(),
    );
  });
});
