// Devices named whole by one word outside lists: endoscopes by the organ they look into (`电子胃肠镜`,
// `宫腔镜系统`) and devices named by what they do written without a modifier (`透析器`, `吻合器`).
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => {
  const { model } = contextOf(text);
  return model.discovered.map((d) => d.name);
};
const devices = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.label === 'Equipment')
    .map((d) => d.name);

describe('discoverTerms: endoscopes named by their organ', () => {
  it('reads 电子胃肠镜 in 基层对电子胃肠镜的配置需求明显增长', () => {
    expect(terms('县级医院综合能力提升工作以来，基层对电子胃肠镜的配置需求明显增长。')).toContain(
      '电子胃肠镜',
    );
  });

  it('reads an endoscope written alone and one the dictionary tags as a name (宫腔镜系统)', () => {
    expect(terms('内镜中心主任介绍，今年胃镜检查量增加三成。')).toEqual([]);
    expect(terms('县医院开展胃镜、肠镜检查。')).toContain('胃镜');
    expect(terms('医院配备宫腔镜系统2套。')).toContain('宫腔镜系统');
  });

  it('reads no lens, microscope or firm as an endoscope: 物镜, 显微镜, 澳华内镜', () => {
    // The objective is the microscope's part, named alone (SPECIFIC_PART), never a device.
    expect(devices('显微镜的物镜多由进口玻璃磨制。')).toEqual([]);
    expect(terms('显微镜的物镜多由进口玻璃磨制。')).toEqual(['物镜']);
    expect(terms('国产企业（开立医疗、澳华内镜、迈瑞医疗）加速追赶。')).toEqual([]);
  });

  it('leaves an endoscope that modifies a noun to that noun: 柔性支气管镜手术机器人, 腔镜切割吻合器', () => {
    expect(terms('国产柔性支气管镜手术机器人获批上市。')).not.toContain('柔性支气管镜');
    expect(terms('一次性使用电动腔镜切割吻合器获准上市。')).not.toContain('电动腔镜');
  });

  it('still shares a list head after an endoscope: 关节镜和宫腔镜系统各2套 gives 关节镜系统', () => {
    expect(terms('手术室包件采购高清腹腔镜系统6套、关节镜和宫腔镜系统各2套。')).toEqual(
      expect.arrayContaining(['关节镜系统', '宫腔镜系统']),
    );
  });
});

describe('discoverTerms: devices named by what they do, without a modifier', () => {
  it('reads 透析器 and 吻合器 written alone', () => {
    expect(terms('透析器是血液透析治疗的核心耗材。')).toContain('透析器');
    expect(terms('省际联盟超声刀头和吻合器集中带量采购在杭州开标。')).toContain('吻合器');
  });

  it('reads no oxygenator alone, which the field names as a part of ECMO as often', () => {
    expect(terms('氧合器是核心部件。')).not.toContain('氧合器');
  });
});

describe('readTerms: machines written by their Latin abbreviation alone', () => {
  it('reads DR and DSA in 满足DR和DSA使用要求 and CGM in CGM和无袖带血压监测手表', () => {
    expect(terms('主要指标：碘化铯闪烁层直接生长，满足DR和DSA使用要求。')).toEqual(
      expect.arrayContaining(['DR', 'DSA']),
    );
    expect(terms('在慢病管理领域，CGM和无袖带血压监测手表已实现商业化。')).toContain('CGM');
  });

  it('reads no gloss, and nothing glued to a name: 数字减影血管造影系统（DSA）, 移动DR, DR系统', () => {
    const found = terms('数字减影血管造影系统（DSA）和移动DR均已国产，DR系统价格下降。');
    expect(found).not.toContain('DSA');
    expect(found).not.toContain('DR');
  });

  it('reads no machine of its own in a short name the text gave in brackets: 这台DSA after （DSA）', () => {
    expect(
      devices('医院启用一台数字减影血管造影系统（DSA）。据介绍，这台DSA由C形臂和平板探测器组成。'),
    ).not.toContain('DSA');
  });

  it('reads no abbreviation outside the set: PET is a plastic too, ECG an exam', () => {
    expect(devices('外壳采用PET，并支持ECG记录。')).toEqual([]);
  });
});

describe('extendCurated: a device before 技术', () => {
  it('reads 精准放疗技术 as a technology, no device 精准放疗, in 发展调强放疗、图像引导放疗等精准放疗技术', () => {
    const { model } = contextOf('发展调强放疗、图像引导放疗等精准放疗技术。');
    const found = [...model.discovered, ...model.candidates].map((d) => `${d.label}:${d.name}`);
    expect(found).not.toContain('Equipment:精准放疗');
    expect(found).toContain('Technology:精准放疗技术');
  });
});

describe('discoverTerms: a curated name extended after a count of units', () => {
  it('reads 单孔腔镜手术机器人 after 一款 and after 这款: the count says how many, the name follows', () => {
    expect(devices('其中一款单孔腔镜手术机器人的器械臂采用谐波减速器与无框力矩电机。')).toContain(
      '单孔腔镜手术机器人',
    );
    expect(devices('这款单孔腔镜手术机器人在展会上首次亮相。')).toContain('单孔腔镜手术机器人');
  });

  it('still makes no term of one character after a count (一波CT订单)', () => {
    expect(terms('医院迎来一波CT订单。').some((t) => t.endsWith('CT'))).toBe(false);
  });
});

describe('discoverTerms: a counted part the dictionary tags as a measure word', () => {
  it('reads 植入式单腔心脏起搏器 and 植入式双腔心脏起搏器 whole (单|腔: 腔 is a chamber, no unit)', () => {
    const found = devices(
      '品名举例：植入式心脏起搏器、植入式单腔心脏起搏器、植入式双腔心脏起搏器、植入式三腔心脏起搏器',
    );
    expect(found).toEqual(expect.arrayContaining(['植入式单腔心脏起搏器', '植入式双腔心脏起搏器']));
  });

  it('still reads a count of units before a name as no part of it (两台心脏起搏器)', () => {
    expect(terms('医院新购两台心脏起搏器程控仪。').some((t) => t.startsWith('两'))).toBe(false);
  });
});

describe('discoverTerms: aids that replace a limb', () => {
  it('reads 动力膝关节假肢 in a field’s list of aids', () => {
    expect(
      devices('第一是肢体康复辅具，重点发展智能仿生手、动力膝关节假肢、上肢外骨骼和智能助行器。'),
    ).toContain('动力膝关节假肢');
  });

  it('still reads 外骨骼康复机器人 whole: 外骨骼 is no head', () => {
    expect(devices('重点发展外骨骼康复机器人和智能护理床。')).not.toContain('外骨骼');
  });
});

describe('extendCurated: a rating of rows before a machine', () => {
  it('reads 螺旋CT after 256排 as after a count: the number and its measure word grade the one machine', () => {
    expect(devices('医院采购256排螺旋CT一台。')).toEqual(['螺旋CT']);
    expect(devices('包1：256排螺旋CT')).toEqual(['螺旋CT']);
  });
});
