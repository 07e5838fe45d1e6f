// Departments and issuers as news items, reprints and notices write them beyond the seed plans: 会同
// lists closed by 等部门和单位, a city named once before its bodies, forwarded notices, comma lists,
// document numbers in running text, district bureaus, and the addressees of a notice, which are the
// places' own bodies. Organisations that are not government bodies, and places alone, are never
// departments.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { departmentForms } from '../../../server/extract/rules/departments-registry';
import { departmentLists } from '../../../server/extract/rules/departments-lists';
import { homePlace } from '../../../server/extract/rules/departments-local';
import { normalizeTerm } from '../../../server/extract/normalize';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (text: string, id = 'news-2025') =>
  extractGraph(
    [
      {
        meta: { id: asPlanId(id), title: '测试', titleEn: 'test', file: 'n.txt', year: 2025 },
        text,
      },
    ],
    curated(),
  ).graph;

const nameOf = (g: ReturnType<typeof graphOf>, id: string): string =>
  g.nodes.find((n) => n.id === id)?.name ?? id;

/** Names of the issuers, sorted. */
const issuersOf = (text: string): string[] => {
  const g = graphOf(text);
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => nameOf(g, e.source))
    .sort();
};

/** Names of the issuers with a role (`lead`, `co-issuer`, `forwarder`), sorted. */
const issuersBy = (text: string, forwarder: boolean): string[] => {
  const g = graphOf(text);
  return g.edges
    .filter((e) => e.type === 'ISSUED' && (e.props?.role === 'forwarder') === forwarder)
    .map((e) => nameOf(g, e.source))
    .sort();
};

/** Names of every Department node, sorted. */
const departmentsOf = (text: string): string[] =>
  graphOf(text)
    .nodes.filter((n) => n.label === 'Department')
    .map((n) => n.name)
    .sort();

const news = (sentence: string): string => `医疗装备新闻\n\n${sentence}\n`;

const MIIT = '工业和信息化部';
const NHC = '国家卫生健康委员会';
const NMPA = '国家药品监督管理局';
const NDRC = '国家发展和改革委员会';

