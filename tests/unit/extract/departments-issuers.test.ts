// Issuers read from the wording of real notices and news of provincial and national plans: drafting
// verbs joined to the issuing one, time words, headers that name a local body without its place,
// signature blocks of offices, and documents a text only cites (which name no issuer of it).
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { localIssuerOfPrefix } from '../../../server/extract/rules/departments-doc-prefixes';
import { fullBodyName, localBodyAt } from '../../../server/extract/rules/departments-local';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (text: string) =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('notice-2025'), title: '测试', titleEn: 'test', file: 'n.txt', year: 2025 },
        text,
      },
    ],
    curated(),
  ).graph;

/** Names of the issuers, sorted. */
const issuersOf = (text: string): string[] => {
  const g = graphOf(text);
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => g.nodes.find((n) => n.id === e.source)?.name ?? e.source)
    .sort();
};

describe('news of a plan', () => {
  it.each([
    // 新华社, 2017-07-24: a provincial office, without 人民, with 制定 before 出台.
    [
      '浙江定下医药产业新目标\n\n浙江省政府办公厅近日制定出台《关于加快推进医药产业创新发展的实施意见》，提出要依托高校、科研院所和医疗机构建设公共服务平台。\n',
      ['浙江省人民政府'],
    ],
    // 本报吉林讯, 2023.
    [
      '本报吉林讯 近日，吉林省人民政府办公厅印发《关于打造吉林省生物医药与高端医疗器械产业新赛道的实施方案》。\n',
      ['吉林省人民政府'],
    ],
    // A digest of the 2016 guide: 研究编制了《…》.
    [
      '按照有关要求，工业和信息化部研究编制了《医药工业发展规划指南》(工信部联规〔2016〕350号,以下简称《指南》),并于日前正式印发。\n',
      ['工业和信息化部'],
    ],
    // A news lead with the day only.
    [
      '新华社北京12月28日电 工业和信息化部等十部门28日发布《“十四五”医疗装备产业发展规划》。\n',
      ['工业和信息化部'],
    ],
    [
      '近日，省政府办公厅以浙政办发〔2012〕16号文件印发《浙江省医疗器械产业发展规划》。浙江省将做大医疗器械产业。\n',
      ['浙江省人民政府'],
    ],
    ['浙江省经济和信息化委员会不久前印发《浙江省医疗器械产业发展规划》。\n', ['浙江省经济和信息化委员会']],
    ['浙江经信委近期编制完成并印发了《浙江省医疗器械产业发展规划》。\n', ['浙江省经济和信息化委员会']],
    ['浙江省经信委日前发文，印发《浙江省医疗器械产业发展规划》。\n', ['浙江省经济和信息化委员会']],
    ['浙江省经信委最新出台《浙江省医疗器械产业发展规划》。\n', ['浙江省经济和信息化委员会']],
    [
      '工业和信息化部、国家卫生健康委、国家药监局等十部门，近日联合印发《“十四五”医疗装备产业发展规划》。\n',
      ['国家卫生健康委员会', '国家药品监督管理局', '工业和信息化部'],
    ],
  ])('reads the issuer of %s', (text, names) => {
    expect(issuersOf(text)).toEqual(names);
  });

  it('keeps the form the text writes as an alias of the body it names', () => {
    const g = graphOf(
      '本报吉林讯 近日，吉林省人民政府办公厅印发《关于打造吉林省生物医药与高端医疗器械产业新赛道的实施方案》。\n',
    );
    expect(g.nodes.find((n) => n.name === '吉林省人民政府')?.aliases).toEqual(['吉林省人民政府办公厅']);
  });

  it('reads bodies of one place listed once with the place: 深圳市工业和信息化局、发展和改革委员会…', () => {
    expect(
      issuersOf(
        '近日，深圳市工业和信息化局、发展和改革委员会、科技创新委员会、卫生健康委员会联合印发《深圳市促进高端医疗器械产业集群高质量发展的若干措施》。\n',
      ),
    ).toEqual(
      [
        '深圳市工业和信息化局',
        '深圳市发展和改革委员会',
        '深圳市科技创新委员会',
        '深圳市卫生健康委员会',
      ].sort(),
    );
  });
});

