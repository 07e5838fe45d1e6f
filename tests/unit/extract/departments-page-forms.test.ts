// Departments and issuers as the pages of this field write them: forum reprints whose board lines
// and headlines run into the next line once normalised, notices to addressees with 抄送 lines,
// replies to proposals, forwarding notices signed by a department's office, city notices naming
// their province's bodies with 省, Hong Kong press naming the SAR's bureaus, and the short names of
// local bodies (省疾控局, 市自然资源规划局). Precision first: addressees, legislatures, courts and a
// party committee's offices are no government departments.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (text: string, title = '测试') =>
  extractGraph(
    [{ meta: { id: asPlanId('page-2024'), title, titleEn: 'test', file: 'p.txt', year: 2024 }, text }],
    curated(),
  ).graph;

const departmentsOf = (text: string, title?: string): string[] =>
  graphOf(text, title)
    .nodes.filter((n) => n.label === 'Department')
    .map((n) => n.name)
    .sort();

const issuedOf = (text: string, title?: string): string[] => {
  const g = graphOf(text, title);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => `${name.get(e.source) ?? e.source}:${String(e.props?.role)}`)
    .sort();
};

const SZ_TITLE = '关于促进高端医疗器械产业集群高质量发展的若干措施';

describe('forum reprints and headlines', () => {
  it('reads no city across a line break: a board line 帖子 above 市工信局… names no 帖子市', () => {
    const text =
      '深圳论坛 » 政策 » 帖子\n市工信局、市发改委、市科创委、市卫健委联合出台促进高端医疗器械集群发展措施\n发帖人：小李 2022-07-13\n日前，深圳市工信局会同市发改委、市科创委、市卫健委印发《关于促进高端医疗器械产业集群高质量发展的若干措施》。\n';
    expect(departmentsOf(text, SZ_TITLE)).toEqual(
      [
        '深圳市工业和信息化局',
        '深圳市发展和改革委员会',
        '深圳市科技创新委员会',
        '深圳市卫生健康委员会',
      ].sort(),
    );
  });

  it('reads a body at the start of a line after a headline without its full stop', () => {
    const text =
      '浙江医疗器械规划出台\n省经信委日前发布的《浙江省医疗器械产业发展规划（2011-2015年）》提出，到2015年实现产值翻番。\n';
    expect(issuedOf(text, '浙江省医疗器械产业发展规划（2011-2015年）')).toEqual([
      '浙江省经济和信息化委员会:lead',
    ]);
  });

  it('reads the departments of a signature of two per line in a quoted notice', () => {
    const text =
      '[原创] 市里刚发的医疗器械集群措施，大家看看\n楼主 医械老兵 发表于 2022-07-12\n各有关单位：经市政府同意，现将《关于促进高端医疗器械产业集群高质量发展的若干措施》印发给你们，请认真组织实施。\n深圳市工业和信息化局　深圳市发展和改革委员会\n深圳市科技创新委员会　深圳市卫生健康委员会\n2022年7月8日\n2楼 回复\n';
    expect(issuedOf(text, SZ_TITLE)).toEqual(
      [
        '深圳市发展和改革委员会:co-issuer',
        '深圳市工业和信息化局:lead',
        '深圳市科技创新委员会:co-issuer',
        '深圳市卫生健康委员会:co-issuer',
      ].sort(),
    );
  });
});

describe('places that are no city', () => {
  it('reads no city 日前报市 in 于5月31日前报市卫生健康委规划发展科', () => {
    const text =
      '赣州市卫生健康委员会关于做好2024年医疗卫生机构设备更新工作的通知\n各县（市、区）卫生健康委（局）负责组织摸底申报，于5月31日前报市卫生健康委规划发展科。市发展改革委负责争取资金支持。\n赣州市卫生健康委员会\n2024年5月10日\n';
    expect(departmentsOf(text)).toEqual(['赣州市发展和改革委员会', '赣州市卫生健康委员会'].sort());
  });

  it('reads no city 芜湖等市 in 合肥、芜湖等市卫生健康委', () => {
    expect(departmentsOf('您提出的提案收悉。合肥、芜湖等市卫生健康委已开展试点。')).toEqual([]);
  });

  it('reads no body that holds another place (本报吉林讯 吉林省人民政府办公厅)', () => {
    const text =
      '吉林打造生物医药与高端医疗器械产业新赛道\n\n本报吉林讯 吉林省人民政府办公厅近日印发《关于打造吉林省生物医药与高端医疗器械产业新赛道的实施方案》。\n';
    expect(departmentsOf(text)).toEqual(['吉林省人民政府']);
  });
});

