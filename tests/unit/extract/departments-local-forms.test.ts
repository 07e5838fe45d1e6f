// City, provincial and district bodies in the forms local news and notices write them (市发改委,
// 市科技局, 省药监局, 区卫生健康局), with their place found from the plan's title, a document's title or a
// document number; issuers joined to a lead by 联合/会同 after a time word or the lead's 牵头; bodies
// the stems do not know kept inside a list; and a reply to a proposal, whose author is its issuer.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { homePlace } from '../../../server/extract/rules/departments-local';
import { normalizeTerm } from '../../../server/extract/normalize';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (text: string, title = '测试') =>
  extractGraph(
    [{ meta: { id: asPlanId('local-2024'), title, titleEn: 'test', file: 'n.txt', year: 2024 }, text }],
    curated(),
  ).graph;

/** `name:role` of every ISSUED edge, sorted. */
const issuersOf = (text: string, title?: string): string[] => {
  const g = graphOf(text, title);
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => `${name(e.source)}:${String(e.props?.role)}`)
    .sort();
};

const departmentsOf = (text: string, title?: string): string[] =>
  graphOf(text, title)
    .nodes.filter((n) => n.label === 'Department')
    .map((n) => n.name)
    .sort();

describe('a lead, a time word or its 牵头, then 联合/会同 and the list it joins', () => {
  it.each([
    [
      '近日，省工业和信息化厅联合省卫生健康委、省药监局印发《浙江省高端医疗装备产业发展行动方案》。',
      ['浙江省工业和信息化厅:lead', '浙江省卫生健康委员会:co-issuer', '浙江省药品监督管理局:co-issuer'],
    ],
    [
      '日前，市发展改革委会同市科技局等四部门联合发布《杭州市医疗器械产业高质量发展若干措施》。',
      ['杭州市发展和改革委员会:lead', '杭州市科学技术局:co-issuer'],
    ],
    [
      '2023年5月，省药品监督管理局会同省工业和信息化厅、省卫生健康委员会印发《山东省医疗器械产业高质量发展行动计划》。',
      ['山东省工业和信息化厅:co-issuer', '山东省卫生健康委员会:co-issuer', '山东省药品监督管理局:lead'],
    ],
    [
      '今年3月，市商务局、市医保局、市药品监督管理局联合出台《广州市医疗器械产业支持办法》。',
      ['广州市商务局:lead', '广州市医疗保障局:co-issuer', '广州市药品监督管理局:co-issuer'],
    ],
  ])('%s', (sentence, issuers) => {
    expect(issuersOf(`医疗器械产业新闻\n${sentence}\n`)).toEqual([...issuers].sort());
  });

  it('reads 由A牵头，会同B、C制定了《…》 as A leading the issue and B, C co-issuing', () => {
    const text =
      '为加快产业集群发展，由深圳市工业和信息化局牵头，会同市发展和改革委员会、市科技创新局制定了《深圳市高端医疗器械产业集群行动计划》。\n';
    expect(issuersOf(text)).toEqual([
      '深圳市发展和改革委员会:co-issuer',
      '深圳市工业和信息化局:lead',
      '深圳市科技创新局:co-issuer',
    ]);
  });

  it('gives no issue to a lead and a list that only carry a task out (由A牵头，会同B、C组织实施)', () => {
    const text = '由深圳市工业和信息化局牵头，会同市发展和改革委员会、市科技创新局组织实施。\n';
    expect(issuersOf(text)).toEqual([]);
    // 会同 before 市 is the joiner, never a city 会同市.
    expect(departmentsOf(text)).toEqual([
      '深圳市发展和改革委员会',
      '深圳市工业和信息化局',
      '深圳市科技创新局',
    ]);
  });
});

