// Parts named by heads of the field's device families (发生器, 光纤, 准直器, 外壳...) and materials named
// without 材料: compounds, salts, semiconductors, Latin abbreviations, two-character polymers, read
// where the sentence says what a thing is made of (用M绕制, 以M制作A, 覆盖M). Sentences in the style of the
// field's supply-chain features.
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../../server/extract/normalize';
import { materialName, materialShape } from '../../../../server/extract/terms/material-names';
import {
  readMadeInto,
  readMaterialUses,
  readUseSubjects,
} from '../../../../server/extract/terms/material-uses';
import { compoundNames } from '../../../../server/extract/rules/compound-names';
import { readPartLists } from '../../../../server/extract/terms/part-lists';
import { joinHyphenated, tagWords } from '../../../../server/extract/terms/segmenter';
import { contextOf } from '../seed-data';

const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => (d.confidence ?? 1) >= 0.6)
    .map((d) => `${d.label} ${d.name}`);
const materials = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  return readMaterialUses(s).map(([f, t]) => s.slice(f, t));
};
const noHead = (): undefined => undefined;
const subjects = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  return readUseSubjects(s, noHead).map((u) => s.slice(u.from, u.to));
};
const madeInto = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  return readMadeInto(s, noHead).map((u) => s.slice(u.from, u.to));
};

describe('material shapes without a class noun', () => {
  it('knows compounds, salts, semiconductors, liquefied gases and grown crystals', () => {
    for (const n of ['氧化镥', '二氧化硅', '二氧化锗', '碘化铯', '氮化钛', '碳化硅', '硅酸钇镥', '锗酸铋'])
      expect(materialName(n), n).toBe(true);
    for (const n of ['非晶硅', '液氦', '弛豫铁电单晶', '压电单晶', '活性炭', '医用硅油'])
      expect(materialName(n), n).toBe(true);
  });

  it('knows materials written by their Latin abbreviation, and two-character polymers', () => {
    for (const n of ['LYSO晶体', 'bgo晶体', '医用PVC', 'ABS', 'DEHP', 'PEEK', '聚砜'])
      expect(materialName(n), n).toBe(true);
  });

  it('leaves a scanner, a bare crystal, a bare anion and 聚焦 alone', () => {
    for (const n of ['PET', 'CT', '晶体', '单晶', '氧化', '聚焦', '聚集', '液体', '人工晶体'])
      expect(materialShape(n), n).toBe(false);
  });
});

describe('materials read where a thing is made of them', () => {
  it('reads 用M and a process (浇铸成型, 绕制), and 以M…为原料 over compounds', () => {
    expect(materials('连接头位于外壳顶部，用环氧树脂浇铸成型，内含固定螺丝和密封圈。')).toEqual(['环氧树脂']);
    expect(materials('头端外绕的弹簧圈用铂钨合金丝绕制。')).toEqual(['铂钨合金']);
    expect(materials('LYSO晶体以氧化镥、氧化钇和二氧化硅为原料，掺入少量氧化铈。')).toEqual([
      '氧化镥',
      '氧化钇',
      '二氧化硅',
    ]);
    expect(materials('中空纤维膜多用聚砜或聚醚砜。')).toEqual(['聚砜', '聚醚砜']);
  });

  it('reads 覆盖 a coating and a material past 可降解的', () => {
    expect(materials('头端电极直接接触心肌，表面常覆盖氮化钛涂层以降低起搏阈值。')).toEqual(['氮化钛涂层']);
    expect(materials('支架平台表面涂覆可降解的聚乳酸涂层。')).toEqual(['聚乳酸涂层']);
  });

  it('does not read 用 of 使用, 用于, 用来 or 用 without a process', () => {
    expect(materials('该设备用于聚砜膜的检测。')).toEqual([]);
    expect(materials('医生用钛合金器械完成手术。')).toEqual([]);
    expect(materials('聚砜用来生产中空纤维膜。')).toEqual([]);
  });

  it('takes a Latin name as the subject, never its class noun alone, and no times or models', () => {
    expect(subjects('LYSO晶体以氧化镥为原料。')).toEqual([]);
    expect(subjects('目前主流选用LYSO晶体，早期机型多用BGO晶体。')).toEqual([]);
    expect(subjects('耳模也有用医用硅胶制作的。')).toEqual(['耳模']);
  });

  it('takes no topic for the subject of a copula: 研究方向为骨修复材料 names no part', () => {
    expect(subjects('作者简介：刘晨阳（1995-），男，博士研究生，研究方向为骨修复材料。')).toEqual([]);
    expect(subjects('主要部件：导管，芯丝为镍钛合金。')).toEqual(['芯丝']);
  });

  it('reads the part made of the materials after 作 or 制作 (以M作A)', () => {
    expect(madeInto('传统的烤瓷冠则以钴铬合金作内冠，表面堆塑长石质瓷粉。')).toEqual(['内冠']);
    expect(madeInto('其单晶探头以弛豫铁电单晶制作压电层。')).toEqual(['压电层']);
    expect(madeInto('全瓷冠主要以氧化锆为原料。')).toEqual([]);
    expect(madeInto('早期产品以纯钛作原料。')).toEqual([]);
  });
});