describe('who issued the plan a news item reports on', () => {
  it.each([
    // 会同 with an open list of departments and units, in a Traditional reprint.
    [
      '近日，工業和信息化部會同國家衛生健康委員會、國家藥監局等部門和單位印發《醫療裝備產業高質量發展行動計劃》。',
      [MIIT, NHC, NMPA],
    ],
    ['近日，国家卫生健康委会同国家发展改革委等有关部门印发《“十四五”卫生健康标准化工作规划》。', [NHC, NDRC]],
    [
      '日前，工业和信息化部会同国家卫生健康委等部门制定出台了《医疗装备产业高质量发展行动计划》。',
      [MIIT, NHC],
    ],
    [
      '近日，工業和信息化部、國家衛生健康委、國家藥監局會同有關部門和單位印發了《醫療裝備產業高質量發展行動計劃》。',
      [MIIT, NHC, NMPA],
    ],
    [
      '工業和信息化部會同國家衛生健康委員會、國家藥監局等部門和單位研究制定了《醫療裝備產業高質量發展行動計劃》。',
      [MIIT, NHC, NMPA],
    ],
    // 联合 with a count, in Traditional script.
    ['近日，工業和信息化部聯合國家衛生健康委等十部門印發《“十四五”醫療裝備產業發展規劃》。', [MIIT, NHC]],
    ['近日，工業和信息化部等十部門聯合發佈《“十四五”醫療裝備產業發展規劃》。', [MIIT]],
    ['近日，工業和信息化部、國家藥監局印發《醫療裝備產業高質量發展行動計劃》。', [MIIT, NMPA]],
    // The State Council's consent names no issuer.
    [
      '經國務院同意，工業和信息化部、國家衛生健康委、國家發展改革委等十部門近日聯合印發《“十四五”醫療裝備產業發展規劃》。',
      [MIIT, NDRC, NHC],
    ],
    [
      '经国务院同意，工业和信息化部、国家卫生健康委、国家药监局近日印发《医疗装备产业高质量发展行动计划》。',
      [MIIT, NHC, NMPA],
    ],
    [
      '工业和信息化部、国家卫生健康委、国家药监局三部门日前联合出台《医疗装备产业高质量发展行动计划》。',
      [MIIT, NHC, NMPA],
    ],
    ['工业和信息化部、国家药监局联合制定了《生物医用材料创新任务揭榜挂帅实施方案》。', [MIIT, NMPA]],
    ['12月28日，工信部联合国家卫健委等十部门联合印发了《“十四五”医疗装备产业发展规划》。', [MIIT, NHC]],
    ['国务院办公厅近日印发《医疗装备产业高质量发展行动计划》。', ['国务院办公厅']],
  ])('reads %s', (sentence, names) => {
    expect(issuersOf(news(sentence))).toEqual([...names].sort());
  });

  it('passes over units that are no departments inside the list (中国科学院, 中国科协), keeping none of them', () => {
    const text = news(
      '近日，科技部、中国科学院、中国科协、国家卫生健康委等部门和单位联合印发《“十四五”卫生与健康科技创新专项规划》。',
    );
    expect(issuersOf(text)).toEqual(['科学技术部', NHC].sort());
    expect(departmentsOf(text)).toEqual(['科学技术部', NHC].sort());
    expect(
      issuersOf(
        news(
          '近日，工業和信息化部會同國家發展改革委、中國科學院等部門和單位印發《醫療裝備產業高質量發展行動計劃》。',
        ),
      ),
    ).toEqual([MIIT, NDRC].sort());
  });

  it('reads comma lists: ASCII commas with spaces, full-width commas and a count without 等', () => {
    expect(
      issuersOf(
        news(
          '12月28日, 工业和信息化部, 国家卫生健康委, 国家发展改革委 等10部门联合印发《“十四五”医疗装备产业发展规划》。',
        ),
      ),
    ).toEqual([MIIT, NDRC, NHC].sort());
    const ten = issuersOf(
      news(
        '工信部，国家卫健委，国家发改委，科技部，财政部，国务院国资委，市场监管总局，国家医保局，国家中医药局，国家药监局十部门联合印发了《“十四五”医疗装备产业发展规划》。',
      ),
    );
    expect(ten).toHaveLength(10);
    expect(ten).toEqual(
      expect.arrayContaining([MIIT, NHC, NMPA, '国家中医药管理局', '国务院国有资产监督管理委员会']),
    );
  });

  it('makes the first name lead and keeps the count of 等十部门 on each edge', () => {
    const g = graphOf(
      news('近日，工業和信息化部聯合國家衛生健康委等十部門印發《“十四五”醫療裝備產業發展規劃》。'),
    );
    const issued = g.edges.filter((e) => e.type === 'ISSUED');
    expect(issued.find((e) => e.source === 'department:miit')?.props).toMatchObject({
      role: 'lead',
      issuerCount: 10,
    });
    expect(issued.find((e) => e.source === 'department:nhc')?.props?.role).toBe('co-issuer');
  });
});

describe('a city named once before its bodies', () => {
  const SZ =
    '近日，深圳市工业和信息化局、发展改革委、科技创新委和卫生健康委四部门联合印发《深圳市促进高端医疗器械产业集群高质量发展的若干措施》。';

  it('reads every body as the city’s own, never the State Council’s commission of the same name', () => {
    expect(issuersOf(news(SZ))).toEqual(
      [
        '深圳市工业和信息化局',
        '深圳市发展和改革委员会',
        '深圳市科技创新委员会',
        '深圳市卫生健康委员会',
      ].sort(),
    );
    expect(departmentsOf(news(SZ))).not.toContain(NDRC);
    expect(departmentsOf(news(SZ))).not.toContain(NHC);
  });

  it.each([
    '近日，深圳市工信局、发改委、科创委和卫健委四部门联合印发《若干措施》。',
    '近日，深圳市工业和信息化局、市发展改革委、市科技创新委和市卫生健康委四部门联合印发《若干措施》。',
    '近日，深圳市工業和信息化局、發展改革委、科技創新委和衛生健康委四部門聯合印發《若干措施》。',
    '近日，由深圳市工业和信息化局、发展改革委、科技创新委和卫生健康委四部门联合印发的《若干措施》正式实施。',
  ])(
    'reads the same four bodies in short forms, with 市 repeated, in Traditional script and after 由: %s',
    (s) => {
      expect(issuersOf(news(s))).toEqual(
        [
          '深圳市工业和信息化局',
          '深圳市发展和改革委员会',
          '深圳市科技创新委员会',
          '深圳市卫生健康委员会',
        ].sort(),
      );
    },
  );

  it('takes no 由 before a district into its name (由浦东新区卫生健康委员会)', () => {
    expect(departmentsOf(news('近日，由浦东新区卫生健康委员会牵头制定的指南发布。'))).toEqual([
      '浦东新区卫生健康委员会',
    ]);
  });

  it('checks the count in Chinese numerals against the four names', () => {
    const [l] = departmentLists(normalizeTerm(SZ), departmentForms(curated().departments));
    expect(l).toMatchObject({ claimed: 4, open: false, countMismatch: false });
    expect(l?.items).toHaveLength(4);
  });
});

