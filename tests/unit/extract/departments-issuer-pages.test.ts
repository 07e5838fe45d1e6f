// Who issued a text, as pages other than the notice itself say it: a spokesman or a source the news
// cites, an interpretation's headline, a page's source field under the document's own title, a
// forwarding notice naming the forwarded plan without title marks, and news that names the issuing
// departments in two parts (`等七部门…这七个部门分别是`, `，以及`, `等三部门会同`, `此次联合印发的还有`).
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const graphOf = (text: string, title: string) =>
  extractGraph(
    [{ meta: { id: asPlanId('page-2025'), title, titleEn: 'test', file: 'p.txt', year: 2025 }, text }],
    curated(),
  ).graph;

/** The issuers as `name:role`, sorted. */
const issuedOf = (text: string, title = '测试'): string[] => {
  const g = graphOf(text, title);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'ISSUED')
    .map((e) => `${name.get(e.source) ?? e.source}:${String(e.props?.role)}`)
    .sort();
};
const namesOf = (text: string, title = '测试'): string[] =>
  issuedOf(text, title).map((i) => i.split(':')[0] ?? '');

const ZJ = '浙江省医疗器械产业发展规划（2011-2015年）';
const ZJ_COMMISSION = '浙江省经济和信息化委员会';
const ELDERCARE = '智慧健康养老产业发展行动计划';
const SEVEN = [
  '工业和信息化部',
  '民政部',
  '国家卫生健康委员会',
  '国家发展和改革委员会',
  '财政部',
  '商务部',
  '国家市场监督管理总局',
].sort();

describe('news that cites the plan’s maker', () => {
  it('reads 据X介绍，《…》已于近日正式出台 and X有关负责人表示，新近出台的《…》 as X issuing the plan', () => {
    expect(
      namesOf(
        `浙江出台医疗器械产业发展规划\n据浙江省经信委介绍，《${ZJ}》已于近日正式出台。规划提出，到2015年实现销售收入300亿元。\n`,
        ZJ,
      ),
    ).toEqual([ZJ_COMMISSION]);
    expect(
      namesOf(
        `浙江出台医疗器械产业发展规划\n浙江省经信委有关负责人表示，新近出台的《${ZJ}》将重点支持医学影像设备发展。\n`,
        ZJ,
      ),
    ).toEqual([ZJ_COMMISSION]);
  });

  it('reads no issue where the spokesman only carries the plan out, or another body stands before the title', () => {
    const plan = '“十四五”医疗装备产业发展规划';
    expect(
      namesOf(`国家卫生健康委有关负责人表示，将认真贯彻落实《${plan}》，推动医疗装备应用。\n`, plan),
    ).toEqual([]);
    expect(namesOf(`国家卫生健康委有关负责人表示，国务院近日印发的《${plan}》将推动应用。\n`, plan)).toEqual([
      '国务院',
    ]);
  });

  it('reads an interpretation’s headline, X有关负责人就《…》答记者问, as X’s plan, but not a regulation X explains', () => {
    expect(
      namesOf(
        '工业和信息化部有关负责人就《医疗装备产业高质量发展行动计划（2023-2025年）》答记者问\n问：行动计划出台的背景是什么？\n答：医疗装备是卫生健康事业的重要基础。\n',
      ),
    ).toEqual(['工业和信息化部']);
    expect(
      namesOf(
        '国家药监局有关负责人就《医疗器械监督管理条例》答记者问\n问：条例修订的背景是什么？\n',
        '医疗器械监督管理条例',
      ),
    ).toEqual([]);
  });
});

