// Names that read as things by their head but that the words around them make something else: a firm
// (by its stock code, its officers, or a product of its own head after 的), a brand the dictionary
// knows as an organisation, a piece of a number or of one glossed name, a verb of naming or use, a
// grade or origin before a class noun. They stay candidates; the real terms beside them are kept.
import { describe, expect, it } from 'vitest';
import { termConfidence, MIN_CONFIDENCE } from '../../../../server/extract/terms/confidence';
import {
  completedInFieldList,
  cutFromWhole,
  followedByFirmContext,
  inOrganisationList,
  insideUnknownWord,
  opensWithModel,
} from '../../../../server/extract/terms/noise';
import { tagWords } from '../../../../server/extract/terms/segmenter';
import { contextOf } from '../seed-data';

const read = (text: string): { graphed: string[]; candidates: string[] } => {
  const { model } = contextOf(text);
  return {
    graphed: model.discovered.map((d) => d.name),
    candidates: model.candidates.map((d) => d.name),
  };
};

describe('a firm named like a product', () => {
  it.each([
    ['新产业（300832）2023年实现营业收入39亿元。', '新产业'],
    ['微创机器人(02252.HK)发布公告称，新产品获批。', '微创机器人'],
    ['微创机器人董事长表示，公司将加大海外布局。', '微创机器人'],
    ['天智航旗下的骨科导航产品已进入多家医院。', '天智航'],
  ])('is followed by what only a firm has: %s', (sentence, name) => {
    expect(followedByFirmContext(sentence, sentence.indexOf(name) + name.length)).toBe(true);
  });

  it.each([
    ['手术机器人（腔镜）已进入多家医院。', '手术机器人'],
    ['监护仪发布后销量居前。', '监护仪'],
  ])('is not read in %s', (sentence, name) => {
    expect(followedByFirmContext(sentence, sentence.indexOf(name) + name.length)).toBe(false);
  });

  it('owns a product of its own head: 微创机器人的图迈腔镜手术机器人 (the maker and its brand)', () => {
    const { graphed } = read(
      '去年微创机器人的图迈腔镜手术机器人和精锋医疗的多孔腔镜手术机器人先后获批上市。',
    );
    expect(graphed).not.toContain('微创机器人');
    expect(graphed).not.toContain('图迈腔镜手术机器人');
  });

  it('keeps a part owned by a device: CT的球管 and 手术机器人的机械臂 are no firms', () => {
    const { graphed } = read('手术机器人的机械臂和高清内窥镜都依赖进口，驱动电机的减速器也是。');
    expect(graphed).toContain('驱动电机');
  });

  it('reads a firm the dictionary knows (德州仪器) as no equipment', () => {
    const { graphed } = read('监护仪的主控芯片多由德州仪器和亚德诺半导体供应。');
    expect(graphed).not.toContain('德州仪器');
  });
});

describe('a piece of a number or of one glossed name', () => {
  it.each([
    ['新的3.0T磁力共振扫描仪则配备无液氦超导磁体。', '0T磁力共振扫描仪'],
    ['并添置一部正电子及电脑断层扫描仪（PET-CT）。', '电脑断层扫描仪'],
    ['正电子发射及X射线计算机断层成像扫描系统（PET/CT）获批。', 'X射线计算机断层成像扫描系统'],
  ])('is cut from the whole in %s', (sentence, name) => {
    const at = sentence.indexOf(name);
    expect(cutFromWhole(sentence, at, at + name.length)).toBe(true);
  });

  it.each([
    ['购置64排CT和1.5T磁共振成像系统。', '磁共振成像系统'],
    ['采购DR及全自动生化分析仪（含配套试剂）。', '全自动生化分析仪'],
  ])('is a name of its own in %s', (sentence, name) => {
    const at = sentence.indexOf(name);
    expect(cutFromWhole(sentence, at, at + name.length)).toBe(false);
  });

  it('gives no member the gloss of the last one: 便携式超声、掌上超声和血管内超声（IVUS）导管', () => {
    const { graphed } = read(
      '从下游看，便携式超声、掌上超声和血管内超声（IVUS）导管对小型探头的需求增长很快。',
    );
    expect(graphed.filter((n) => n.includes('（IVUS）') && !n.startsWith('血管内'))).toEqual([]);
  });

  it('counts machines with 部 (五部磁力共振扫描仪), not departments', () => {
    const { graphed } = read('医院今年将更换十二部电脑扫描仪及五部磁力共振扫描仪。');
    expect(graphed.filter((n) => /[五二]部/.test(n))).toEqual([]);
  });
});