describe('forwarded notices: the body whose document is forwarded issues the plan, the forwarder passes it on', () => {
  it.each([
    '近日，广东省工业和信息化厅转发工业和信息化部、国家药监局关于印发《医疗装备产业高质量发展行动计划》的通知。',
    '广东省工业和信息化厅转发工业和信息化部 国家药监局关于组织开展揭榜挂帅工作的通知\n\n各地级以上市工业和信息化主管部门：\n现将有关通知转发给你们，请认真组织实施。',
    '广东省工业和信息化厅关于转发工业和信息化部 国家药监局关于组织开展揭榜挂帅工作的通知的通知\n\n各地级以上市工业和信息化主管部门：\n现将有关通知转发给你们，请认真组织实施。',
  ])('%s', (text) => {
    expect(issuersBy(text, false)).toEqual([MIIT, NMPA].sort());
    // The forwarding body issued the forwarding notice: an ISSUED edge with role forwarder, never lead.
    expect(issuersBy(text, true)).toEqual(['广东省工业和信息化厅']);
  });

  it('reads the forwarded document in its title marks: X转发Y《关于…》 and X关于转发《Y关于…》的通知', () => {
    const addressees = '\n\n各地级以上市工业和信息化主管部门：\n现将有关通知转发给你们。\n';
    for (const text of [
      `广东省工业和信息化厅转发工业和信息化部 国家药监局《关于组织开展揭榜挂帅工作的通知》${addressees}`,
      `广东省工业和信息化厅关于转发《工业和信息化部 国家药监局关于组织开展揭榜挂帅工作的通知》的通知${addressees}`,
    ]) {
      expect(issuersBy(text, false)).toEqual([MIIT, NMPA].sort());
      expect(issuersBy(text, true)).toEqual(['广东省工业和信息化厅']);
    }
  });

  it('takes the forwarding body signing the notice (CRLF lines, after a BOM) for the forwarder, never a lead', () => {
    const text =
      '\uFEFF广东省工业和信息化厅转发工业和信息化部 国家药监局关于组织开展揭榜挂帅工作的通知\r\n\r\n各地级以上市工业和信息化主管部门：\r\n现将有关通知转发给你们，请认真组织实施。\r\n\r\n广东省工业和信息化厅\r\n2023年6月30日\r\n';
    expect(issuersBy(text, false)).toEqual([MIIT, NMPA].sort());
    expect(issuersBy(text, true)).toEqual(['广东省工业和信息化厅']);
  });

  it('reads a city commission forwarding a national office’s notice (深圳市卫生健康委员会关于转发…的通知的通知)', () => {
    const text =
      '深圳市卫生健康委员会关于转发国家卫生健康委办公厅关于印发医疗器械临床使用管理办法的通知的通知\n各区卫生健康局：\n现将文件转发给你们。\n';
    expect(issuersBy(text, false)).toEqual([NHC]);
    expect(issuersBy(text, true)).toEqual(['深圳市卫生健康委员会']);
  });
});

