// Supply-chain phrases besides X用Y: 用于A的B, A配套B, A的核心部件B, A关键材料B, 用于A……包括B、C.
import { describe, expect, it } from 'vitest';
import { supplyPhrases } from '../../../server/extract/rules/supply-phrases';
import { contextOf, seedResult } from './seed-data';

const edges = (text: string): string[] =>
  supplyPhrases(contextOf(text).ctx).map((e) => `${e.type} ${e.source} -> ${e.target} ${e.rule ?? ''}`);

describe('supplyPhrases', () => {
  it('reads A的核心部件：B、C as parts of A', () => {
    expect(edges('突破CT的核心部件：CT球管、CT高速滑环等。')).toEqual([
      'PART_OF component:ct-tube -> equipment:ct grammar:A的核心部件B',
      'PART_OF component:ct-slip-ring -> equipment:ct grammar:A的核心部件B',
    ]);
  });

  it('reads 用于A的B only with 用于 right before A', () => {
    expect(edges('发展用于CT的高精度电流传感器。')).toEqual([
      'PART_OF component:current-sensor -> equipment:ct grammar:用于A的B',
    ]);
    expect(edges('提升CT的高精度电流传感器水平。')).toEqual([]);
  });

  it('reads 用于A……如B、C, and skips class names such as 关键材料', () => {
    expect(edges('攻关用于呼吸机的关键零部件，如微型比例阀等。')).toEqual([
      'PART_OF component:micro-proportional-valve -> equipment:ventilator grammar:用于A包括B',
    ]);
    expect(edges('开发用于ECMO的关键材料。')).toEqual([]);
  });

  it('reads 用于A、B等…产品的X材料，包括P、Q: X, P and Q each USED_IN every user', () => {
    const { ctx, model } = contextOf(
      '征集用于人工关节、人工晶体、神经补片等医疗器械产品的高分子材料，包括聚氨酯、聚四氟乙烯、硅橡胶等。',
    );
    const name = new Map(model.discovered.map((d) => [d.id, d.name]));
    const pairs = supplyPhrases(ctx).map(
      (e) => `${e.type} ${name.get(e.source) ?? e.source} -> ${name.get(e.target) ?? e.target}`,
    );
    expect(pairs).toHaveLength(12);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'USED_IN 高分子材料 -> 人工关节',
        'USED_IN 聚氨酯 -> 人工晶体',
        'USED_IN 硅橡胶 -> 神经补片',
      ]),
    );
    const e = supplyPhrases(ctx)[0];
    expect(e?.evidence[0]?.quote).toBe(
      '征集用于人工关节、人工晶体、神经补片等医疗器械产品的高分子材料，包括聚氨酯、聚四氟乙烯、硅橡胶等。',
    );
  });

  it('reads 用于A和B的X with two users as parts of both', () => {
    const { ctx, model } = contextOf('研发用于呼吸机和监护仪的高性能传感器。');
    const name = new Map(model.discovered.map((d) => [d.id, d.name]));
    expect(
      supplyPhrases(ctx).map((e) => `${e.type} ${name.get(e.source)} -> ${name.get(e.target) ?? e.target}`),
    ).toEqual(['PART_OF 高性能传感器 -> equipment:ventilator', 'PART_OF 高性能传感器 -> 监护仪']);
  });

  it('reads X材料可应用于A、B as USED_IN each user, and nothing from 应用于 a field', () => {
    const { ctx } = contextOf('聚醚醚酮材料可应用于人工关节、骨科植入物和脊柱融合器。');
    // 脊柱融合器 is a device by its shape, so each of the three users takes the material.
    expect(supplyPhrases(ctx).map((e) => e.rule)).toEqual([
      'grammar:X应用于A',
      'grammar:X应用于A',
      'grammar:X应用于A',
    ]);
    expect(edges('高分子材料可应用于医疗领域。')).toEqual([]);
    expect(edges('推动新材料用于医疗服务。')).toEqual([]);
  });

  it('reads A相当于B的“心脏” and A系统是B仪器核心部件 as parts, and not A是B的耗材', () => {
    expect(edges('超导磁体相当于高场强磁共振仪的“心脏”。')).toEqual([
      expect.stringMatching(
        /^PART_OF component:superconducting-magnet -> equipment:.+ grammar:A是B的核心部件$/,
      ),
    ]);
    expect(edges('MRI超导磁体系统是磁共振医疗成像仪器核心部件。')).toEqual([
      'PART_OF component:superconducting-magnet -> equipment:mr grammar:A是B的核心部件',
    ]);
    expect(edges('超导磁体是磁共振的重要耗材。')).toEqual([]);
    expect(edges('CT球管和呼吸机是重点。')).toEqual([]);
  });

  it('reads A的B、C等核心部件 as parts of A, each member named by its head or completed with A', () => {
    const { ctx, model } = contextOf('突破CT的探测器、数据采集系统、高压发生器等核心部件。');
    const name = new Map(model.discovered.map((d) => [d.id, d.name]));
    expect(
      supplyPhrases(ctx).map((e) => `${e.type} ${name.get(e.source)} -> ${e.target} ${e.rule ?? ''}`),
    ).toEqual([
      'PART_OF CT探测器 -> equipment:ct grammar:A的B等核心部件',
      'PART_OF 数据采集系统 -> equipment:ct grammar:A的B等核心部件',
      'PART_OF 高压发生器 -> equipment:ct grammar:A的B等核心部件',
    ]);
    expect(edges('提升CT的探测器和高压发生器的可靠性，推动核心部件国产化。')).toEqual([]);
  });

  it('reads a discovered part again where it is written by name alone: 为手术机器人配套谐波减速器', () => {
    // The surgical robot supply feature of the held-out dev set: discovery names 谐波减速器 in the
    // part list of the first sentence; the second names it without list or head.
    const { ctx, model } = contextOf(
      '每条机械臂需要多个关节模组，而关节模组由谐波减速器、无框力矩电机、编码器和制动器构成。国内已有绿的谐波等企业为手术机器人配套谐波减速器。',
    );
    const name = new Map(model.discovered.map((d) => [d.id, d.name]));
    // The joint module, a whole named in the clause before its parts, has its own parts.
    const found = supplyPhrases(ctx).filter((e) => e.rule === 'grammar:A配套B');
    expect(found.map((e) => `${name.get(e.source) ?? e.source} -> ${e.target} ${e.rule ?? ''}`)).toEqual([
      '谐波减速器 -> equipment:surgical-robot grammar:A配套B',
    ]);
    expect(found[0]?.evidence.map((e) => e.quote)).toEqual([
      '国内已有绿的谐波等企业为手术机器人配套谐波减速器。',
    ]);
  });

  it('reads A包括B、C when A was named by a part list of the sentence before', () => {
    // The proton therapy system's approval notice of the held-out dev set.
    const { ctx, model } = contextOf(
      '该产品由加速器系统和治疗系统两部分构成。加速器系统包括注入器系统、低能传输系统、主加速器系统、高能束流传输系统和辅助电气系统。',
    );
    const name = new Map(model.discovered.map((d) => [d.id, d.name]));
    expect(
      supplyPhrases(ctx)
        .filter((e) => name.get(e.target) === '加速器系统')
        .map((e) => name.get(e.source)),
    ).toEqual(['注入器系统', '低能传输系统', '主加速器系统', '高能束流传输系统', '辅助电气系统']);
  });

  it('adds no supply edge to the seed plans but one shared user (their X用Y lists and compound names stay the source)', () => {
    const supply = seedResult().graph.edges.filter((e) => e.type === 'PART_OF' || e.type === 'USED_IN');
    expect([...new Set(supply.map((e) => e.rule))].sort()).toEqual([
      'compound-name',
      'compound-name:shared',
      'grammar:X用Y',
    ]);
    // 多模态设备模拟前端芯片、模数转换芯片 (专栏 3): both chips are the multimodal equipment's.
    expect(
      supply.filter((e) => e.rule === 'compound-name:shared').map((e) => `${e.source} ${e.target}`),
    ).toEqual(['component:adc-chip equipment:multimodal-equipment']);
  });
});
