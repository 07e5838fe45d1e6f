// Words before a name that class it, grade it or place it in a market are no part of it: 关键部件球管 is
// 球管. Sentences in the style of supply-chain features, notices and market news.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const terms = (text: string) => {
  const { model } = contextOf(text);
  const line = (d: { name: string; confidence: number }) => `${d.name} ${d.confidence}`;
  return { graphed: model.discovered.map(line), candidates: model.candidates.map(line) };
};
const names = (lines: readonly string[]): string[] => lines.map((l) => l.split(' ')[0] ?? '');

describe('the class of a member written before it', () => {
  it('is cut off a part read by its head: CT的关键部件球管, 呼吸机的核心部件涡轮风机', () => {
    const { graphed } = terms('CT的关键部件球管长期被国外垄断，呼吸机的核心部件涡轮风机国产化率不足30%。');
    expect(names(graphed)).toEqual(expect.arrayContaining(['球管', '涡轮风机']));
    expect(names(graphed).filter((n) => n.includes('部件'))).toEqual([]);
  });

  it('is cut off a chip and a curated part: 核心元器件FPGA芯片, 关键部件超导磁体', () => {
    const { graphed } = terms(
      '超声设备的核心元器件FPGA芯片依赖进口，MRI的关键部件超导磁体由少数几家企业生产。',
    );
    expect(names(graphed)).toContain('FPGA芯片');
    expect(names(graphed).filter((n) => /元器件|部件/.test(n))).toEqual([]);
  });
});

describe('a regulatory class at the end of what comes before the head', () => {
  it('makes no name of a verb or a determiner and the class: 经营第三类医疗器械, 所有第三类医疗器械', () => {
    for (const text of [
      '经营第三类医疗器械的企业须取得医疗器械经营许可证。',
      '唯一标识制度覆盖所有第三类医疗器械。',
    ]) {
      const { graphed } = terms(text);
      expect(names(graphed).filter((n) => n.includes('第三类'))).toEqual([]);
    }
  });
});

describe('a tier of the market, a determiner or the state of units in view', () => {
  it('is no kind of the thing: 中低端设备, 中低端CT, 低端DR', () => {
    const { graphed } = terms(
      '国产替代将从中低端设备逐步向高端设备延伸，国内球管多用于DR和中低端CT，基层应配置低端DR。',
    );
    expect(names(graphed).filter((n) => n.includes('低端'))).toEqual([]);
  });

  it('is none of the name: 全部进口设备, 闲置医疗设备, 所有医用导管', () => {
    const { graphed } = terms('全部进口设备须经海关检验，闲置医疗设备可以调剂使用，所有医用导管须灭菌。');
    expect(names(graphed).filter((n) => /^(?:全部|闲置|所有)/.test(n))).toEqual([]);
    expect(names(graphed)).toContain('医用导管');
  });
});

describe('what is written around a head', () => {
  it('makes no name of a document number: 浙经信装备〔2026〕12号', () => {
    const { graphed, candidates } = terms(
      '四部门联合印发《行动方案》（浙经信装备〔2026〕12号，以下简称《行动方案》）。',
    );
    expect(names([...graphed, ...candidates])).not.toContain('浙经信装备');
  });

  it('cuts a size with its number: 12.1英寸彩色液晶显示屏 names 彩色液晶显示屏', () => {
    const { graphed } = terms('该款监护仪配备12.1英寸彩色液晶显示屏，支持触摸操作。');
    expect(names(graphed)).toContain('彩色液晶显示屏');
    expect(names(graphed).filter((n) => n.includes('英寸'))).toEqual([]);
  });

  it('ends a part at a piece written in one character: 不锈钢探头帽, 心电电极片', () => {
    const { graphed } = terms('体温探头的外层为不锈钢探头帽，耗材为一次性使用心电电极片。');
    expect(names(graphed)).toContain('不锈钢探头帽');
    expect(names(graphed)).not.toContain('不锈钢探头');
    expect(names(graphed)).not.toContain('心电电极');
  });

  it('keeps the single-use class in a registered name: 一次性使用中空纤维血液透析器', () => {
    const { graphed } = terms('关于发布一次性使用中空纤维血液透析器注册审查指导原则的通告');
    expect(names(graphed)).toContain('一次性使用中空纤维血液透析器');
    expect(names(graphed).filter((n) => n.startsWith('一次性使用中空纤维') && !n.endsWith('器'))).toEqual([]);
  });
});

describe('a list closed by the parts of a device', () => {
  it('names kinds of the device, no parts: 影像、检验等诊断设备核心部件', () => {
    const { graphed, candidates } = terms('攻关影像、检验等诊断设备核心部件。');
    expect(names([...graphed, ...candidates])).not.toContain('影像');
    expect(names([...graphed, ...candidates])).not.toContain('检验');
  });

  it('still names the parts a bare class closes: 加样针、反应盘、光电倍增管等核心部件', () => {
    const { graphed } = terms('突破加样针、反应盘、光电倍增管等核心部件。');
    expect(names(graphed)).toEqual(expect.arrayContaining(['加样针', '反应盘']));
  });

  it('starts a member after 攻克: 攻克探测器、数据采集系统等CT核心部件', () => {
    const { graphed } = terms('攻克探测器、数据采集系统等CT核心部件。');
    expect(names(graphed)).toContain('数据采集系统');
    expect(names(graphed).filter((n) => n.startsWith('攻克'))).toEqual([]);
  });
});

describe('a verb that fits a part in', () => {
  it('is no word of the part: 末端器械装设光纤布拉格光栅, 柔性压电换能器阵列', () => {
    const { graphed } = terms('末端器械装设光纤布拉格光栅（FBG）力传感器，贴片配合柔性压电换能器阵列。');
    expect(names(graphed).filter((n) => n.startsWith('装设'))).toEqual([]);
    expect(names(graphed)).toContain('柔性压电换能器阵列');
  });
});
