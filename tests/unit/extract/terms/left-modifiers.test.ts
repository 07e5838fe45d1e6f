// A name's left boundary takes the modifiers that make it a kind of the thing its head names: an
// attributive `X式`, a numeral counting a part or an axis of the thing, a coating, a word the curated
// name only begins; a count of units, a manner word and an item's number stay out.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);
/** Where each node is mentioned: `start:node`. */
const mentions = (text: string): string[] =>
  contextOf(text).model.occurrences.map((o) => `${o.start}:${o.nodeId}`);

describe('an attributive X式 before a curated name', () => {
  it('reads 耳背式助听器 and 定制式助听器 (the dictionary cuts 定|制式) as kinds of 助听器 (d6 hearing aids)', () => {
    const names = discovered('耳背式助听器的外壳多用ABS或尼龙，定制式助听器的外壳和耳模则采用光固化树脂。');
    expect(names).toEqual(expect.arrayContaining(['Equipment:耳背式助听器', 'Equipment:定制式助听器']));
  });

  it('reads 软管式内窥镜 beside 硬管式内窥镜 (d8 chain map)', () => {
    expect(discovered('按镜体能否弯曲分为硬管式内窥镜（硬镜）和软管式内窥镜（软镜）。')).toEqual(
      expect.arrayContaining(['Equipment:硬管式内窥镜', 'Equipment:软管式内窥镜']),
    );
  });

  it('keeps a manner word ending in 式 out: 以租赁方式助听器 gives no 方式助听器', () => {
    expect(discovered('鼓励以租赁方式助听器进入家庭。').some((n) => n.includes('方式'))).toBe(false);
  });

  it('still names the curated 助听器 where the text writes it alone', () => {
    const at = mentions('助听器的外壳多用ABS。耳背式助听器体积较大。');
    expect(at).toContain('0:equipment:hearing-aid');
    // The longer name is a node of its own, mentioned where it starts.
    expect(at).toContain('12:equipment:er-bei-shi-zhu-ting-qi');
  });
});

describe('a numeral that counts a part or an axis of the thing', () => {
  it('reads 四臂腔镜手术机器人 (四|臂) and 三维电子内窥镜 (三维) whole (d12 surgical robots)', () => {
    const names = discovered(
      '代表产品有四臂腔镜手术机器人和单孔腔镜手术机器人。三维电子内窥镜：前端集成两颗CMOS图像传感器。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Equipment:四臂腔镜手术机器人',
        'Equipment:单孔腔镜手术机器人',
        'Equipment:三维电子内窥镜',
      ]),
    );
  });

  it('keeps a count of units out: 采购两台腔镜手术机器人 gives no 两台 name', () => {
    expect(discovered('医院采购两台腔镜手术机器人。').some((n) => n.includes('两'))).toBe(false);
  });
});

describe("an item's number before the name", () => {
  it('reads 可降解金属血管支架 after the number 3.1 of its line (d13 key project call)', () => {
    expect(discovered('3.1 可降解金属血管支架研发\n研究内容：研究高纯镁合金的成分设计。')).toContain(
      'Equipment:可降解金属血管支架',
    );
  });
});

describe('a coating before the head of a device', () => {
  it('reads 亲水涂层导丝 though the dictionary cuts 导|丝 (d14 procurement list)', () => {
    const names = discovered('13．导丝（亲水涂层导丝、微导丝）。');
    expect(names).toContain('Equipment:亲水涂层导丝');
    expect(names).not.toContain('Material:亲水涂层导');
  });

  it('still reads 亲水涂层 as the material where it ends the name', () => {
    expect(discovered('外表面则喷涂亲水涂层，使导丝在血管内滑动。')).toContain('Material:亲水涂层');
  });
});

describe('a word the curated name only begins', () => {
  it('reads 便携式超声波扫描仪 over 超声 of 超声波 (d13 Hong Kong projects)', () => {
    const names = discovered('另一项目研发便携式超声波扫描仪，换能器以单晶压电材料制造。');
    expect(names).toContain('Equipment:便携式超声波扫描仪');
    expect(names).not.toContain('Equipment:便携式超声');
    expect(names).not.toContain('Equipment:扫描仪');
  });
});

describe("a section's number before a privative modifier", () => {
  it('reads 无液氦超导磁共振成像系统 after 1.2, which the dictionary cuts 1|.|2 (d13 key project call)', () => {
    expect(discovered('1.2 无液氦超导磁共振成像系统研发\n研究内容：研究超导线材的绕制工艺。')).toContain(
      'Equipment:无液氦超导磁共振成像系统',
    );
  });
});

describe('a curated technique before the head of a device', () => {
  it('reads 基因测序仪 as the device that works by 基因测序 (ha2022 fields)', () => {
    expect(discovered('分子诊断设备方面，重点发展基因测序仪和数字PCR仪。')).toContain('Equipment:基因测序仪');
  });

  it('reads no device from the technique before 系统', () => {
    expect(discovered('建设基因测序系统。').some((n) => n.includes('基因测序系统'))).toBe(false);
  });
});