describe('other issue sentences of local news', () => {
  it('reads 经市政府同意，A、B、C联合印发 as A, B and C issuing, never the government that consents', () => {
    expect(
      issuersOf(
        '经市政府同意，市工业和信息化局、市卫生健康委员会、市医疗保障局联合印发《宁波市医疗装备产业发展实施方案》。\n',
      ),
    ).toEqual(
      ['宁波市卫生健康委员会:co-issuer', '宁波市医疗保障局:co-issuer', '宁波市工业和信息化局:lead'].sort(),
    );
  });

  it('reads 由A、B、C联合制定的《…》 as A, B and C issuing', () => {
    expect(
      issuersOf(
        '由市科技局、市财政局、市商务局联合制定的《温州市医疗器械创新产品推广应用办法》近日正式实施。\n',
      ),
    ).toEqual(['温州市商务局:co-issuer', '温州市科学技术局:lead', '温州市财政局:co-issuer']);
  });

  it('reads A编制完成《…》 in 2011 news, under the names of the time (省经信委)', () => {
    expect(
      issuersOf(
        '浙江出台医疗器械产业发展规划\n本报讯 近日，浙江省经信委编制完成《浙江省医疗器械产业发展规划（2011-2015年）》。\n',
      ),
    ).toEqual(['浙江省经济和信息化委员会:lead']);
    expect(
      issuersOf(
        '医疗器械规划出台\n2011年8月，省经信委、省科技厅、省卫生厅联合印发《浙江省医疗器械产业发展规划》。\n',
      ),
    ).toEqual(['浙江省卫生厅:co-issuer', '浙江省科学技术厅:co-issuer', '浙江省经济和信息化委员会:lead']);
  });
});

describe('local bodies side by side in a header', () => {
  it('reads 市A局 市B委员会等四部门关于印发《嘉兴市…》的通知, the city from the document’s title', () => {
    const text =
      '市工业和信息化局 市发展和改革委员会等四部门关于印发《嘉兴市高端医疗装备产业集群培育方案》的通知\n各县（市、区）人民政府：\n';
    expect(issuersOf(text)).toEqual(['嘉兴市发展和改革委员会:co-issuer', '嘉兴市工业和信息化局:lead']);
  });

  it('reads four full names side by side above 关于印发', () => {
    const text =
      '嘉兴市经济和信息化局 嘉兴市发展和改革委员会 嘉兴市科学技术局 嘉兴市卫生健康委员会关于印发《嘉兴市高端医疗装备产业集群培育方案》的通知\n';
    expect(issuersOf(text)).toHaveLength(4);
  });
});

describe('the home place of bare 市 and 省 bodies', () => {
  it("takes the plan's title first: a forum reprint names other cities in passing", () => {
    const text =
      '医械论坛 > 政策解读\n楼主 发表于 2024-05-12\n近日，市工信局会同市发改委、市科创局、市卫健委等四部门联合印发《若干措施》。广州市、上海市也已出台类似政策。\n';
    expect(homePlace(normalizeTerm(text), '', '常州出台高端医疗器械产业链若干措施').city).toBe('常州市');
    expect(departmentsOf(text, '常州出台高端医疗器械产业链若干措施')).toEqual(
      ['常州市卫生健康委员会', '常州市发展和改革委员会', '常州市工业和信息化局', '常州市科技创新局'].sort(),
    );
  });

  it('takes a city that opens a document title in the text (《镇江市…》), a city no list names', () => {
    expect(homePlace(normalizeTerm('近日，市卫健委印发《镇江市医疗器械产业若干措施》。')).city).toBe(
      '镇江市',
    );
  });

  it('takes the province of a local document number for a notice that never names it (皖经信提函)', () => {
    const text =
      '对省政协十三届二次会议第0345号提案的答复\n皖经信提函〔2024〕35号\n李委员：\n您提出的提案收悉。经商省医保局、省市场监管局，现答复如下。\n省经济和信息化厅\n2024年7月15日\n';
    expect(departmentsOf(text)).toEqual(
      ['安徽省医疗保障局', '安徽省市场监督管理局', '安徽省经济和信息化厅'].sort(),
    );
    expect(issuersOf(text)).toEqual(['安徽省经济和信息化厅:lead']);
  });

  it('reads a district’s bare 区 bodies as the district the text names with its bodies', () => {
    expect(
      issuersOf(
        '近日，鼓楼区科学技术局联合区卫生健康委员会、区市场监督管理局发布《鼓楼区医疗器械产业扶持办法》。\n',
      ),
    ).toEqual(['鼓楼区卫生健康委员会:co-issuer', '鼓楼区市场监督管理局:co-issuer', '鼓楼区科学技术局:lead']);
    // `联合区…` is the joiner and a bare 区, never a district 联合区.
    expect(departmentsOf('近日，鼓楼区科学技术局联合区卫生健康委员会发布《办法》。\n')).not.toContain(
      '联合区卫生健康委员会',
    );
  });
});

