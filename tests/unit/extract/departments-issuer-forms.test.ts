// Who issued a text, in every way a notice or a news item writes it: Traditional notices with their
// offices side by side or one per line, signature blocks, document numbers in any bracket, news
// that says a department published, publicised or organised what the text reports on, and the
// provincial governments that issue provincial plans. A department only given a task issues nothing.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { subUnitAt } from '../../../server/extract/rules/departments-lists';
import { localBodyAt } from '../../../server/extract/rules/departments-local';
import { foldVariants } from '../../../server/extract/rules/departments-variants';
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

const issuersOf = (text: string): string[] =>
  graphOf(text)
    .edges.filter((e) => e.type === 'ISSUED')
    .map((e) => e.source)
    .sort();

const MIIT_NMPA = ['department:miit', 'department:nmpa'];

describe('notice headers in Traditional script', () => {
  it('reads two offices separated by a space: 工業和信息化部辦公廳 國家藥監局綜合司關於…的通知', () => {
    expect(
      issuersOf(
        '工業和信息化部辦公廳 國家藥監局綜合司關於組織開展生物醫用材料創新任務揭榜掛帥（第二批）工作的通知\n\n工信廳聯原函〔2025〕38號\n\n各省、自治區、直轄市工業和信息化主管部門、藥品監督管理局：\n',
      ),
    ).toEqual(MIIT_NMPA);
  });

  it('reads the offices one per line, and between blank lines, above 關於…的通知', () => {
    expect(
      issuersOf('工業和信息化部辦公廳\n國家藥監局綜合司\n關於組織開展揭榜掛帥工作的通知\n各有關單位：\n'),
    ).toEqual(MIIT_NMPA);
    expect(
      issuersOf(
        '工業和信息化部辦公廳\n\n國家藥監局綜合司\n\n關於組織開展揭榜掛帥工作的通知\n\n工信廳聯科函〔2025〕112號\n\n各有關單位：\n現將有關事項通知如下。\n',
      ),
    ).toEqual(MIIT_NMPA);
  });

  it('reads the full name of the office: 國家藥品監督管理局綜合和規劃財務司', () => {
    expect(
      issuersOf(
        '工業和信息化部辦公廳 國家藥品監督管理局綜合和規劃財務司關於組織開展揭榜掛帥工作的通知\n各有關單位：\n',
      ),
    ).toEqual(MIIT_NMPA);
  });

  it('reads variant characters no conversion table rewrites: 関於, 辦公庁, 国家薬監局総合司', () => {
    expect(
      issuersOf('工業和信息化部辦公庁 国家薬監局総合司関於組織開展揭榜掛帥工作的通知\n各有關單位：\n'),
    ).toEqual(MIIT_NMPA);
  });

  it('reads a header whose space a reprint turned into ?, with each office as an issuer', () => {
    const g = graphOf('工業和信息化部辦公廳?國家藥監局綜合司關於組織開展揭榜掛帥工作的通知\n各有關單位：\n');
    const issued = g.edges.filter((e) => e.type === 'ISSUED');
    expect(issued.map((e) => e.source).sort()).toEqual(MIIT_NMPA);
    expect(issued.find((e) => e.source === 'department:miit')?.props?.role).toBe('lead');
  });

  it('quotes the header as written, in Traditional script', () => {
    const g = graphOf(
      '工業和信息化部辦公廳\n國家藥監局綜合司\n關於組織開展揭榜掛帥工作的通知\n各有關單位：\n',
    );
    const quotes = g.edges.filter((e) => e.type === 'ISSUED').flatMap((e) => e.evidence.map((x) => x.quote));
    expect(quotes.some((q) => q.includes('工業和信息化部辦公廳') && q.includes('關於'))).toBe(true);
  });
});

