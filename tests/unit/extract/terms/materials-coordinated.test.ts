// A material of a strict shape written alone, coordinated with another material: one of a list of materials.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

/** `Label name` of every term graphed (confidence 0.6 or more). */
const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

describe('a strict material coordinated with another material', () => {
  it('reads both members of a slash pair (非晶硅/碘化铯)', () => {
    const t = terms('1.平板探测器：动态平板，非晶硅/碘化铯，有效面积≥43cm×43cm，像素尺寸≤150μm；');
    expect(t).toContain('Material 非晶硅');
    expect(t).toContain('Material 碘化铯');
  });

  it('reads a material joined by 或 to another (非晶硅或IGZO薄膜晶体管面板)', () => {
    expect(terms('主要指标：非晶硅或IGZO薄膜晶体管面板，满足DR使用要求。')).toContain('Material 非晶硅');
  });

  it('reads the members of a list joined by 、 (碲化镉、碲锌镉晶体)', () => {
    const t = terms(
      '在基础领域，《规划》提出攻关光子计数探测器、7T磁共振超导磁体、ECMO磁悬浮离心泵和氧合膜，推动聚4-甲基-1-戊烯（PMP）中空纤维膜用于ECMO氧合器，碲化镉、碲锌镉晶体用于光子计数探测器。',
    );
    expect(t).toContain('Material 碲化镉');
  });

  it('leaves a material written alone with no other material a candidate (较纯镁降低)', () => {
    const t = terms('含钕镁合金支架于体外28日之失重率较纯镁降低约四成，术后6个月未观察到支架内血栓。');
    expect(t).not.toContain('Material 纯镁');
  });
});