describe('a page’s fields and forwarding notices', () => {
  it('reads a source field under the document’s own title as its issuer, not under news or naming a paper', () => {
    expect(
      namesOf(
        '关于印发浙江省医疗器械产业发展规划（2011-2015年）的通知\n信息来源：浙江省经济和信息化委员会  发布日期：2012-03-01\n各市经信委：\n现将规划印发给你们。\n',
      ),
    ).toEqual([ZJ_COMMISSION]);
    expect(
      namesOf(`${ZJ}\n来源：浙江省人民政府办公厅\n一、发展现状\n我省医疗器械产业发展迅速。\n`, ZJ),
    ).toEqual(['浙江省人民政府']);
    expect(namesOf(`${ZJ}\n来源：浙江日报\n一、发展现状\n`, ZJ)).toEqual([]);
  });

  it('reads a body’s own announcement of its act (its headline opens with its name, its source field names it) as issued by it', () => {
    const approvals =
      '国家药监局批准4个创新产品注册\n\n发布时间：2026-11-28　来源：国家药品监督管理局\n\n近日，国家药品监督管理局经审查，批准了以下4个创新产品注册申请：\n';
    expect(namesOf(approvals)).toEqual(['国家药品监督管理局']);
    expect(namesOf(approvals.replace('来源：国家药品监督管理局', '来源：中国医药报'))).toEqual([]);
    expect(namesOf(approvals.replace('来源：国家药品监督管理局', '来源：国家卫生健康委员会'))).toEqual([]);
    expect(namesOf(approvals.replace('国家药监局批准', '国家药监局召开会议部署'))).toEqual([]);
  });

  it('reads a publisher field of a forwarding notice as the forwarder, and the plan it names without title marks as the maker’s', () => {
    expect(
      issuedOf(
        '发文单位：江苏省科学技术厅\n文　　号：苏科社发〔2017〕201号\n关于转发科技部医疗器械科技创新专项规划的通知\n各设区市科技局：\n现将规划转发给你们。\n',
      ),
    ).toEqual(['江苏省科学技术厅:forwarder', '科学技术部:lead']);
  });

  it('reads a provincial body of the years 2013-2018 (卫生和计划生育委员会) and a signature with its seal', () => {
    expect(
      issuedOf(
        '江苏省卫生和计划生育委员会关于转发科技部办公厅《“十三五”医疗器械科技创新专项规划》的通知\n\n各设区市卫生计生委：\n现将科技部办公厅印发的规划转发给你们。\n\n江苏省卫生和计划生育委员会（盖章）\n2017年7月3日\n',
      ),
    ).toEqual(['江苏省卫生和计划生育委员会:forwarder', '科学技术部:lead']);
  });
});

describe('news naming the issuing departments in two parts', () => {
  const cases: readonly (readonly [string, string])[] = [
    [
      '等七部门…这七个部门分别是',
      `近日，工业和信息化部等七部门联合印发《${ELDERCARE}》（以下简称《行动计划》）。这七个部门分别是工业和信息化部、民政部、国家卫生健康委员会、国家发展改革委、财政部、商务部和市场监管总局。`,
    ],
    [
      '，以及',
      `日前，经国务院同意，工业和信息化部、民政部、国家卫生健康委员会，以及国家发展改革委、财政部、商务部、市场监管总局等七部门联合发布《${ELDERCARE}》。`,
    ],
    [
      '等三部门会同',
      `近日，工业和信息化部、民政部、国家卫生健康委员会等三部门会同国家发展改革委、财政部、商务部、市场监管总局印发了《${ELDERCARE}》。`,
    ],
    [
      '牵头，联合…共七部门',
      `近日，工业和信息化部、民政部、国家卫生健康委员会牵头，联合国家发展改革委、财政部、商务部、市场监管总局共七部门印发了《${ELDERCARE}》。`,
    ],
    [
      '联合…，印发了',
      `近日，工业和信息化部联合民政部、国家卫生健康委员会、国家发展改革委、财政部、商务部、市场监管总局，印发了《${ELDERCARE}》。`,
    ],
    [
      '（以下简称七部门）联合印发',
      `近日，工业和信息化部、民政部、国家卫生健康委员会、国家发展改革委、财政部、商务部、市场监管总局（以下简称七部门）联合印发了《${ELDERCARE}》。`,
    ],
    [
      '此次联合印发的还有',
      `近日，工业和信息化部、民政部和国家卫生健康委员会等七部门联合印发《${ELDERCARE}》。此次联合印发《行动计划》的还有国家发展改革委、财政部、商务部和市场监管总局。`,
    ],
  ];
  for (const [form, sentence] of cases)
    it(`reads all seven issuers of ${form}`, () => {
      expect(
        [...new Set(namesOf(`七部门联合印发智慧健康养老行动计划\n${sentence}\n`, ELDERCARE))].sort(),
      ).toEqual(SEVEN);
    });

  it('reads the verbs news also uses for issuing (联合推出《…》, 联合制发) and a page’s 印发单位 field', () => {
    for (const verb of ['推出', '制发'])
      expect(
        namesOf(
          `三部门联合印发行动计划\n近日，工业和信息化部、民政部、国家卫生健康委员会联合${verb}《${ELDERCARE}》。\n`,
          ELDERCARE,
        ).sort(),
      ).toEqual(['国家卫生健康委员会', '工业和信息化部', '民政部'].sort());
    expect(
      namesOf(
        `${ELDERCARE}\n印发单位：工业和信息化部 民政部 国家卫生健康委员会\n一、总体要求\n`,
        ELDERCARE,
      ).sort(),
    ).toEqual(['国家卫生健康委员会', '工业和信息化部', '民政部'].sort());
    expect(namesOf('国家药监局今年推出医疗器械唯一标识系统，覆盖第三类医疗器械。\n')).toEqual([]);
  });

  it('reads 工业和信息化部 as the lead of a list it heads, and the ones named after the count as co-issuers', () => {
    const issued = issuedOf(
      `七部门联合印发智慧健康养老行动计划\n近日，工业和信息化部等七部门联合印发《${ELDERCARE}》。这七个部门分别是工业和信息化部、民政部、国家卫生健康委员会、国家发展改革委、财政部、商务部和市场监管总局。\n`,
      ELDERCARE,
    );
    expect(issued).toContain('工业和信息化部:lead');
    expect(issued).toContain('民政部:co-issuer');
  });

  it('reads no issuer from a list the notice names as addressees after an issue (各部门分别是 is no issue)', () => {
    expect(
      namesOf(
        '为落实国务院和省政府关于健康产业发展的工作部署，特编制本规划。请径向省工业和信息化厅、省卫生健康委反映。\n',
      ),
    ).toEqual([]);
  });
});

