// Words of the clause around a name that a list reader or a layout without punctuation runs into it:
// a preposition or a report's advice before it, a relative clause after it, a suffix cut off the word
// before it, a measure word after a count; and names that are no thing of their own (a class noun
// alone, a firm's business in a prospectus heading, a clause of buying read as a field, a firm named by
// its shares or its line of business). Written in the forms news, research reports, prospectuses,
// papers, market pages and Hong Kong press use.
import { describe, expect, it } from 'vitest';
import { MIN_CONFIDENCE, termConfidence } from '../../../../server/extract/terms/confidence';
import {
  followedByFirmContext,
  holdsAcquisition,
  afterRelative,
  namesFirmBusiness,
  relativeEnd,
} from '../../../../server/extract/terms/noise';
import { contextOf, fieldsOf, thingsOf } from '../seed-data';

const graphed = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('a preposition or a word of discourse before a name', () => {
  it.each([
    // research reports: what to watch
    ['（2）监护及急救设备：关注监护仪、除颤仪、呼吸机；', '除颤仪', /^关注/],
    ['受益标的方面，建议关注电刺激设备、康复训练设备等产品。', '电刺激设备', /^(?:建议)?关注/],
    ['我们看好软性内镜、超声内镜等高端产品的国产替代。', '软性内镜', /^看好/],
    // prepositions ran into a list's first member
    ['公司将继续加大对软性内镜、超声内镜等高端产品的投入。', '软性内镜', /^对/],
    ['企业将向基层医疗机构、社区卫生服务中心提供便携式彩超、掌上超声等设备。', '便携式彩超', /^向/],
  ])('%s reads %s, no name opening with the word', (text, name, opening) => {
    const names = graphed(text);
    expect(names).toContain(name);
    expect(names.filter((n) => opening.test(n))).toEqual([]);
  });

  it.each([
    ['蓝图建议，优先发展手术机器人、植入式医疗器械及体外诊断仪器。', /^优先/],
    ['规划提出，大力发展医学影像设备、体外诊断试剂和高值医用耗材。', /^大力/],
    ['方案明确，重点研发医用直线加速器、质子治疗系统等放疗装备。', /^重点/],
  ])('an adverb glued to the verb after it opens no name: %s', (text, opening) => {
    expect(graphed(text).filter((n) => opening.test(n))).toEqual([]);
  });

  it.each([
    ['结论银离子抗菌涂层可有效降低导管相关血流感染，值得临床推广。', '银离子抗菌涂层', /^结论/],
    ['结果观察组使用的含银敷料感染率较低，方法简便。', undefined, /^结果/],
    ['目的探讨新型抗菌涂层在中心静脉导管中的应用效果。', undefined, /^目的/],
  ])('the label of an abstract is no part of a name: %s', (text, name, opening) => {
    const names = graphed(text);
    if (name) expect(names).toContain(name);
    expect(names.filter((n) => opening.test(n))).toEqual([]);
  });

  it.each([
    ['研究表明，经亲水涂层处理的导丝表面摩擦力可降低90%以上。', /^经/],
    ['经氟化涂层改性的导管内壁更加光滑。', /^经/],
  ])('经 before a material is a means, no route: %s', (text, opening) => {
    expect(graphed(text).filter((n) => opening.test(n))).toEqual([]);
  });

  it('经 before a device stays a route of its name', () => {
    expect(graphed('重点发展经导管主动脉瓣膜、经食道探头等产品。')).toContain('经导管主动脉瓣膜');
  });
});

describe('a verb of servicing, seeing or belonging before a name', () => {
  it.each([
    // a service manual's steps and fault codes
    ['· 每6个月（维修工程师）：检查APL阀和快速供氧阀，流量计精度测试。', /^检查/],
    ['E-305  氧浓度读数异常：更换氧电池，或重新校准顺磁氧传感器。', /^(?:重新|校准)/],
    ['我们现在送第三方修，声透镜换国产硅橡胶的，匹配层重新灌环氧树脂，效果和原厂差不多。', /重新|灌/],
    // a textbook's tasks, an expo's stands, a glossary's definitions
    ['能力目标：能在设备现场指认磁体、梯度线圈、射频线圈和谱仪等部件。', /指认/],
    ['上游展台上可以看到磁珠、抗原、抗体和诊断酶等原料。', /^看到/],
    [
      '正电子发射断层扫描/计算机断层扫描系统\tPET/CT\t属核医学设备，PET部分的探测器环由闪烁晶体和硅光电倍增管构成。',
      /^属/,
    ],
  ])('%s: the verb opens no name', (text, opening) => {
    expect(graphed(text).filter((n) => opening.test(n))).toEqual([]);
  });

  it.each([
    ['能力目标：能在设备现场指认磁体、梯度线圈、射频线圈和谱仪等部件。', '磁体'],
    ['上游展台上可以看到磁珠、抗原、抗体和诊断酶等原料。', '磁珠'],
    ['E-305  氧浓度读数异常：更换氧电池，或重新校准顺磁氧传感器。', '顺磁氧传感器'],
  ])('%s reads the object %s', (text, name) => {
    expect(thingsOf(text).map((t) => t.slice(t.indexOf(':') + 1))).toContain(name);
  });

  it.each([
    ['吻合器的调节旋钮采用聚甲醛（POM）注塑。', '调节旋钮'],
    ['磁共振成像设备由磁体、谱仪、检查床和计算机系统组成。', '检查床'],
  ])('a verb that names what a part does stays in its name: %s', (text, name) => {
    expect(thingsOf(text).map((t) => t.slice(t.indexOf(':') + 1))).toContain(name);
  });
});

