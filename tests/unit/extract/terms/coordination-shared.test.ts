// `A、B和C X` read by position only: when the members are kinds of the last member's head, and when
// they are things of their own, places, firms or classes. Sentences in the style of tender notices,
// prospectuses, supply-chain features and plans.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

/** Discovered names of one sentence (graphed and candidates), with the rule that found each. */
const read = (text: string): { graphed: string[]; candidates: string[] } => {
  const { model } = contextOf(text);
  const line = (d: { name: string; confidence: number; foundBy: string }) =>
    `${d.name} ${d.confidence} ${d.foundBy}`;
  return { graphed: model.discovered.map(line), candidates: model.candidates.map(line) };
};
const names = (text: string): string[] => {
  const { graphed, candidates } = read(text);
  return [...graphed, ...candidates].map((l) => l.split(' ')[0] ?? '');
};

describe('a bare head shared by members written in parallel', () => {
  it.each([
    ['推进各类食道、胆道、气管支架等产品升级换代。', ['食道支架', '胆道支架']],
    ['本次采购单通道、双通道和多通道输液泵。', ['单通道输液泵', '双通道输液泵']],
    ['探头频率2-15MHz，支持凸阵、线阵和相控阵探头。', ['凸阵探头', '线阵探头']],
    ['采购血液、尿液和粪便分析仪。', ['血液分析仪', '尿液分析仪']],
  ])('completes each member: %s', (text, expected) => {
    const { graphed } = read(text);
    for (const n of expected) expect(graphed).toContain(`${n} 0.6 coordination:shared`);
  });
});

describe('members that are not kinds of the head', () => {
  it.each([
    // Things of their own, firms and classes: nothing in the members' shape says they modify the head.
    ['每台主机包括屏幕、外壳、按键和主控芯片。', ['屏幕芯片', '外壳芯片']],
    ['近年来，联影、迈瑞和东软医疗设备在基层医院广泛使用。', ['联影设备', '迈瑞设备']],
    ['研制符合妇女、儿童特殊需求的诊断、治疗、保健装备。', ['诊断装备']],
    ['医院采购了成人、儿童和新生儿呼吸机。', ['成人呼吸机', '儿童呼吸机']],
    // A list of what a thing is made of, and a verb before the head that nouns cannot parallel.
    ['血泵由叶轮、泵壳和驱动电机组成。', ['叶轮电机', '泵壳电机']],
    ['血泵的叶轮、泵壳和驱动电机均需定制。', ['叶轮电机', '泵壳电机']],
    ['发行人采购的主要原材料包括钢材、塑料粒子和电子元器件。', ['钢材元器件', '塑料粒子元器件']],
    // The last member says more than the members share: the head alone would drop 血氧, 球囊, 辅助.
    ['公司研发的成人、小儿和新生儿血氧探头已获批。', ['成人探头', '小儿探头']],
    ['国家药监局批准了3款冠脉、外周和颅内球囊导管。', ['外周导管']],
    ['公司产品覆盖心脏、肝脏和肾脏辅助装置。', ['心脏装置', '肝脏装置']],
    // One character before a one-character head: 鞘管 is a name, not 鞘 + 管.
    ['国内企业已实现球囊、导丝和鞘管的国产化。', ['球囊管', '导丝管']],
  ])('reads no completion: %s', (text, wrong) => {
    const found = names(text);
    for (const n of wrong) expect(found).not.toContain(n);
  });

  it('keeps a class noun lent alone below the threshold: 门诊、急诊和住院设备', () => {
    const { graphed, candidates } = read('项目购置门诊、急诊和住院设备。');
    expect(graphed.filter((g) => g.startsWith('门诊设备 ') || g.startsWith('急诊设备 '))).toEqual([]);
    expect(candidates).toEqual(
      expect.arrayContaining(['门诊设备 0.55 coordination:shared', '急诊设备 0.55 coordination:shared']),
    );
  });
});

describe('letters joined by a slash', () => {
  it('names a sibling kind: X/γ射线放疗设备 gives X射线放疗设备', () => {
    expect(names('发展X/γ射线放疗设备。')).toContain('X射线放疗设备');
  });

  it('names none for a conversion: A/D转换芯片, AC/DC电源模块', () => {
    expect(names('探测器的A/D转换芯片依赖进口。')).not.toContain('A转换芯片');
    expect(names('配备AC/DC电源模块。')).not.toContain('AC电源模块');
  });
});