describe('the city of a forum reprint or a news item that names other cities too', () => {
  it('passes over field lines (发布时间：…) for the line that announces the document', () => {
    const text =
      '医械论坛 > 政策解读\n发布时间：2024-05-12  来源：网络\n[转帖] 深圳出台促进高端医疗器械产业集群发展若干措施\n近日，市工业和信息化局、市发展和改革委员会、市科技创新局、市住房和建设局联合印发《若干措施》。广州市、上海市、广州市也有类似政策。\n';
    expect(departmentsOf(text)).toEqual(
      ['深圳市工业和信息化局', '深圳市发展和改革委员会', '深圳市科技创新局', '深圳市住房和建设局'].sort(),
    );
  });

  it('takes the city whose bodies are counted (深圳四部门) over one named more often', () => {
    const text =
      '医疗器械\n浏览次数：356\n近日，深圳四部门联合印发《关于促进高端医疗器械产业集群发展的若干措施》，市工业和信息化局、市投资推广署、市中小企业服务局负责组织实施。广州市和广州市东莞市也有类似政策。\n';
    expect(departmentsOf(text)).toEqual(
      ['深圳市中小企业服务局', '深圳市工业和信息化局', '深圳市投资推广署'].sort(),
    );
    // They carry the measure out; they issue nothing by it.
    expect(issuersOf(text)).toEqual([]);
  });

  it('takes the city of the first sentence of prose when the headline names none', () => {
    const text =
      '政策速递\n近日，常州市四部门联合印发《若干措施》。\n市工信局、市发改委、市科技局、市卫健委要加强协同。上海市、苏州市经验值得借鉴。苏州市也有类似政策。\n';
    expect(
      homePlace(normalizeTerm(text), normalizeTerm('政策速递\n近日，常州市四部门联合印发《若干措施》。'))
        .city,
    ).toBe('常州市');
  });
});

describe('counted bodies and agencies', () => {
  it('takes any city whose bodies are counted (镇江市四部门), a city the known list lacks', () => {
    const text =
      '医疗器械\n近日，镇江市四部门联合印发《若干措施》。上海市、苏州市也有类似政策，苏州市走在前列。\n市工信局、市发改委、市科技局、市卫健委要加强协同。\n';
    expect(departmentsOf(text)).toEqual(
      ['镇江市发展和改革委员会', '镇江市工业和信息化局', '镇江市科学技术局', '镇江市卫生健康委员会'].sort(),
    );
  });

  it('reads 省政府国资委 as the province’s commission, and 经省政府同意 as the government', () => {
    const text =
      '关于省政协提案的答复\n皖经信提函〔2024〕35号\n经商省政府国资委、省发展改革委，现答复如下。已经省政府同意。\n省经济和信息化厅\n2024年7月15日\n';
    expect(departmentsOf(text)).toEqual(
      [
        '安徽省发展和改革委员会',
        '安徽省国有资产监督管理委员会',
        '安徽省经济和信息化厅',
        '安徽省人民政府',
      ].sort(),
    );
  });

  it('reads a zone’s 管委会 as its 管理委员会, one node however the text writes it', () => {
    const text =
      '近日，成都市经济和信息化局、成都高新区管委会联合发布《成都市高端医疗器械产业集群发展行动方案》。由成都高新区管理委员会负责推进。\n';
    expect(departmentsOf(text)).toEqual(['成都市经济和信息化局', '成都高新区管理委员会'].sort());
  });

  it('reads 深圳市投资推广署 as a body, and 深圳市全面部署 as none', () => {
    const text =
      '近日，深圳市工业和信息化局、深圳市投资推广署联合印发《深圳市高端医疗器械产业集群若干措施》。深圳市全面部署。\n';
    expect(departmentsOf(text)).toEqual(['深圳市工业和信息化局', '深圳市投资推广署']);
  });
});

