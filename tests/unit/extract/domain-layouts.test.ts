// The fields of a key-fields section in the layouts plans and their reprints use: bold numbered heads
// that call themselves fields (`**（一）高端医学影像领域。**`), `第一节` chapters, bare Markdown heads,
// and ordinals in running text (`一是医学影像装备，…；二是…`). Fields are no measures.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const read = (text: string) => {
  const graph = graphOf(text);
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    fields: graph.nodes.filter((n) => n.label === 'Domain' && n.mentions.length > 0).map((n) => n.name),
    measures: graph.nodes.filter((n) => n.label === 'Measure').map((n) => n.name),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${node.get(e.source)?.name ?? ''} -> ${node.get(e.target)?.name ?? ''}`),
  };
};

describe('fields of a key-fields section in any layout', () => {
  it('reads bold heads that call themselves fields under 重点发展方向, whatever the name (手术机器人领域)', () => {
    const r = read(
      [
        '**一、重点发展方向**',
        '',
        '**（一）高端医学影像领域。**重点发展CT、磁共振成像系统和超声诊断设备。',
        '',
        '**（二）手术机器人领域。**发展骨科手术机器人和腹腔镜手术机器人。',
        '',
        '**二、保障措施**',
        '',
        '加强组织领导。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['高端医学影像', '手术机器人']));
    expect(r.links).toEqual(
      expect.arrayContaining(['计算机断层扫描仪 -> 高端医学影像', '骨科手术机器人 -> 手术机器人']),
    );
    expect(r.measures).toEqual(['保障措施']);
  });

  it('reads no field from a heading of fields (（一）重点领域) or of context', () => {
    const r = read('**（一）重点领域。**重点发展CT、磁共振成像系统和超声诊断设备。\n');
    expect(r.fields).toEqual([]);
  });

  it('makes no measure of a bare Markdown field head among fields (### 医学影像)', () => {
    const r = read(
      [
        '## 重点发展领域',
        '',
        '### 医学影像',
        '重点发展CT、磁共振成像系统和超声诊断设备。',
        '',
        '### 体外诊断',
        '推进化学发光免疫分析仪、基因测序仪研发。',
      ].join('\n'),
    );
    expect(r.fields).toContain('医学影像');
    expect(r.measures).not.toContain('医学影像');
  });

  it('reads the fields of ordinals in running text: 一是医学影像装备，重点发展A、B；二是…', () => {
    const r = read(
      '据介绍，方案明确了三大重点领域。一是医学影像装备，重点发展CT、磁共振成像系统和超声诊断设备；二是体外诊断装备，推进化学发光免疫分析仪、基因测序仪研发。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像装备', '体外诊断装备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['超声诊断设备 -> 医学影像装备', '化学发光免疫分析仪 -> 体外诊断装备']),
    );
    expect(r.links).not.toContain('超声诊断设备 -> 体外诊断装备');
  });

  it('reads no field from an ordinal over no equipment (一是完善标准体系，二是加强人才培养)', () => {
    expect(read('一是完善标准体系，加大政策支持；二是加强人才培养。').fields).toEqual([]);
  });
});
