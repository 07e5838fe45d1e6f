// The X用Y grammar of meq-2021 专栏 3, on the real sentences.
import { describe, expect, it } from 'vitest';
import { supplyChainGrammar } from '../../../server/extract/rules/supply-chain-grammar';
import { contextOf } from './seed-data';

const edgesOf = (text: string): string[] =>
  supplyChainGrammar(contextOf(text).ctx).map((e) => `${e.source} ${e.type} ${e.target}`);

describe('supplyChainGrammar', () => {
  it('reads 中空纤维膜 as used in ECMO from 着力攻关 ECMO（体外膜肺氧合机）用中空纤维膜，血液净化设备用透析膜；', () => {
    expect(edgesOf('着力攻关 ECMO（体外膜肺氧合机）用中空纤维膜，血液净化设备用透析膜；')).toEqual([
      'material:hollow-fiber-membrane USED_IN equipment:ecmo',
      'material:dialysis-membrane USED_IN equipment:blood-purification-equipment',
    ]);
  });

  it('switches user at the second 用: CT 用弥散强化无氧铜、钨钽钨合金，CT 球管用真空高温轴承、大容量旋转靶盘等；', () => {
    expect(edgesOf('CT 用弥散强化无氧铜、钨钽钨合金，CT 球管用真空高温轴承、大容量旋转靶盘等；')).toEqual([
      'material:dispersion-strengthened-copper USED_IN equipment:ct',
      'material:w-ta-w-alloy USED_IN equipment:ct',
      'component:vacuum-high-temperature-bearing PART_OF component:ct-tube',
      'component:rotating-target-disc PART_OF component:ct-tube',
    ]);
  });

  it('reads parts as PART_OF and runs lists on over ， : 放射用栅控三级电子枪、高功率磁控管...，六维治疗床；', () => {
    const edges = edgesOf(
      '放射用栅控三级电子枪、高功率磁控管、高功率多注速调管、高变比固态调制器，六维治疗床；',
    );
    expect(edges).toHaveLength(5);
    expect(edges).toContain('component:six-dof-couch PART_OF equipment:radiotherapy-equipment');
  });

  it('ends a list closed by 和 at the comma after it: 手术机器人用精密减速器和力传感器，血泵和透析器等关键零部件', () => {
    expect(edgesOf('手术机器人用精密减速器和力传感器，血泵和透析器等关键零部件依赖进口。')).toEqual([
      'component:jing-mi-jian-su-qi PART_OF equipment:surgical-robot',
      'component:li-chuan-gan-qi PART_OF equipment:surgical-robot',
    ]);
  });

  it('reads a gloss inside the user: 实时荧光定量 PCR（聚合酶链反应）仪用光电倍增管；', () => {
    expect(edgesOf('实时荧光定量 PCR（聚合酶链反应）仪用光电倍增管；')).toEqual([
      'component:photomultiplier-tube PART_OF equipment:real-time-pcr',
    ]);
  });

  it('splits / lists: 医疗机器人用减速机、精密电机、光学镜头、图像传感器/CMOS；', () => {
    const edges = edgesOf('医疗机器人用减速机、精密电机、光学镜头、图像传感器/CMOS；');
    expect(edges).toContain('component:image-sensor PART_OF equipment:medical-robot');
    expect(edges).toContain('component:reducer PART_OF equipment:medical-robot');
  });

  it('ignores 用 that is not "for": 推动应用先进材料、3D 打印等技术', () => {
    expect(edgesOf('推动应用先进材料、3D 打印等技术，提升血管支架的力学性能水平。')).toEqual([]);
  });
});

describe('supplyChainGrammar users', () => {
  it('does not make earlier items users of a later 用: 透析设备用真空泵、微型电磁阀，经鼻高流量氧疗仪用微型比例阀；', () => {
    expect(
      supplyChainGrammar(contextOf('透析设备用真空泵、微型电磁阀，经鼻高流量氧疗仪用微型比例阀；').ctx).map(
        (e) => `${e.source} ${e.target}`,
      ),
    ).toEqual([
      'component:vacuum-pump equipment:dialysis-equipment',
      'component:micro-solenoid-valve equipment:dialysis-equipment',
      'component:micro-proportional-valve equipment:hfnc-oxygen-therapy',
    ]);
  });

  it('gives every item to each of several users joined by 、 (A、B用Y)', () => {
    const edges = supplyChainGrammar(contextOf('有创呼吸机、高频呼吸机用比例阀；').ctx).map(
      (e) => `${e.source} ${e.target}`,
    );
    expect(edges.sort()).toEqual([
      'component:proportional-valve equipment:high-frequency-ventilator',
      'component:proportional-valve equipment:invasive-ventilator',
    ]);
  });
});

