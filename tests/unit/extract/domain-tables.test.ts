// Fields in tables (rules/domain-tables.ts): a row headed by a field puts the equipment of its other
// cells in it; a new class phrase heading such a row is a field (text:field-table).
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { tableRows } from '../../../server/extract/rules/domain-tables';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const read = (text: string) => {
  const { graph } = extractGraph(
    [
      {
        meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 },
        text,
      },
    ],
    curated(),
  );
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const edges = graph.edges.filter((e) => e.type === 'IN_DOMAIN');
  return {
    fields: graph.nodes
      .filter((n) => n.label === 'Domain' && n.discovered === true)
      .map((n) => [n.name, n.props?.foundBy]),
    links: edges
      .map((e) => `${name.get(e.source) ?? ''} -> ${name.get(e.target) ?? ''} ${e.rule ?? ''}`)
      .sort(),
    quotes: edges.flatMap((e) => e.evidence.map((v) => [v.quote, text.slice(v.start, v.end)])),
  };
};

describe('tableRows', () => {
  it('splits Markdown and tab rows into trimmed cells and skips dividers', () => {
    const text = '| 领域 | 重点产品 |\n| --- | --- |\n治疗装备\t手术机器人、质子治疗系统\n一行正文。';
    expect(tableRows(text).map((r) => r.cells.map(([a, b]) => text.slice(a, b)))).toEqual([
      ['领域', '重点产品'],
      ['治疗装备', '手术机器人、质子治疗系统'],
    ]);
  });

  it('ends the items under a head at a numbered line closed by its own colon', () => {
    const text = '1.医学影像设备：\n2.治疗设备：\n3.康复设备：\n（1）智能假肢\n（2）外骨骼机器人';
    expect(tableRows(text).map((r) => r.cells.map(([a, b]) => text.slice(a, b)))).toEqual([
      ['康复设备', '（1）智能假肢\n（2）外骨骼机器人'],
    ]);
  });
});

describe('domainTables', () => {
  const table = [
    '重点产品目录',
    '',
    '| 领域 | 重点产品 |',
    '| --- | --- |',
    '| 诊断检验装备 | 全自动生化分析仪、化学发光免疫分析仪 |',
    '| 治疗装备 | 手术机器人、质子治疗系统 |',
    '| 医学影像设备 | CT、磁共振成像系统 |',
  ].join('\n');

  it('puts the equipment of each row in the field of its first cell, with the row as evidence', () => {
    const r = read(table);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '全自动生化分析仪 -> 诊断检验装备 text:domain-table',
        '手术机器人 -> 治疗装备 text:domain-table',
        '质子治疗系统 -> 治疗装备 text:domain-table',
      ]),
    );
    expect(r.links.filter((l) => l.includes('手术机器人 -> 诊断检验装备'))).toEqual([]);
    for (const [quote, slice] of r.quotes) expect(quote).toBe(slice);
    expect(r.quotes.map(([q]) => q)).toContain('| 治疗装备 | 手术机器人、质子治疗系统 |');
  });

  it('makes a class phrase heading a row of equipment a field (医学影像设备)', () => {
    const r = read(table);
    expect(r.fields).toContainEqual(['医学影像设备', 'text:field-table']);
    expect(r.links).toContain('磁共振成像设备 -> 医学影像设备 text:domain-table');
  });

  it('reads no field from a row whose other cells name no equipment', () => {
    const r = read('| 类别 | 指标 |\n| 高端医学影像设备 | 国产化率达到50% |');
    expect(r.fields).toEqual([]);
    expect(r.links).toEqual([]);
  });
});