describe("a government site's record of a notice", () => {
  it('reads the 发文机关 field (發文機關 in Traditional) and the 发文字号 field', () => {
    const record =
      '標　　題：工業和信息化部辦公廳 國家藥監局綜合司關於組織開展揭榜掛帥工作的通知\n發文機關：工業和信息化部辦公廳 國家藥監局綜合司\n發文字號：工信廳聯原函〔2025〕38號\n成文日期：2025年03月12日\n';
    expect(issuersOf(record)).toEqual(MIIT_NMPA);
    expect(issuersOf('通知\n發文機關：國家藥監局綜合司\n')).toEqual(['department:nmpa']);
    expect(issuersOf('關於組織開展揭榜掛帥工作的通知\n發文字號：工信廳聯原函〔2025〕38號\n')).toEqual([
      'department:miit',
    ]);
  });
});

describe('document numbers', () => {
  it.each([
    ['工信廳聯原函〔2025〕38號'],
    ['工信廳聯原函[2025]38號'],
    ['工信厅联科函（2025）112号'],
    ['工信厅联原函?2025?38号'],
  ])('reads the lead issuer from %s on its own line near the top', (line) => {
    expect(
      issuersOf(`關於組織開展揭榜掛帥工作的通知\n${line}\n各有關單位：\n現將有關事項通知如下。\n`),
    ).toEqual(['department:miit']);
  });
});

describe('signature blocks', () => {
  const body =
    '关于组织开展揭榜挂帅工作的通知\n各有关单位：\n现将有关事项通知如下。\n一、工作目标\n推动生物医用材料创新。\n\n';

  it('reads department names on their own lines above 2023年6月30日 as the issuers', () => {
    expect(issuersOf(`${body}工业和信息化部办公厅\n国家药监局综合司\n2023年6月30日\n`)).toEqual(MIIT_NMPA);
  });

  it('reads one office above a date, and a date in Chinese numerals (二〇二五年三月十二日)', () => {
    expect(issuersOf(`${body}工业和信息化部办公厅\n2023年6月30日\n`)).toEqual(['department:miit']);
    expect(
      issuersOf(
        `${body}工業和信息化部辦公廳\n國家藥監局綜合司\n二〇二五年三月十二日\n\n（聯繫人及電話：張三 010-68205678）\n`,
      ),
    ).toEqual(MIIT_NMPA);
  });

  it('reads a signature whose date shares the last line, or an ISO date line', () => {
    expect(issuersOf(`${body}工业和信息化部办公厅\n国家药监局综合司 2025年4月3日\n`)).toEqual(MIIT_NMPA);
    expect(issuersOf(`${body}工业和信息化部办公厅 国家药监局综合司 2025年4月3日\n`)).toEqual(MIIT_NMPA);
    expect(issuersOf(`${body}工业和信息化部办公厅\n国家药监局综合司\n2025-04-03\n`)).toEqual(MIIT_NMPA);
  });

  it('reads a signature followed by the attachments', () => {
    expect(
      issuersOf(
        `${body}附件：揭榜任务榜单\n\n工业和信息化部办公厅\n国家药监局综合司\n2025年3月12日\n\n附件\n揭榜任务榜单\n一、医用高分子材料\n揭榜任务：突破可降解镁合金关键技术。\n`,
      ),
    ).toEqual(MIIT_NMPA);
  });

  it('takes a name and a date above any prose for a by-line, not a signature', () => {
    expect(
      issuersOf('工业和信息化部\n2023年6月30日\n工业和信息化部、国家药监局将对入围单位加强跟踪指导。\n'),
    ).toEqual([]);
  });
});

