// Words of the field the segmenter's dictionary lacks or mis-tags, whose cut would leave a fragment
// (`腔/q|内` gave 内体温探头, `七/m|氟烷` gave 氟烷蒸发器, `自/p|适应` gave 适应放射治疗系统) or end a
// name (`相机/d`, `探头/v`, `磁共振|引导/v`).
import { describe, expect, it } from 'vitest';
import { tagWords } from '../../../../server/extract/terms/segmenter';
import { contextOf } from '../seed-data';
import { supplyPairs } from '../supply-pairs';

/** `Label name` of every term graphed (confidence 0.6 or more). */
const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

/** The name of every term discovered, below the threshold too. */
const names = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

const cut = (text: string): string[] => tagWords(text).map((w) => `${w.word}/${w.tag}`);

describe('the field words of the segmenter', () => {
  it('ends a name at a verb whose object is a part (用到, 更换, 依靠)', () => {
    const t = terms('骨科手术机器人的机械臂负载更大，部分产品还会用到RV减速器。');
    expect(t).toContain('Component RV减速器');
    expect(t.filter((n) => n.includes('用到'))).toEqual([]);
    expect(terms('呼吸机更换流量传感器27个。').filter((n) => n.includes('更换'))).toEqual([]);
  });

  it('tags a rate before a noun a distinguishing word (高速|相机, 低速|离心机), not before a verbal noun', () => {
    expect(cut('高速相机')).toEqual(['高速/b', '相机/n']);
    expect(cut('低速离心机')).toEqual(['低速/b', '离心机/n']);
    expect(cut('高速发展')).toEqual(['高速/d', '发展/vn']);
    expect(terms('测序仪的关键部件是流动池和高速相机；')).toEqual(
      expect.arrayContaining(['Component 流动池', 'Component 高速相机']),
    );
  });

  it('keeps 腔内 and 腔镜 whole, so no name starts at 内 or 镜', () => {
    const t = terms('d）体温探头：体表和腔内体温探头，感温元件为热敏电阻，外层为不锈钢探头帽。');
    expect(t).toContain('Component 腔内体温探头');
    expect(t).not.toContain('Component 内体温探头');
    expect(terms('集采品种包括超声刀头、腔镜吻合器、管型吻合器和腔镜切割吻合器钉仓。')).not.toContain(
      'Equipment 镜切割吻合器',
    );
  });

  it('reads an anaesthetic agent whole before its vaporiser (七氟烷, not 氟烷)', () => {
    const t = terms('5.2 蒸发器：配置七氟烷蒸发器和异氟烷蒸发器各一个；');
    expect(t).toContain('Component 七氟烷蒸发器');
    expect(t).not.toContain('Component 氟烷蒸发器');
  });

  it('reads 半透膜 after 对流通过, 超高分子量聚乙烯 and 链霉亲和素磁珠 whole', () => {
    expect(terms('溶质借助弥散和对流通过半透膜清除，多余水分通过跨膜压差超滤清除。')).not.toContain(
      'Component 流通过半透膜',
    );
    expect(
      terms('研究内容：开发高交联超高分子量聚乙烯（UHMWPE）、维生素E稳定化聚乙烯及氧化锆增韧氧化铝陶瓷。'),
    ).not.toContain('Material 分子量聚乙烯');
    const reagents = terms('化学发光试剂多以羧基化磁珠或链霉亲和素磁珠作为固相载体。');
    expect(reagents).not.toContain('Material 素磁珠');
  });

  it('tags 相机 and 探头 as the nouns they are in this field', () => {
    expect(cut('测序仪的关键部件是流动池和高速相机')).toContain('相机/n');
    expect(cut('体表和腔内体温探头')).toEqual(['体表/n', '和/c', '腔内/s', '体温/n', '探头/n']);
  });

  it('reads 外周 (peripheral) as a word of a device name, not a locative that ends it', () => {
    expect(cut('外周球囊扩张导管')[0]).toBe('外周/b');
    expect(cut('外周血管鞘').slice(0, 2)).toEqual(['外周/b', '血管/n']);
    const t = terms('（二）外周血管介入类\n6．外周球囊扩张导管。9．外周覆膜支架，覆膜材料为膨体聚四氟乙烯。');
    expect(t).toEqual(expect.arrayContaining(['Equipment 外周球囊扩张导管', 'Equipment 外周覆膜支架']));
  });

  it('keeps a ministry whole before 将 or 会同 (工业和信息化部|将, not 部将), so no name opens inside it', () => {
    expect(cut('工业和信息化部将速调管')[0]).toBe('工业和信息化部/nt');
    expect(cut('生态环境部将').map((w) => w.split('/')[0])).toEqual(['生态环境部', '将']);
    expect(cut('国家发展改革委会同').map((w) => w.split('/')[0])).toEqual(['国家', '发展改革委', '会同']);
    const t = terms('一是建议工业和信息化部将速调管、膜式氧合器、硅光电倍增管纳入重点产品攻关目录。');
    expect(t).toContain('Component 速调管');
    expect(t.filter((n) => n.includes('部'))).toEqual([]);
  });
});

describe('field words the segmenter lacks', () => {
  it('reads 自适应放射治疗系统 whole, not 放射治疗系统', () => {
    const t = names(
      '问：放疗领域有哪些新方向？答：重点发展自适应放射治疗系统和质子治疗系统，推动国产设备进入临床。',
    );
    expect(t).toContain('自适应放射治疗系统');
    expect(t).not.toContain('放射治疗系统');
  });

  it('reads 磁共振引导放射治疗系统 in a list whole, not 放射治疗系统', () => {
    const t = names(
      '2．高端放射治疗类设备，包括磁共振引导放射治疗系统、X射线立体定向放射治疗系统（含Cyberknife）；',
    );
    expect(t).toEqual(expect.arrayContaining(['磁共振引导放射治疗系统', 'X射线立体定向放射治疗系统']));
    expect(t).not.toContain('放射治疗系统');
  });

  it('reads 有创血流动力学监测仪 whole, not 创血流动力学监测仪', () => {
    const t = names('基层医疗机构重点配置有创血流动力学监测仪、无创呼吸机等监护与生命支持装备。');
    expect(t).toContain('有创血流动力学监测仪');
    expect(t).not.toContain('创血流动力学监测仪');
  });

  it('reads 顺磁氧传感器 and 全自动尿液有形成分分析系统 whole', () => {
    const t = names(
      '氧浓度监测采用顺磁氧传感器。推进全自动尿液有形成分分析系统、微生物质谱鉴定系统等检验流水线产品研制。',
    );
    expect(t).toEqual(expect.arrayContaining(['顺磁氧传感器', '全自动尿液有形成分分析系统']));
    expect(t).not.toContain('磁氧传感器');
  });
});

describe('nouns the dictionary tags as verbs', () => {
  it('reads 眼科光学相干断层扫描仪 whole (相干, coherent, no verb), not 断层扫描仪', () => {
    const t = names(
      '聚焦眼科光学相干断层扫描仪（OCT）、眼底照相机、飞秒激光/准分子激光治疗系统和眼科超声乳化仪，支持折叠式人工晶状体、角膜塑形镜等产品创新，推广疏水性丙烯酸酯、氟硅丙烯酸酯等材料。',
    );
    expect(t).toContain('眼科光学相干断层扫描仪');
    expect(t).not.toContain('断层扫描仪');
  });

  it('reads an X-ray tube’s 阳极靶盘 as a part (阳极 is no place, 靶盘 one word)', () => {
    const t = names('其中CT球管重点突破液态金属轴承和阳极靶盘焊接工艺，超导磁体推广无液氦技术。');
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
