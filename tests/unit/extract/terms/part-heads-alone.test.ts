// Parts named by their head alone (机械臂, 密封圈, 应变片), heads the dictionary cuts in two (机械|臂, 球|管,
// 氧|合|器) read from their first word, and consumables named after the machine they serve
// (ECMO膜式氧合器). Sentences in the style of the field's features, news and tender parameters.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => (d.confidence ?? 1) >= 0.6)
    .map((d) => `${d.label}:${d.name}`);

describe('a part head that names one kind of part alone', () => {
  it('reads 机械臂 and 应变片 alone, however the dictionary cuts them', () => {
    const names = discovered('医生坐在控制台前，通过主手操控台车上的机械臂，敏感元件采用应变片。');
    expect(names).toEqual(expect.arrayContaining(['Component:机械臂', 'Component:应变片']));
  });

  it('reads 密封圈 after another part in a list of what a connector holds', () => {
    expect(discovered('连接头位于外壳顶部，用环氧树脂浇铸成型，内含固定螺丝和密封圈。')).toContain(
      'Component:密封圈',
    );
  });

  it('reads the parts of a catalogue entry that has no subject (加热器, 准直器)', () => {
    const names = discovered(
      '产品描述：通常由扫描架、X射线管组件、高压发生器、准直器、CT探测器、检查床和图像重建系统组成。血液透析设备通常由血泵、超滤泵、漏血检测器、加热器和控制系统组成。',
    );
    expect(names).toEqual(expect.arrayContaining(['Component:准直器', 'Component:加热器']));
  });

  it('reads a board, a screen and a crystal named by what they do alone (主控板, 触摸屏, 晶振)', () => {
    // A teardown's subtitles and a transcript, as spoken (d25-subtitles, d22-transcript-hant, d20-teardown).
    expect(discovered('好，气路讲完，我们看电路。这块最大的板子是主控板')).toContain('Component:主控板');
    expect(discovered('控制台就是主機，一塊觸摸屏加主控板。')).toEqual(
      expect.arrayContaining(['Component:触摸屏', 'Component:主控板']),
    );
    expect(discovered('时钟芯片和晶振靠近FPGA布置，走线做了等长处理。')).toContain('Component:晶振');
  });

  it('reads a bearing, an objective lens and a front-end board alone (轴承, 物镜, 前端板)', () => {
    // A thread on X-ray tubes (d24-thread), a brochure (d22-brochure-bom) and a teardown (d20-teardown).
    expect(discovered('球管里难的是三样：阳极靶盘、轴承和管壳。')).toContain('Component:轴承');
    expect(discovered('腹腔镜镜管为316L不锈钢，物镜采用蓝宝石保护窗。')).toContain('Component:物镜');
    expect(discovered('前端板负责发射和接收，是彩超最核心的部件。')).toContain('Component:前端板');
  });

  it('leaves a class of parts alone unread (传感器, 芯片, 探头, 电源)', () => {
    const names = discovered('这些传感器、芯片、探头和电源目前仍依赖进口。');
    expect(names.filter((n) => /^Component:(?:传感器|芯片|探头|电源)$/.test(n))).toEqual([]);
  });
});

describe('a one-character noun of what a part senses or moves', () => {
  it('reads 力传感器 and 血泵 where the text delimits them', () => {
    const names = discovered('突破手术机器人用精密减速器和力传感器。支持开展医用探测器、血泵等部件攻关。');
    expect(names).toEqual(expect.arrayContaining(['Component:力传感器', 'Component:血泵']));
  });

  it('reads no fragment after a verb inside a name (磁悬浮|血泵)', () => {
    const names = discovered('企业正在研发全磁悬浮血泵。');
    expect(names).not.toContain('Component:血泵');
  });
});

describe('a head the dictionary cuts in two', () => {
  it('reads the whole name before 球|管 and 滑环 after an adverb', () => {
    const names = discovered(
      '重点突破CT用大热容量X射线球管和高速滑环。医院引进的256排CT由宽体探测器和高热容量球管支撑。',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Component:大热容量X射线球管', 'Component:高热容量球管', 'Component:滑环']),
    );
  });

  it('reads an implant whose name holds how it is made (3D打印, a curated process)', () => {
    expect(discovered('发展3D打印多孔钛合金椎间融合器，推广聚醚醚酮（PEEK）等新型植入材料。')).toContain(
      'Equipment:3D打印多孔钛合金椎间融合器',
    );
  });
});

describe('a consumable named after the machine it serves', () => {
  it('reads ECMO膜式氧合器 as the oxygenator, a part of ECMO, and keeps ECMO a mention of its own', () => {
    const { model } = contextOf('6.ECMO膜式氧合器和离心泵。主要指标：离心泵磁悬浮驱动，连续使用不少于14天。');
    const names = model.discovered.map((d) => `${d.label}:${d.name}`);
    expect(names).toContain('Component:膜式氧合器');
    expect(names.filter((n) => n.includes('ECMO'))).toEqual([]);
  });
});
