// A glossary's definition says what class its term is before its make-up (`一种医学影像设备，由B、C组成`,
// `属手术机器人，由B、C组成`): the class is no whole of the parts. Rows of a report's glossary of terms.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

const composed = (text: string): string[] => supplyLines(text).filter((l) => l.includes('grammar:A由B组成'));

describe('a class the defined term is said to be', () => {
  it('gives 一种医学影像设备，由B、C组成 nothing: the class is not made of the parts', () => {
    expect(
      composed(
        'C1.1\t计算机断层扫描系统\tcomputed tomography system\tCT\t一种医学影像设备，由扫描机架、X射线管、高压发生器、探测器和数据采集系统组成。',
      ).filter((l) => l.includes('-> 医学影像设备')),
    ).toEqual([]);
  });

  it('gives 属手术机器人，由B、C组成 nothing', () => {
    expect(
      composed(
        'C1.5\t腹腔镜手术机器人\tlaparoscopic surgical robot\t—\t属手术机器人，由医生控制台、患者手术平台（床旁机械臂系统）和三维电子内窥镜影像系统组成。',
      ).filter((l) => l.includes('-> 手术机器人')),
    ).toEqual([]);
  });

  it('gives the parts to the thing the row’s name cell names, when the definition cell opens with the class', () => {
    expect(
      supplyLines(
        'C1.5\t腹腔镜手术机器人\tlaparoscopic surgical robot\t—\t属手术机器人，由医生控制台、患者手术平台（床旁机械臂系统）和三维电子内窥镜影像系统组成。',
        { 医生控制台: 'Component', 患者手术平台: 'Component', 三维电子内窥镜影像系统: 'Component' },
      ).sort(),
    ).toEqual([
      'PART_OF 三维电子内窥镜影像系统 -> 腹腔镜手术机器人 grammar:A由B组成',
      'PART_OF 医生控制台 -> 腹腔镜手术机器人 grammar:A由B组成',
      'PART_OF 患者手术平台 -> 腹腔镜手术机器人 grammar:A由B组成',
    ]);
  });

  it('still reads a named device after 一种 that is no class (a patent claim)', () => {
    expect(
      composed('一种电子内窥镜系统，由内窥镜、图像处理器和冷光源组成。').filter((l) => l.includes('冷光源')),
    ).toEqual(['PART_OF 冷光源 -> 电子内窥镜系统 grammar:A由B组成']);
  });
});
