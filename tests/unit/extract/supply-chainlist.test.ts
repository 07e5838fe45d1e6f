// An industrial-chain list (产业链补短板/锻长板清单): a group's `整机：` line over bullets of its upstream parts.
// Lines in the layout of a city's chain list.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const RULE = 'structure:产业链清单整机与上游部件';
const byRule = (text: string, known: Parameters<typeof supplyPairs>[1]) =>
  supplyPairs(text, known).filter((p) => p.endsWith(RULE));

describe('a chain list group', () => {
  it('gives a bullet the machines it names before its colon', () => {
    expect(
      byRule(
        '【三】输注与急救设备（锻长板）\n整机：输液泵、注射泵、除颤监护仪\n上游核心部件：\n· 输液泵/注射泵：步进电机■、压力传感器◇、气泡传感器（超声式）◇\n· 除颤监护仪：高压储能电容□、IGBT功率模块□、血氧探头■\n关键材料：泵管采用医用硅胶■\n',
        {
          输液泵: 'Equipment',
          注射泵: 'Equipment',
          除颤监护仪: 'Equipment',
          压力传感器: 'Component',
          气泡传感器: 'Component',
          血氧探头: 'Component',
          高压储能电容: 'Component',
        },
      ).sort(),
    ).toEqual(
      [
        // 步进电机 is a part by its own name (a verb and a part's head after the colon).
        `PART_OF 步进电机 -> 输液泵 ${RULE}`,
        `PART_OF 步进电机 -> 注射泵 ${RULE}`,
        `PART_OF 压力传感器 -> 输液泵 ${RULE}`,
        `PART_OF 压力传感器 -> 注射泵 ${RULE}`,
        `PART_OF 气泡传感器 -> 输液泵 ${RULE}`,
        `PART_OF 气泡传感器 -> 注射泵 ${RULE}`,
        `PART_OF 高压储能电容 -> 除颤监护仪 ${RULE}`,
        `PART_OF 血氧探头 -> 除颤监护仪 ${RULE}`,
      ].sort(),
    );
  });

  it('gives a group of one machine its bullets, and a group of several machines none that names no machine', () => {
    const known = {
      婴儿辐射保暖台: 'Equipment',
      新生儿黄疸治疗仪: 'Equipment',
      红外辐射加热器: 'Component',
      皮肤温度传感器: 'Component',
    } as const;
    expect(
      byRule(
        '【四】新生儿诊疗设备（补短板）\n整机：婴儿辐射保暖台\n上游核心部件：\n· 红外辐射加热器 ◇、皮肤温度传感器 □\n',
        known,
      ).sort(),
    ).toEqual(
      [
        `PART_OF 皮肤温度传感器 -> 婴儿辐射保暖台 ${RULE}`,
        `PART_OF 红外辐射加热器 -> 婴儿辐射保暖台 ${RULE}`,
      ].sort(),
    );
    expect(
      byRule(
        '【四】新生儿诊疗设备（补短板）\n整机：新生儿黄疸治疗仪、婴儿辐射保暖台\n上游核心部件：\n· 红外辐射加热器 ◇、皮肤温度传感器 □\n',
        known,
      ),
    ).toEqual([]);
  });
});
