// A bulletin a department compiles (`…工作简报`) names its compiler under the title and the issue number:
// a department, or a team of it (专班), with the day of the issue. That body issues the bulletin. A
// government's minutes (`…专题会议纪要`) name the office that issues them the same way.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const issuers = (text: string): string[] => {
  const g = extractGraph(
    [
      {
        meta: { id: asPlanId('page-2026'), title: '测试', titleEn: 'test', file: 'p.txt', year: 2026 },
        text,
      },
    ],
    curated(),
  ).graph;
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => name.get(e.source) ?? e.source)
    .sort();
};

const BULLETIN = [
  '医疗装备产业链工作简报',
  '（内部资料　注意保存）',
  '',
  '2026年第11期（总第47期）',
  '',
  '江苏省工业和信息化厅医疗装备产业链专班　　　　　　　　　2026年11月30日',
  '',
  '一、工作动态',
  '',
  '1．专班召开11月调度会。11月18日，专班召开月度调度会，通报医学影像装备、体外诊断装备、高端植入介入器械和康复装备四条子链进展。省科技厅、省卫生健康委、省药品监督管理局、省医疗保障局派员参加。',
];

describe('the compiler of a bulletin', () => {
  it("reads the department of the team under a bulletin's title as its issuer", () => {
    expect(issuers(BULLETIN.join('\n'))).toEqual(['江苏省工业和信息化厅']);
  });

  it('reads no issuer from such a line under a title that is no bulletin', () => {
    expect(issuers(['医疗装备产业链工作动态', ...BULLETIN.slice(1)].join('\n'))).toEqual([]);
  });

  it("reads the office under a government's minutes and their number as their issuer", () => {
    const minutes = [
      '厦门市人民政府专题会议纪要',
      '〔2026〕第87期',
      '',
      '厦门市人民政府办公厅　　　　　　　　　　2026年12月2日',
      '',
      '关于协调医疗装备重点企业关键零部件供应问题的专题会议纪要',
      '',
      '11月28日下午，副市长陈立新在市政府第三会议室主持召开专题会议，研究协调我市医疗装备重点企业关键零部件供应及本地配套问题。',
    ];
    // The general office issues in its government's name: one node, the office its alias.
    expect(issuers(minutes.join('\n'))).toEqual(['厦门市人民政府']);
  });

  it('reads the body whose office prints a document, on its closing imprint line, as its issuer', () => {
    const minutes = [
      '山东省医疗装备产业发展联席会议',
      '第三次全体会议纪要',
      '',
      '一、关于重点领域',
      '',
      '会议明确，2027年围绕医学影像装备、体外诊断装备等五个重点领域集中发力。',
      // Past the sentences that open a text, where `X……印发` would read as an issuing sentence.
      ...Array.from(
        { length: 26 },
        (_, k) => `会议听取了第${k + 1}个重点项目的进展汇报，要求各成员单位加快推进。`,
      ),
      '',
      '分送：联席会议各成员单位，各市人民政府。',
      '',
      '山东省工业和信息化厅办公室　　　　　　2026年12月5日印发',
    ];
    expect(issuers(minutes.join('\n'))).toEqual(['山东省工业和信息化厅']);
    // Not an imprint: the line does not close the text.
    expect(issuers([...minutes, '', '附件：联席会议成员名单'].join('\n'))).toEqual([]);
  });
});
