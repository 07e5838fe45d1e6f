// The documents a text names besides its own: a cited document, a white paper's account of what bodies
// issued, a gazette's contents. Their bodies issued those, not the text's plan.
// Also the office that issues a ministry's notice (its name is one the ministry is written in) and a
// government's press release speaking for the bureaus it names.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (title: string, text: string) =>
  extractGraph(
    [{ meta: { id: asPlanId('page-2026'), title, titleEn: 'test', file: 'p.txt', year: 2026 }, text }],
    curated(),
  ).graph;

const issuers = (title: string, text: string): string[] => {
  const g = graphOf(title, text);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => name.get(e.source) ?? e.source)
    .sort();
};

describe('documents other than the plan', () => {
  it('reads no issuer from a document the notice cites (A发布的《…目录（2023年）》)', () => {
    const text = [
      '湖南省卫生健康委员会　湖南省发展和改革委员会',
      '关于印发《湖南省“十五五”大型医用设备配置规划及医疗机构医用设备配置指导标准》的通知',
      '',
      '各市州卫生健康委、发展改革委，省直有关医疗卫生机构：',
      '　　为贯彻落实《大型医用设备配置与使用管理办法（试行）》和国家卫生健康委员会发布的《大型医用设备配置许可管理目录（2023年）》，合理控制大型医用设备规模，引导医疗机构按功能定位配置医用设备，省卫生健康委、省发展改革委制定了本规划及指导标准，现印发给你们，请认真贯彻执行。',
    ].join('\n');
    expect(issuers('湖南省“十五五”大型医用设备配置规划及医疗机构医用设备配置指导标准', text)).toEqual(
      ['湖南省卫生健康委员会', '湖南省发展和改革委员会'].sort(),
    );
  });

  it("reads no issuer from a white paper's account of a plan (《…规划》由A、B等十部门联合印发)", () => {
    const text = [
      '中国医疗装备关键零部件供应链安全白皮书（2026）',
      '',
      '第三章　关键零部件供应链风险评估',
      '',
      '《“十四五”医疗装备产业发展规划》由工业和信息化部、国家卫生健康委员会等十部门联合印发，提出“整零协同”攻关关键零部件。',
    ].join('\n');
    expect(issuers('中国医疗装备关键零部件供应链安全白皮书（2026）', text)).toEqual([]);
  });

  it('reads no issuer from a plan of another period told as background (更早的2017年，A印发《“十三五”…》)', () => {
    const text = [
      '《“十五五”医疗装备产业发展规划》解读',
      '',
      '　　近日，《“十五五”医疗装备产业发展规划》（以下简称《规划》）由工业和信息化部会同国家卫生健康委员会、国家药品监督管理局等部门联合印发。',
      '　　医疗装备产业的专项规划已有两轮。更早的2017年，科学技术部印发《“十三五”医疗器械科技创新专项规划》，将高端医疗器械列为重点领域之一。',
    ].join('\n');
    expect(issuers('“十五五”医疗装备产业发展规划', text)).toEqual(
      ['工业和信息化部', '国家卫生健康委员会', '国家药品监督管理局'].sort(),
    );
  });

  it("reads only the plan's own entry of a gazette's contents", () => {
    const text = [
      '四川省人民政府公报',
      '',
      '目　　录',
      '',
      '【部门文件】',
      '四川省经济和信息化厅　四川省卫生健康委员会　四川省药品监督管理局关于印发《四川省医疗装备产业链补链强链行动计划（2026—2028年）》的通知（川经信装备〔2026〕122号）………………（15）',
      '四川省医疗保障局关于调整部分医用耗材医保支付标准的通知（川医保发〔2026〕18号）……………………（22）',
      '四川省发展和改革委员会　四川省财政厅关于下达2026年医疗卫生领域中央预算内投资计划的通知（摘要）…（25）',
    ].join('\n');
    expect(issuers('四川省医疗装备产业链补链强链行动计划（2026—2028年）', text)).toEqual(
      ['四川省经济和信息化厅', '四川省卫生健康委员会', '四川省药品监督管理局'].sort(),
    );
  });
});

describe('who speaks for a notice or a release', () => {
  it("names the ministry by its office's name when the office issues its notice (国家药监局综合司)", () => {
    const text = [
      '国家药监局综合司关于印发2027年医疗器械行业标准制修订计划项目的通知',
      '',
      '药监综械注〔2026〕96号',
      '',
      '各有关医疗器械标准化技术委员会、技术归口单位：',
    ].join('\n');
    const g = graphOf('2027年医疗器械行业标准制修订计划项目', text);
    const nmpa = g.nodes.find((n) => n.id === 'department:nmpa');
    expect(nmpa?.aliases).toContain('国家药监局综合司');
    expect(issuers('2027年医疗器械行业标准制修订计划项目', text)).toEqual(['国家药品监督管理局']);
  });

  it("reads the bureaus a government's press release says will act together as its issuers", () => {
    const text = [
      '政府推進醫療器械“第一層審批”及支持本地醫療科技產業',
      '',
      '政府今日（十二月三日）宣佈，醫務衞生局與創新科技及工業局將聯合推進一系列措施，籌建香港藥物及醫療器械監督管理中心（藥械監管中心），對醫療器械實施“第一層審批”，並支持本地醫療科技產業發展。',
    ].join('\n');
    expect(issuers('政府推进医疗器械“第一层审批”及支持本地医疗科技产业', text)).toEqual(
      ['创新科技及工业局', '医务卫生局'].sort(),
    );
    const names = graphOf('x', text)
      .nodes.filter((n) => n.label === 'Department')
      .map((n) => n.name);
    expect(names).toContain('香港药物及医疗器械监督管理中心');
  });

  it('reads a body after 在, 已报 or 建议 (已在常州市武进区发展和改革局完成备案)', () => {
    const text =
      '本项目已在常州市武进区发展和改革局完成备案，项目环境影响评价文件已报常州市生态环境局审批。建议市人社局将医疗器械注册人才纳入紧缺人才目录。';
    const names = graphOf('x', text)
      .nodes.filter((n) => n.label === 'Department')
      .map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(['常州市武进区发展和改革局', '常州市生态环境局', '常州市人力资源和社会保障局']),
    );
  });

  it("reads the body a chart's data note names (资料来源：国家药品监督管理局，华夏证券研究所)", () => {
    const text = [
      '图表3：国内主要CGM获批产品一览',
      '资料来源：国家药品监督管理局，华夏证券研究所',
      '',
      '三、投资建议',
    ].join('\n');
    const ids = graphOf('x', text)
      .nodes.filter((n) => n.label === 'Department')
      .map((n) => n.id);
    expect(ids).toEqual(['department:nmpa']);
  });

  it('reads a local financial bureau by its stem (省地方金融管理局, 市金融局)', () => {
    const text = [
      '湖南省推进医疗装备产业高质量发展工作要点',
      '17.加大金融支持。发挥省级产业投资基金作用，支持医疗装备企业上市融资。（省地方金融管理局、省财政厅、省工业和信息化厅按职责分工负责）',
    ].join('\n');
    const names = graphOf('湖南省推进医疗装备产业高质量发展工作要点', text)
      .nodes.filter((n) => n.label === 'Department')
      .map((n) => n.name);
    expect(names).toContain('湖南省地方金融管理局');
    const row =
      '8 | 加强人才和金融支持，设立规模10亿元的产业基金 | 成都市财政局 | 市金融局、市人社局 | 持续推进';
    const city = graphOf('x', row).nodes.find((n) => n.name === '成都市金融局');
    expect(city?.aliases).toContain('市金融局');
  });
});
