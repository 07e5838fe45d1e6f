// Issuers of forwarded notices and of notices whose header a reprint dropped, and local bodies written
// with a bare level word (市经信局, 省药品监督管理局) after a clause word or a verb. A department's
// general office stands for the department, so an office never becomes a department of its own.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { cityIssuerOfPrefix } from '../../../server/extract/rules/departments-doc-prefixes';
import { homePlace, localBodyAt } from '../../../server/extract/rules/departments-local';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (text: string, title = '测试') =>
  extractGraph(
    [{ meta: { id: asPlanId('notice-2023'), title, titleEn: 'test', file: 'n.txt', year: 2023 }, text }],
    curated(),
  ).graph;

const issuersOf = (text: string, title?: string): string[] =>
  graphOf(text, title)
    .edges.filter((e) => e.type === 'ISSUED')
    .map((e) => e.source)
    .sort();

/** Issuers by role: the plan's own (`lead`, `co-issuer`) or the body that forwards it (`forwarder`). */
const issuersBy = (text: string, forwarder: boolean, title?: string): string[] =>
  graphOf(text, title)
    .edges.filter((e) => e.type === 'ISSUED' && (e.props?.role === 'forwarder') === forwarder)
    .map((e) => e.source)
    .sort();

const departmentNames = (text: string): string[] =>
  graphOf(text)
    .nodes.filter((n) => n.label === 'Department')
    .map((n) => n.name)
    .sort();

const PLAN = '“十三五”医疗器械科技创新专项规划';

describe('a forwarding notice names whose document it passes on', () => {
  it('reads 现将Y《关于印发〈…〉的通知》（…）转发给你们 as Y issuing, and the forwarder as forwarder only', () => {
    const text = `江苏省科学技术厅关于转发《${PLAN}》的通知\n苏科社发〔2017〕188号\n各设区市科技局：\n现将科技部办公厅《关于印发〈${PLAN}〉的通知》（国科办社〔2017〕44号）转发给你们，请结合实际认真贯彻落实。\n江苏省科学技术厅\n2017年6月20日\n`;
    expect(issuersBy(text, false, PLAN)).toEqual(['department:most']);
    expect(issuersBy(text, true, PLAN)).toEqual(['department:jiang-su-sheng-ke-xue-ji-shu-ting']);
  });

  it('reads 关于转发Y《规划》的通知 under a masthead as Y issuing, and the masthead as its forwarder', () => {
    const text = `江苏省科学技术厅文件\n苏科社发〔2017〕188号\n关于转发科技部办公厅《${PLAN}》的通知\n各设区市科技局：\n现转发给你们，请遵照执行。\n`;
    expect(issuersBy(text, false, PLAN)).toEqual(['department:most']);
    expect(issuersBy(text, true, PLAN)).toEqual(['department:jiang-su-sheng-ke-xue-ji-shu-ting']);
  });

  it('reads a bare 省科技厅 signing a forwarding notice by the province of its number (苏科社发)', () => {
    const text = `关于转发《${PLAN}》的通知\n苏科社发〔2017〕188号\n各设区市科技局：\n现将科技部办公厅制定的《${PLAN}》转发给你们，请认真贯彻执行。\n省科技厅\n2017年6月20日\n`;
    expect(issuersBy(text, false, PLAN)).toEqual(['department:most']);
    expect(issuersBy(text, true, PLAN)).toEqual(['department:jiang-su-sheng-ke-xue-ji-shu-ting']);
  });

  it("reads the forwarded document's number (国科办社〔2017〕44号) when the body names no issuer", () => {
    const text = `关于转发《${PLAN}》的通知\n各设区市科技局、有关单位：\n现将《${PLAN}》（国科办社〔2017〕44号）转发给你们，请认真贯彻执行。\n省科技厅\n2017年6月20日\n`;
    expect(issuersBy(text, false, PLAN)).toEqual(['department:most']);
    // The signature's 省科技厅 of a province the notice never names forwards it, as the plan's own node.
    expect(issuersBy(text, true, PLAN)).toEqual(['department:sheng-ke-xue-ji-shu-ting.notice-2023']);
  });

  it('still reads a number after a title the text only cites (为贯彻落实《…》（…）) as no issuer', () => {
    const text = `关于开展医疗器械创新服务的通知\n各有关单位：\n为贯彻落实《${PLAN}》（国科办社〔2017〕44号），现就有关事项通知如下。\n`;
    expect(issuersOf(text)).toEqual([]);
  });
});