describe('addressees and 抄送 lines', () => {
  const GD =
    '广东省人民政府办公厅关于印发广东省医疗器械产业发展行动计划的通知\n粤府办〔2023〕12号\n各地级以上市人民政府，省政府各部门、各直属机构：\n现将《广东省医疗器械产业发展行动计划》印发给你们，请认真组织实施。实施中遇到的问题，请径向省工业和信息化厅反映。\n广东省人民政府办公厅\n2023年5月10日\n抄送：省委有关部委办，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省工业和信息化厅。\n';

  it('keeps the legislature, the CPPCC, courts and procuratorates of a 抄送 line out of departments', () => {
    expect(departmentsOf(GD)).toEqual(['广东省人民政府', '广东省工业和信息化厅'].sort());
  });

  it('names no issuer from a 抄送 line', () => {
    expect(issuedOf(GD)).toEqual(['广东省人民政府:lead']);
  });

  it('reads no home district’s government from the addressees 各市、区人民政府', () => {
    const text =
      '苏州市人民政府办公室\n苏府办规字〔2023〕3号\n各市、区人民政府，苏州工业园区、苏州高新区管委会；市各委办局，各直属单位：\n经市政府同意，现将《苏州市生物医药及高端医疗器械产业集群发展若干措施》印发给你们，请认真贯彻执行。\n苏州市人民政府办公室\n2023年2月28日\n';
    const depts = departmentsOf(text);
    expect(depts).toContain('苏州市人民政府');
    expect(depts.some((d) => d.endsWith('区人民政府'))).toBe(false);
  });

  it('drops an addressee written without its place (医疗保障局) but keeps a list of duties', () => {
    const text =
      '工业和信息化部 国家卫生健康委员会 国家医疗保障局 国家药品监督管理局\n关于印发医疗装备产业高质量发展行动计划的通知\n各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门、卫生健康委、医疗保障局、药品监督管理局：\n现将《医疗装备产业高质量发展行动计划》印发给你们。\n';
    expect(departmentsOf(text)).not.toContain('医疗保障局');
    expect(
      departmentsOf(
        '（八）招商引资。（责任单位：各区政府、市商务局）',
        '常州市高端医疗器械产业集群培育若干措施',
      ),
    ).toEqual(['常州市商务局']);
  });
});

describe('offices, party committees and short names of local bodies', () => {
  it('reads a department’s office in a forwarding header as the department, a forwarder', () => {
    const text =
      '江苏省科技厅办公室关于转发《“十三五”医疗器械科技创新专项规划》的通知\n苏科办社〔2017〕12号\n各设区市科技局：\n现将科技部办公厅《关于印发〈“十三五”医疗器械科技创新专项规划〉的通知》（国科办社〔2017〕44号）转发给你们。\n江苏省科技厅办公室\n2017年6月15日\n';
    expect(issuedOf(text)).toEqual(['江苏省科学技术厅:forwarder', '科学技术部:lead']);
  });

  it('never reads 省委网信办 as the national cyberspace office', () => {
    const text =
      '安徽省药品监督管理局关于省政协提案的答复\n您提出的提案收悉。省委网信办、省卫健委参与了调研。\n';
    expect(departmentsOf(text)).toEqual(['安徽省卫生健康委员会', '安徽省药品监督管理局']);
  });

  it('names short local bodies in full and keeps the short name with its place as an alias', () => {
    const text =
      '安徽省药品监督管理局关于省政协提案的答复\n您提出的提案收悉。我局会同省疾控局、省中医药局、省应急厅、省卫生计生委、省质监局开展了调研。\n';
    const g = graphOf(text);
    const names = g.nodes.filter((n) => n.label === 'Department').map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '安徽省疾病预防控制局',
        '安徽省中医药管理局',
        '安徽省应急管理厅',
        '安徽省卫生和计划生育委员会',
        '安徽省质量技术监督局',
      ]),
    );
    const cdc = g.nodes.find((n) => n.name === '安徽省疾病预防控制局');
    expect(cdc?.aliases).toEqual(expect.arrayContaining(['省疾控局', '安徽省疾控局']));
  });

  it('reads bureaus named 自然资源规划, 自然资源和规划 and a government’s 金融工作办公室', () => {
    expect(
      departmentsOf(
        '（四）加强用地保障。（责任单位：市自然资源规划局、市政府金融工作办公室）（五）苏州市自然资源和规划局负责。',
        '常州市高端医疗器械产业集群培育若干措施',
      ),
    ).toEqual(['常州市自然资源规划局', '常州市金融工作办公室', '苏州市自然资源和规划局'].sort());
  });

  it('reads the province of a prefecture-level city for its notice’s 省药监局', () => {
    const text =
      '近日，镇江市工业和信息化局、镇江市卫生健康委员会联合印发《镇江市促进高端医疗器械产业发展若干措施》。省药品监督管理局给予指导。';
    expect(departmentsOf(text)).toContain('江苏省药品监督管理局');
  });

  it('reads a department after 批转 (省政府批转省经信委《…》)', () => {
    const text =
      '浙江医疗器械规划出台。\n浙江省人民政府日前批转省经信委《浙江省医疗器械产业发展规划（2011-2015年）》。\n';
    expect(departmentsOf(text)).toEqual(['浙江省人民政府', '浙江省经济和信息化委员会'].sort());
  });
});

