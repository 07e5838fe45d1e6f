// A catalogue's or a tender's row that names one machine in a cell and describes it in a later cell as
// labelled fields: a part as the label is the machine's, what the value opens with is that part's (or the
// part itself written in full), and a slot of the machine as the label (`关节驱动：`) gives the machine its
// parts and materials. Rows in the wording of a first-set equipment catalogue and of a tender's list.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const ROBOT = {
  腹腔镜手术机器人系统: 'Equipment',
  机械臂: 'Component',
  谐波减速器: 'Component',
  无框力矩电机: 'Component',
} as const;

describe('labelled fields of a row', () => {
  it('reads a part as the label, and the parts a later clause fits it with', () => {
    expect(
      supplyPairs(
        '序号\t装备名称\t主要技术指标\t申报单位\n11-5\t腹腔镜手术机器人系统\t机械臂：4臂，关节采用谐波减速器与无框力矩电机；机械臂数量≥3\t深圳某某机器人有限公司\n',
        ROBOT,
      ).sort(),
    ).toEqual([
      'PART_OF 无框力矩电机 -> 机械臂 table:row-fields',
      'PART_OF 机械臂 -> 腹腔镜手术机器人系统 table:row-fields',
      'PART_OF 谐波减速器 -> 机械臂 table:row-fields',
    ]);
  });

  it('reads a slot of the machine as the label: what its value opens with is the machine’s', () => {
    expect(
      supplyPairs(
        '11-9\t下肢外骨骼康复机器人\t关节驱动：盘式电机+行星减速器，髋、膝各2自由度；支撑结构：碳纤维复合材料与7075铝合金；电源：磷酸铁锂电池，续航≥4 h\t广州某某智能科技有限公司\n',
        {
          下肢外骨骼康复机器人: 'Equipment',
          盘式电机: 'Component',
          行星减速器: 'Component',
          碳纤维复合材料: 'Material',
          '7075铝合金': 'Material',
          磷酸铁锂电池: 'Component',
        },
      ).sort(),
    ).toEqual([
      'PART_OF 盘式电机 -> 下肢外骨骼康复机器人 table:row-fields',
      'PART_OF 磷酸铁锂电池 -> 下肢外骨骼康复机器人 table:row-fields',
      'PART_OF 行星减速器 -> 下肢外骨骼康复机器人 table:row-fields',
      'USED_IN 7075铝合金 -> 下肢外骨骼康复机器人 table:row-fields',
      'USED_IN 碳纤维复合材料 -> 下肢外骨骼康复机器人 table:row-fields',
    ]);
  });

  it('reads the part written in full after its label as the machine’s, past a material named first', () => {
    const lines = supplyPairs(
      '| 3 | 血液透析机 | 血泵：双滚轮蠕动血泵，流量30～600 mL/min；透析器：聚砜中空纤维透析器 | 某某医疗 |\n',
      {
        血液透析机: 'Equipment',
        血泵: 'Component',
        蠕动血泵: 'Component',
        透析器: 'Component',
        中空纤维透析器: 'Component',
      },
    ).filter((l) => l.endsWith('table:row-fields'));
    expect(lines.sort()).toEqual([
      'PART_OF 中空纤维透析器 -> 血液透析机 table:row-fields',
      'PART_OF 双滚轮蠕动血泵 -> 血液透析机 table:row-fields',
      'PART_OF 血泵 -> 血液透析机 table:row-fields',
      'PART_OF 透析器 -> 血液透析机 table:row-fields',
    ]);
  });

  it('reads nothing from labels of use, packing or figures, nor from a row with no machine cell', () => {
    expect(
      supplyPairs('| 3 | 血液透析机 | 包装材料：聚乙烯；适用范围：血液透析 | 某某医疗 |\n', {
        血液透析机: 'Equipment',
        聚乙烯: 'Material',
      }),
    ).toEqual([]);
    expect(
      supplyPairs('| 3 | 透析设备一批 | 血泵：双滚轮蠕动血泵 | 某某医疗 |\n', {
        血泵: 'Component',
        蠕动血泵: 'Component',
      }),
    ).toEqual([]);
  });

  it('reads nothing from the records of a CSV export: a chain column before the part, a materials column labelled by the part’s piece', () => {
    const CSV = [
      '序号,产业链,环节,节点名称,节点类型,上级节点,关键材料/工艺,代表企业',
      '17,"手术机器人","中游·核心部件","谐波减速器","核心部件","腹腔镜手术机器人","柔轮：40CrNiMoA合金钢","苏州绿动传动科技有限公司"',
      '18,"手术机器人","中游·核心部件","六维力传感器","核心部件","骨科手术机器人","弹性体：17-4PH不锈钢",""',
      '19,"手术机器人","中游·核心部件","光学定位系统","核心部件","骨科手术机器人","","红外双目相机进口为主"',
    ].join('\n');
    const rows = supplyPairs(CSV, {
      手术机器人: 'Equipment',
      腹腔镜手术机器人: 'Equipment',
      谐波减速器: 'Component',
      六维力传感器: 'Component',
      '40CrNiMoA合金钢': 'Material',
      '17-4PH不锈钢': 'Material',
    });
    expect(rows.filter((r) => r.endsWith('table:row-fields'))).toEqual([]);
  });
});