describe('news of what a department published', () => {
  it.each([
    [
      '近日，工业和信息化部、国家药监局公布生物医用材料创新任务揭榜挂帅入围揭榜单位名单，共有50家单位入围。',
      MIIT_NMPA,
    ],
    ['工业和信息化部、国家药监局公示了生物医用材料创新任务揭榜挂帅入围单位名单。', MIIT_NMPA],
    [
      '近日，工信部办公厅发布《关于组织开展2023年度智能制造试点示范行动的通知》，面向医疗装备领域征集项目。',
      ['department:miit'],
    ],
    ['工信部日前在官网公示了2023年度揭榜挂帅入围揭榜单位名单。', ['department:miit']],
    ['工业和信息化部于2023年11月公布了生物医用材料创新任务揭榜挂帅入围名单。', ['department:miit']],
    [
      '由工业和信息化部组织开展的生物医用材料创新任务揭榜挂帅工作日前完成评审，共有30个项目入围。',
      ['department:miit'],
    ],
    ['日前，《医疗器械产业发展规划》由工业和信息化部编制印发。', ['department:miit']],
  ])('makes the department an issuer of %s', (sentence, expected) => {
    expect(issuersOf(`揭榜挂帅入围名单公布\n\n${sentence}\n`)).toEqual(expected);
  });

  it.each([
    ['在工业和信息化部发布会上，有关负责人介绍了医疗装备产业发展情况。'],
    ['工业和信息化部公布的数据显示，2023年医疗装备产业营收增长10%。'],
    ['会议指出，工业和信息化部、国家药监局要加强协同，国家药监局负责开辟优先审评通道。'],
    ['由工业和信息化部牵头制定行业标准，国家药监局配合。'],
    ['工业和信息化部起草了《医疗装备产业发展规划》征求意见稿。'],
    ['某公司董事长表示，将积极参与由工业和信息化部指导的行业活动。'],
    ['工业和信息化部部长会见国家药监局局长，双方就医疗装备发展交换意见。'],
  ])('makes no issuer of %s', (sentence) => {
    expect(issuersOf(`医疗装备新闻\n\n${sentence}\n`)).toEqual([]);
  });

  it('makes a department given a task in a notice responsible, never an issuer', () => {
    const g = graphOf(
      '关于组织开展揭榜挂帅工作的通知\n各有关单位：\n一、组织实施\n工业和信息化部负责揭榜任务的组织实施，国家药监局负责对入围产品给予优先审评。\n',
    );
    expect(g.edges.filter((e) => e.type === 'ISSUED')).toEqual([]);
    expect(
      g.edges
        .filter((e) => e.type === 'RESPONSIBLE_FOR')
        .map((e) => e.source)
        .sort(),
    ).toEqual(MIIT_NMPA);
  });

  it('reads 由A组织开展的 only in the opening sentences', () => {
    const tasks = Array.from({ length: 14 }, (_, k) => `（${k + 1}）任务\n推进第${k + 1}项创新。\n`).join('');
    expect(issuersOf(`一、重点任务\n${tasks}企业积极参加由工业和信息化部组织开展的揭榜挂帅活动。\n`)).toEqual(
      [],
    );
  });
});