describe('the opening of a notice whose header was dropped', () => {
  it('reads 为……，A、B决定组织开展……。现将有关事项通知如下 as A and B issuing', () => {
    const text =
      '为加快生物医用材料创新，工业和信息化部办公厅、国家药监局综合司决定组织开展生物医用材料创新任务揭榜挂帅工作。现将有关事项通知如下。\n一、任务内容\n围绕医用高分子材料开展攻关。\n';
    expect(issuersOf(text)).toEqual(['department:miit', 'department:nmpa']);
  });

  it('reads 经研究，A、B将联合组织开展……，现将有关事项通知如下', () => {
    const text =
      '经研究，工业和信息化部办公厅、国家药监局综合司将联合组织开展生物医用材料创新任务揭榜挂帅工作，现将有关事项通知如下。\n';
    expect(issuersOf(text)).toEqual(['department:miit', 'department:nmpa']);
  });

  it("takes news of a department's decision, with no 通知如下, for no issue", () => {
    const text =
      '记者获悉，国家卫生健康委决定组织开展医疗装备应用试点工作，试点为期两年。业内人士认为，此举将带动国产设备进入医院。\n';
    expect(issuersOf(text)).toEqual([]);
  });
});

describe('offices stand for their departments', () => {
  it('gives a joint notice of two general offices the two ministries as issuers and no office node', () => {
    const text =
      '科技部辦公廳 國家衞生健康委辦公廳關於組織開展2023年度診療裝備重點專項項目申報工作的通知\n國科辦函社〔2023〕118號\n各有關單位：\n經科技部、國家衞生健康委同意，現將有關事項通知如下。\n聯繫人：科技部社會發展科技司\n科技部辦公廳\n國家衞生健康委辦公廳\n2023年4月14日\n';
    expect(issuersOf(text)).toEqual(['department:most', 'department:nhc']);
    expect(departmentNames(text)).toEqual(['国家卫生健康委员会', '科学技术部']);
  });
});

describe('a bare level word after a clause word or a verb is the home body', () => {
  it('reads 明确由市经信局牵头 in a Chengdu text as 成都市经济和信息化局, never 明确由市… as a city', () => {
    const text =
      '成都市经济和信息化局等部门近日发布方案。方案明确由市经信局牵头梳理产业链图谱，市科技局配合。\n';
    const names = departmentNames(text);
    expect(names).toContain('成都市经济和信息化局');
    expect(names.filter((n) => n.startsWith('方案') || n.startsWith('明确'))).toEqual([]);
  });

  it('reads 已经市人民政府同意 and 请径向市工业和信息化局反映 as the city government and its bureau', () => {
    const text =
      '江门市人民政府办公室关于印发若干措施的通知\n《若干措施》已经市人民政府同意，现印发给你们。实施中遇到的问题，请径向市工业和信息化局反映。\n';
    expect(departmentNames(text)).toEqual(['江门市人民政府', '江门市工业和信息化局']);
  });

  it('reads 对接省药品监督管理局 in a city text that names its province as the province body', () => {
    const home = { province: '广东省', city: '江门市' };
    const text = '市市场监管局负责对接省药品监督管理局';
    const at = text.indexOf('省药品');
    expect(localBodyAt(text, at, home)?.name).toBe('广东省药品监督管理局');
  });

  it('takes 各市卫生健康委 and 城市卫生健康委 for no body, and a city only where it is written', () => {
    const home = { province: '广东省', city: '江门市' };
    for (const text of ['请各市卫生健康委做好衔接', '推动城市卫生健康委协作']) {
      const at = text.indexOf('市卫生');
      expect(localBodyAt(text, at, home)).toBeUndefined();
    }
  });
});

describe('news of a lead joined by a time word', () => {
  it('reads 工业和信息化部近日联合B、C等十部门印发 as A leading and B, C co-issuing', () => {
    const text =
      '新华社北京12月28日电 工业和信息化部近日联合国家卫生健康委员会、国家药监局等十部门印发《“十四五”医疗装备产业发展规划》。\n';
    const issued = graphOf(text).edges.filter((e) => e.type === 'ISSUED');
    expect(issued.map((e) => [e.source, e.props?.role]).sort()).toEqual([
      ['department:miit', 'lead'],
      ['department:nhc', 'co-issuer'],
      ['department:nmpa', 'co-issuer'],
    ]);
  });

  it.each([
    '近日，工业和信息化部、国家药监局联合印发《关于推动医疗装备产业高质量发展的实施方案》。此前，国家卫生健康委印发了《大型医用设备配置规划》。\n',
    '此前，国家卫生健康委印发了《大型医用设备配置规划》。近日，工业和信息化部、国家药监局联合印发《关于推动医疗装备产业高质量发展的实施方案》。\n',
    '国家卫生健康委曾于2018年印发《大型医用设备配置规划》。近日，工业和信息化部、国家药监局联合印发《实施方案》。\n',
  ])('takes what a body did before, told as background (此前, 曾), for no issue of the plan: %s', (text) => {
    expect(issuersOf(text, '关于推动医疗装备产业高质量发展的实施方案')).toEqual([
      'department:miit',
      'department:nmpa',
    ]);
  });

  it('takes a department before 日前会同 a list that only hosts an event for no issuer', () => {
    const text = '工业和信息化部日前会同国家卫生健康委召开医疗装备产业推进会。\n';
    expect(issuersOf(text)).toEqual([]);
  });
});

