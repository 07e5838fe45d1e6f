// Parts named by what they do: a verb of two characters right before a part's head where the text
// delimits the pair (称重传感器, 步进电机, 成像模组), brushless parts (无刷直流电机), and units of a machine
// named by the work they do (驱动单元, 惯性测量单元, 步进电机驱动单元). Sentences of dev texts' kinds:
// catalogues, chain lists, news and features.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => (d.confidence ?? 1) >= 0.6)
    .map((d) => `${d.label}:${d.name}`);

describe('a part named by what it does', () => {
  it('reads a verb and a part head after a clause mark, 的 or a colon', () => {
    const names = discovered(
      '四泵五秤结构，称重传感器精度±1g。输液泵/注射泵：步进电机、压力传感器。内窥镜的成像模组依赖CMOS图像传感器。接收端既可以是专用的手持接收器，也可以是手机。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:称重传感器',
        'Component:步进电机',
        'Component:成像模组',
        'Component:手持接收器',
      ]),
    );
  });

  it('reads 无 before a bound morpheme as brushless (无刷直流电机, 无刷轮毂电机)', () => {
    const names = discovered('种植机马达采用无刷直流电机。电动轮椅用的无刷轮毂电机等关键部件仍以进口为主。');
    expect(names).toEqual(expect.arrayContaining(['Component:无刷直流电机', 'Component:无刷轮毂电机']));
  });

  it('leaves a verb glued to a longer run a clause (翻身功能靠直线推杆电机)', () => {
    const names = discovered('其升降和翻身功能靠直线推杆电机完成。');
    expect(names.filter((n) => n.includes('翻身'))).toEqual([]);
  });
});

describe('a unit of a machine named by its work', () => {
  it('reads 驱动单元, 动力单元 and 惯性测量单元, and a part before the unit as its kind', () => {
    const names = discovered(
      '驱动单元：伺服电机与行星减速器。最贵的是髋、膝关节里的动力单元，腿部还装有足底压力传感器和惯性测量单元（IMU）。提高施源器、步进电机驱动单元的国产化水平。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:驱动单元',
        'Component:动力单元',
        'Component:惯性测量单元',
        'Component:步进电机驱动单元',
      ]),
    );
    expect(names).not.toContain('Component:步进电机');
  });

  it('reads no unit of teaching or housing (教学单元, 基本单元)', () => {
    const names = discovered('课程分为三个教学单元，每个基本单元包括理论和实践。');
    expect(names.filter((n) => n.endsWith('单元'))).toEqual([]);
  });
});

describe('a one-character kind of what a part senses', () => {
  it('reads 氧传感器 and 氧电池 where the text delimits them', () => {
    const names = discovered(
      '支持研制涡轮风机、比例电磁阀和氧传感器等核心部件。呼吸机更换流量传感器27个、氧电池19块。',
    );
    expect(names).toEqual(expect.arrayContaining(['Component:氧传感器', 'Component:氧电池']));
  });
});
