// What a field's text leaves out is no member of it: a bracket of a denial after the field
// (`手术室基础装备（不含手术机器人和内窥镜）`) names no example, and a catalogue's clause of a denial or a
// referral (`不包括眼科成像器械和放射治疗类器械`, `见05…`) puts nothing in the row's or the line's field.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('things a field leaves out', () => {
  it('puts no 手术机器人 nor 内窥镜 in 手术室基础装备（不含手术机器人和内窥镜）', () => {
    const { links } = fieldsOf(
      '2025年，我国手术室基础装备（不含手术机器人和内窥镜）市场规模约为126.3亿元，同比增长9.2%。',
    );
    expect(links).not.toContain('手术机器人 -> 手术室基础装备');
    expect(links).not.toContain('医用内窥镜 -> 手术室基础装备');
  });

  it('keeps the examples a bracket names (家用医疗器械（电子血压计、制氧机、雾化器）)', () => {
    const { links } = fieldsOf('家用医疗器械（电子血压计、制氧机、雾化器）增长较快。');
    expect(links).toContain('电子血压计 -> 家用医疗器械');
  });

  it('puts no 眼科成像器械 in 医用成像器械 from its 说明：…不包括眼科成像器械和放射治疗类器械', () => {
    const { links } = fieldsOf(
      '附件：医疗器械分类目录（节选）\n\n06 医用成像器械\n说明：本子目录包括X射线、超声、磁共振等成像原理的诊断器械，不包括眼科成像器械和放射治疗类器械。\n\n06-01 X射线诊断设备\n　01 摄影X射线机\n　　产品描述：通常由高压发生器、X射线管组件、限束器、平板探测器、患者支撑装置和图像处理软件组成。\n',
    );
    expect(links).toContain('摄影X射线机 -> 医用成像器械');
    expect(links).not.toContain('眼科成像器械 -> 医用成像器械');
  });
});