describe('city governments and their bodies', () => {
  it("reads a 府办 number whose first character opens the text's city as that city's government", () => {
    expect(cityIssuerOfPrefix('惠府办', '惠州市')).toBe('惠州市人民政府');
    expect(cityIssuerOfPrefix('江府办', '珠海市')).toBeUndefined();
    expect(cityIssuerOfPrefix('江府办', undefined)).toBeUndefined();
    const text =
      '关于印发医疗器械产业发展实施方案的通知\n惠府办〔2022〕15号\n各县、区人民政府：\n现将方案印发给你们。惠州将打造医疗器械产业集群，惠州高新区为主要载体。\n';
    expect(issuersOf(text)).toEqual(['department:hui-zhou-shi-ren-min-zheng-fu']);
  });

  it('finds the city of a forum reprint from the city it names clearly most often, not from its first line', () => {
    const text =
      '器械论坛 » 政策解读\n楼主 广州小李 发表于 2022-6-1\n【转】深圳出台高端医疗器械产业集群若干措施\n近日，市工业和信息化局、市发展改革委联合印发《若干措施》。深圳将重点发展高端医学影像，并与东莞协同。\n2楼 东莞老王：深圳的政策一直很给力。\n';
    expect(homePlace(text).city).toBe('深圳市');
    expect(issuersOf(text)).toEqual([
      'department:shen-zhen-shi-fa-zhan-he-gai-ge-wei-yuan-hui',
      'department:shen-zhen-shi-gong-ye-he-xin-xi-hua-ju',
    ]);
  });

  it("takes a forum reprint's headline from the first line that announces the document", () => {
    const text =
      '医械论坛 » 政策法规\n楼主 广州小李 发表于 2022-6-1\n[转帖] 深圳出台促进高端医疗器械产业集群发展若干措施\n近日，市工业和信息化局、市发展改革委联合印发《若干措施》。\n2楼 东莞老王：深圳的政策一直很给力，东莞也要跟上。\n';
    expect(issuersOf(text)).toEqual([
      'department:shen-zhen-shi-fa-zhan-he-gai-ge-wei-yuan-hui',
      'department:shen-zhen-shi-gong-ye-he-xin-xi-hua-ju',
    ]);
  });

  it('leaves a text naming two cities about as often without a home city', () => {
    expect(homePlace('深圳与东莞协同。深圳出台措施，东莞跟进。').city).toBeUndefined();
  });

  it('reads 市政务服务数据管理局 as a body of the home city', () => {
    const text = '惠州市人民政府印发方案。由市工信局牵头，市政务服务数据管理局配合。\n';
    expect(departmentNames(text)).toContain('惠州市政务服务数据管理局');
  });

  it('takes the addressees 各设区市科技局、卫生健康委 for no department, not for the national commission', () => {
    const text =
      '江苏省科学技术厅关于组织申报医疗器械科技专项的通知\n各设区市科技局、卫生健康委：\n现将有关事项通知如下。\n';
    expect(departmentNames(text)).toEqual(['江苏省科学技术厅']);
  });
});

describe("a government forwarding its departments' document", () => {
  it('reads X转发省经信委等部门关于…的通知 and 省经信委、省科技厅《…》已经省人民政府同意，现转发给你们 as the departments issuing', () => {
    const text =
      '江苏省人民政府办公厅转发省经信委等部门关于加快医疗器械产业发展意见的通知\n苏政办发〔2012〕88号\n各市、县（市、区）人民政府，省各委办厅局：\n省经信委、省发展改革委、省科技厅、省卫生厅《关于加快医疗器械产业发展的意见》已经省人民政府同意，现转发给你们，请认真贯彻执行。\n江苏省人民政府办公厅\n2012年6月5日\n';
    const g = graphOf(text);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(
      g.edges
        .filter((e) => e.type === 'ISSUED')
        .map((e) => `${name(e.source)} ${String(e.props?.role)}`)
        .sort(),
    ).toEqual([
      '江苏省人民政府 forwarder',
      '江苏省卫生厅 co-issuer',
      '江苏省发展和改革委员会 co-issuer',
      '江苏省科学技术厅 co-issuer',
      '江苏省经济和信息化委员会 lead',
    ]);
  });
});

