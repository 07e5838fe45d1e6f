// Coordinated lists with a shared head or modifier, on real sentences of the seed plans.
import { describe, expect, it } from 'vitest';
import { contextOf, seedResult } from '../seed-data';

/** Discovered names of one sentence, with the list head each was completed from. */
const completed = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.name}<${d.completedFrom ?? ''}`);

describe('coordinated lists', () => {
  it('completes 中医健康状态辨识、中医诊断治疗、远程医疗等装备 with the head after 等', () => {
    expect(
      completed('推进中医健康状态辨识、中医诊断治疗、远程医疗等装备发展，不断提升中医药健康服务能力。'),
    ).toEqual(
      expect.arrayContaining(['中医健康状态辨识装备<装备', '中医诊断治疗装备<装备', '远程医疗装备<装备']),
    );
  });

  it('completes 开发导诊、门诊筛查、咽拭子采集……等系列医疗机器人 with 机器人, dropping 系列 and 医疗', () => {
    const names = completed(
      '开发导诊、门诊筛查、咽拭子采集、抽血、辅助检验、智能（阅片）辅助诊断、重症监护/护理、智能巡诊、远程手术、智能康复、中药配制、配液、送药、医疗垃圾处置、消毒杀菌等系列医疗机器人，推动智慧医院发展。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        '导诊机器人<医疗机器人',
        '咽拭子采集机器人<医疗机器人',
        '智能辅助诊断机器人<医疗机器人',
        '重症监护机器人<医疗机器人',
        '护理机器人<医疗机器人',
        '消毒杀菌机器人<医疗机器人',
      ]),
    );
    expect(names.some((n) => n.startsWith('开发'))).toBe(false);
  });

  it('shares the head of the last conjunct: 食道、胆道、气管支架', () => {
    expect(completed('推进各类食道、胆道、气管支架等产品升级换代。')).toEqual(
      expect.arrayContaining(['食道支架<气管支架', '胆道支架<气管支架', '气管支架<']),
    );
  });

  it('aligns a shared modifier: 孕产期保健、儿童保健可穿戴装备 gives 孕产期保健可穿戴装备', () => {
    expect(completed('发展孕产期保健、儿童保健可穿戴装备。')).toContain(
      '孕产期保健可穿戴装备<儿童保健可穿戴装备',
    );
  });

  it('drops the word a conjunct already ends with: 唐氏综合征产前筛查分析 + 分析软件', () => {
    expect(
      completed('攻关唐氏综合征产前筛查分析、神经管畸形产前筛查、三体综合征风险计算等优生优育诊断分析软件。'),
    ).toEqual(
      expect.arrayContaining([
        '唐氏综合征产前筛查分析软件<优生优育诊断分析软件',
        '神经管畸形产前筛查分析软件<优生优育诊断分析软件',
        '三体综合征风险计算分析软件<优生优育诊断分析软件',
      ]),
    );
  });

  it('resolves a completed name to the lexicon: 骨科和腹腔镜手术机器人 gives the curated 骨科手术机器人', () => {
    const { model } = contextOf('发展骨科和腹腔镜手术机器人。');
    expect(model.occurrences.map((o) => o.nodeId)).toContain('equipment:orthopaedic-surgical-robot');
  });

  it('takes glossed conjuncts whole and names them without the gloss: SpO2（血氧）/ETCO2（呼气末二氧化碳）及体温传感器', () => {
    const text = '研制 SpO2（血氧）/ETCO2（呼气末二氧化碳）及体温传感器。';
    const { model } = contextOf(text);
    const spo2 = model.discovered.find((d) => d.name === 'SpO2传感器');
    expect(spo2?.completedFrom).toBe('体温传感器');
    expect(spo2?.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['SpO2（血氧）']);
  });

  it('leaves curated list members to the lexicon: 柔性 ECG（心电图）/EEG（肌电图）/.../血糖及压力传感器', () => {
    const { model } = contextOf(
      '开发可穿戴设备用柔性 ECG（心电图）/EEG（肌电图）/EMG（脑电图）/血糖及压力传感器等。',
    );
    expect(model.occurrences.map((o) => o.nodeId)).toEqual(
      expect.arrayContaining(['component:flexible-ecg-sensor', 'component:blood-glucose-sensor']),
    );
    expect(model.discovered).toEqual([]);
  });

  it('keeps the exact span of each conjunct as its mention', () => {
    const text = '研制脑损伤、脑发育、颅内血氧、疼痛等新型监护装备，发展远程监护装备。';
    const { model } = contextOf(text);
    const spans = model.discovered.flatMap((d) => d.occurrences.map((o) => text.slice(o.start, o.end)));
    expect(spans).toEqual(expect.arrayContaining(['脑损伤', '脑发育', '颅内血氧', '疼痛']));
    expect(model.discovered.map((d) => d.name)).toContain('颅内血氧监护装备');
  });

  it('reads no list from field lists, adjectives or names joined by a slash', () => {
    expect(completed('在航空航天、电子信息、核工业、船舶、通用机械、新材料等领域。')).toEqual([]);
    expect(completed('加快微型化、精密化植入式心脏起搏装备研制。').some((n) => n.startsWith('微型化'))).toBe(
      false,
    );
    expect(
      completed('推进电感耦合等离子体/质谱联用仪升级。').some((n) => n.startsWith('电感耦合等离子体仪')),
    ).toBe(false);
    expect(completed('推动人工智能、5G、大数据、云计算等新技术嵌入医疗装备。')).toEqual([]);
    expect(completed('鼓励航空航天、电子信息、核工业、船舶、通用机械等行业与医疗装备企业合作。')).toEqual([]);
    expect(completed('CT 用弥散强化无氧铜、钨钽钨合金。').some((n) => n.includes('无氧铜合金'))).toBe(false);
  });

  it('gives the completed members the domain of their section in the seed graph', () => {
    const { graph } = seedResult();
    const inDomain = (source: string, target: string): boolean =>
      graph.edges.some((e) => e.type === 'IN_DOMAIN' && e.source === source && e.target === target);
    const id = (name: string): string => graph.nodes.find((n) => n.name === name)?.id ?? '';
    expect(inDomain(id('咽拭子采集机器人'), 'domain:smart-medical-equipment')).toBe(true);
    expect(inDomain(id('食道支架'), id('植介入器械'))).toBe(true);
    expect(inDomain(id('唐氏综合征产前筛查分析软件'), id('妇幼健康装备'))).toBe(true);
    expect(inDomain(id('中医诊断治疗装备'), id('中医诊疗装备'))).toBe(true);
    const robot = graph.nodes.find((n) => n.name === '导诊机器人');
    expect(robot?.props).toMatchObject({ completedFrom: '医疗机器人', foundBy: 'coordination:etc' });
  });
});

describe('A、B等X with a bare class noun X', () => {
  it('names the members as written when each ends in a noun: 活检钳、剥离电刀、注射针等器械', () => {
    const names = contextOf('器械通道也可以插入活检钳、剥离电刀、注射针等器械。').model.discovered.map(
      (d) => `${d.label}:${d.name}`,
    );
    expect(names).toEqual(
      expect.arrayContaining(['Equipment:活检钳', 'Equipment:剥离电刀', 'Equipment:注射针']),
    );
    expect(names.some((n) => n.endsWith('钳器械') || n.endsWith('刀器械') || n.includes('插入'))).toBe(false);
  });
});

describe('members that already end in a head noun of their own keep their name', () => {
  const names = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);
  const spread = (text: string, head: string): string[] =>
    names(text).filter(
      (n) => n.endsWith(head) && n.length > head.length && /(?:晶体|基板|衬底|内镜|器件)./.test(n),
    );

  it.each([
    ['平板探测器的上游包括碘化铯晶体、非晶硅基板和读出芯片。', '芯片'],
    ['国产化的碘化铯晶体、非晶硅基板和读出芯片已批量供货。', '芯片'],
    ['支持碳化硅衬底、氮化镓外延片和功率芯片研发。', '芯片'],
    ['公司重点布局功率器件、光电器件和图像传感器。', '传感器'],
    ['院内配置了超声内镜、胶囊内镜和手术机器人。', '机器人'],
    ['项目采购锗酸铋晶体、硅光电倍增管和前端探测器。', '探测器'],
  ])('%s gives no member the head %s', (text, head) => {
    expect(spread(text, head)).toEqual([]);
  });

  it('still spreads a head to members that lack one', () => {
    expect(names('开发食道、胆道、气管支架。')).toEqual(expect.arrayContaining(['食道支架', '胆道支架']));
    const { model } = contextOf('发展骨科和腹腔镜手术机器人。');
    expect(model.occurrences.map((o) => o.nodeId)).toContain('equipment:orthopaedic-surgical-robot');
  });
});

describe('a counted class', () => {
  it('names no device: 三大类设备, 两类设备', () => {
    const names = contextOf('医院今年采购了三大类设备，另有两类设备进入招标。').model.discovered.map(
      (d) => d.name,
    );
    expect(names.filter((n) => n.includes('类设备'))).toEqual([]);
  });
});