describe('a verb of supplying or driving between two names', () => {
  it.each([
    ['电动轮椅配套无刷轮毂电机和锂电池组；智能假肢接受腔采用碳纤维复合材料。', '无刷轮毂电机', /配套/],
    [
      '发展腔镜、骨科和经皮穿刺手术机器人，机械臂关节配套精密谐波减速器、无框力矩电机和高分辨率编码器。',
      '精密谐波减速器',
      /配套/,
    ],
    ['影像、手术机器人整机带动球管、减速器等部件本地配套', '球管', /带动/],
  ])('%s reads %s, no name holding the verb', (text, name, verb) => {
    const things = thingsOf(text).map((t) => t.slice(t.indexOf(':') + 1));
    expect(things).toContain(name);
    expect(things.filter((n) => verb.test(n))).toEqual([]);
  });
});

describe('a verb of policy opening a name that no head-noun reading made', () => {
  it('reads 器械臂, not 支持器械臂, as what a use clause names (d24-ocr-gb)', () => {
    const things = thingsOf(
      '空心杯电机、六维力传感器和三维内窥镜成像模组，支持器械臂采用碳纤维复合材料和钛合金轻量化设计。',
    );
    expect(things).toContain('Component:器械臂');
    expect(things.filter((t) => t.includes('支持'))).toEqual([]);
  });
});

describe('a relative clause after a name', () => {
  it.each([
    ['主控板所用', 2],
    ['探头所需', 2],
    ['导管所采用', 3],
    ['主控板', 0],
    ['场所', 0],
  ])('%s ends in a clause of %i characters', (name, n) => {
    expect(relativeEnd(name)).toBe(n);
  });

  it('a list member keeps the part, not 所用: 主控板所用的处理器', () => {
    const names = graphed(
      '监护仪由主机、显示屏、主控板和电源组成，主控板所用的ARM处理器、FPGA芯片仍需进口。',
    );
    expect(names.filter((n) => n.endsWith('所用'))).toEqual([]);
  });

  it.each([
    ['所用钛合金材料', 2],
    ['骨科植入物所用材料', 7],
    ['导管所需的高分子材料', 5],
    ['研究所用', 0],
    ['钛合金材料', 0],
  ])('%s starts its name after the clause at %i', (name, n) => {
    expect(afterRelative(name)).toBe(n);
  });

  it('a material written after its user and 所用 or 所需 starts after the clause: X所用Y材料', () => {
    const names = graphed('其中，植入器械所用钛合金材料和导管所需高分子材料仍依赖进口。');
    expect(names).toContain('钛合金材料');
    expect(names.filter((n) => /所[用需]/.test(n))).toEqual([]);
    expect(graphed('人工晶体所用疏水性丙烯酸酯材料长期依赖进口。')).toContain('疏水性丙烯酸酯材料');
  });

  it('a user and 所用 before a bare class name no material: 骨科植入物所用材料', () => {
    const names = graphed('骨科植入物所用材料主要为钛合金和聚醚醚酮。');
    expect(names.filter((n) => n.includes('所用'))).toEqual([]);
    expect(names).not.toContain('材料');
  });
});