describe('former departments, under the names of their time', () => {
  it('reads a 2007 list of bodies since merged or renamed, and links each to its successor', () => {
    const text = news(
      '2007年，信息产业部、国家发展改革委、国家食品药品监督管理局、劳动和社会保障部、建设部、国家环保总局联合发布《医疗器械行业发展指导意见》。',
    );
    expect(issuersOf(text)).toEqual(
      ['信息产业部', NDRC, '国家食品药品监督管理局', '劳动和社会保障部', '建设部', '国家环境保护总局'].sort(),
    );
    const g = graphOf(text);
    const successor = (id: string) =>
      g.edges.find((e) => e.type === 'SUCCEEDED_BY' && e.source === id)?.target;
    expect(successor('department:mii')).toBe('department:miit');
    expect(successor('department:moc')).toBe('department:mohurd');
  });

  it('reads 卫生部、…、国家食品药品监管局、国家中医药局等五部门 of the 十二五 years', () => {
    expect(
      issuersOf(
        news(
          '近日，卫生部、国家发展改革委、工业和信息化部、国家食品药品监管局、国家中医药局等五部门联合印发《医疗器械科技产业“十二五”专项规划》。',
        ),
      ),
    ).toEqual(['卫生部', NDRC, MIIT, '国家食品药品监督管理局', '国家中医药管理局'].sort());
  });
});

describe('notice headers and document numbers', () => {
  it('reads a header that counts its issuers before 关于: 工业和信息化部等十部门关于印发……的通知', () => {
    expect(
      issuersOf(
        '工业和信息化部等十部门关于印发“十四五”医疗装备产业发展规划的通知\n\n各省、自治区、直辖市工业和信息化主管部门：\n现将规划印发给你们。\n',
      ),
    ).toEqual([MIIT]);
  });

  it('reads 省工业和信息化厅 forwarded by a city bureau as the province of that city', () => {
    const text =
      '惠州市工业和信息化局转发省工业和信息化厅关于印发医疗器械产业发展方案的通知\n\n各县、区工业和信息化主管部门：\n现将通知转发给你们。\n';
    expect(issuersBy(text, false)).toEqual(['广东省工业和信息化厅']);
    expect(issuersBy(text, true)).toEqual(['惠州市工业和信息化局']);
  });

  it('reads ten issuers side by side above 关于印发, and no department from the addressees’ short forms', () => {
    const text =
      '工业和信息化部 国家卫生健康委员会 国家发展和改革委员会 科学技术部 财政部 国务院国有资产监督管理委员会 国家市场监督管理总局 国家医疗保障局 国家中医药管理局 国家药品监督管理局\n关于印发“十四五”医疗装备产业发展规划的通知\n工信部联规〔2021〕208号\n各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、卫生健康、发展改革、科技、财政、国资、市场监管、医保、中医药、药品监管主管部门：\n现将规划印发给你们。\n';
    expect(issuersOf(text)).toHaveLength(10);
    expect(departmentsOf(text)).toHaveLength(10);
  });

  it('takes the addressees 各省…主管部门、卫生健康委、药品监督管理局 for the places’ own bodies', () => {
    const text =
      '关于印发医疗装备产业高质量发展行动计划的通知\n工信部联规〔2023〕77号\n各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门、卫生健康委、药品监督管理局：\n现将计划印发给你们。\n';
    expect(issuersOf(text)).toEqual([MIIT]);
    expect(departmentsOf(text)).toEqual([MIIT]);
  });

  it('still reads a national body named in full among the addressees’ words', () => {
    expect(
      departmentsOf('各省、自治区、直辖市卫生健康委，国家卫生健康委医管中心：\n现将通知转发给你们。\n'),
    ).toEqual([NHC]);
  });

  it('reads a header whose own line ends in its document number: 关于印发……的通知（工信部联规〔2021〕208号）', () => {
    expect(
      issuersOf(
        '关于印发“十四五”医疗装备产业发展规划的通知（工信部联规〔2021〕208号）\n各省、自治区、直辖市工业和信息化主管部门：\n现将规划印发给你们。\n',
      ),
    ).toEqual([MIIT]);
  });

  it('reads a number in brackets after the title of a document the clause says was issued', () => {
    expect(
      issuersOf(news('近日，《“十四五”医疗装备产业发展规划》（工信部联规〔2021〕208号）正式印发。')),
    ).toEqual([MIIT]);
    expect(
      issuersOf(
        news('近日，《“十四五”醫療裝備產業發展規劃》（工信部聯規〔2021〕208號，以下簡稱《規劃》）正式印發。'),
      ),
    ).toEqual([MIIT]);
  });

  it('reads no issuer from the number of a document the text only cites', () => {
    expect(
      issuersOf(
        news('为贯彻落实《“十四五”医疗装备产业发展规划》（工信部联规〔2021〕208号），各地加快推进。'),
      ),
    ).toEqual([]);
  });

  it('reads the 发文字号 field among the other fields of one line', () => {
    expect(
      issuersOf(
        '关于印发“十四五”医疗装备产业发展规划的通知\n索引号：000014349/2021-00355　发文字号：工信部联规〔2021〕208号　成文日期：2021年12月21日\n',
      ),
    ).toEqual([MIIT]);
  });

  it.each([
    ['国科办函〔2023〕12号', '科学技术部'],
    ['国资发改革〔2022〕5号', '国务院国有资产监督管理委员会'],
    ['国知发保字〔2021〕9号', '国家知识产权局'],
  ])('reads the lead issuer of %s', (line, name) => {
    expect(issuersOf(`关于印发某行动方案的通知\n${line}\n各有关单位：\n`)).toEqual([name]);
  });

  it('reads the issue sentence of a page whose navigation lines fill the first twelve sentences', () => {
    const nav =
      '首页\n新闻中心\n行业动态\n医疗器械\n政策法规\n产业资讯\n2025-03-12\n来源：本网\n作者：张三\n字号：大 中 小\n打印\n分享\n';
    expect(
      issuersOf(
        `${nav}医疗装备产业迎来新政策\n随着人口老龄化加剧，医疗装备需求持续增长，行业发展前景广阔。\n近日，工业和信息化部会同国家卫生健康委等部门印发《医疗装备产业高质量发展行动计划》。\n`,
      ),
    ).toEqual([MIIT, NHC].sort());
  });

  it('reads every body of a joint document’s masthead (… 国家药品监督管理局 文件) above its number and 关于 line', () => {
    expect(
      issuersOf(
        '工业和信息化部\n国家卫生健康委员会\n国家药品监督管理局 文件\n\n工信部联规〔2023〕77号\n\n关于印发医疗装备产业高质量发展行动计划的通知\n\n各省、自治区、直辖市工业和信息化主管部门：\n现将计划印发给你们。\n',
      ),
    ).toEqual([MIIT, NHC, NMPA].sort());
    expect(issuersOf(news('工业和信息化部文件显示，医疗装备产业增长迅速。'))).toEqual([]);
  });

  it('reads a ministry’s 文件 header with its number on a line below', () => {
    expect(
      issuersOf(
        '工业和信息化部文件\n\n工信部联规〔2021〕208号\n\n关于印发“十四五”医疗装备产业发展规划的通知\n\n各省、自治区、直辖市工业和信息化主管部门：\n现将规划印发给你们。\n',
      ),
    ).toEqual([MIIT]);
  });
});

