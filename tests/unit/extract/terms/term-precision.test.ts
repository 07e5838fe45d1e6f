// What term discovery reads at the edges of a name: time words, colours, discourse words the
// dictionary tags as nouns, organisations inside a run, a field's name before a head, polymers named
// as one word, devices named by what they do, letters joined by a slash, and the lists that name
// things as written. Sentences in the style of the field's news, features and plans.
import { describe, expect, it } from 'vitest';
import { termConfidence } from '../../../../server/extract/terms/confidence';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);
const mentionsOf = (text: string, name: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.name === name)
    .flatMap((d) => d.occurrences.map((o) => text.slice(o.start, o.end)));

describe('the left edge of a name', () => {
  it('leaves a time word out: 推动新一代医学影像装备朝智能化方向发展', () => {
    const terms = discovered('推动新一代医学影像装备朝智能化、远程化、小型化方向发展。');
    expect(terms).toContain('Equipment:医学影像装备');
    expect(terms.filter((t) => t.includes('新一代'))).toEqual([]);
  });

  it('leaves colour and look out: 一排银色环状超导磁体', () => {
    const terms = discovered('组装车间里，一排体量巨大的银色环状超导磁体整整齐齐地排着队。');
    expect(terms.filter((t) => t.includes('银色') || t.includes('环状'))).toEqual([]);
  });

  it.each([
    ['广东省药品监管系统持续加强平台建设，助力医用机器人创新产品加速获批上市。', ['药品监管系统', '助力']],
    ['政策支持助推医用材料发展。', ['助推']],
    ['研发团队把原本机器人使用的直刀片改成了弯刀片。', ['原本机器人']],
    ['腹部检查多用凸阵探头，心脏检查多用相控阵探头。', ['多用']],
    ['探头负责电信号和声信号之间的转换，其成本可占整机的三分之一左右。', ['整机']],
    ['从引进国外先进医学装备，到见证国产医学装备走向全球。', ['医学装备']],
  ])('reads no verb, discourse word, body or umbrella as a name in %s', (sentence, fragments) => {
    const terms = discovered(sentence);
    for (const f of fragments) expect(terms.filter((t) => t.includes(f))).toEqual([]);
  });

  it('starts a name after an organisation inside the run', () => {
    expect(discovered('威高血净等企业血液透析器所用的聚砜几乎全靠进口。')).not.toContain(
      'Equipment:企业血液透析器',
    );
    expect(
      discovered('ROBO医疗机器人研究所所长介绍了国产医疗机器人的现状。').filter((t) => t.includes('ROBO')),
    ).toEqual([]);
  });

  it('reads a head before a quantifier the dictionary tags as a noun: 数字化X线摄影系统全部来自国内厂商', () => {
    expect(discovered('医院新购置的数字化X线摄影系统全部来自国内厂商。')).toContain(
      'Equipment:数字化X线摄影系统',
    );
  });

  it('reads a head right before a one-character preposition the dictionary tags as a place (朝)', () => {
    expect(discovered('推动医学影像装备朝智能化方向发展。')).toContain('Equipment:医学影像装备');
  });
});

describe('levels, places, brands and fragments', () => {
  it.each([
    ['日照国家级医疗器械应急产业园三奇项目今天开工。', '医疗器械'],
    ['园区将定向招引上游原材料生产配套企业。', '原材料'],
    ['我国还没有合格的商用ECMO中空纤维膜销售。', '商用'],
    ['重视发展适宜技术和常规设备生产技术。', '常规设备'],
    ['基本覆盖了全方位全生命周期医疗健康服务装备需求。', '生命周期'],
    ['直觉外科的达芬奇系统长期占据腔镜手术机器人的大部分市场。', '达芬奇系统'],
    ['手术机器人可按细分科室医疗器械创新网划分为几类。', '科室'],
  ])('reads no name with a level, position, market, brand or cut word in %s', (sentence, fragment) => {
    expect(discovered(sentence).filter((t) => t.includes(fragment))).toEqual([]);
  });

  it('reads no company named with its town in brackets: 康泰医学系统(秦皇岛)', () => {
    const terms = discovered(
      '康泰医学系统(秦皇岛)、中科恒运等12家单位先后入选国家智慧健康养老应用试点示范。',
    );
    expect(terms.filter((t) => t.includes('康泰'))).toEqual([]);
    // A gloss in brackets is no town: 血液泵(人工心脏) keeps its name.
    const parts = discovered('ECMO由血液泵(人工心脏)、氧合器(人工肺)等组件构成。');
    expect(parts).toEqual(expect.arrayContaining(['Component:血液泵', 'Component:氧合器']));
  });

  it('reads 配套 before a specific name as the verb: 企业配套超声换能器', () => {
    const terms = discovered('对为本市医疗器械企业配套超声换能器、X射线探测器的企业给予奖励。');
    expect(terms).toContain('Component:超声换能器');
    expect(terms.filter((t) => t.includes('配套'))).toEqual([]);
  });

  it('keeps common words the dictionary tags as names: 保健装备', () => {
    expect(discovered('研制符合妇女、儿童特殊需求的诊断、治疗、保健装备。')).toContain('Equipment:保健装备');
  });

  it('leaves a closing bracket of the list out of its last member: (如钛合金、聚醚醚酮PEEK)', () => {
    const terms = discovered('叶轮与泵腔需采用生物相容性材料(如钛合金、聚醚醚酮PEEK),以减少血液细胞损伤。');
    expect(terms.filter((t) => t.includes(')'))).toEqual([]);
  });

  it('keeps a curated extension cut after an adverb between nouns a candidate: 经自然腔道手术机器人', () => {
    const { model } = contextOf('手术机器人分为腔镜手术机器人、经自然腔道手术机器人等。');
    expect(model.discovered.map((d) => d.name)).not.toContain('腔道手术机器人');
  });
});

