// A table's name column (装备名称, 产品名称) holds one whole name per row: the catalogue's cell is read as
// written, though the dictionary or a curated name inside it would cut it. Rows in the layout of a
// provincial first-set equipment catalogue and of a Markdown procurement list.
import { describe, expect, it } from 'vitest';
import { equipmentNameCells } from '../../../../server/extract/terms/name-columns';
import { contextOf, graphOf } from '../seed-data';

const CATALOGUE = [
  '（二）治疗装备',
  '序号\t装备名称\t主要技术指标\t申报单位',
  '11-5\t腹腔镜手术机器人系统\t由医生控制台、患者手术平台和三维高清影像系统组成\t深圳某某机器人有限公司',
  '11-6\t体外膜肺氧合系统\t离心泵：磁悬浮驱动，转速0～5000 r/min\t东莞某某生命科技有限公司',
  '（三）体外诊断装备',
  '11-7\t全自动化学发光免疫分析仪\t测试速度≥600 T/h\t中山某某生物股份有限公司',
  '注：技术指标以申报时提交的检测报告为准，目录自印发之日起有效期三年，请各地认真组织推广应用。',
  '11-8\t不再是表格的一行\t说明\t某某公司',
].join('\n');

const cellsOf = (text: string): string[] => equipmentNameCells(text).map((c) => text.slice(c.from, c.to));

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);

describe('equipmentNameCells', () => {
  it('gives the cells under 装备名称, past the section headings between rows, until a long line', () => {
    expect(cellsOf(CATALOGUE)).toEqual([
      '腹腔镜手术机器人系统',
      '体外膜肺氧合系统',
      '全自动化学发光免疫分析仪',
    ]);
  });

  it('reads Markdown rows under 产品名称 and skips a cell that holds a list', () => {
    const text = [
      '| 序号 | 产品名称 | 数量 |',
      '| --- | --- | --- |',
      '| 1 | 移动式数字化X射线摄影系统 | 2台 |',
      '| 2 | 心电图机、监护仪 | 各5台 |',
    ].join('\n');
    expect(cellsOf(text)).toEqual(['移动式数字化X射线摄影系统']);
  });

  it('reads no column of firms, projects or drugs', () => {
    expect(cellsOf('序号\t企业名称\t项目名称\n1\t某某医疗有限公司\t智能康复机器人产业化\n')).toEqual([]);
    expect(cellsOf('序号\t药品名称\t规格\n1\t紫杉醇注射液\t30mg\n')).toEqual([]);
  });
});

describe('equipment read from a name column', () => {
  it('names each cell whole (not the curated 腔镜手术机器人 inside 腹腔镜…)', () => {
    const names = discovered(CATALOGUE);
    expect(names).toEqual(
      expect.arrayContaining([
        'Equipment:腹腔镜手术机器人系统',
        'Equipment:体外膜肺氧合系统',
        'Equipment:全自动化学发光免疫分析仪',
      ]),
    );
    expect(names.filter((n) => n.includes('不再是'))).toEqual([]);
  });
});

// A glossary appendix's tables, captioned by the class of their terms (rows of a report's bilingual glossary).
const GLOSSARY = [
  '表C-1　整机类',
  '序号\t中文术语\t英文术语\t缩写\t释义',
  'C1.6\t超声刀\tultrasonic scalpel\t—\t属能量外科设备，由主机、换能器和刀头组成；刀头多采用钛合金。',
  '',
  '表C-2　部件类',
  '序号\t中文术语\t英文术语\t缩写\t释义',
  'C2.2\t平板探测器\tflat panel detector\tFPD\t将X射线转换为数字图像的部件，用于DR和DSA。',
  'C2.6\t谐波减速器\tharmonic drive\t—\t手术机器人机械臂关节的传动部件，由波发生器、柔轮和刚轮组成。',
  '',
  '表C-3　材料类',
  '序号\t中文术语\t英文术语\t缩写\t释义',
  'C3.5\t聚醚醚酮\tpolyether ether ketone\tPEEK\t特种工程塑料，用于手术器械绝缘套管和骨科植入物。',
  '',
  '表C-4　技术类',
  '序号\t中文术语\t英文术语\t缩写\t释义',
  'C4.2\t力反馈\tforce feedback\t—\t手术机器人将器械受力传递给术者手柄的技术。',
].join('\n');

