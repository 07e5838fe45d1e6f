// Lists that say what a thing is made of name parts: their members are components as written, also
// when they end in an equipment head (系统) or in none (物镜), and never when they are people,
// trades or measurements.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);

describe('part lists (由A、B和C组成, X包括A、B)', () => {
  it('reads the parts of a navigation system approval: 该产品由主机、机械臂、定位器……组成', () => {
    const names = discovered('该产品由主机、机械臂、定位器、连接器、脚踏开关和立体定向规划系统软件组成。');
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:主机',
        'Component:机械臂',
        'Component:定位器',
        'Component:连接器',
        'Component:脚踏开关',
        'Component:立体定向规划系统软件',
      ]),
    );
  });

  it('reads subsystems named with 系统 as parts, and the parts of a part after 包括', () => {
    const names = discovered(
      '该产品由加速器系统和治疗系统两部分构成。加速器系统包括注入器系统、低能传输系统、主加速器系统、高能束流传输系统和辅助电气系统,治疗系统包括固定束治疗系统、180°旋转束治疗系统和治疗计划系统。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:加速器系统',
        'Component:治疗系统',
        'Component:注入器系统',
        'Component:高能束流传输系统',
        'Component:180°旋转束治疗系统',
        'Component:治疗计划系统',
      ]),
    );
    expect(names.filter((n) => n.startsWith('Equipment:') && n.endsWith('系统'))).toEqual([]);
  });

  it('splits CCD(电荷耦合器件)/CMOS(互补金属氧化半导体)光电传感器 into two parts, glosses dropped', () => {
    const names = discovered(
      '电子内窥镜则一般由CCD(电荷耦合器件)/CMOS(互补金属氧化半导体)光电传感器、显示器、计算机和图像处理器组合而成。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:CCD光电传感器',
        'Component:CMOS光电传感器',
        'Component:显示器',
        'Component:图像处理器',
      ]),
    );
  });

  it('reads 镜体系统包括… after 镜体由…组成 (a known whole with a class noun)', () => {
    const names = discovered(
      '镜体由物镜、传像元件、目镜、照明元件和辅助元件等组成。拿纤维内镜来说,镜体系统包括目镜、旋钮、钳道口、光束接口、导像束和导光束。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:物镜',
        'Component:传像元件',
        'Component:钳道口',
        'Component:导像束',
      ]),
    );
  });

  it.each([
    '健康产业由健康服务和健康生产两部分组成。',
    '联合体由医疗器械生产企业和医疗机构组成。',
    '该产品由主机和探头组成。该产品性能指标包括定位误差、重复定位精度、机械臂工作范围。',
    '该产品临床使用流程包括术前计划、术中注册和术中引导。',
  ])('reads no parts that are trades, bodies, measurements or steps in %s', (sentence) => {
    const names = discovered(sentence);
    expect(names.filter((n) => /服务|生产|企业|机构|误差|精度|范围|计划|注册|引导/.test(n))).toEqual([]);
  });
});