describe('a verb of naming, use or rule before a name', () => {
  it.each([
    ['超声探头（又称换能器）负责电能与声能之间的相互转换。', '又称换能器'],
    ['近两年也有厂家尝试用压电复合材料制作宽频探头。', '制作宽频探头'],
    ['国家药监局将对符合条件的产品实行创新医疗器械特别审查。', '产品实行创新医疗器械'],
    ['单克隆抗体广泛用于化学发光、酶联免疫和胶体金试剂。', '广泛用于化学发光试剂'],
  ])('starts no name: %s', (sentence, wrong) => {
    expect(read(sentence).graphed).not.toContain(wrong);
  });

  it('reads the thing after the verb: 用复合材料制作宽频探头 gives 宽频探头', () => {
    expect(read('近两年也有厂家尝试用压电复合材料制作宽频探头。').graphed).toContain('宽频探头');
  });
});

describe('a grade, origin or class before a class noun', () => {
  it.each(['基本设备', '必备设备', '进口设备', '国产设备', '新优器械', '药品医疗器械'])(
    '%s is below the threshold',
    (name) => {
      const c = termConfidence({ rules: new Set(['head-noun']), mentions: 2, clean: true, name });
      expect(c).toBeLessThan(MIN_CONFIDENCE);
    },
  );

  it.each(['基本型呼吸机', '进口替代型探测器', '血液透析设备'])('%s keeps its confidence', (name) => {
    const c = termConfidence({ rules: new Set(['head-noun']), mentions: 1, clean: true, name });
    expect(c).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});

describe('a firm listed after firms named like firms', () => {
  it('counts the members before the name: 联影医疗、迈瑞医疗、微创机器人等整机企业', () => {
    const sentence = '有利于联影医疗、迈瑞医疗、微创机器人等整机企业带动上游配套企业共同成长。';
    const at = sentence.indexOf('微创机器人') + 5;
    expect(inOrganisationList(sentence, '微创机器人', at)).toBe(true);
  });

  it('still reads firms named by their products as a trade: 血路管、透析器等耗材企业', () => {
    const sentence = '推动血路管、透析器等耗材企业扩大产能。';
    expect(inOrganisationList(sentence, '透析器', sentence.indexOf('透析器') + 3)).toBe(false);
  });
});

describe('a piece of a list or of an unknown word', () => {
  it('holds no conjunction: 透析器主要由中空纤维膜、外壳、端盖和灌封胶组成', () => {
    const { graphed } = read('透析器主要由中空纤维膜、外壳、端盖和灌封胶组成。');
    expect(graphed.filter((n) => n.includes('和'))).toEqual([]);
  });

  it('ends in no word the dictionary cut into characters: 体外膜 of 体外膜肺氧合设备', () => {
    const s = '四是新型生命支持设备，包括体外膜肺氧合设备。';
    const words = tagWords(s);
    const at = s.indexOf('体外膜');
    expect(insideUnknownWord(words, at, at + 3)).toBe(true);
  });

  it.each([
    ['其超导磁体采用铌钛超导线绕制。', '铌钛超导线'],
    ['探头内部依次为声透镜、匹配层、压电阵元和背衬块。', '背衬块'],
  ])('keeps a name followed by a verb or a boundary: %s', (s, name) => {
    const at = s.indexOf(name);
    expect(insideUnknownWord(tagWords(s), at, at + name.length)).toBe(false);
  });
});

describe('institutes, firms of the Taiwan press, quantifiers and work on a thing', () => {
  it.each([
    ['工研院电光系统所所长指出，国产材料已技转给厂商。', '工研院电光系统'],
    ['广达、佳世达、明基材料等科技大厂已跨足医材领域。', '明基材料'],
    ['一台监护仪一般由主机、显示屏、参数模块和各类附件组成。', '各类附件'],
    ['图为技术人员在调试磁共振设备。', '调试磁共振设备'],
  ])('graphs no such name: %s', (sentence, wrong) => {
    expect(read(sentence).graphed).not.toContain(wrong);
  });

  it('keeps the parts beside a quantified one: 主机、显示屏、参数模块', () => {
    const { graphed } = read('一台监护仪一般由主机、显示屏、参数模块和各类附件组成。');
    expect(graphed).toEqual(expect.arrayContaining(['显示屏', '参数模块']));
  });
});

describe('a list of fields', () => {
  it.each([
    [
      '一、聚焦重点产品。围绕骨科植入、医学影像、微创介入和康复器械四个细分领域，重点支持龙头企业。',
      '医学影像器械',
    ],
    ['围绕医学影像、体外诊断、植介入器械和康复器械四个方向补链强链。', '医学影像介入器械'],
  ])("completes no member with the last field's head: %s", (sentence, wrong) => {
    expect(read(sentence).graphed).not.toContain(wrong);
  });

  it.each([
    ['重点发展骨科和腹腔镜手术机器人等高端装备。', '骨科', '腹腔镜手术机器人'],
    ['支持食道、胆道和气管支架的研发。', '食道', '气管支架'],
  ])('still completes a list of things: %s', (sentence, member, last) => {
    const to = sentence.indexOf(member) + member.length;
    expect(completedInFieldList(sentence, to, last)).toBe(false);
  });
});

describe('a maker after 由 and a count of classes', () => {
  it.each([
    ['该款腔镜手术机器人由微创机器人自主研发。', '微创机器人'],
    ['监护仪的主控芯片由德州仪器供应。', '德州仪器'],
  ])('reads the maker as no thing: %s', (sentence, name) => {
    const at = sentence.indexOf(name);
    expect(followedByFirmContext(sentence, at + name.length, at)).toBe(true);
  });

  it.each([
    ['该项目由呼吸机生产企业承担。', '呼吸机'],
    ['高压由高压发生器提供。', '高压发生器'],
  ])('keeps a thing after 由: %s', (sentence, name) => {
    const at = sentence.indexOf(name);
    expect(followedByFirmContext(sentence, at + name.length, at)).toBe(false);
  });

  it('gives no member with a count of classes: 超音波、X光及内窥镜三大影像设备', () => {
    expect(read('计划聚焦超声、X光及内窥镜三大影像设备。').graphed.filter((n) => n.includes('三大'))).toEqual(
      [],
    );
  });
});

describe('an origin after a thing and post-processing', () => {
  it('reads no equipment in 芯片过去基本来自德州仪器、亚德诺', () => {
    const { graphed, candidates } = read('前端的模拟芯片过去基本来自德州仪器、亚德诺。');
    expect(graphed.filter((n) => n.includes('德州仪器'))).toEqual([]);
    expect(candidates.filter((n) => n.includes('来自'))).toEqual([]);
  });

  it('keeps 后处理 inside a name: 波束合成算法和图像后处理软件', () => {
    expect(read('另外，波束合成算法和图像后处理软件也是核心竞争力。').graphed).toContain('图像后处理软件');
  });
});

describe('a brand in camel case', () => {
  it.each(['NeoVas支架', 'FlexPulse导管'])('opens %s', (name) => {
    expect(opensWithModel(name)).toBe(true);
  });

  it.each(['SiPM探测器', 'PLLA支架', 'LYSO晶体', 'PET/CT'])('does not open %s', (name) => {
    expect(opensWithModel(name)).toBe(false);
  });
});

describe('evidence against one mention', () => {
  it('keeps a name read cleanly elsewhere: CT扫描仪 alone and cut from 正电子及CT扫描仪（PET-CT）', () => {
    const { graphed } = read('医院添置一部正电子及CT扫描仪（PET-CT）。新一代CT扫描仪采用光子计数探测器。');
    expect(graphed).toContain('CT扫描仪');
  });

  it('caps a name that is a firm wherever it is written', () => {
    const c = termConfidence({
      rules: new Set(['head-noun', 'noise:organisation']),
      mentions: 3,
      clean: true,
      name: '微创机器人',
    });
    expect(c).toBeLessThan(MIN_CONFIDENCE);
  });

  it('caps a name read only as a clause', () => {
    const c = termConfidence({
      rules: new Set(['noise:clause']),
      mentions: 2,
      clean: true,
      name: '又称换能器',
    });
    expect(c).toBeLessThan(MIN_CONFIDENCE);
  });
});

describe('materials beside the firm rules', () => {
  it('keeps a material the dictionary tags as an organisation: 镜头采用光学玻璃', () => {
    expect(read('内窥镜的镜头采用光学玻璃，图像传感器为CMOS芯片。').graphed).toContain('光学玻璃');
  });

  it('keeps a material after 由: 柔轮由高强度合金钢制造', () => {
    expect(read('谐波减速器的柔轮由高强度合金钢制造，刚轮则由球墨铸铁制造。').graphed).toEqual(
      expect.arrayContaining(['高强度合金钢', '球墨铸铁']),
    );
  });
});

describe('a connective before a name', () => {
  it('starts no part: 因此绝缘层多用聚醚醚酮', () => {
    const { graphed } = read('器械需耐受高温蒸汽灭菌，因此绝缘层多用聚醚醚酮或聚四氟乙烯。');
    expect(graphed.filter((n) => n.startsWith('因此'))).toEqual([]);
    expect(graphed).toContain('聚醚醚酮');
  });
});