describe("a field's name before a head", () => {
  it('names equipment of that field: 发展新型体外诊断装备和新型高通量智能精准用药检测装备', () => {
    const { model } = contextOf(
      '发展新型体外诊断装备和新型高通量智能精准用药检测装备，攻关先进细胞分析装备。',
    );
    const byName = new Map(model.discovered.map((d) => [d.name, d]));
    expect(byName.get('新型体外诊断装备')?.label).toBe('Equipment');
    // 15 characters, 13 without 新型: generic modifiers add no fragment risk.
    expect(byName.get('新型高通量智能精准用药检测装备')?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('does not make a name of a curated thing and a class noun: 高端CT设备 is CT', () => {
    expect(discovered('加快高端CT设备的研发。')).toEqual([]);
  });
});

describe('polymers and devices named by their shape', () => {
  it('reads a polymer named as one word, twice, as a material: 聚砜', () => {
    const text = '其关键原料聚砜用来生产中空纤维膜。国内聚砜的产能以工业级为主。';
    expect(discovered(text)).toContain('Material:聚砜');
    expect(mentionsOf(text, '聚砜')).toEqual(['聚砜', '聚砜']);
  });

  it('names the polymer, not the polymer and 材料: 聚砜材料', () => {
    const terms = discovered('透析器原料靠进口：聚砜材料的困局。聚砜材料的工业化生产起步于20世纪60年代。');
    expect(terms).toContain('Material:聚砜');
    expect(terms).not.toContain('Material:聚砜材料');
  });

  it('names a polymer the text calls a material once, without 材料: 聚醚醚酮材料', () => {
    expect(discovered('聚醚醚酮材料可应用于人工关节。')).toContain('Material:聚醚醚酮');
  });

  it('keeps a polymer named once a candidate only', () => {
    expect(discovered('研发聚乳酸、推进产业化。')).toEqual([]);
  });

  it('reads devices named by what they do: 血液透析器, 手术切割刀, 超声换能器', () => {
    expect(discovered('血液透析器是这家企业的主营产品。')).toContain('Equipment:血液透析器');
    expect(discovered('支持蓝激光手术切割刀的研发。')).toContain('Equipment:蓝激光手术切割刀');
    expect(discovered('突破高频超声换能器的关键技术。')).toContain('Component:高频超声换能器');
    expect(discovered('医生不再需要为这台手术反复开刀。')).toEqual([]);
  });
});

describe('letters joined by a slash', () => {
  it('gives both rays their name: X/γ射线放疗设备', () => {
    const text =
      '支持X/γ射线放疗设备、PEEK颅骨修补产品、蓝激光手术切割刀、医用机器人、OCT影像系统的研发生产。';
    const terms = discovered(text);
    expect(terms).toContain('Equipment:X射线放疗设备');
    expect(terms).toContain('Equipment:γ射线放疗设备');
    expect(mentionsOf(text, 'X射线放疗设备')).toEqual(['X/γ射线放疗设备']);
  });
});

describe('lists that name things as written', () => {
  it('takes each member under a bare class, one with a head of its own too: 活检钳、剥离电刀、注射针等器械', () => {
    const terms = discovered('镜体前端设有钳道口，可以插入活检钳、剥离电刀、注射针等器械。');
    expect(terms).toEqual(expect.arrayContaining(['Equipment:活检钳', 'Equipment:注射针']));
    expect(terms.filter((t) => t.endsWith('器械'))).toEqual([]);
  });

  it('completes no class of products: 医用耗材和植入物等医疗器械', () => {
    expect(
      discovered('医用高分子材料主要用于医用耗材和植入物等医疗器械生产。').filter((t) => t.endsWith('器械')),
    ).toEqual([]);
  });

  it('names every member of a list of mostly shaped materials as written: 医用硅胶', () => {
    const terms = discovered('发展医用聚氯乙烯（PVC）、聚碳酸酯、医用硅胶等高分子材料。');
    expect(terms).toContain('Material:医用硅胶');
    expect(terms).not.toContain('Material:医用硅胶高分子材料');
  });

  it('leaves the count out of a part: 由主机、显示器、控制面板和若干只探头组成', () => {
    const terms = discovered('一台彩色多普勒超声诊断仪由主机、显示器、控制面板和若干只探头组成。');
    expect(terms).toContain('Component:探头');
    expect(terms.filter((t) => t.includes('若干'))).toEqual([]);
  });

  it('reads no parts in what a material is made of', () => {
    expect(
      discovered('医用高分子材料由高分子化合物基体与添加剂构成。').filter((t) => t.startsWith('Component')),
    ).toEqual([]);
  });
});

describe('confidence of long names', () => {
  it('measures length without the generic modifiers in front', () => {
    const rules = new Set(['coordination:member'] as const);
    const name = '新型高通量智能精准用药检测装备';
    expect(termConfidence({ rules, mentions: 1, clean: true, name })).toBe(0.55);
    expect(termConfidence({ rules, mentions: 1, clean: true, name, generic: ['新型'] })).toBe(0.75);
  });
});
