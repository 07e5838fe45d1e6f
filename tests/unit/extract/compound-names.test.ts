// Compound names that carry their user give PART_OF / USED_IN.
import { describe, expect, it } from 'vitest';
import { compoundNames } from '../../../server/extract/rules/compound-names';
import { contextOf } from './seed-data';

const edgesOf = (text: string): string[] =>
  compoundNames(contextOf(text).ctx).map((e) => `${e.source} ${e.type} ${e.target}`);

describe('compoundNames', () => {
  it('reads CT 探测器模拟芯片 as part of CT in 开发 CT 探测器模拟芯片，多模态设备模拟前端芯片...', () => {
    const edges = edgesOf(
      '开发 CT 探测器模拟芯片，多模态设备模拟前端芯片、模数转换芯片，可穿戴设备 SOC 芯片，医用 AI 芯片；',
    );
    expect(edges).toContain('component:ct-detector-analog-chip PART_OF equipment:ct');
    expect(edges).toContain('component:wearable-soc-chip PART_OF equipment:wearable-device');
    expect(edges).toContain('component:analog-front-end-chip PART_OF equipment:multimodal-equipment');
    expect(edges.some((e) => e.startsWith('component:medical-ai-chip'))).toBe(false);
  });

  it('reads the 2017 CT tube 计算机断层扫描（CT）X 射线管 as part of CT', () => {
    expect(edgesOf('单晶超声换能器、计算机断层扫描（CT）X 射线管等核心部件研制取得实质性突破；')).toEqual([
      'component:single-crystal-ultrasound-transducer PART_OF equipment:ultrasound-imaging',
      'component:ct-tube PART_OF equipment:ct',
    ]);
  });
});

describe('compoundNames heads', () => {
  it('reads 微型比例阀 as a kind of 比例阀, not a part of it', () => {
    expect(compoundNames(contextOf('经鼻高流量氧疗仪用微型比例阀；').ctx)).toEqual([]);
  });
});

describe('compoundNames of two names', () => {
  it('reads 磁共振超导磁体 (a user written right before its part) as part of MR', () => {
    expect(edgesOf('核心部件主要是磁共振超导磁体和射频线圈。')).toContain(
      'component:superconducting-magnet PART_OF equipment:mr',
    );
  });

  it('reads nothing from a class after a user (CT关键零部件) or from names apart (CT、超导磁体)', () => {
    expect(edgesOf('突破CT关键零部件。')).toEqual([]);
    expect(edgesOf('发展CT、超导磁体。')).toEqual([]);
  });
});

describe('compoundNames through a modality word several machines share (超声)', () => {
  it('reads no user of 超聲換能器 in a text that names no ultrasound machine (sz2022-hidevice-measures-hant)', () => {
    expect(
      edgesOf(
        '配套方面，《措施》提出圍繞整機企業的需求，培育醫用傳感器、醫用芯片、精密電機和醫用級高分子材料等供應鏈企業，對為本市醫療器械企業配套超聲換能器、X射線探測器的企業給予獎勵。',
      ),
    ).toEqual([]);
  });

  it('reads 超声单晶探头 as part of the ultrasound scanner the text names before it (guide2016-devices)', () => {
    const edges = edgesOf(
      '发展重点放在高端 CT设备,高场强超导磁共振和专科超导磁共振成像系统,高清电子内窥镜,多模态融合分子影像设备 PET-CT和 PET-MRI,血管数字减影 X射线机( DSA),高端彩色多普勒超声和血管内超声等。核心部件要提升生产水平,主要是CT球管,PET晶体探测器,磁共振超导磁体和射频线圈, X线平板探测器,超声单晶探头、二维面阵探头等新型探头,内窥镜三晶片摄像系统等。',
    );
    expect(edges.filter((e) => e.endsWith('PART_OF equipment:ultrasound-imaging')).length).toBeGreaterThan(0);
  });
});

describe('compoundNames: a material glossed in brackets before the name it opens', () => {
  /** Edges by their ends' names and rule. */
  const named = (text: string): string[] => {
    const { ctx } = contextOf(text);
    const names = new Map<string, string>([
      ...ctx.curated.lexicon.map((e): [string, string] => [e.id, e.name]),
      ...ctx.model.discovered.map((d): [string, string] => [d.id, d.name]),
    ]);
    return compoundNames(ctx).map(
      (e) => `${e.type} ${names.get(e.source)} -> ${names.get(e.target)} ${e.rule}`,
    );
  };

  it('reads 碲锌镉（CZT）光子计数探测器 and 碘化铯（CsI）平板探测器 (d14-proposal-reply)', () => {
    const edges = named('二是探测器，支持碲锌镉（CZT）光子计数探测器和DR用碘化铯（CsI）平板探测器研制；');
    expect(edges).toContain('USED_IN 碲锌镉 -> 光子计数探测器 compound-name:material-gloss-before');
    expect(edges).toContain('USED_IN 碘化铯 -> 平板探测器 compound-name:material-gloss-before');
  });

  it('reads 聚四氟乙烯（PTFE）内衬管 of a patent claim (d14-patent)', () => {
    expect(
      named(
        '所述插入管（2）由内至外依次为聚四氟乙烯（PTFE）内衬管、不锈钢编织网和热塑性聚氨酯（TPU）外护套。',
      ),
    ).toContain('USED_IN 聚四氟乙烯 -> 内衬管 compound-name:material-gloss-before');
  });

  it('reads nothing across a bracket that is no Latin short name, nor across a list mark', () => {
    const edges = named('探测器采用碘化铯（进口为主）平板探测器，另有碘化铯（CsI）、平板探测器两类。');
    expect(edges.filter((e) => e.includes('material-gloss-before'))).toEqual([]);
  });
});
