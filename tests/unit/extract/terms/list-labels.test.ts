// Members of lists without a head of their own, labelled from the list: its class, its lead or the
// shape of its members (terms/list-labels.ts, terms/material-names.ts). Sentences in the style of the
// field's notices and news; the parts list is a dev held-out sentence.
import { describe, expect, it } from 'vitest';
import { deviceShape, materialShape } from '../../../../server/extract/terms/material-names';
import { joinHyphenated, tagWords } from '../../../../server/extract/terms/segmenter';
import { contextOf } from '../seed-data';

/** `Label name rule` of every term found in one sentence, and each mention as written. */
const terms = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label} ${d.name} ${d.foundBy}`);
const names = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);
const spansOf = (text: string): string[] => {
  const { model } = contextOf(text);
  return model.discovered.flatMap((d) => d.occurrences.map((o) => text.slice(o.start, o.end)));
};

describe('material and device shapes', () => {
  it('knows polymers, resins, rubbers, alloys and qualified metals', () => {
    for (const n of ['聚氨酯', '聚四氟乙烯', '超高分子量聚乙烯', '嵌段聚醚酰胺树脂', '硅橡胶', '锆铌合金'])
      expect(materialShape(n), n).toBe(true);
    for (const n of ['多孔钽', '钛棒丝材', '乙交酯-己内酯共聚物', '环烯烃聚合物', '镍钛'])
      expect(materialShape(n), n).toBe(true);
  });

  it('refuses one-character stems and ordinary words', () => {
    for (const n of ['钛', '酸', '医疗服务', '产业化', '人工智能', '生物相容性'])
      expect(materialShape(n), n).toBe(false);
  });

  it('knows implants by 人工 and an organ or by their ending, not 人工智能', () => {
    for (const n of ['人工关节', '人工晶体', '人工硬脑膜', '第三代人工心脏', '神经补片', '血液灌流器'])
      expect(deviceShape(n), n).toBe(true);
    expect(deviceShape('人工智能')).toBe(false);
    expect(deviceShape('人工成本')).toBe(false);
  });
});

describe('hyphenated names', () => {
  it('keeps 乙交酯-己内酯 and PET-MRI one word and numbers a quantity', () => {
    const words = (s: string): string[] => joinHyphenated(tagWords(s)).map((w) => `${w.word}/${w.tag}`);
    expect(words('乙交酯-己内酯共聚物')).toContain('酯-己/nz');
    expect(words('pet-mri')).toEqual(['pet-mri/eng']);
    expect(words('10-20项')).toContain('10-20/m');
  });

  it('gives no fragment that starts inside a hyphenated name', () => {
    const n = names('重点突破锆铌合金、多孔钽、钛棒丝材、镍钛-铂金复合材料的制备工艺。');
    expect(n).toEqual(expect.arrayContaining(['锆铌合金', '多孔钽', '钛棒丝材', '镍钛-铂金复合材料']));
    expect(n).not.toContain('铂金复合材料');
    const m = names('高分子材料包括聚乳酸、聚己内酯、乙交酯-己内酯共聚物和环烯烃聚合物。');
    expect(m).not.toContain('内酯共聚物');
    expect(m).not.toContain('己内酯共聚物');
  });
});

describe('list labels', () => {
  it('names each member of 等高分子材料 shaped like a material as written, not 聚氨酯高分子材料', () => {
    const t = '支持企业开展聚氨酯、聚四氟乙烯、医用聚醚醚酮、超高分子量聚乙烯、硅橡胶等高分子材料攻关。';
    expect(terms(t)).toEqual(
      expect.arrayContaining([
        'Material 聚氨酯 list:class',
        'Material 聚四氟乙烯 list:class',
        'Material 医用聚醚醚酮 list:class',
        'Material 超高分子量聚乙烯 list:class',
        'Material 硅橡胶 list:class',
      ]),
    );
    expect(names(t).some((n) => n.startsWith('聚氨酯高分子'))).toBe(false);
    expect(spansOf(t)).toContain('超高分子量聚乙烯');
  });

  it('labels the members after a class and 包括 or a colon', () => {
    expect(terms('高分子材料包括聚乳酸、聚己内酯、乙交酯-己内酯共聚物和环烯烃聚合物。')).toEqual(
      expect.arrayContaining([
        'Material 聚乳酸 list:class',
        'Material 聚己内酯 list:class',
        'Material 乙交酯-己内酯共聚物 list:class',
        'Material 环烯烃聚合物 list:class',
      ]),
    );
    expect(terms('可降解材料：聚乳酸、聚己内酯、聚对二氧环己酮等。')).toContain(
      'Material 聚对二氧环己酮 list:class',
    );
  });

  it('labels implants of 等医疗器械产品 as equipment', () => {
    expect(
      terms('研制用于人工关节、人工晶体、人工硬脑膜、血液灌流器、神经补片等医疗器械产品的关键原材料。'),
    ).toEqual(
      expect.arrayContaining([
        'Equipment 人工关节 list:class',
        'Equipment 人工晶体 list:class',
        'Equipment 人工硬脑膜 list:class',
        'Equipment 血液灌流器 list:class',
        'Equipment 神经补片 list:class',
      ]),
    );
  });

  it('reads a parts list led by 核心部件……主要是, commas included, and calls a subsystem there a part', () => {
    const t =
      '核心部件要提升生产水平，主要是CT球管，PET晶体探测器，磁共振超导磁体和射频线圈， X线平板探测器，超声单晶探头、二维面阵探头等新型探头，内窥镜三晶片摄像系统等。';
    expect(terms(t)).toEqual(
      expect.arrayContaining([
        'Component PET晶体探测器 list:class',
        'Component 超声单晶探头 list:class',
        'Component 二维面阵探头 list:class',
        'Component 内窥镜三晶片摄像系统 list:class',
      ]),
    );
    expect(names(t)).not.toContain('新型探头');
  });

  it('takes a member opening with a leading verb only in a list of things: 聚焦超声治疗系统', () => {
    expect(terms('骨科手术机器人、第三代人工心脏、聚焦超声治疗系统等产品已达国际先进水平。')).toEqual(
      expect.arrayContaining([
        'Equipment 第三代人工心脏 list:class',
        'Equipment 聚焦超声治疗系统 list:class',
      ]),
    );
  });

  it('labels a list of shaped names with no class, less surely', () => {
    // 树脂 is a head of its own: a member ending in it is read by it (`嵌段聚醚酰胺树脂`), so the shapes
    // here carry no head.
    expect(terms('嵌段聚醚酰胺、环烯烃聚合物、增塑剂。')).toEqual(
      expect.arrayContaining(['Material 嵌段聚醚酰胺 list:shape', 'Material 环烯烃聚合物 list:shape']),
    );
    expect(contextOf('嵌段聚醚酰胺、环烯烃聚合物、增塑剂。').model.discovered[0]?.confidence).toBeLessThan(
      0.75,
    );
  });

  it('cuts the first member after a verb or an X用 user: 锁定|高分子材料, 装备用|钛镍记忆合金', () => {
    expect(names('本次揭榜挂帅锁定高分子材料、金属材料、无机非金属材料这三个重点方向。')).toContain(
      '高分子材料',
    );
    expect(names('着力攻关深潜减压装备用钛镍记忆合金、石墨烯导热膜。')).toContain('钛镍记忆合金');
  });

  it('makes no term of techniques, qualities, verb phrases or a lone shaped member', () => {
    expect(names('推动人工智能、大数据等新技术与医疗装备融合。')).toEqual([]);
    expect(names('提升材料的生物相容性、耐腐蚀性。')).toEqual([]);
    expect(names('研发聚乳酸、推进产业化。')).toEqual([]);
    expect(names('发展聚乳酸和医疗服务。')).toEqual([]);
    expect(names('研制人工关节、人工晶体、骨科领域等医疗器械产品。')).not.toContain('骨科领域');
  });

  it('refuses bare classes and stop terms among headed members (设备, 专用医疗设备)', () => {
    const n = names('配置专用医疗设备、软件、设备等配套产品。');
    expect(n).not.toContain('设备');
    expect(n).not.toContain('专用医疗设备');
  });

  it('reads a later member of an 及 pair with a verb inside it: 影像引导放射治疗装置', () => {
    const n = names('发展重点放在高能直线加速器及影像引导放射治疗装置，眼科激光治疗系统。');
    expect(n).toEqual(expect.arrayContaining(['高能直线加速器', '影像引导放射治疗装置']));
    expect(n).not.toContain('放射治疗装置');
    expect(names('加快发展监护设备和推进远程诊断系统。')).not.toContain('推进远程诊断系统');
  });
});

describe('names built on a curated one', () => {
  it('takes 血管数字减影 before X射线机 (a one-character verb inside a compound, 血管 no part head)', () => {
    expect(names('发展血管数字减影X射线机（DSA）。')).toContain('血管数字减影X射线机');
  });

  it('takes 无/有 opening a modifier after a preposition (在无液氦超导磁体), not a verb of the sentence', () => {
    expect(names('在无液氦超导磁体这个最新的技术领域，我们跨过了三座大山。')).toEqual(['无液氦超导磁体']);
    expect(names('不过在有液氦超导磁体领域，国内起步晚。')).toEqual(['有液氦超导磁体']);
    expect(names('国内无高端CT产品。')).toEqual([]);
    expect(names('我国有超导磁体企业。')).toEqual([]);
  });

  it('never starts a name with the scope word 国家 (国家高性能医疗器械 is 高性能医疗器械)', () => {
    expect(names('支持国家高性能医疗器械发展。')).toEqual(['高性能医疗器械']);
  });

  it('reads 加速器 and 流水线 as heads of equipment', () => {
    expect(names('推进全实验室自动化检验分析流水线和高能直线加速器。')).toEqual(
      expect.arrayContaining(['全实验室自动化检验分析流水线', '高能直线加速器']),
    );
  });

  it('leaves a closing gloss out of a member and keeps 超导 that opens a name', () => {
    const t =
      '超导磁体产业的应用主要在4个方面：超导核磁共振成像装置（MRI）、超导核磁共振谱仪（NMR）、实验研究及仪器用超导磁体和超导磁分选装置。';
    expect(names(t)).toEqual(expect.arrayContaining(['超导核磁共振成像装置', '超导核磁共振谱仪']));
    expect(spansOf(t)).toContain('超导核磁共振谱仪');
    expect(names(t).some((n) => n.includes('('))).toBe(false);
  });

  it('reads 人工 and an organ as an implant wherever it stands, once per name', () => {
    const { model } = contextOf('第四代磁悬浮人工心脏把他从绝境中拉了回来。如今这颗人工心脏出生在苏州。');
    expect(model.discovered.map((d) => `${d.label} ${d.name} ${d.foundBy} ${d.occurrences.length}`)).toEqual([
      'Equipment 人工心脏 shape:implant 2',
    ]);
    expect(names('发展人工智能和人工成本核算。')).toEqual([]);
  });

  it('never starts a member with 用于: 研制用于人工关节、人工晶体', () => {
    expect(
      names('研制用于人工关节、人工晶体等医疗器械产品的原材料。').some((n) => n.startsWith('用于')),
    ).toBe(false);
  });

  it('completes a bare part after its user and 的 (CT的探测器 gives CT探测器, completed from CT)', () => {
    const t = '突破CT的探测器、数据采集系统、高压发生器等核心部件。';
    const { model } = contextOf(t);
    const found = model.discovered.map(
      (d) =>
        `${d.label} ${d.name} <${d.completedFrom ?? ''}> ${d.occurrences.map((o) => t.slice(o.start, o.end)).join('/')}`,
    );
    expect(found).toEqual(
      expect.arrayContaining(['Component CT探测器 <CT> 探测器', 'Component 数据采集系统 <> 数据采集系统']),
    );
    expect(names('提升呼吸机的传感器、涡轮风机等关键零部件。')).toEqual(
      expect.arrayContaining(['呼吸机传感器', '涡轮风机']),
    );
    expect(names('提升CT的探测器水平。')).toEqual([]);
  });
});