describe('provincial, municipal and district bodies', () => {
  it('reads 省工业和信息化厅、省卫生健康委、省药品监督管理局 of a provincial text as the province’s', () => {
    expect(
      issuersOf(
        news(
          '近日，省工业和信息化厅、省卫生健康委、省药品监督管理局联合印发《浙江省医疗装备产业高质量发展实施方案》。',
        ),
      ),
    ).toEqual(['浙江省工业和信息化厅', '浙江省卫生健康委员会', '浙江省药品监督管理局'].sort());
  });

  it('reads 市卫生健康委 as the body of the city whose bodies the text names, found by those bodies', () => {
    const text = news(
      '近日，镇江市卫生健康委员会、镇江市市场监督管理局联合印发《镇江市医疗器械产业发展行动方案》。市卫生健康委有关负责人表示将加强指导。',
    );
    // The province of a prefecture-level city is known, for its notice's `省药品监督管理局`.
    expect(homePlace(normalizeTerm(text))).toEqual({ city: '镇江市', province: '江苏省' });
    expect(departmentsOf(text)).toEqual(['镇江市卫生健康委员会', '镇江市市场监督管理局'].sort());
  });

  it('reads provincial bodies of every kind a reply consults, none of them issuers, and no 残联 or 科协', () => {
    const text =
      '安徽省经济和信息化厅关于省政协提案的答复\n\n您提出的提案收悉。经商省民政厅、省数据资源局、省疾控局、省体育局、省科技厅，现答复如下。省残联、省科协也提出了意见。\n';
    expect(departmentsOf(text)).toEqual(
      [
        '安徽省经济和信息化厅',
        '安徽省民政厅',
        '安徽省数据资源管理局',
        '安徽省疾病预防控制局',
        '安徽省体育局',
        '安徽省科学技术厅',
      ].sort(),
    );
    expect(issuersOf(text)).toEqual(['安徽省经济和信息化厅']);
  });

  it('takes the city a text writes only without 市 as its home when it is the one city named, or the headline’s', () => {
    const measures = '近日，市卫生健康委、市药品监督管理局联合印发《关于促进医疗器械产业发展的若干措施》。';
    expect(departmentsOf(`深圳出台医疗器械新政\n\n${measures}\n`)).toEqual(
      ['深圳市卫生健康委员会', '深圳市药品监督管理局'].sort(),
    );
    expect(departmentsOf(`深圳出台医疗器械新政\n\n上海、广州也有类似政策。${measures}\n`)).toEqual(
      ['深圳市卫生健康委员会', '深圳市药品监督管理局'].sort(),
    );
    // Two cities and a headline naming neither: no guess, the bodies are named as written.
    expect(departmentsOf(news(`深圳迈瑞、上海联影参展。${measures}上海企业表示欢迎。`))).toEqual([
      '市卫生健康委员会',
      '市药品监督管理局',
    ]);
  });

  it('never reads 市卫生健康委 or 省药监局 as the State Council’s body: without a home place they are named as written', () => {
    expect(
      departmentsOf(
        news('近日，市卫生健康委、市药品监督管理局联合印发《关于促进医疗器械产业发展的若干措施》。'),
      ),
    ).toEqual(['市卫生健康委员会', '市药品监督管理局']);
    expect(departmentsOf(news('各地区发展改革委、省级医保局要加强协同。'))).toEqual([]);
  });

  it('reads the 省/市/区 bodies of a section that never names its place as written, each the plan’s own node, with their duties', () => {
    const section =
      '（二）加快发展高端医学影像装备。重点发展CT、磁共振成像系统。（牵头单位：省工业和信息化厅；配合单位：省发展改革委、省科技厅）\n由省药监局牵头，会同区市场监管局推进实施。\n';
    const graph = graphOf(section, 'chapter-2024');
    const bodies = graph.nodes.filter((n) => n.label === 'Department');
    expect(bodies.map((n) => n.name).sort()).toEqual(
      [
        '区市场监督管理局',
        '省发展和改革委员会',
        '省工业和信息化厅',
        '省科学技术厅',
        '省药品监督管理局',
      ].sort(),
    );
    expect(bodies.every((n) => n.id.endsWith('.chapter-2024'))).toBe(true);
    const lead = graph.edges.find((e) => e.type === 'RESPONSIBLE_FOR' && e.props?.role === 'lead');
    expect(lead?.source).toBe('department:sheng-gong-ye-he-xin-xi-hua-ting.chapter-2024');
    // `各辖市、区人民政府` are every district's governments: no body of one place.
    expect(departmentsOf('（牵头单位：市卫生健康委；责任单位：各辖市、区卫生健康局、区人民政府）')).toEqual([
      '市卫生健康委员会',
    ]);
    // Another plan's 省工业和信息化厅 may be another province's: another node.
    expect(graphOf(section, 'other-2024').nodes.some((n) => n.id.endsWith('.chapter-2024'))).toBe(false);
  });

  it.each([
    [
      '近日，浦东新区科技和经济委员会、浦东新区卫生健康委员会联合发布《浦东新区促进高端医疗器械产业发展若干措施》。',
      ['浦东新区科技和经济委员会', '浦东新区卫生健康委员会'],
    ],
    ['近日，杭州市余杭区经济和信息化局印发《余杭区生物医药产业发展规划》。', ['杭州市余杭区经济和信息化局']],
    [
      '近日，鼓楼区卫生健康委员会和玄武区市场监督管理局联合发布《医疗器械使用质量管理指引》。',
      ['玄武区市场监督管理局', '鼓楼区卫生健康委员会'],
    ],
  ])('reads the district bodies of %s as issuers', (sentence, names) => {
    expect(issuersOf(news(sentence))).toEqual([...names].sort());
  });
});