describe('parts named by heads of the field', () => {
  it('names generators, light guides, collimators and housings as parts', () => {
    expect(terms('CT子系统包括CT球管、高压发生器、CT探测器和滑环。')).toContain('Component 高压发生器');
    expect(terms('镜体里面通常走着好几条管道，分别是照明光纤、传像光纤和器械通道。')).toEqual(
      expect.arrayContaining(['Component 照明光纤', 'Component 传像光纤']),
    );
    expect(terms('突破微波功率源、多叶准直器等关键零部件。')).toContain('Component 多叶准直器');
  });

  it('names resins, rubbers, ceramics and coatings as materials', () => {
    expect(terms('近年也出现了3D打印用的光固化树脂。')).toContain('Material 光固化树脂');
    expect(terms('部分产品还带有羟基磷灰石涂层。')).toContain('Material 羟基磷灰石涂层');
  });
});

describe('members of a list the text calls parts or raw materials', () => {
  it('reads the raw materials of a reagent after 原料包括, and not a drug list', () => {
    expect(terms('化学发光试剂的核心原料包括抗原、抗体、磁珠和发光底物，长期依赖进口。')).toEqual(
      expect.arrayContaining(['Material 抗原', 'Material 抗体', 'Material 磁珠', 'Material 发光底物']),
    );
    expect(terms('支持单克隆抗体、双特异性抗体、抗体偶联药物等生物药研发。')).toEqual([]);
  });

  it('takes 原料 as a lead only right before its marker, not as the subject of a clause', () => {
    expect(terms('透析器原料100%靠进口：聚砜材料的困局与出路')).not.toContain('Material 聚砜材料');
  });

  it('reads a member without a head in a list closed by a class of parts, less surely', () => {
    const found = contextOf('突破加速管、微波功率源、多叶光栅和透析器等关键零部件。').model.discovered;
    const power = found.find((d) => d.name === '微波功率源');
    expect(power?.label).toBe('Component');
    expect(power?.foundBy).toBe('list:propagated');
    expect(found.find((d) => d.name === '多叶光栅')?.foundBy).toBe('list:class');
  });
});

describe('a material that opens the name of a part', () => {
  const usedIn = (text: string): string[] => {
    const { ctx, model } = contextOf(text);
    const name = new Map(model.discovered.map((d) => [d.id, d.name]));
    return compoundNames(ctx)
      .filter((e) => e.type === 'USED_IN')
      .map((e) => `${name.get(e.source) ?? e.source} -> ${name.get(e.target) ?? e.target}`);
  };

  it('names the material and uses it in the part: 碘化铯平板探测器, 可降解镁合金支架', () => {
    expect(terms('公司新一代DR采用碘化铯平板探测器。')).toContain('Material 碘化铯');
    expect(usedIn('公司新一代DR采用碘化铯平板探测器。')).toEqual(['碘化铯 -> 碘化铯平板探测器']);
    expect(usedIn('可降解镁合金支架进入临床。')).toEqual(['可降解镁合金 -> 可降解镁合金支架']);
  });

  it('reads the material of a part named in a list of parts: 镍钛合金固定翼', () => {
    const text = '无导线起搏器由胶囊状壳体、电池、电路模块和镍钛合金固定翼组成。';
    expect(usedIn(text)).toEqual(['镍钛合金 -> 镍钛合金固定翼']);
  });

  it('reads no material before a grade or out of a modality: 高端单晶探头, 超声单晶探头', () => {
    expect(terms('公司推出了高端单晶探头。').filter((t) => t.startsWith('Material'))).toEqual([]);
    expect(terms('公司推出了超声单晶探头。').filter((t) => t.startsWith('Material'))).toEqual([]);
  });
});

describe('mechanisms among parts', () => {
  const parts = (sentence: string): string[] => {
    const s = normalizeTerm(sentence);
    return readPartLists(s, joinHyphenated(tagWords(s)), () => false).members.map((m) =>
      s.slice(m.span[0], m.span[1]),
    );
  };

  it('reads a 机构 that moves or drives as a part, and an institution as none', () => {
    expect(parts('输液泵一般由泵送机构、控制主板、检测报警模块和人机交互界面四部分组成。')).toEqual([
      '泵送机构',
      '控制主板',
      '检测报警模块',
      '人机交互界面',
    ]);
    expect(parts('该联盟由医疗机构和科研机构组成。')).toEqual([]);
  });
});

describe('materials in sentences about what things are made of', () => {
  it('reads 材质以M为主, a blend 聚碳酸酯与ABS的合金 and 共混纺丝制成', () => {
    expect(materials('椎间融合器的材质以聚醚醚酮（PEEK）为主。')).toEqual(['聚醚醚酮']);
    expect(subjects('椎间融合器的材质以聚醚醚酮（PEEK）为主。')).toEqual([]);
    expect(materials('外壳多用聚碳酸酯与ABS的合金注塑成型。')).toEqual(['聚碳酸酯', 'abs']);
    expect(materials('中空纤维膜多用聚醚砜或聚砜与聚乙烯吡咯烷酮共混纺丝制成。')).toEqual([
      '聚醚砜',
      '聚砜',
      '聚乙烯吡咯烷酮',
    ]);
    expect(materials('目前主流产品以锂碘电池为主。')).toEqual([]);
  });

  it('graphs a polymer written alone only where the sentence is about materials', () => {
    const found = (t: string) => contextOf(t).model.discovered.find((d) => d.name === '聚碳酸酯');
    expect(found('尾端的鲁尔接头多为聚碳酸酯注塑件。')?.foundBy).toBe('shape:polymer-context');
    expect(found('尾端的鲁尔接头多为聚碳酸酯注塑件。')?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(terms('国内聚碳酸酯的产能约为每年2万吨。')).not.toContain('Material 聚碳酸酯');
  });

  it('reads no polymer the segmenter cut out of a longer name: 聚醚|砜树脂', () => {
    expect(terms('高端聚醚砜树脂仍依赖进口。')).not.toContain('Material 聚醚');
  });
});