describe('customs districts and bureaus a city names in its own way', () => {
  it('reads 深圳海关, 上海海关, 黄埔海关 and 市人力资源保障局', () => {
    expect(
      departmentsOf(
        '深圳海关加快通关，市人力资源保障局负责人才引进。上海海关、黄埔海关支持。',
        '深圳市促进高端医疗器械产业集群高质量发展的若干措施',
      ),
    ).toEqual(['深圳海关', '上海海关', '黄埔海关', '深圳市人力资源保障局'].sort());
  });
});

describe('the SAR governments’ bureaus and departments in Hong Kong press', () => {
  it('reads 創新科技及工業局, 社會福利署 and 衞生署 in a Traditional report, not 香港生產力促進局', () => {
    const text =
      '創新科技及工業局發言人回應稱，特區政府會繼續透過創新及科技基金支持本地企業，並與社會福利署合作，在安老院舍試用本地研發的科技產品。香港生產力促進局亦將舉辦對接會。衞生署表示歡迎。';
    expect(departmentsOf(text)).toEqual(['创新科技及工业局', '社会福利署', '卫生署'].sort());
  });

  it('reads 食物環境衞生署 whole, not its 衞生署', () => {
    expect(departmentsOf('食物環境衞生署未有回應。')).toEqual(['食物环境卫生署']);
  });
});

describe('a level word after a conjunction and a preposition', () => {
  it('reads 市财政局 in 并按市财政局…, no city 并按市', () => {
    expect(
      departmentsOf(
        '以上项目均通过市卫生健康委员会组织的大型医用设备配置审核，并按市财政局政府采购程序实施。',
      ),
    ).not.toContain('并按市财政局');
  });
});

describe('Taiwan’s ministries and agencies in Taiwanese press', () => {
  it('reads 經濟部產業發展署 and 衛福部食藥署 under their official names, keeping the written forms', () => {
    const text =
      '經濟部產業發展署表示，已將透析與呼吸耗材列入醫材供應鏈韌性計劃，協助廠商與法人合作開發膜材紡絲技術；衛福部食藥署也針對國產替代品開闢優先審查管道。';
    const g = graphOf(text);
    const depts = g.nodes.filter((n) => n.label === 'Department');
    expect(depts.map((n) => n.name).sort()).toEqual(['卫生福利部食品药物管理署', '经济部产业发展署']);
    expect(depts.find((n) => n.name === '卫生福利部食品药物管理署')?.aliases).toContain('卫福部食药署');
  });

  it('reads the agency of a press release’s 發佈單位 field as its issuer, and its bracketed short form', () => {
    const text =
      '發佈單位：經濟部產業發展署\n經濟部產業發展署（產發署）今（2）日表示，將與衛生福利部食品藥物管理署合作。產發署指出，國科會也將投入資源。';
    expect(issuedOf(text, '醫材零組件推動計畫')).toEqual(['经济部产业发展署:lead']);
    expect(departmentsOf(text)).toEqual(
      ['卫生福利部食品药物管理署', '国家科学及技术委员会', '经济部产业发展署'].sort(),
    );
  });

  it('reads no ministry in 经济部门, 经济部分 or a foreign country’s 经济部', () => {
    expect(departmentsOf('德国经济部长表示，数字经济部门和实体经济部分都将受益。')).toEqual([]);
  });
});