describe('an addressee line', () => {
  it('opens a letter and signs nothing: 江门市卫生健康局、江门市工业和信息化局：', () => {
    const text =
      '江门市卫生健康局、江门市工业和信息化局：\n《江门市推动医疗器械产业高质量发展若干措施》已经市人民政府同意，现印发给你们，请认真组织实施。\n';
    expect(issuersOf(text)).toEqual([]);
  });

  it('leaves 经A同意 to approval: the body that consents issues nothing by it', () => {
    expect(issuersOf('各有关单位：\n经科技部、国家卫生健康委同意，现将有关事项通知如下。\n')).toEqual([]);
  });
});

describe('provincial news of a plan', () => {
  const TITLE = '浙江省医疗器械产业发展规划（2011-2015年）';
  const EITC = 'department:zhe-jiang-sheng-jing-ji-he-xin-xi-hua-wei-d9bc98';

  it('reads 省食品药品监管局 in a joint list, so the whole list issues', () => {
    const text = `浙江出台医疗器械产业发展规划\n浙江省经信委、省发改委、省卫生厅、省食品药品监管局近日联合下发了《${TITLE}》。\n`;
    expect(issuersOf(text, TITLE)).toHaveLength(4);
    expect(departmentNames(text)).toContain('浙江省食品药品监督管理局');
  });

  it('reads 转发了省经信委《规划》 as the bureau issuing, and the government that forwards it as forwarder', () => {
    const text = `浙江出台医疗器械产业发展规划\n为加快产业发展，浙江省人民政府办公厅近期转发了省经信委《${TITLE}》。\n`;
    const g = graphOf(text, TITLE);
    const issued = g.edges.filter((e) => e.type === 'ISSUED');
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(issued.filter((e) => e.props?.role !== 'forwarder').map((e) => name(e.source))).toEqual([
      '浙江省经济和信息化委员会',
    ]);
    expect(issued.filter((e) => e.props?.role === 'forwarder').map((e) => name(e.source))).toEqual([
      '浙江省人民政府',
    ]);
  });

  it('reads 记者从省经信委获悉，《规划》近日出台 as the bureau, the news source, issuing the plan', () => {
    const text = `浙江出台医疗器械产业发展规划\n记者从省经信委获悉，《${TITLE}》近日正式出台。\n`;
    expect(departmentNames(text)).toEqual(['浙江省经济和信息化委员会']);
    expect(issuersOf(text, TITLE)).toEqual([EITC]);
  });

  it.each([
    [`据浙江省经济和信息化委员会消息，《${TITLE}》近日出台。`],
    [`《规划》由省经信委组织有关专家编制，近日正式发布。`],
    [`新出台的《${TITLE}》由省经信委会同有关部门历时一年编制完成。`],
    [`日前，浙江省经济和信息化委员会召开新闻发布会，发布《${TITLE}》。`],
    ['记者近日从省经信委了解到，我省首个医疗器械产业发展规划已经编制完成并正式发布。'],
  ])('reads the news forms of a bureau making its plan: %s', (sentence) => {
    const text = `浙江医疗器械产业发展规划出台\n${sentence}\n规划提出，重点发展医学影像设备。\n`;
    expect(issuersOf(text, TITLE)).toEqual([EITC]);
  });

  it("reads A会同B、C制定了本规划 as the plan's makers, and 此前已出台相关政策 as no issue of it", () => {
    const text = `${TITLE}\n为加快产业发展，省经济和信息化委员会会同省发展改革委、省科技厅制定了本规划。\n国家卫生计生委、国家食品药品监管总局此前已出台相关政策。\n`;
    const g = graphOf(text, TITLE);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(
      g.edges
        .filter((e) => e.type === 'ISSUED')
        .map((e) => `${name(e.source)} ${String(e.props?.role)}`)
        .sort(),
    ).toEqual([
      '浙江省发展和改革委员会 co-issuer',
      '浙江省科学技术厅 co-issuer',
      '浙江省经济和信息化委员会 lead',
    ]);
  });

  it.each([
    [`记者从省经信委获悉，省卫生厅近日印发了《${TITLE}》。`, ['浙江省卫生厅']],
    [`记者从省经信委获悉，今年全省医疗器械产业销售收入增长两成。`, []],
    [`记者从省经信委获悉，《浙江省生物产业发展规划》近日出台。`, []],
    [`记者从省经信委获悉，我省生物产业发展规划近日出台。`, []],
    [`《规划》由省经信委组织实施。`, []],
    [`浙江省经济和信息化委员会召开新闻发布会，介绍全省医疗器械产业发展情况。`, []],
  ])('leaves the source of news that names no plan of its own, or another body: %s', (sentence, names) => {
    const text = `浙江医疗器械产业发展规划出台\n${sentence}\n`;
    const g = graphOf(text, TITLE);
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    expect(g.edges.filter((e) => e.type === 'ISSUED').map((e) => name(e.source))).toEqual(names);
  });
});
