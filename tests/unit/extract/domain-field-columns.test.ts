// Field columns and bracket-numbered heads (rules/domain-columns.ts, rules/domain-tables.ts): a table
// headed by a name column (`装备名称`) and a field column (`应用领域`) puts each row's equipment in its
// row's field; `【一】X设备（锻长板）` over `整机：A、B` puts A and B in X.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { fieldColumnRows } from '../../../server/extract/rules/domain-columns';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const read = (text: string) => {
  const { graph } = extractGraph(
    [
      {
        meta: { id: asPlanId('test-2026'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2026 },
        text,
      },
    ],
    curated(),
  );
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const edges = graph.edges.filter((e) => e.type === 'IN_DOMAIN');
  return {
    nodes: graph.nodes.map((n) => `${n.label}:${n.name}`),
    links: edges
      .map((e) => `${name.get(e.source) ?? ''} -> ${name.get(e.target) ?? ''} ${e.rule ?? ''}`)
      .sort(),
    quotes: edges.flatMap((e) => e.evidence.map((v) => [v.quote, text.slice(v.start, v.end)])),
  };
};

// A provincial first-set catalogue (dev batch 17), tab-separated, the field in the last column.
const catalogue = [
  '附件（节选）',
  '九、医疗装备',
  '',
  '序号\t装备名称\t主要技术指标\t应用领域',
  '9-2\t质子治疗系统\t由同步加速器、束流输运线、笔形束扫描治疗头和旋转机架组成\t放射治疗装备',
  '9-5\t口腔锥形束CT（口腔CBCT）\t平板探测器：非晶硅（a-Si）+碘化铯（CsI）闪烁体\t医学影像装备',
  '9-6\t眼科手术显微镜\t复消色差物镜、电动变焦系统及同轴LED照明\t眼科装备',
  '9-7\t大型脉动真空灭菌器\t内室采用316L不锈钢，配置水环式真空泵\t医用消毒灭菌装备',
  '',
  '注：本目录所列装备指标为申报单位提交的典型参数。',
].join('\n');

describe('fieldColumnRows', () => {
  it('pairs each row’s name cell with its field cell under a header naming both columns', () => {
    expect(
      fieldColumnRows(catalogue).map((r) => [r.name, r.field].map(([a, b]) => catalogue.slice(a, b))),
    ).toEqual([
      ['质子治疗系统', '放射治疗装备'],
      ['口腔锥形束CT（口腔CBCT）', '医学影像装备'],
      ['眼科手术显微镜', '眼科装备'],
      ['大型脉动真空灭菌器', '医用消毒灭菌装备'],
    ]);
  });

  it('reads no field column without a name column, nor under a header of classes (类别)', () => {
    expect(fieldColumnRows('序号\t项目\t应用领域\n1\t质子治疗系统\t放射治疗装备')).toEqual([]);
    expect(fieldColumnRows('序号\t产品名称\t类别\n1\t心脏起搏器\t第三类')).toEqual([]);
  });
});

describe('domainFieldColumns', () => {
  it('puts each row’s equipment in the field its row names, with the header and the row as evidence', () => {
    const r = read(catalogue);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '质子治疗系统 -> 放射治疗装备 text:domain-field-column',
        '口腔锥形束CT -> 医学影像装备 text:domain-field-column',
        '眼科手术显微镜 -> 眼科装备 text:domain-field-column',
        '大型脉动真空灭菌器 -> 医用消毒灭菌装备 text:domain-field-column',
      ]),
    );
    // The parts in the specification column are in no field.
    expect(r.links.filter((l) => /同步加速器|旋转机架|水环式真空泵/.test(l))).toEqual([]);
    for (const [quote, slice] of r.quotes) expect(quote).toBe(slice);
    expect(r.nodes).toEqual(expect.arrayContaining(['Domain:眼科装备', 'Domain:医用消毒灭菌装备']));
  });

  it('reads a name cell ending as devices end as equipment, without its bracketed abbreviation', () => {
    const r = read(catalogue);
    expect(r.nodes).toEqual(
      expect.arrayContaining([
        'Equipment:眼科手术显微镜',
        'Equipment:大型脉动真空灭菌器',
        'Equipment:口腔锥形束CT',
      ]),
    );
  });
});

describe('bracket-numbered heads', () => {
  // A municipal industrial-chain list (dev batch 17).
  const chain = [
    '【一】口腔诊疗设备（锻长板）',
    '整机：牙科综合治疗台、口腔内窥扫描仪（口扫）、牙科种植机',
    '上游核心部件：',
    '· 种植机马达 ■ —— 无刷直流电机■、霍尔传感器■',
    '',
    '【三】输注与急救设备（锻长板）',
    '整机：输液泵、注射泵、除颤监护仪',
    '上游核心部件：',
    '· 输液泵/注射泵：步进电机■、压力传感器◇',
  ].join('\n');

  it('puts the devices of the line under `【一】X（note）` in X', () => {
    const r = read(chain);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '牙科种植机 -> 口腔诊疗设备 text:domain-table',
        '输液泵 -> 输注与急救设备 text:domain-table',
        '除颤监护仪 -> 输注与急救设备 text:domain-table',
      ]),
    );
    expect(r.links.filter((l) => /步进电机|霍尔传感器/.test(l))).toEqual([]);
    for (const [quote, slice] of r.quotes) expect(quote).toBe(slice);
  });
});