describe('a body’s own document and the parent of an institution', () => {
  const REPORT =
    '常州市人民政府工作报告（摘编）\n\n——2025年1月15日在常州市第十七届人民代表大会第五次会议上\n\n（二）优化产业创新生态。争取国家药品监督管理局医疗器械技术审评中心在常设立审评服务点。市工业和信息化局、市科技局要联合实施“揭榜挂帅”攻关。\n';

  it('reads the government whose work report the headline names as its issuer', () => {
    expect(issuedOf(REPORT, '常州市人民政府工作报告（摘编）')).toEqual(['常州市人民政府:lead']);
  });

  it('reads no issuer from a work report named in running text', () => {
    expect(
      issuedOf('李强总理在政府工作报告中提出，要发展高端医疗装备。常州市人民政府工作报告也作出部署。'),
    ).toEqual([]);
  });

  it('names the department whose review centre the text names, which neither issues nor leads', () => {
    const g = graphOf(REPORT, '常州市人民政府工作报告（摘编）');
    expect(g.nodes.some((n) => n.id === 'department:nmpa')).toBe(true);
    expect(g.edges.some((e) => e.source === 'department:nmpa')).toBe(false);
  });
});

describe('a government office forwarding its departments’ document', () => {
  it('reads 市政府办公厅转发市经济信息化委、…、市药品监管局制订的《…》: the departments issue, the office forwards', () => {
    const text =
      '市政府办公厅日前转发市经济信息化委、市发展改革委、市卫生健康委、市药品监管局制订的《上海市促进高端医疗器械产业发展行动方案》。\n';
    expect(issuedOf(text, '上海市促进高端医疗器械产业发展行动方案')).toEqual(
      [
        '上海市经济和信息化委员会:lead',
        '上海市发展和改革委员会:co-issuer',
        '上海市卫生健康委员会:co-issuer',
        '上海市药品监督管理局:co-issuer',
        '上海市人民政府:forwarder',
      ].sort(),
    );
    // 日前转发市… names no city 前转发市.
    expect(departmentsOf(text, '上海市促进高端医疗器械产业发展行动方案')).toHaveLength(5);
  });
});

describe('issue sentences past the opening of a text without headings', () => {
  const filler =
    '医疗器械产业是浙江的传统优势产业之一，全省现有医疗器械生产企业一千余家，产品涵盖十多个大类。\n'.repeat(
      14,
    );
  const title = '浙江省医疗器械产业发展规划（2011-2015年）';

  it('reads an issue that names the plan, its period written another way (“十二五”)', () => {
    const text = `浙江医疗器械产业迎来发展新机遇\n${filler}为此，省经信委近日印发了《浙江省医疗器械产业“十二五”发展规划》。\n`;
    expect(issuedOf(text, title)).toEqual(['浙江省经济和信息化委员会:lead']);
  });

  it('reads no issue of another document further down (a ministry’s 配置规划, another bureau’s plan)', () => {
    expect(
      issuedOf(
        `浙江医疗器械产业迎来发展新机遇\n${filler}为此，省科技厅近日印发了《浙江省医疗器械产业技术创新规划》。\n`,
        title,
      ),
    ).toEqual([]);
    expect(
      issuedOf(
        `国产医用直线加速器核心部件加快替代\n${filler}国家卫生健康委发布的大型医用设备配置规划中，直线加速器的规划数量有所增加。\n`,
      ),
    ).toEqual([]);
  });
});

describe('a party committee issuing with its government', () => {
  it('reads the government, not the committee’s office, as a department and issuer', () => {
    expect(
      issuedOf('中共浙江省委办公厅 浙江省人民政府办公厅印发《关于加快生物医药产业高质量发展的若干意见》\n'),
    ).toEqual(['浙江省人民政府:lead']);
  });

  it('reads the government of a joint masthead 中共浙江省委 浙江省人民政府 above the 关于 line', () => {
    const text = '中共浙江省委　浙江省人民政府\n关于加快生物医药产业高质量发展的若干意见\n';
    expect(departmentsOf(text)).toEqual(['浙江省人民政府']);
    expect(issuedOf(text)).toEqual(['浙江省人民政府:lead']);
  });
});

describe('the province of a notice that names only its cities', () => {
  it('reads 省科技厅 as the province of the cities the notice names, all in one province', () => {
    const text =
      '省科技厅关于转发《“十三五”医疗器械科技创新专项规划》的通知\n各设区市科技局：\n现将科技部办公厅《“十三五”医疗器械科技创新专项规划》转发给你们。南京市、苏州市、常州市等地要结合实际贯彻落实。\n省科技厅\n2017年6月15日\n';
    expect(issuedOf(text)).toEqual(['江苏省科学技术厅:forwarder', '科学技术部:lead']);
  });
});
