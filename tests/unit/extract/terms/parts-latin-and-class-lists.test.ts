// Parts and materials as supply-chain features, research reports and bills of materials name them:
// chips and detectors by their Latin names alone (FPGA, GPU, SiPM, IGBT模块), a longer name over the
// curated one inside it (硅光电倍增管, CMOS图像传感器), detectors named by their crystal's elements
// (碲锌镉探测器), lists closed by a class of parts or materials before the sentence's predicate
// (…等部件依赖进口, …等原料), and lists the text calls raw materials (原料主要包括…).
import { describe, expect, it } from 'vitest';
import { thingsOf } from '../seed-data';

const things = thingsOf;

describe('chips and detectors written by their Latin names', () => {
  it('names each Latin chip of a list the text calls chips, after 其中 as at a clause start', () => {
    const names = things(
      '手术机器人的上游核心零部件包括伺服电机和减速器，其中FPGA、GPU等关键芯片仍依赖进口。',
    );
    expect(names).toEqual(expect.arrayContaining(['Component:FPGA', 'Component:GPU']));
  });

  it('names Latin chips in a list with no class and alone after a verb of use, not the verb', () => {
    const list = things('超声主机的信号处理依赖FPGA、DSP和GPU。');
    expect(list).toEqual(expect.arrayContaining(['Component:FPGA', 'Component:DSP', 'Component:GPU']));
    expect(list.filter((n) => n.includes('依赖'))).toEqual([]);
    const alone = things('高频电刀的功率部分采用IGBT模块，主控采用MCU，信号处理由DSP完成。');
    expect(alone).toEqual(expect.arrayContaining(['Component:IGBT模块', 'Component:MCU', 'Component:DSP']));
  });

  it('reads no Latin gloss or modifier as a chip of its own (光电倍增管(PMT), 非晶硅TFT面板)', () => {
    expect(things('仪器部件主要有光电倍增管（PMT）和加样针。')).not.toContain('Component:PMT');
    expect(things('平板探测器采用碘化铯闪烁体和非晶硅TFT面板。')).not.toContain('Component:TFT');
  });

  it('keeps a Latin chip named outside a sentence about parts a candidate', () => {
    expect(things('公司发布了新款GPU服务器。')).not.toContain('Component:GPU');
  });
});

describe('longer names over a curated name inside them', () => {
  it('names a silicon photomultiplier beside the curated photomultiplier tube', () => {
    const names = things('新一代PET的探测器模块采用硅光电倍增管，传统光电倍增管逐步退出。');
    expect(names).toEqual(expect.arrayContaining(['Component:硅光电倍增管', 'Component:光电倍增管']));
  });

  it('names a CMOS image sensor whole, in Simplified and Traditional writing', () => {
    expect(things('内窥镜先端部集成了CMOS图像传感器和LED照明模组。')).toContain('Component:CMOS图像传感器');
    expect(things('晶圓代工廠生產CMOS影像感測器。')).toContain('Component:CMOS图像传感器');
  });

  it('names a detector by its crystal of three elements, and the crystal as its material', () => {
    const names = things('碲锌镉探测器是新一代光子计数CT的关键部件。');
    expect(names).toEqual(expect.arrayContaining(['Component:碲锌镉探测器', 'Material:碲锌镉']));
    expect(names).not.toContain('Component:锌镉探测器');
    expect(things('光子计数CT采用碲锌镉探测器。')).toContain('Component:碲锌镉探测器');
  });

  it('reads the analytes of an electrolyte test as no crystal (钾钠氯分析仪)', () => {
    expect(things('检验科新购钾钠氯分析仪两台。').filter((n) => n.startsWith('Material'))).toEqual([]);
  });

  it('reads 微机电系统 as no device', () => {
    expect(things('微机电系统（MEMS）技术广泛应用于传感器制造。')).not.toContain('Equipment:微机电系统');
  });
});