describe('what is not a department', () => {
  it('takes no hospital, association, company, institute or university for one, even when it publishes', () => {
    expect(
      departmentsOf(
        news(
          '北京协和医院、中国医疗器械行业协会、深圳迈瑞生物医疗电子股份有限公司、中国信息通信研究院、清华大学、上海市第六人民医院、浙江省医疗器械研究院与深圳市医疗器械行业协会联合发布《医疗装备创新白皮书》。',
        ),
      ),
    ).toEqual([]);
  });

  it('takes no place alone for one: cities, new districts, districts and counties', () => {
    expect(
      departmentsOf(
        news('深圳市、广州市、苏州市等城市医疗器械产业集聚，浦东新区、鼓楼区和长兴县也在加快布局。'),
      ),
    ).toEqual([]);
  });

  it('takes no district word that names no district (自治区, 示范区, 各区) for a district body', () => {
    expect(departmentsOf(news('示范区卫生健康委员会和各区卫生健康局共同推进。'))).toEqual([]);
  });

  it('takes the addressees’ generic offices for no department: 各省级工业和信息化主管部门要会同卫生健康、药品监管等部门', () => {
    expect(
      departmentsOf(
        '二、保障措施\n\n各省级工业和信息化主管部门要会同卫生健康、药品监管等部门建立协调机制。\n',
      ),
    ).toEqual([]);
  });
});