describe('terms read from a glossary’s term column', () => {
  it('gives each cell under 中文术语 the class its table’s caption names, none under a caption of techniques', () => {
    expect(
      equipmentNameCells(GLOSSARY).map((c) => `${c.term ?? ''}:${GLOSSARY.slice(c.from, c.to)}`),
    ).toEqual(['Equipment:超声刀', 'Component:平板探测器', 'Component:谐波减速器', 'Material:聚醚醚酮']);
  });

  it('names each term whole with that class (a part though its name ends in 器)', () => {
    expect(discovered(GLOSSARY)).toEqual(
      expect.arrayContaining([
        'Equipment:超声刀',
        'Component:平板探测器',
        'Component:谐波减速器',
        'Material:聚醚醚酮',
      ]),
    );
    expect(discovered(GLOSSARY)).not.toContain('Equipment:谐波减速器');
  });
});

describe('names of a brochure’s product headings', () => {
  const BROCHURE = [
    '■ 生命信息与支持',
    '【KR-V600 重症呼吸机】',
    '涡轮风机、比例电磁阀、热膜式流量传感器三大核心部件全部自主研发。',
    '【KR-S3 输注泵系列】',
    '包括输液泵和注射泵。',
    '【KR-CL2000 全自动化学发光免疫分析仪】',
    '【一】口腔诊疗设备',
    '【2026年 工作要点】',
  ].join('\n');

  it('reads the name after a model code whole, without 系列; no heading without a code', () => {
    expect(cellsOf(BROCHURE)).toEqual(['重症呼吸机', '输注泵', '全自动化学发光免疫分析仪']);
  });

  it('names the products whole (not only the curated 呼吸机 of 重症呼吸机)', () => {
    expect(discovered(BROCHURE)).toEqual(
      expect.arrayContaining(['Equipment:重症呼吸机', 'Equipment:全自动化学发光免疫分析仪']),
    );
  });
});

describe('parts read from a parts column', () => {
  // An instructions-for-use's table of the materials of its parts.
  const MATERIALS = [
    '本设备不与患者血液直接接触。与透析液、消毒液接触的部件及主要外部部件的材料见下表：',
    '',
    '部件｜材料',
    '外壳｜ABS树脂、冷轧钢板（静电喷涂）',
    '血泵滚轮｜聚甲醛（POM）',
    '平衡腔腔体｜聚砜（PSU）',
    '热交换器｜钛合金',
    '超滤泵柱塞｜氧化铝陶瓷',
  ].join('\n');

  it('reads each cell under 部件 as a part, and its row’s material as the part’s', () => {
    expect(cellsOf(MATERIALS)).toEqual(['外壳', '血泵滚轮', '平衡腔腔体', '热交换器', '超滤泵柱塞']);
    expect(discovered(MATERIALS)).toEqual(
      expect.arrayContaining(['Component:外壳', 'Component:平衡腔腔体', 'Component:热交换器']),
    );
    const graph = graphOf(MATERIALS);
    const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const pairs = graph.edges
      .filter((e) => e.type === 'USED_IN')
      .map((e) => `${name.get(e.source)}->${name.get(e.target)}`);
    expect(pairs).toEqual(expect.arrayContaining(['氧化铝陶瓷->超滤泵柱塞', '聚砜->平衡腔腔体']));
    // A gloss that closes a row opens nothing on the next one.
    expect(pairs).not.toContain('聚甲醛->平衡腔腔体');
  });

  it('takes no header inside a table’s rows, no cell joining two parts and no class of the chain', () => {
    const rows = ['环节｜名称｜类型', '上游｜核心部件｜部件', '中游｜原料｜材料'].join('\n');
    expect(cellsOf(rows)).toEqual([]);
    expect(
      cellsOf(['部件｜占比', '传感器（含酶与膜）｜38%', '助针器与导针｜12%', '整机｜50%'].join('\n')),
    ).toEqual([]);
  });
});