describe('lists closed by a class before the predicate', () => {
  it('names every member of …等部件依赖进口, the first at the sentence start too', () => {
    for (const text of [
      '减速器、编码器、丝杠和导轨等部件依赖进口。',
      '康复机器人关节中的减速器、编码器、丝杠和导轨等部件多依赖进口。',
    ])
      expect(things(text)).toEqual(
        expect.arrayContaining(['Component:减速器', 'Component:编码器', 'Component:丝杠', 'Component:导轨']),
      );
  });

  it('names the parts of a 主要部件包括 list as written, with no shared head by position', () => {
    const names = things('监护仪的主要部件包括显示器、电池组、主板和血氧模块。');
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:显示器',
        'Component:电池组',
        'Component:主板',
        'Component:血氧模块',
      ]),
    );
    expect(names.filter((n) => /电池组模块|主板模块/.test(n))).toEqual([]);
  });

  it('names Taiwan parts classes and micro-parts (關鍵零組件, 核心元件, 微控制器)', () => {
    const tw = things('台灣業者供應影像感測器、微控制器（MCU）、電源管理IC與功率元件等關鍵零組件。');
    expect(tw).toEqual(
      expect.arrayContaining(['Component:微控制器', 'Component:电源管理IC', 'Component:功率器件']),
    );
    const chips = things('该公司为超声设备提供FPGA、ADC芯片及高压脉冲发射器等核心元件。');
    expect(chips).toEqual(expect.arrayContaining(['Component:FPGA', 'Component:ADC芯片']));
  });

  it('reads no class in a longer phrase (等装备试剂联用关键技术)', () => {
    expect(
      things('解决高灵敏度的液面检测与堵针检测等装备试剂联用关键技术。').filter((n) => n.includes('检测')),
    ).toEqual([]);
  });
});

describe('lists the text calls materials', () => {
  it('names raw materials of any shape as materials, none as devices (dNTP, 引物探针)', () => {
    for (const text of [
      'PCR试剂的原料主要包括dNTP、引物探针、Taq酶和缓冲液。',
      '分子诊断试剂需要dNTP、引物探针、逆转录酶等原料。',
    ]) {
      const names = things(text);
      expect(names).toEqual(expect.arrayContaining(['Material:dNTP', 'Material:引物探针']));
      expect(names.filter((n) => n.startsWith('Equipment'))).toEqual([]);
    }
  });

  it('names engineering materials and a bare resin in 等关键材料 and 等辅料 lists', () => {
    expect(things('CT探测器用到高纯石英、稀土闪烁晶体等关键材料。')).toEqual(
      expect.arrayContaining(['Material:高纯石英', 'Material:稀土闪烁晶体']),
    );
    expect(things('导管生产需要树脂、胶粘剂等辅料。')).toEqual(
      expect.arrayContaining(['Material:树脂', 'Material:胶粘剂']),
    );
  });

  it('names no piece or clause of a procurement list as a material (结构件, ，管路内壁有…)', () => {
    const report = things('公司生产所需原材料主要包括电子元器件、结构件、光学器件、包装材料及生物原料等。');
    expect(report).not.toContain('Material:结构件');
    const ecmo = things('氧合器的核心材料是聚甲基戊烯中空纤维膜，管路内壁有肝素涂层以减少血栓形成。');
    expect(ecmo).not.toContain('Material:管路内壁');
  });
});

describe('what things are made of', () => {
  it('names an implant said to be made of a material a device, not a part', () => {
    for (const [text, device] of [
      ['椎间融合器采用医用级聚醚醚酮制成。', 'Equipment:椎间融合器'],
      ['房间隔封堵器采用镍钛合金丝编织。', 'Equipment:房间隔封堵器'],
    ] as const) {
      const names = things(text);
      expect(names).toContain(device);
      expect(names.filter((n) => n.startsWith('Component'))).toEqual([]);
    }
  });

  it('reads a material closed by a laser process, and no process as the thing made (封装采用…)', () => {
    expect(things('冠脉支架由钴铬合金激光切割而成。')).toContain('Material:钴铬合金');
    const potted = things('封装采用环氧树脂和医用胶粘剂。');
    expect(potted).toEqual(expect.arrayContaining(['Material:环氧树脂', 'Material:医用胶粘剂']));
    expect(potted).not.toContain('Component:封装');
  });
});