// A classification catalogue (dev batch 19): the first-level class column is the field of the row's
// second-level class and of its examples of products.
const classes = [
  '一级产品类别 | 二级产品类别 | 产品描述 | 预期用途 | 品名举例 | 管理类别',
  '01电疗设备/器具 | 01低中频治疗设备 | 通常由主机、输出导线和电极组成。 | 用于缓解疼痛。 | 中频治疗仪、神经肌肉电刺激仪 | Ⅱ',
  '05力疗设备/器具 | 01体外冲击波治疗设备 | 通常由冲击波源、定位系统和治疗头组成。 | 用于骨不连的治疗。 | 电磁式体外冲击波治疗仪 | Ⅱ',
].join('\n');

describe('a classification catalogue', () => {
  it('puts each row’s second-level class and its examples in the first-level class, less its code', () => {
    const { nodes, links } = read(classes);
    expect(nodes).toEqual(expect.arrayContaining(['Domain:电疗设备/器具', 'Domain:力疗设备/器具']));
    expect(nodes.filter((n) => n.startsWith('Domain:0'))).toEqual([]);
    expect(links).toEqual(
      expect.arrayContaining([
        '低中频治疗设备 -> 电疗设备/器具 text:domain-field-column',
        '中频治疗仪 -> 电疗设备/器具 text:domain-field-column',
        '神经肌肉电刺激仪 -> 电疗设备/器具 text:domain-field-column',
        '电磁式体外冲击波治疗仪 -> 力疗设备/器具 text:domain-field-column',
      ]),
    );
  });
});

describe('a catalogue row headed by its coded class (03光治疗设备)', () => {
  it('reads the class less its code as the field of the row, no field with the code', () => {
    const { nodes, links } = read(
      [
        '一级产品类别 | 二级产品类别 | 产品描述 | 预期用途 | 品名举例 | 管理类别',
        '03光治疗设备 | 01半导体激光治疗设备 | 通常由半导体激光器、光纤、治疗探头和控制系统组成，光纤一般为石英光纤。 | 用于软组织损伤的辅助治疗。 | 半导体激光治疗仪 | Ⅱ',
        '03光治疗设备 | 02紫外治疗设备 | 通常由紫外灯管、反射罩和定时装置组成，灯管采用石英玻璃。 | 用于银屑病、白癜风的光疗。 | 窄谱中波紫外线治疗仪 | Ⅱ',
      ].join('\n'),
    );
    expect(nodes.filter((n) => n.startsWith('Domain:0'))).toEqual([]);
    expect(links).toEqual(
      expect.arrayContaining([
        '半导体激光治疗设备 -> 光治疗设备 text:domain-field-column',
        '半导体激光治疗仪 -> 光治疗设备 text:domain-field-column',
        '紫外治疗设备 -> 光治疗设备 text:domain-field-column',
      ]),
    );
    expect(links.filter((l) => /控制系统|定时装置/.test(l))).toEqual([]);
  });
});

// A chain map's export (dev batch 24), read as a table through the CSV view: the `产业链` column names
// each node's chain, a field; only the machines among the nodes join it.
const chainExport = [
  '序号,产业链,环节,节点名称,节点类型,上级节点,关键材料/工艺,代表企业,所在地区,国产化率,备注',
  '1,"医学影像装备","下游·整机","计算机断层扫描系统（CT）","整机","","","苏州康影医疗科技有限公司","苏州市","约65%",""',
  '2,"医学影像装备","中游·核心部件","CT球管","核心部件","计算机断层扫描系统（CT）","钨铼合金、石墨、无氧铜","","无锡市新吴区","约20%",""',
  '24,"体外诊断装备","下游·整机","全自动生化分析仪","整机","","","","","约60%",""',
  '25,"体外诊断装备","中游·部件","陶瓷柱塞泵","部件","全自动生化分析仪","氧化锆陶瓷","","","",""',
].join('\n');

describe('a chain column', () => {
  it('puts each machine of a chain export in the field its 产业链 cell names', () => {
    const { links, quotes } = read(chainExport);
    expect(links).toEqual([
      '全自动生化分析仪 -> 体外诊断装备 text:domain-field-column',
      '计算机断层扫描仪 -> 医学影像装备 text:domain-field-column',
    ]);
    for (const [quote, slice] of quotes) expect(quote).toBe(slice);
  });
});