describe('supplyChainGrammar inside a list of things', () => {
  it('binds CT用 to its own item in …新型核酸POCT检测系统,以及CT用高能X射线球管、平板探测器等关键零部件 (sh2021-hiequip-forum)', () => {
    const edges = edgesOf(
      '要发展的有高端影像诊断装备、高性能临检装备、新型核酸POCT检测系统,以及CT用高能X射线球管、平板探测器等关键零部件;',
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatch(/ PART_OF equipment:ct$/);
    expect(edges.some((e) => e.includes('平板探测器') || e.includes('flat-panel'))).toBe(false);
  });

  it('takes a part before a machine user as an item of the outer list, not a second user (CT探测器、人工心脏用磁悬浮血泵)', () => {
    const edges = edgesOf(
      '对医用超导磁体、CT探测器、人工心脏用磁悬浮血泵、高分子膜式氧合器等关键部件，鼓励上下游企业联合攻关。',
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatch(/ PART_OF equipment:/);
  });

  it('binds a tight pair to a user the outer list closes on (以及手术机器人用精密减速器和力传感器。) or that goes on after it (ECMO用膜式氧合器和离心泵、呼吸机用…)', () => {
    const edges = edgesOf(
      '入围任务包括磁共振成像设备用超导磁体、CT探测器、体外膜肺氧合（ECMO）用膜式氧合器和离心泵、呼吸机用涡轮风机，以及手术机器人用精密减速器和力传感器。',
    );
    expect(edges).toContain('component:li-chuan-gan-qi PART_OF equipment:surgical-robot');
    expect(edges).toContain('component:jing-mi-jian-su-qi PART_OF equipment:surgical-robot');
    expect(edges.filter((e) => e.endsWith('equipment:ecmo'))).toHaveLength(2);
    // The 、 after the magnet is the outer list's: the CT detector is no part of the MR (six edges in all).
    expect(edges).toHaveLength(6);
  });

  it('leaves a pair closed by 等 to the outer list: …,以及CT用高能X射线球管和平板探测器等关键零部件', () => {
    const edges = edgesOf(
      '要发展的有高端影像诊断装备、新型核酸POCT检测系统,以及CT用高能X射线球管和平板探测器等关键零部件;',
    );
    expect(edges).toHaveLength(1);
  });
});

describe('supplyChainGrammar grades of make', () => {
  it('passes over a grade before the first item: 4．植入式心脏起搏器用医用级硅橡胶和聚氨酯绝缘材料。', () => {
    const edges = edgesOf('4．植入式心脏起搏器用医用级硅橡胶和聚氨酯绝缘材料。');
    expect(edges).toHaveLength(2);
    expect(edges.every((e) => e.includes(' USED_IN equipment:'))).toBe(true);
  });
});

describe('supplyChainGrammar: a glossed material that opens the item', () => {
  it('reads 平板探测器, not 碘化铯, as the item of DR用碘化铯（CsI）平板探测器 (d14-proposal-reply)', () => {
    const { ctx, model } = contextOf(
      '二是探测器，支持碲锌镉（CZT）光子计数探测器和DR用碘化铯（CsI）平板探测器研制；',
    );
    const names = new Map<string, string>([
      ...ctx.curated.lexicon.map((e): [string, string] => [e.id, e.name]),
      ...model.discovered.map((d): [string, string] => [d.id, d.name]),
    ]);
    expect(
      supplyChainGrammar(ctx).map((e) => `${names.get(e.source)} ${e.type} ${names.get(e.target)}`),
    ).toEqual(['平板探测器 PART_OF DR']);
  });
});

describe('supplyChainGrammar: the user is the outermost name before 用', () => {
  it('reads CMOS图像传感器 as PART_OF 电子内窥镜, not of the 内窥镜 its name ends in (d12-cppcc-proposal-and-reply)', () => {
    const { ctx, model } = contextOf(
      '手术机器人用精密减速器和力传感器、电子内窥镜用CMOS图像传感器多由境外企业供应；',
    );
    const names = new Map<string, string>([
      ...ctx.curated.lexicon.map((e): [string, string] => [e.id, e.name]),
      ...model.discovered.map((d): [string, string] => [d.id, d.name]),
    ]);
    expect(
      supplyChainGrammar(ctx)
        .map((e) => `${names.get(e.source)} ${e.type} ${names.get(e.target)}`)
        .filter((l) => l.startsWith('CMOS')),
    ).toEqual(['CMOS图像传感器 PART_OF 电子内窥镜']);
  });
});

describe('supplyChainGrammar after a closing conjunction', () => {
  it('ends the list at a 、 after 及: 口腔种植体用纯钛及钛锆合金、眼科飞秒激光器的研发 (d16-plannews)', () => {
    expect(
      edgesOf(
        '在口腔与眼科装备领域，重点发展口腔锥形束CT（CBCT）、椅旁数字化修复系统、眼科光学相干断层扫描仪（OCT）和飞秒激光眼科手术系统，加快口腔种植体用纯钛及钛锆合金、眼科飞秒激光器的研发。',
      ),
    ).toEqual([
      'material:chun-tai USED_IN equipment:dental-implant',
      'material:tai-gao-he-jin USED_IN equipment:dental-implant',
    ]);
  });
});