describe('stated responsibilities', () => {
  /** `department:role` of each stated cell of the measure whose heading holds `heading`. */
  const cellsOf = (text: string, heading: string): string[] => {
    const g = graphOf(text);
    const target = g.nodes.find((n) => n.label === 'Measure' && n.name.includes(heading))?.id;
    return g.edges
      .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'stated' && e.target === target)
      .map((e) => `${nameOf(g, e.source)}:${String(e.props?.role)}`)
      .sort();
  };
  const PLAN =
    '江苏省医疗装备产业发展行动方案\n\n第三章　保障措施\n\n第一节　健全工作机制\n\n由省工业和信息化厅牵头，省发展改革委、省科技厅等部门按职责分工协同推进。（牵头单位：省工业和信息化厅；责任单位：省发展改革委、省财政厅）\n\n第二节　优化审评审批\n\n对创新医疗器械开辟绿色通道。（责任单位：省药监局、省卫生健康委）\n\n第三节　扩大示范应用\n\n支持首台（套）医疗装备在省内医院示范应用。（牵头单位：省卫生健康委；配合单位：省工业和信息化厅、省医保局）\n';

  it('reads 由A牵头，B、C等部门按职责分工协同推进 and the labelled bracket after it', () => {
    expect(cellsOf(PLAN, '健全工作机制')).toEqual(
      [
        '江苏省工业和信息化厅:lead',
        '江苏省发展和改革委员会:participant',
        '江苏省科学技术厅:participant',
        '江苏省财政厅:participant',
      ].sort(),
    );
  });

  it('reads （责任单位：A、B） alone with its first name leading', () => {
    expect(cellsOf(PLAN, '优化审评审批')).toEqual(
      ['江苏省药品监督管理局:lead', '江苏省卫生健康委员会:participant'].sort(),
    );
  });

  it('reads （牵头单位：A；配合单位：B、C） across the ； that splits the sentence', () => {
    expect(cellsOf(PLAN, '扩大示范应用')).toEqual(
      [
        '江苏省卫生健康委员会:lead',
        '江苏省工业和信息化厅:participant',
        '江苏省医疗保障局:participant',
      ].sort(),
    );
  });

  it('reads A会同有关部门负责 as A leading, with helpers the text does not name', () => {
    const g = graphOf('一、重点任务\n（一）推动创新\n工业和信息化部会同有关部门负责推动医疗装备创新。\n');
    const cells = g.edges.filter((e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'stated');
    expect(cells.map((e) => [e.source, e.props?.role])).toEqual([['department:miit', 'lead']]);
  });

  it('reads A牵头，B、C参与 as a lead and two participants, issuing nothing', () => {
    const g = graphOf(
      '一、重点任务\n（一）推动创新\n由工业和信息化部牵头，国家卫生健康委、国家药监局参与，推动医疗装备应用示范。\n',
    );
    const roles = g.edges
      .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'stated')
      .map((e) => `${nameOf(g, e.source)}:${String(e.props?.role)}`)
      .sort();
    expect(roles).toEqual([`${MIIT}:lead`, `${NHC}:participant`, `${NMPA}:participant`].sort());
    expect(g.edges.filter((e) => e.type === 'ISSUED')).toEqual([]);
  });
});