describe('an issue sentence past the opening that names the plan by its title', () => {
  it('reads 《浙江省医疗器械产业发展规划（2011-2015年）》 as the plan whose headline is 浙江出台医疗器械产业发展规划', () => {
    const TITLE = '浙江出台医疗器械产业发展规划';
    const body = Array.from(
      { length: 14 },
      (_, i) => `第${i + 1}段：全省医疗器械产业保持较快增长，企业创新能力持续提升，产业集群不断壮大。`,
    ).join('\n');
    const at = (sentence: string) => `${TITLE}\n${body}\n一、规划概况\n${sentence}\n`;
    expect(
      issuersOf(
        at(
          '为加快产业发展，浙江省经济和信息化委员会近日正式印发了《浙江省医疗器械产业发展规划（2011-2015年）》。',
        ),
        TITLE,
      ),
    ).toEqual(['浙江省经济和信息化委员会:lead']);
    // Another document past the opening is not the plan.
    expect(issuersOf(at('此前，浙江省经济和信息化委员会印发了《浙江省智能制造行动计划》。'), TITLE)).toEqual(
      [],
    );
  });
});

describe('a list is never dropped for one name the stems do not know', () => {
  it('keeps 市低空经济发展局 in a list closed by 等五部门, so the whole list issues', () => {
    const text =
      '市工信局、市发改委、市应急管理局、市低空经济发展局等五部门联合印发《合肥市医疗装备产业发展若干措施》。\n';
    expect(departmentsOf(text)).toContain('合肥市低空经济发展局');
    expect(issuersOf(text)).toHaveLength(4);
  });

  it('keeps 省低空经济发展办公室 inside a provincial list, the lead staying first', () => {
    const text =
      '近日，省工业和信息化厅联合省卫生健康委、省低空经济发展办公室、省药监局印发《浙江省高端医疗装备产业发展行动方案》。\n';
    expect(issuersOf(text)).toContain('浙江省工业和信息化厅:lead');
    expect(issuersOf(text)).toContain('浙江省低空经济发展办公室:co-issuer');
  });

  it('keeps an unknown national bureau in a list (国家低空经济管理局)', () => {
    const text =
      '近日，工业和信息化部联合国家卫生健康委、国家低空经济管理局、国家药监局印发《医疗装备产业高质量发展行动计划》。\n';
    expect(issuersOf(text)).toHaveLength(4);
  });

  it('reads 科技创新局 as a body (its 新局 is no new situation)', () => {
    expect(departmentsOf('近日，深圳市科技创新局印发《深圳市医疗器械创新若干措施》。\n')).toEqual([
      '深圳市科技创新局',
    ]);
  });
});

describe('precision', () => {
  it('takes no hospital, company, association, university, centre or institute for a department', () => {
    const text =
      '成都市经济和信息化局、四川大学华西医院、成都市医疗器械行业协会、联影医疗公司、杭州市数字经济发展中心、中国医学科学院生物医学工程研究院联合举办了推介会。\n';
    expect(departmentsOf(text)).toEqual(['成都市经济和信息化局']);
  });

  it('gives a department that only takes a task no issue (由A牵头实施，B负责)', () => {
    expect(issuersOf('该项目由市工业和信息化局牵头实施，市财政局负责资金保障。杭州市将加强统筹。\n')).toEqual(
      [],
    );
  });

  it('reads a reply’s own author as its issuer, never the bodies whose documents it reports', () => {
    const text =
      '安徽省经济和信息化厅关于省政协十三届二次会议第0345号提案的答复函\n李委员：\n您提出的提案收悉。经认真研究并商省卫生健康委、省药监局，现答复如下：\n一、近年来，我厅会同省发展改革委、省科技厅出台了《安徽省医疗器械产业发展行动方案》。\n安徽省经济和信息化厅\n2024年7月15日\n';
    expect(issuersOf(text)).toEqual(['安徽省经济和信息化厅:lead']);
    expect(departmentsOf(text)).toContain('安徽省卫生健康委员会');
  });
});

describe('a city body in its short form after its level word', () => {
  it('reads 市投促局 as the city’s investment-promotion bureau', () => {
    const text =
      '市财政局统筹产业发展资金，对首台（套）产品给予最高500万元奖励；市发展改革委、市投促局做好项目招引。\n';
    expect(departmentsOf(text, '成都市医疗装备产业建圈强链实施方案')).toContain('成都市投资促进局');
  });

  it('reads a body after 为 (数据来源为市统计局)', () => {
    const text =
      '附注2　数据口径：全市医疗器械产业规模约620亿元；数据来源为市统计局及行业调查，部分为估算。\n';
    expect(departmentsOf(text, '武汉市医疗器械产业链图谱')).toEqual(['武汉市统计局']);
  });
});