describe('Hong Kong issuers', () => {
  it('names the SAR government as it is named (香港特區政府 is no district’s 人民政府)', () => {
    expect(namesOf('香港特區政府今日公布《香港創新科技發展藍圖》，提出發展生命健康科技。\n')).toEqual([
      '香港特别行政区政府',
    ]);
  });

  it('reads a bureau that publishes a document (發表) as its issuer, and one that only co-operates as none', () => {
    expect(namesOf('《醫療器械規管框架諮詢文件》由醫務衞生局發表。\n')).toEqual(['医务卫生局']);
    expect(namesOf('醫院管理局今日宣布引入手術機械人，並與衞生署合作推動遠程醫療。\n')).toEqual([]);
    expect(namesOf('衞生署今日發表聲明，提醒市民注意。\n')).toEqual([]);
  });
});

describe('the maker of a call, a handbook or a reply', () => {
  const CALL = '“高端医疗器械与生物医用材料”重点专项2026年度项目申报指南';

  it('reads A会同B组织编制了 followed by the plan’s own title without title marks as A and B issuing it', () => {
    expect(
      issuedOf(
        `${CALL}\n\n为落实有关部署，科学技术部会同国家卫生健康委员会组织编制了${CALL}。本专项由项目管理专业机构负责组织实施。\n`,
        CALL,
      ),
    ).toEqual(['国家卫生健康委员会:co-issuer', '科学技术部:lead']);
  });

  it('reads no issue where the unmarked object of 编制了 is another document', () => {
    expect(
      namesOf(`${CALL}\n\n科学技术部会同国家卫生健康委员会编制了三年行动方案，本指南据此组织项目。\n`, CALL),
    ).toEqual([]);
  });

  it('reads the departments of a handbook’s 编制单位 field under its title, and no institute', () => {
    const title = '无锡市医疗器械产业链图谱（2026版）';
    expect(
      namesOf(
        `${title}\n——招商手册节选\n\n编制单位：无锡市工业和信息化局\u3000无锡市投资促进局\n数据截至：2025年12月\n`,
        title,
      ),
    ).toEqual(['无锡市工业和信息化局', '无锡市投资促进局']);
    expect(namesOf(`${title}\n\n编制单位：中国信息通信研究院\n`, title)).toEqual([]);
  });

  it('reads a reply signed at its end with the year and month only', () => {
    const reply = '工业和信息化部对十四届全国政协二次会议第01234号提案的答复';
    const text = `${reply}\n\n王某某委员：\n\u3000\u3000您提出的提案收悉。经商国家卫生健康委员会，现答复如下：我部将会同财政部研究有关政策。\n\n工业和信息化部\n2024年7月\n`;
    expect(namesOf(text, reply)).toEqual(['工业和信息化部']);
    // A year and month under names that more text follows dates a cover or a by-line, not a signature.
    expect(namesOf(`${text.replace(/\n$/, '')}\n附件：有关名单\n`, reply)).toEqual([]);
  });

  it('reads no issuer in the bodies whose earlier decisions a notice carries out, nor in figures a body released', () => {
    expect(
      namesOf(
        '某市卫生健康委员会关于做好设备更新工作的通知\n\n为贯彻落实国务院《推动大规模设备更新和消费品以旧换新行动方案》和国家卫生健康委等部门关于医疗卫生机构装备更新改造的部署，现就有关事项通知如下：\n',
        '某市卫生健康委员会关于做好设备更新工作的通知',
      ),
    ).not.toContain('国家卫生健康委员会');
    expect(
      namesOf('为贯彻落实党中央、国务院关于深化医疗器械监管改革的部署，四部门研究制定了《措施》。\n'),
    ).toEqual([]);
    expect(
      namesOf('国家药品监督管理局近日发布的医疗器械注册审批情况显示，第三季度共批准首次注册412项。\n'),
    ).toEqual([]);
  });
});