describe('local bodies in lists', () => {
  it('reads a city written without 市 before a department of a known kind (深圳工信局、深圳发改委)', () => {
    expect(
      issuersOf(
        '近期深圳工信局、深圳发改委、深圳科创委、深圳市场监管局联合印发《深圳市医疗器械产业链若干措施》。\n',
      ),
    ).toEqual(
      [
        '深圳市工业和信息化局',
        '深圳市发展和改革委员会',
        '深圳市科技创新委员会',
        '深圳市市场监督管理局',
      ].sort(),
    );
  });

  it('reads 市市场监督管理局 of a Huizhou text as the city bureau, and both offices as issuers', () => {
    expect(
      issuersOf('惠州市工业和信息化局、市市场监督管理局关于印发惠州市医疗器械产业发展方案的通知\n'),
    ).toEqual(['惠州市工业和信息化局', '惠州市市场监督管理局'].sort());
  });

  it('reads provincial departments named after 省 by any of their kinds, without making them issuers', () => {
    const g = graphOf(
      '安徽省经济和信息化厅答复：省教育厅、省人力资源社会保障厅、省卫生健康委、省医保局对提案进行了研究。\n',
    );
    expect(g.nodes.filter((n) => n.label === 'Department').map((n) => n.name)).toEqual(
      expect.arrayContaining([
        '安徽省教育厅',
        '安徽省人力资源和社会保障厅',
        '安徽省卫生健康委员会',
        '安徽省医疗保障局',
      ]),
    );
    expect(g.edges.filter((e) => e.type === 'ISSUED')).toEqual([]);
  });

  it('takes no market of a city for a department: 深圳市场规模, 珠海市场', () => {
    const g = graphOf('深圳市场规模达到千亿元，珠海市场持续扩大。\n');
    expect(g.nodes.filter((n) => n.label === 'Department')).toEqual([]);
  });
});

describe('provincial notices', () => {
  // hthealth.net reprint of the notice of 2015-12-24 (浙发改规划[2015]882号).
  const ZJ_2015 =
    '省发改委关于印发浙江省健康产业发展规划(2015-2020年)的通知\n\n各市、县(市、区)人民政府，省级有关单位：\n经省政府同意，现将《浙江省健康产业发展规划(2015-2020年)》印发给你们，请结合实际认真组织实施。\n\n浙江省发展和改革委员会\n2015年12月24日\n\n浙江省健康产业发展规划\n(2015-2020年)\n\n为落实国务院和省政府关于健康产业发展的工作部署，特编制本规划。规划依据《国务院关于促进健康服务业发展的若干意见》、《浙江省人民政府关于促进健康服务业发展的实施意见》等文件的精神编制。\n';

  it('reads a header without the place and a signature in full as one issuer', () => {
    expect(issuersOf(ZJ_2015)).toEqual(['浙江省发展和改革委员会']);
  });

  it('names no issuer from 经省政府同意, 国务院和省政府关于…的工作部署 or a cited 《国务院关于…》', () => {
    const g = graphOf(ZJ_2015);
    const names = g.nodes.filter((n) => n.label === 'Department').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['国务院', '浙江省人民政府']));
    expect(issuersOf(ZJ_2015)).not.toContain('国务院');
  });

  it('reads a government above 关于印发…的通知 split over lines (山东省人民政府, 鲁政字〔2023〕162号)', () => {
    expect(
      issuersOf(
        '山东省人民政府\n\n关于印发山东省医养健康产业发展规划\n\n(2023-2027年)的通知\n\n鲁政字〔2023〕162号\n各市人民政府，各县(市、区)人民政府：\n\n现将《山东省医养健康产业发展规划(2023-2027年)》印发给你们，请结合实际认真组织实施。\n\n山东省人民政府\n\n2023年9月20日\n',
      ),
    ).toEqual(['山东省人民政府']);
  });

  it('reads a department signing alone under a notice with no header (浙江省经济和信息化厅, 2025年1月7日)', () => {
    expect(
      issuersOf(
        '为贯彻落实国务院办公厅《医疗装备产业高质量发展行动计划(2023-2025年)》等工作部署，确定《浙江省“新优器械”产品清单》，现予以公布。\n浙江省经济和信息化厅\n2025年1月7日\n',
      ),
    ).toEqual(['浙江省经济和信息化厅']);
  });
});

