// Words of the field the segmenter's dictionary lacks, whose cut would leave a fragment of a name:
// 自适应 (`自/p|适应/v`) and the guidance of an image (`磁共振|引导/v`) open a device's name.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';
import { supplyPairs } from './supply-pairs';

const terms = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('field words the segmenter lacks', () => {
  it('reads 自适应放射治疗系统 whole, not 放射治疗系统', () => {
    const t = terms(
      '问：放疗领域有哪些新方向？答：重点发展自适应放射治疗系统和质子治疗系统，推动国产设备进入临床。',
    );
    expect(t).toContain('自适应放射治疗系统');
    expect(t).not.toContain('放射治疗系统');
  });

  it('reads 磁共振引导放射治疗系统 in a list whole, not 放射治疗系统', () => {
    const t = terms(
      '2．高端放射治疗类设备，包括磁共振引导放射治疗系统、X射线立体定向放射治疗系统（含Cyberknife）；',
    );
    expect(t).toEqual(expect.arrayContaining(['磁共振引导放射治疗系统', 'X射线立体定向放射治疗系统']));
    expect(t).not.toContain('放射治疗系统');
  });

  it('reads 有创血流动力学监测仪 whole, not 创血流动力学监测仪', () => {
    const t = terms('基层医疗机构重点配置有创血流动力学监测仪、无创呼吸机等监护与生命支持装备。');
    expect(t).toContain('有创血流动力学监测仪');
    expect(t).not.toContain('创血流动力学监测仪');
  });

  it('reads 顺磁氧传感器 and 全自动尿液有形成分分析系统 whole', () => {
    const t = terms(
      '氧浓度监测采用顺磁氧传感器。推进全自动尿液有形成分分析系统、微生物质谱鉴定系统等检验流水线产品研制。',
    );
    expect(t).toEqual(expect.arrayContaining(['顺磁氧传感器', '全自动尿液有形成分分析系统']));
    expect(t).not.toContain('磁氧传感器');
  });
});

describe('nouns the dictionary tags as verbs', () => {
  it('reads 眼科光学相干断层扫描仪 whole (相干, coherent, no verb), not 断层扫描仪', () => {
    const t = terms(
      '聚焦眼科光学相干断层扫描仪（OCT）、眼底照相机、飞秒激光/准分子激光治疗系统和眼科超声乳化仪，支持折叠式人工晶状体、角膜塑形镜等产品创新，推广疏水性丙烯酸酯、氟硅丙烯酸酯等材料。',
    );
    expect(t).toContain('眼科光学相干断层扫描仪');
    expect(t).not.toContain('断层扫描仪');
  });

  it('reads an X-ray tube’s 阳极靶盘 as a part (阳极 is no place, 靶盘 one word)', () => {
    const t = terms('其中CT球管重点突破液态金属轴承和阳极靶盘焊接工艺，超导磁体推广无液氦技术。');
    expect(t).toContain('阳极靶盘');
  });
});

describe('machines the dictionary tags as abbreviations', () => {
  it('reads 彩超 (tagged j, as 证监会 is) as the whole of a make-up sentence', () => {
    // The brief's form `彩超由B、C组成`, with the parts a teardown of a portable one names.
    expect(supplyPairs('彩超由主机、探头和显示器组成。').sort()).toEqual([
      'PART_OF 主机 -> 彩超 grammar:A由B组成',
      'PART_OF 探头 -> 彩超 grammar:A由B组成',
      'PART_OF 显示器 -> 彩超 grammar:A由B组成',
    ]);
  });
});
