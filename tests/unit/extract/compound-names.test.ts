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