describe('national notices', () => {
  it('reads offices of three 司 signing a public notice as their ministries', () => {
    // 工业和信息化部 and 国家药监局, 2023-07-19, on the shortlist of 工信厅联原函〔2022〕325号.
    expect(
      issuersOf(
        '根据《关于组织开展生物医用材料创新任务揭榜挂帅(第一批)工作的通知》(工信厅联原函〔2022〕325号),工业和信息化部、国家药品监督管理局联合组织开展了遴选工作。现将拟发布的入围揭榜单位进行公示。\n公示时间:2023年7月19日至25日\n工业和信息化部原材料工业司\n工业和信息化部消费品工业司\n国家药品监督管理局医疗器械注册司\n2023年7月19日\n来源:工信部\n',
      ),
    ).toEqual(['国家药品监督管理局', '工业和信息化部']);
  });

  it('names no issuer from a joint notice that a city notice cites with 按照《…》', () => {
    // A city's notice of 2021-11-18 passing on 工信厅联科函〔2021〕247号.
    expect(
      issuersOf(
        '关于开展人工智能医疗器械创新任务揭榜工作的通知\n各有关单位：\n按照《工业和信息化部办公厅 国家药品监督管理局综合和规划财务司关于组织开展人工智能医疗器械创新任务揭榜工作的通知》(工信厅联科函〔2021〕247号)要求，现组织开展我市相关推荐工作。\n',
      ),
    ).toEqual([]);
  });

  it('reads a header whose 于 a reprint lost (關?;a組織開展), in Traditional script', () => {
    expect(
      issuersOf(
        '工業和信息化部辦公廳 國家藥監局綜合司關?;a組織開展生物醫用材料創新任務揭榜掛帥工作的通知\n各有關單位：\n為推動產業發展，現組織開展揭榜掛帥工作。\n',
      ),
    ).toEqual(['国家药品监督管理局', '工业和信息化部']);
  });
});

describe('local body names', () => {
  it.each([
    ['发改委', '发展和改革委员会'],
    ['发展改革委', '发展和改革委员会'],
    ['经信厅', '经济和信息化厅'],
    ['卫健委', '卫生健康委员会'],
    ['药监局', '药品监督管理局'],
    ['科技创新委', '科技创新委员会'],
    ['商务厅', '商务厅'],
  ])('fullBodyName(%s) is %s', (short, full) => {
    expect(fullBodyName(short)).toBe(full);
  });

  it('reads 省发改委 of a Zhejiang text as 浙江省发展和改革委员会', () => {
    expect(localBodyAt('省发改委关于', 0, { province: '浙江省' })).toEqual({
      length: 4,
      name: '浙江省发展和改革委员会',
    });
  });
});

describe('document numbers of local governments and the General Office', () => {
  it.each([
    ['浙政办发', '浙江省人民政府'],
    ['鲁政字', '山东省人民政府'],
    ['粤府办', '广东省人民政府'],
    ['苏政发', '江苏省人民政府'],
    ['浙发改规划', undefined],
    ['工信厅联原函', undefined],
  ])('localIssuerOfPrefix(%s) is %s', (prefix, name) => {
    expect(localIssuerOfPrefix(prefix)).toBe(name);
  });

  it('reads the lead issuer from 浙政办发〔2012〕16号 on its own line near the top', () => {
    expect(
      issuersOf(
        '关于印发浙江省医疗器械产业发展规划的通知\n浙政办发〔2012〕16号\n各市、县人民政府：\n现将规划印发给你们。\n',
      ),
    ).toEqual(['浙江省人民政府']);
  });

  it('reads 国办发〔2023〕1号 as the General Office of the State Council', () => {
    expect(
      issuersOf('关于印发某行动计划的通知\n国办发〔2023〕1号\n各省、自治区、直辖市人民政府：\n'),
    ).toEqual(['国务院办公厅']);
  });
});
