// Entries of a compilation written as labelled lines (a university's technology-transfer compilation, a
// product list): `项目名称：X` names the entry's thing as a cell under `装备名称` does, and `应用领域：Y` below
// it in the same block is the field of that thing, as a field column is.
import { describe, expect, it } from 'vitest';
import { fieldsOf, graphOf } from './seed-data';

const ENTRIES = [
  '项目一',
  '项目名称：低温过氧化氢等离子体灭菌器',
  '技术简介：本项目研制的低温过氧化氢等离子体灭菌器由灭菌舱、真空泵和等离子体发生器组成。',
  '应用领域：消毒灭菌设备',
  '成熟度：样机阶段',
  '',
  '项目二',
  '项目名称：全自动内镜清洗消毒机',
  '技术简介：由清洗槽、循环泵和测漏装置组成，适用于胃镜、肠镜的清洗消毒。',
  '应用领域：内镜诊疗配套设备',
  '',
  '项目三',
  '项目名称：医用清洗剂与酶清洗剂配方',
  '应用领域：消毒供应中心（CSSD）',
].join('\n');

describe('a compilation entry written as labelled lines', () => {
  it('reads the value of 项目名称： as one device when it ends as device names end', () => {
    const names = graphOf(ENTRIES)
      .nodes.filter((n) => n.label === 'Equipment')
      .map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['低温过氧化氢等离子体灭菌器', '全自动内镜清洗消毒机']));
    expect(names).not.toContain('医用清洗剂与酶清洗剂配方');
  });

  it('puts the entry’s device in the field its 应用领域： line names, not in a setting of use', () => {
    const r = fieldsOf(ENTRIES);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '低温过氧化氢等离子体灭菌器 -> 消毒灭菌设备',
        '全自动内镜清洗消毒机 -> 内镜诊疗配套设备',
      ]),
    );
    expect(r.fields).not.toContain('消毒供应中心（CSSD）');
  });

  it('takes no field line across a blank line, and no title that describes rather than names', () => {
    const apart = fieldsOf(
      '项目名称：全自动内镜清洗消毒机\n技术简介：由清洗槽组成。\n\n应用领域：内镜诊疗配套设备',
    );
    expect(apart.links).not.toContain('全自动内镜清洗消毒机 -> 内镜诊疗配套设备');
    const described = graphOf('项目名称：一种基于深度学习的内镜图像处理系统\n应用领域：内镜诊疗配套设备');
    expect(described.nodes.map((n) => n.name)).not.toContain('一种基于深度学习的内镜图像处理系统');
  });

  it('reads a numbered entry’s name line, and a device named by what it does (泵, 培养箱, 电刀) as one device', () => {
    const recalls = [
      '二、二级召回',
      '',
      '3. 产品名称：胰岛素泵',
      '型号规格：IP-3',
      '召回原因：因储药器活塞的丁基橡胶密封圈尺寸偏差，可能导致输注剂量偏差。',
      '',
      '4. 产品名称：婴儿培养箱',
      '召回级别：二级',
      '',
      '（三）产品名称：高频电刀',
      '召回级别：三级',
    ].join('\n');
    const names = graphOf(recalls)
      .nodes.filter((n) => n.label === 'Equipment')
      .map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['胰岛素泵', '婴儿培养箱', '高频电刀']));
  });

  it('reads a numbered entry’s name line as no heading: its label is no measure and targets nothing', () => {
    const recalls = [
      '一、一级召回',
      '',
      '1. 产品名称：植入式心脏起搏器',
      '召回原因：因起搏器内置锂碘电池存在早期电量耗竭风险。',
    ];
    const measures = graphOf(recalls.join('\n'))
      .nodes.filter((n) => n.label === 'Measure')
      .map((n) => n.name);
    expect(measures).not.toContain('产品名称');
  });
});