describe('pieces of a count or of the word before', () => {
  it.each([
    ['医管局表示，明年将采购约200部新型病床监察仪及50部流动X光机。', '新型病床监察仪', /^部/],
    ['公司今年推出了3款全自动化学发光分析仪，并计划再推出2款便携式血气分析仪。', undefined, /^款/],
    ['医院新购入了5支高清电子输尿管镜和10只一次性使用电子支气管内窥镜。', undefined, /^[支只]/],
  ])('%s: no name opens with the measure word', (text, name, opening) => {
    const names = graphed(text);
    if (name) expect(names).toContain(name);
    expect(names.filter((n) => opening.test(n))).toEqual([]);
  });

  it.each([
    '获资助项目包括可穿戴式心电监测装置、手术导航系统、AI辅助病理诊断软件等。',
    '支持开发便携式彩超、可穿戴式血糖监测设备等产品。',
    '推动植入式心律转复除颤器、穿戴式动态心电记录仪等产品研发。',
  ])('a suffix cut off the word before opens no name: %s', (text) => {
    expect(graphed(text).filter((n) => /^[式型性]/.test(n))).toEqual([]);
  });
});

describe('names that are no thing of their own', () => {
  const c = (name: string, rule: 'head-noun' | 'heading:domain' = 'head-noun'): number =>
    termConfidence({ rules: new Set([rule]), mentions: 1, clean: true, name });

  it.each(['系统', '设备', '材料', '仪器', '软件'])('a class noun alone (%s) stays a candidate', (name) => {
    expect(c(name)).toBeLessThan(MIN_CONFIDENCE);
  });

  it.each(['发行人的主要产品', '主营业务及主要产品', '公司产品情况', '主要产品和服务'])(
    "a firm's business (%s) is no field",
    (name) => {
      expect(namesFirmBusiness(name)).toBe(true);
      expect(c(name, 'heading:domain')).toBeLessThan(MIN_CONFIDENCE);
    },
  );

  it.each(['医学影像设备', '体外诊断产品', '高值医用耗材', '康复辅助器具'])(
    "%s is no firm's business",
    (name) => {
      expect(namesFirmBusiness(name)).toBe(false);
    },
  );

  it.each(['公院添置国产高端医疗设备', '基层医院购置数字化X光机', '县医院配备高端CT'])(
    '%s is a clause of buying',
    (name) => {
      expect(holdsAcquisition(name)).toBe(true);
    },
  );

  it("a prospectus heading over a firm's products names no field", () => {
    const text =
      '三、发行人的主要产品\n公司主要产品包括彩色多普勒超声诊断系统、数字化X射线摄影系统和移动式C形臂X射线机。\n';
    expect(fieldsOf(text).fields).not.toContain('发行人的主要产品');
    expect(graphed(text)).not.toContain('发行人的主要产品');
  });
});

describe('a firm by what follows its name on the market page', () => {
  it.each([
    ['佳世达集团旗下明基医、明基材料同步走扬，明基材料主攻人工皮、隐形眼镜及血液透析器。', '明基材料'],
    ['华康医疗器械早盘大涨7%，公司主营血液透析机和透析器。', '华康医疗器械'],
    ['精工仪器股价创下新高，机构看好其质谱仪放量。', '精工仪器'],
    ['永康生物材料深耕骨科植入物二十年，主营人工关节。', '永康生物材料'],
    ['台康医疗器械（4135）早盘上涨4%，带动医材族群走强。', '台康医疗器械'],
  ])('%s graphs no %s', (text, firm) => {
    const names = graphed(text);
    expect(names).not.toContain(firm);
    expect(names.filter((n) => n.includes('主攻') || n.includes('主营'))).toEqual([]);
  });

  it.each([
    ['全自动生化分析仪销量同比增长三成', '全自动生化分析仪'],
    ['监护仪价格上涨', '监护仪'],
  ])('a product followed by its sales or price is no firm: %s', (text, name) => {
    expect(followedByFirmContext(text, name.length)).toBe(false);
  });
});

describe('a list member that is the tail of a longer name', () => {
  it.each([
    ['医院新购置了彩色多普勒超声诊断系统、移动DR和麻醉机。', '诊断系统'],
    ['采购清单包括彩色多普勒超声诊断系统、全自动生化分析仪等设备。', '诊断系统'],
    ['该院重症医学科配备了体外膜肺氧合设备、连续性血液净化设备等生命支持装备。', '肺氧合设备'],
    ['支持研发体外膜肺氧合设备、人工心脏、血液透析设备。', '肺氧合设备'],
  ])('%s graphs no %s', (text, tail) => {
    expect(graphed(text)).not.toContain(tail);
  });
});

describe('a count before a list member', () => {
  it.each([
    '医管局表示，将采购50部流动X光机、20部超声波扫描仪。',
    '今年该院新增三台DR、两台CT扫描仪和一台直线加速器。',
    '车间里有一台已经测试完毕、马上要发往整机厂的超导磁体。',
  ])('%s graphs no name opening with a count', (text) => {
    expect(graphed(text).filter((n) => /^[0-9一二两三四五六七八九十]+[台部套款支只件]/.test(n))).toEqual([]);
  });
});
