// A report a body writes (`…的调研报告`) names its author under its title, over the date: that body issues
// it. The lists the report gives (its survey group, the bodies it is sent to) sign nothing, and a title
// it cites (`等10部门关于…的若干措施出台以来`) is no header of its own.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (text: string) =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('page-2026'), title: '测试', titleEn: 'test', file: 'p.txt', year: 2026 },
        text,
      },
    ],
    curated(),
  ).graph;

const issuers = (text: string): string[] => {
  const g = graphOf(text);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => name.get(e.source) ?? e.source)
    .sort();
};

const departments = (text: string): string[] =>
  graphOf(text)
    .nodes.filter((n) => n.label === 'Department')
    .map((n) => n.name)
    .sort();

const REPORT = [
  '关于常州市医疗器械产业集群发展情况的调研报告',
  '',
  '常州市人民政府研究室',
  '（2026年11月）',
  '',
  '　　医疗器械产业是我市重点培育的“343”现代化产业体系的重要组成部分。为摸清全市医疗器械产业集群发展现状，查找制约因素，提出对策建议，市政府研究室会同市工信局、市科技局、市卫健委、市市场监管局组成联合调研组，于2026年8月至10月，先后走访武进区、新北区、金坛区和溧阳市的42家企业、3家医院和2个产业园区，召开座谈会6场。现将调研情况报告如下。',
  '',
  '　　一、基本情况',
  '',
  '　　（五）加强统筹协调。建议市卫健委会同市工信局建立本地医疗装备首台（套）应用推广目录，引导公立医院优先试用本地企业的创新产品。',
  '',
  '　　以上报告，供市政府领导决策参考。',
  '',
].join('\n');

const LISTED =
  '常州市工业和信息化局、常州市发展和改革委员会、常州市科学技术局、常州市财政局、常州市卫生健康委员会、常州市市场监督管理局';

describe('a survey report', () => {
  it('is issued by the author under its title (a government’s research office, a body of its own)', () => {
    expect(issuers(REPORT)).toEqual(['常州市人民政府研究室']);
  });

  it('reads 建议市卫健委 as the advice to the home city’s commission, no city 建议市', () => {
    const names = departments(REPORT);
    expect(names).toContain('常州市卫生健康委员会');
    expect(names.filter((n) => n.startsWith('建议'))).toEqual([]);
  });

  it('signs nothing with the list of bodies it gives or is sent to', () => {
    expect(issuers(`${REPORT}\n调研组成员单位：${LISTED}\n`)).toEqual(['常州市人民政府研究室']);
    expect(issuers(`${REPORT}\n抄送：${LISTED}\n`)).toEqual(['常州市人民政府研究室']);
    expect(issuers(`${REPORT}\n${LISTED}\n`)).toEqual(['常州市人民政府研究室']);
  });

  it('takes no body for a header of its own when it cites a title (`…的若干措施出台以来`)', () => {
    const cited = REPORT.replace(
      '　　医疗器械产业是我市',
      '　　市工信局、市发改委、市科技局等10部门关于加快医疗器械产业发展的若干措施出台以来，全市产业发展态势良好。医疗器械产业是我市',
    );
    expect(issuers(cited)).toEqual(['常州市人民政府研究室']);
  });
});

describe('a conference agenda', () => {
  it('is put out by its organisers (主办单位), not by the bodies that support it (支持单位)', () => {
    const head = '2027长三角高端医疗装备创新发展大会\n\n';
    const tail = '\n\n会议时间：2027年4月15日—16日\n';
    expect(
      issuers(`${head}主办单位：江苏省工业和信息化厅、江苏省卫生健康委员会、江苏省药品监督管理局${tail}`),
    ).toEqual(['江苏省卫生健康委员会', '江苏省工业和信息化厅', '江苏省药品监督管理局'].sort());
    expect(
      issuers(`${head}支持单位：上海市经济和信息化委员会、浙江省经济和信息化厅、安徽省经济和信息化厅${tail}`),
    ).toEqual([]);
  });
});