describe('compilers of a chain map or a chain list', () => {
  it('reads a bare 编制： field under the title as the issuers (编制：A　B)', () => {
    const text =
      '武汉市医疗器械产业链图谱（2026版）\n编制：武汉市经济和信息化局　武汉市投资促进局\n\n一、产业概况\n全市医疗器械规上企业312家。';
    expect(namesOf(text, '武汉市医疗器械产业链图谱（2026版）')).toEqual([
      '武汉市投资促进局',
      '武汉市经济和信息化局',
    ]);
  });

  it('reads 本清单由A会同B、C编制 as the list’s issuers', () => {
    const text =
      '宁波市医疗装备产业链重点产品清单\n编制说明：本清单由宁波市经济和信息化局会同宁波市科学技术局、宁波市卫生健康委员会编制，按“整机—核心部件—关键材料”梳理产业链上下游。';
    expect(namesOf(text, '宁波市医疗装备产业链重点产品清单')).toEqual(
      expect.arrayContaining(['宁波市经济和信息化局', '宁波市科学技术局', '宁波市卫生健康委员会']),
    );
  });
});

describe('a catalogue’s cover', () => {
  const body =
    '\n\n说明：本目录收录经企业申报、专家评审确定的优秀国产医疗装备产品共14项，供全省医疗机构采购选型参考。\n\n一、医学影像设备\n序号｜产品名称｜关键部件\n1｜1.5T超导磁共振成像系统｜超导磁体、梯度线圈';
  it('reads the bodies on a line of their own between a catalogue’s title and its full date as its issuers', () => {
    const text =
      '湖北省优秀国产医疗装备产品推荐目录（2026年版）\n\n湖北省经济和信息化厅　湖北省卫生健康委员会\n2026年12月1日' +
      body;
    expect(namesOf(text, '湖北省优秀国产医疗装备产品推荐目录')).toEqual([
      '湖北省卫生健康委员会',
      '湖北省经济和信息化厅',
    ]);
  });
});

describe('a regulator’s numbered announcement between the issuer and its verb', () => {
  it('reads 《医疗器械分类目录》由原国家食品药品监督管理总局以2017年第104号公告发布', () => {
    const text =
      '医疗器械分类目录（节选）\n【阅读说明】本页为分类目录子目录12的文字版摘录。《医疗器械分类目录》由原国家食品药品监督管理总局以2017年第104号公告发布，自2018年8月1日起施行。';
    expect(namesOf(text, '医疗器械分类目录')).toEqual(['国家食品药品监督管理总局']);
  });

  it('reads the bracketed line under a title, （国家食品药品监督管理总局2017年第104号公告发布）', () => {
    const text =
      '附件\n\n医疗器械分类目录\n（国家食品药品监督管理总局2017年第104号公告发布）\n\n08　呼吸、麻醉和急救器械\n\n一、范围\n本子目录包括呼吸、麻醉和急救用的设备、器具和管路、面罩类产品。';
    expect(namesOf(text, '医疗器械分类目录')).toEqual(['国家食品药品监督管理总局']);
  });
});

describe('a page its source field and its signature give to one body', () => {
  const title = '合肥市医疗器械产业链招商图谱（2026版）';
  const opening =
    '为贯彻落实《合肥市“十四五”医疗装备产业发展规划》，精准开展产业链招商，经合肥市人民政府同意，合肥市投资促进局会同合肥市发展和改革委员会、合肥市经济和信息化局、合肥市科学技术局、合肥市卫生健康委员会编制了《合肥市医疗器械产业链招商图谱（2026版）》，现予发布。\n\n一、产业基础\n\n2025年，全市医疗器械规模以上企业187家。\n\n';
  it('reads 来源：A … A会同B、C编制了《…》 … signed A as A’s page: B and C compiled it with A', () => {
    const text = `${title}\n\n来源：合肥市投资促进局\u3000\u3000发布时间：2026-03-06\u3000\u3000浏览次数：2418\n\n${opening}合肥市投资促进局\n2026年3月6日\n`;
    expect(namesOf(text, title)).toEqual(['合肥市投资促进局']);
  });
  it('keeps the bodies A worked with where no source field names A alone', () => {
    const text = `${title}\n\n${opening}合肥市投资促进局\n2026年3月6日\n`;
    expect(namesOf(text, title)).toHaveLength(5);
  });
});