describe('local governments', () => {
  it('reads 广东省人民政府印发《…》 as the provincial government issuing (a discovered Department)', () => {
    const g = graphOf(
      '广东制造业“十四五”规划出炉\n\n新闻动态    2021-08-16\n\n8月9日,广东省人民政府印发《广东省制造业高质量发展“十四五”规划的通知》,生物医药与健康产业由此进入全省战略性支柱产业的行列。\n',
    );
    const issued = g.edges.filter((e) => e.type === 'ISSUED');
    expect(issued.map((e) => e.source)).toEqual(['department:guang-dong-sheng-ren-min-zheng-fu']);
    expect(g.nodes.find((n) => n.id === issued[0]?.source)).toMatchObject({
      name: '广东省人民政府',
      discovered: true,
    });
  });

  it('reads provincial departments joined in a list, the first leading', () => {
    const g = graphOf(
      '浙江省经济和信息化委员会、浙江省发展和改革委员会近日联合印发《浙江省医疗器械产业发展规划》。\n',
    );
    const issued = g.edges.filter((e) => e.type === 'ISSUED');
    const names = issued.map((e) => g.nodes.find((n) => n.id === e.source)?.name);
    expect(names.sort()).toEqual(['浙江省发展和改革委员会', '浙江省经济和信息化委员会']);
  });

  it('reads a government general office as its government: 浙江省人民政府办公厅关于印发…的通知', () => {
    const g = graphOf(
      '浙江省人民政府办公厅关于印发浙江省医疗器械产业发展规划的通知\n浙政办发〔2011〕88号\n各市、县人民政府：\n',
    );
    const issued = g.edges.filter((e) => e.type === 'ISSUED');
    expect(issued.map((e) => g.nodes.find((n) => n.id === e.source)?.name)).toEqual(['浙江省人民政府']);
  });

  it("reads 省政府 of a provincial text as that province's government", () => {
    const g = graphOf(
      '浙江出台医疗器械产业发展规划\n\n近日，省政府办公厅印发《浙江省医疗器械产业发展规划（2011-2015年）》，提出做大做强浙江省医疗器械产业。\n',
    );
    const issued = g.edges.filter((e) => e.type === 'ISSUED');
    expect(issued.map((e) => g.nodes.find((n) => n.id === e.source)?.name)).toEqual(['浙江省人民政府']);
  });

  it('reads a city bureau after a word boundary: 近日，深圳市工业和信息化局发布《…》', () => {
    const g = graphOf(
      '近日，深圳市工业和信息化局发布《深圳市促进高端医疗器械产业集群高质量发展的若干措施》。\n',
    );
    expect(g.nodes.filter((n) => n.label === 'Department').map((n) => n.name)).toEqual([
      '深圳市工业和信息化局',
    ]);
  });

  it('takes no 格局 or 产业园区 of a place for a department', () => {
    const g = graphOf('医疗装备新闻\n\n江苏省医疗器械产业格局加快形成，深圳市医疗器械产业园区建设提速。\n');
    expect(g.nodes.filter((n) => n.label === 'Department')).toEqual([]);
  });
});

describe('the pieces', () => {
  it.each([
    ['综合和规划财务司关于', 8],
    ['器械注册管理司印发', 7],
    ['和某公司签署', 0],
    ['与某医疗器械公司', 0],
  ])('subUnitAt reads the office at the start of %s as %i characters', (text, n) => {
    expect(subUnitAt(text, 0)).toBe(n);
  });

  it.each([
    ['广东省人民政府印发', 0, 7, '广东省人民政府'],
    ['浙江省人民政府办公厅关于', 0, 10, '浙江省人民政府'],
    ['浙江省政府日前', 0, 5, '浙江省人民政府'],
    ['近日,深圳市工业和信息化局发布', 3, 10, '深圳市工业和信息化局'],
    ['浙江省经信委日前', 0, 6, '浙江省经济和信息化委员会'],
  ])('localBodyAt reads %s at %i as %i characters, named %s', (text, at, length, name) => {
    expect(localBodyAt(text, at)).toEqual({ length, name });
  });

  it("localBodyAt reads 省政府 and 省经信委 as the home province's, and without a home as written, the plan's own", () => {
    const home = { province: '浙江省' };
    expect(localBodyAt('近日,省政府办公厅印发', 3, home)).toEqual({ length: 6, name: '浙江省人民政府' });
    expect(localBodyAt('由省经信委牵头', 1, home)).toEqual({ length: 4, name: '浙江省经济和信息化委员会' });
    expect(localBodyAt('近日,省政府印发', 3)).toEqual({ length: 3, name: '省人民政府', placeless: true });
    expect(localBodyAt('由省经信委牵头', 1)).toEqual({
      length: 4,
      name: '省经济和信息化委员会',
      placeless: true,
    });
    expect(localBodyAt('全省经信委', 1, home)).toBeUndefined();
    expect(localBodyAt('市场监管局', 0, { city: '深圳市' })).toBeUndefined();
  });

  it.each([
    ['江苏省医疗器械产业格局', 0],
    ['新疆生产建设兵团科技局', 0],
    ['推动苏州市医疗器械', 2],
    ['全省人民政府', 1],
  ])('localBodyAt reads no body in %s at %i', (text, at) => {
    expect(localBodyAt(text, at)).toBeUndefined();
  });

  it('folds variants of the same length: 工信庁聨合発布 -> 工信厅联合发布', () => {
    expect(foldVariants('工信庁聨合発布関於')).toBe('工信厅联合发布关於');
  });
});
