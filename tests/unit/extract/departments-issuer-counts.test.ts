// Issuers named apart from the issue: a plan's cover (title, body, year and month), news that counts the
// issuers first and names them later (`七部门联合印发《…》。这七个部门分别是…`, `其余四个部门为…`,
// `参与发文的部门包括…`), a lead and the bodies it joins (`由A牵头，会同B、C共同编制`), Hong Kong
// wording (`今日（十二月三日）公布`, `A聯同B`). A count of another plan's issuers, and bodies that only
// carry a plan out, issue nothing.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const issuersOf = (text: string, title: string): string[] => {
  const { graph } = extractGraph(
    [{ meta: { id: asPlanId('news-2025'), title, titleEn: 'test', file: 'n.txt', year: 2025 }, text }],
    curated(),
  );
  const name = (id: string): string => graph.nodes.find((n) => n.id === id)?.name ?? id;
  return [...new Set(graph.edges.filter((e) => e.type === 'ISSUED').map((e) => name(e.source)))].sort();
};

const ELDER = '关于推进老年用品产业发展的指导意见';
const SEVEN = [
  '工业和信息化部',
  '民政部',
  '国家卫生健康委员会',
  '财政部',
  '商务部',
  '国家市场监督管理总局',
  '国家医疗保障局',
].sort();
const NAMED = '工业和信息化部、民政部、国家卫生健康委、财政部、商务部、市场监管总局和国家医保局';

describe('issuers counted first and named later', () => {
  it.each([
    [`七部门联合印发《${ELDER}》\n\n日前，《${ELDER}》印发。这七个部门分别是${NAMED}。\n`],
    [`《${ELDER}》近日由七部门联合印发。七部门分别为：${NAMED}。\n`],
    [
      `七部委发文推动老年用品产业发展\n记者近日获悉，七部委日前联合印发《${ELDER}》。参与发文的部门包括${NAMED}。\n`,
    ],
    [
      `工业和信息化部、民政部、国家卫生健康委等七部门日前联合印发《${ELDER}》。\n其余四个部门分别为财政部、商务部、市场监管总局和国家医保局。\n`,
    ],
    [
      `新华社北京1月5日电 工业和信息化部、民政部等七部门近日印发指导意见。\n这七部门还包括国家卫生健康委、财政部、商务部、市场监管总局和国家医保局。\n`,
    ],
  ])('reads all seven issuers of %s', (text) => {
    expect(issuersOf(text, ELDER)).toEqual(SEVEN);
  });

  it('reads no issuer from the count of an earlier plan: 2017年…三部门曾联合印发《…（2017-2020年）》。这三个部门分别是…', () => {
    const text =
      '智慧健康养老产业迎来新机遇\n近年来，智慧健康养老产业发展迅速。2017年，工业和信息化部等三部门曾联合印发《智慧健康养老产业发展行动计划（2017-2020年）》。这三个部门分别是工业和信息化部、民政部和国家卫生计生委。\n';
    expect(issuersOf(text, '智慧健康养老产业发展行动计划（2021-2025年）')).toEqual([]);
  });
});

describe('a lead and the bodies it joins', () => {
  const PLAN = '智慧健康养老产业发展行动计划（2021-2025年）';
  it('reads 该计划由A牵头，会同B、C共同编制 as three issuers', () => {
    const text = `日前，《${PLAN}》正式发布。\n该计划由工业和信息化部牵头，会同民政部、国家卫生健康委共同编制。\n`;
    expect(issuersOf(text, PLAN)).toEqual(['工业和信息化部', '民政部', '国家卫生健康委员会'].sort());
  });

  it.each([
    '第五章 保障措施\n本方案由省工业和信息化厅牵头，会同省发展改革委、省科技厅组织实施，并负责解释。\n',
    '规划提出，到2025年产业基础高级化取得明显进展。规划由国家发展改革委牵头，会同工业和信息化部负责督促落实。\n',
  ])('reads no issuer from bodies that carry the plan out: %s', (text) => {
    expect(issuersOf(text, '山东省医疗装备产业链提升行动方案')).toEqual([]);
  });
});

describe("a plan's cover", () => {
  it('reads the body between the title and the year and month: 常州市人民政府 / 二〇二一年九月', () => {
    const text =
      '常州市“十四五”健康产业发展规划\n\n（2021—2025年）\n\n常州市人民政府\n二〇二一年九月\n\n第一章 发展基础\n“十三五”以来，全市健康产业快速发展。\n';
    expect(issuersOf(text, '常州市“十四五”健康产业发展规划')).toEqual(['常州市人民政府']);
  });

  it('reads a joint cover: two bureaus above 2021年12月', () => {
    const text =
      '宁波市医疗器械产业发展规划（2021-2025年）\n宁波市经济和信息化局\n宁波市发展和改革委员会\n2021年12月\n一、发展现状\n';
    expect(issuersOf(text, '宁波市医疗器械产业发展规划')).toEqual([
      '宁波市发展和改革委员会',
      '宁波市经济和信息化局',
    ]);
  });

  it("reads no cover from a page's by-line with its day: 国家卫生健康委员会 / 2021年12月28日", () => {
    const text = '医疗装备产业发展规划\n国家卫生健康委员会\n2021年12月28日\n近日，有关方面召开座谈会。\n';
    expect(issuersOf(text, '医疗装备产业发展规划')).toEqual([]);
  });
});

describe('Hong Kong wording', () => {
  it('reads 醫務衞生局今日（十二月三日）公布《…》', () => {
    const text = '醫務衞生局今日（十二月三日）公布《健康醫療創新藍圖》，提出多項措施推動本地醫療器械研發。\n';
    expect(issuersOf(text, '健康醫療創新藍圖')).toEqual(['医务卫生局']);
  });

  it('reads the lead of A聯同B、C等七個部門…印發', () => {
    const text = `據內地媒體報道，工業和信息化部聯同民政部、國家衞生健康委員會等七個部門近日聯合印發《關於推進老年用品產業發展的指導意見》。\n`;
    expect(issuersOf(text, ELDER)).toEqual(['国家卫生健康委员会', '工业和信息化部', '民政部'].sort());
  });
});
