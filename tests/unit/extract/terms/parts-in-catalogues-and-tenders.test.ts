// Parts as catalogues, registration guidelines and tenders write them: a field of make-up with no
// subject (产品描述：通常由…组成, 结构及组成：由…组成), the labels of numbered parameter lines
// (2.5 检查床：最大承重≥205kg), an item's number never glued to the X of X射线, and a screw's 丝杆 in a
// list of a mechanism's parts.
import { describe, expect, it } from 'vitest';
import { thingsOf } from '../seed-data';

const things = thingsOf;

describe('a field of make-up with no subject', () => {
  it("reads a catalogue entry's description as its product's parts", () => {
    const names = things(
      '　01 数字化X射线摄影系统\n　　产品描述：通常由高压发生器、X射线管组件、限束器、平板探测器和图像处理软件组成。',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Component:X射线管组件', 'Component:限束器', 'Component:高压发生器']),
    );
  });

  it("reads a classification table's description cell as the make-up of the product its row names", () => {
    const names = things(
      '一级产品类别 | 二级产品类别 | 产品描述 | 预期用途 | 品名举例 | 管理类别\n01电疗设备/器具 | 02高频治疗设备 | 通常由高频振荡器、输出电路、治疗电极和控制系统组成。 | 用于深部组织的温热治疗。 | 短波治疗仪、超短波治疗仪 | Ⅱ',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Component:高频振荡器', 'Component:输出电路', 'Component:控制系统']),
    );
  });

  it('reads a member past the verb of holding before it and the bracket of what it holds after it', () => {
    const names = things(
      '| | | 03 睡眠呼吸暂停治疗设备 | 通常由主机（内含无刷直流风机）、加温湿化器、呼吸管路和面罩组成。 |\n| | | 02 急救和转运用呼吸机 | 通常由电动驱动单元、呼吸回路、控制面板和内置锂电池组成。 |',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:主机',
        'Component:无刷直流风机',
        'Component:加温湿化器',
        'Component:锂电池',
      ]),
    );
    expect(names.filter((n) => n.includes('内置') || n.includes('内含'))).toEqual([]);
  });

  it("reads a registration guideline's 结构及组成 the same way", () => {
    const names = things('一、结构及组成：由主机、血氧探头和电源适配器组成。');
    expect(names).toEqual(expect.arrayContaining(['Component:主机', 'Component:电源适配器']));
  });

  it("reads an instruction for use's numbered label as the whole of the make-up after it", () => {
    const names = things(
      '监护仪由主机、参数模块和附件组成。\n（1）主机：由主控板、10.4英寸彩色液晶显示屏、电源板和外壳组成。',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Component:主控板', 'Component:电源板', 'Component:彩色液晶显示屏']),
    );
    // The screen's size grades the one part.
    expect(names.filter((n) => n.includes('英寸'))).toEqual([]);
  });

  it('gives two words of one length around a slash the rest of the member each', () => {
    const names = things('血氧模块由发射/接收电路、光电二极管和主控芯片组成。');
    expect(names).toEqual(expect.arrayContaining(['Component:发射电路', 'Component:接收电路']));
    expect(names.filter((n) => n.includes('/'))).toEqual([]);
  });

  it('keeps a switch between the two words around a slash one part (手动/机控转换开关)', () => {
    const names = things(
      '呼吸回路：为一体化加热式回路块，包括吸气单向阀、呼气单向阀、APL阀（可调压力限制阀）、二氧化碳吸收罐、储气囊和手动/机控转换开关。',
    );
    expect(names).toEqual(expect.arrayContaining(['Component:储气囊', 'Component:手动/机控转换开关']));
    expect(names).not.toContain('Component:手动转换开关');
  });

  it('reads no parts after a colon whose label says nothing of make-up', () => {
    expect(
      things('评审专家组：由临床、工程和管理专家组成。').filter((n) => n.startsWith('Component')),
    ).toEqual([]);
    // A body's members after a label set apart on its own line are no parts either.
    expect(
      things('（三）组织保障\n：由市卫健委、市发改委和市财政局组成领导小组。').filter((n) =>
        n.startsWith('Component'),
      ),
    ).toEqual([]);
  });
});

describe('labels of numbered parameter lines', () => {
  const tender = [
    '第3包　64排CT',
    '　　★3.1 X射线球管：阳极热容量≥7MHU；',
    '　　3.2 扫描架：孔径≥70cm，倾角±30°；',
    '　　3.3 检查床：最大承重≥227kg；',
    '第4包　麻醉机',
    '　　4.2 二氧化碳吸收罐：容量≥1.2L。',
  ].join('\n');

  it('names the part each line gives figures of, its head or none', () => {
    expect(things(tender)).toEqual(
      expect.arrayContaining([
        'Component:X射线球管',
        'Component:扫描架',
        'Component:检查床',
        'Component:二氧化碳吸收罐',
      ]),
    );
  });

  it('reads no quantity after a label that ends in a class of parts as a member of a list', () => {
    const names = things('2.2 X射线管组件：焦点尺寸小于1mm，阳极热容量≥5MHU；');
    expect(names).toContain('Component:X射线管组件');
    expect(names).not.toContain('Component:焦点尺寸');
  });

  it('glues no item number to the X of X射线', () => {
    expect(things(tender).filter((n) => /[0-9]X射线/.test(n))).toEqual([]);
  });

  it('reads no label of a goal, a quantity or a line without figures of a thing', () => {
    const names = things(
      [
        '1.1 发展目标：到2027年，产业规模年均增长20%；',
        '2.4 最大功率：≥80kW；',
        '2.5 售后服务：质保三年。',
      ].join('\n'),
    );
    expect(names.filter((n) => n.startsWith('Component'))).toEqual([]);
  });
});

describe('a mechanism made of a screw and its nut', () => {
  it('keeps 丝杆 whole, so the list of the mechanism is read', () => {
    const names = things('注射泵的推进机构主要由步进电机、丝杆、螺母和推头组成。');
    expect(names).toEqual(
      expect.arrayContaining(['Component:丝杆', 'Component:螺母', 'Component:推头', 'Component:步进电机']),
    );
  });
});

describe('what a part is fitted to, and how many channels it has', () => {
  it('reads a bearing after 配 written alone, without the clause before it', () => {
    const names = things('国产球管多用于中低端CT，高端产品配液态金属轴承。');
    expect(names).toContain('Component:液态金属轴承');
    expect(names.filter((n) => n.includes('配'))).toEqual([]);
  });

  it('reads a coil without its count of channels', () => {
    expect(things('新装机的磁共振成像系统配备32通道头颈联合线圈。')).toContain('Component:头颈联合线圈');
  });
});

describe('batteries', () => {
  it('names a battery by its chemistry in one character, and a battery pack, where the text delimits them', () => {
    expect(things('输液泵的主控芯片仍靠进口，锂电池则由国内电池厂供应。')).toContain('Component:锂电池');
    expect(things('外骨骼腰间的电池包为关节电机供电。')).toContain('Component:电池包');
  });

  it('reads no battery cut before the 组 of its set, nor the trade of batteries', () => {
    expect(things('电动轮椅用无刷电机和锂电池组。')).not.toContain('Component:锂电池');
    expect(things('我市锂电池产业规模突破百亿元。')).not.toContain('Component:锂电池');
  });
});
