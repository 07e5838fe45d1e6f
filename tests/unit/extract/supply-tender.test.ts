// A tender's technical parameters, package by package or under a heading naming one machine's parameters:
// a part that labels a numbered line, or that the line fits the machine with (`配置`, `配备`), is the
// machine's part. Lines in the wording of hospital tender notices.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

const MR = {
  超导磁体: 'Component',
  头颈联合线圈: 'Component',
  体部相控阵线圈: 'Component',
  脊柱线圈: 'Component',
} as const;
const CL = {
  全自动化学发光免疫分析仪: 'Equipment',
  光电倍增管: 'Component',
  磁分离模块: 'Component',
  温控模块: 'Component',
  超声探头: 'Component',
} as const;

describe('the parameters of a tender package', () => {
  it('gives the package machine the parts that label its lines or that it is fitted with', () => {
    expect(
      pairs(
        '第1包　1.5T超导磁共振成像系统\n　　★1.1 超导磁体：场强1.5T，零液氦挥发技术；\n　　1.2 梯度系统：单轴梯度场强≥45mT/m；\n　　1.3 射频系统：独立射频接收通道≥32个，配备头颈联合线圈、体部相控阵线圈、脊柱线圈；',
        MR,
      ),
    ).toEqual([
      // The line's own topic is fitted with them too (`1.3 射频系统：…，配备B、C`).
      'PART_OF 体部相控阵线圈 -> 射频系统 grammar:A…，主要由B组成',
      'PART_OF 体部相控阵线圈 -> 超导磁共振成像系统 tender:package-parts',
      'PART_OF 头颈联合线圈 -> 射频系统 grammar:A…，主要由B组成',
      'PART_OF 头颈联合线圈 -> 超导磁共振成像系统 tender:package-parts',
      'PART_OF 脊柱线圈 -> 射频系统 grammar:A…，主要由B组成',
      'PART_OF 脊柱线圈 -> 超导磁共振成像系统 tender:package-parts',
      'PART_OF 超导磁体 -> 超导磁共振成像系统 tender:package-parts',
    ]);
  });

  it("reads only the package's own numbers, and nothing refused", () => {
    expect(
      pairs(
        '包1：全自动化学发光免疫分析仪（1台）\n1.1 光电倍增管：单光子计数；\n1.2 配备磁分离模块和温控模块；\n2.1 超声探头：不少于3把。',
        CL,
      ),
    ).toEqual([
      'PART_OF 光电倍增管 -> 全自动化学发光免疫分析仪 tender:package-parts',
      'PART_OF 温控模块 -> 全自动化学发光免疫分析仪 tender:package-parts',
      'PART_OF 磁分离模块 -> 全自动化学发光免疫分析仪 tender:package-parts',
    ]);
    expect(
      pairs('第1包 全自动化学发光免疫分析仪\n1.1 不配备磁分离模块；\n1.2 供应商须提供原厂授权。', CL),
    ).toEqual([]);
  });

  it('needs the machine alone on the package line', () => {
    // A lot of several machines, or a line that says more than the machine's name.
    expect(pairs('第2包 全自动化学发光免疫分析仪及配套试剂采购\n2.1 光电倍增管：单光子计数；', CL)).toEqual(
      [],
    );
  });
});

describe('a package line and the values of its labels', () => {
  const CT = { 高压发生器: 'Component', 稀土陶瓷探测器: 'Component' } as const;
  const LAP = {
    '4K荧光腹腔镜系统': 'Equipment',
    '4K超高清摄像头': 'Component',
    腹腔镜镜头: 'Component',
    医用不锈钢: 'Material',
  } as const;

  it('reads the machine past a rating and a word of kind before it (64排螺旋CT is a CT)', () => {
    expect(
      pairs(
        '第2包　64排螺旋CT\n　　2.2 高压发生器：输出功率≥72kW；\n　　2.3 探测器：稀土陶瓷探测器，物理排数≥64排；',
        CT,
      ),
    ).toEqual([
      // The label is the part here (a clause of figures follows it), and the value right after its colon
      // names it more closely (a kind of 探测器).
      // The rating before it leaves `螺旋CT` its own name.
      'PART_OF 探测器 -> 螺旋CT tender:package-parts',
      'PART_OF 稀土陶瓷探测器 -> 螺旋CT tender:package-parts',
      'PART_OF 高压发生器 -> 螺旋CT tender:package-parts',
    ]);
  });

  it("gives the machine the part a label's value names, and a material the line's part or machine is made of", () => {
    expect(
      pairs(
        '第4包　4K荧光腹腔镜系统\n　　4.1 摄像系统：4K超高清摄像头，支持吲哚菁绿（ICG）荧光成像；\n　　4.4 腹腔镜镜头：采用医用不锈钢，可耐受高温高压灭菌；\n　　4.5 材质：医用不锈钢。',
        LAP,
      ),
    ).toEqual([
      'PART_OF 4K超高清摄像头 -> 4K荧光腹腔镜系统 tender:package-parts',
      'PART_OF 腹腔镜镜头 -> 4K荧光腹腔镜系统 tender:package-parts',
      'USED_IN 医用不锈钢 -> 4K荧光腹腔镜系统 tender:package-parts',
      'USED_IN 医用不锈钢 -> 腹腔镜镜头 tender:package-parts',
    ]);
  });
});

describe("a heading that names one machine's parameters", () => {
  it('gives the machine the parts of the numbered lines under it, up to the next heading', () => {
    expect(
      pairs(
        '二、呼吸机技术要求：\n（1）涡轮风机：进口；\n（2）配备流量传感器。\n三、售后服务\n（1）比例阀：免费更换。',
        {
          涡轮风机: 'Component',
          流量传感器: 'Component',
          比例阀: 'Component',
        },
      ),
    ).toEqual([
      'PART_OF 流量传感器 -> 呼吸机 tender:package-parts',
      'PART_OF 涡轮风机 -> 呼吸机 tender:package-parts',
    ]);
  });
});

describe('a package whose lines are numbered by item alone', () => {
  const DR = {
    数字化X射线摄影系统: 'Equipment',
    平板探测器: 'Component',
    高压发生器: 'Component',
    准直器: 'Component',
    多叶电动准直器: 'Component',
    血液透析机: 'Equipment',
    血泵: 'Component',
    肝素泵: 'Component',
    空气探测器: 'Component',
    细菌过滤器: 'Component',
    全自动内镜清洗消毒机: 'Equipment',
    清洗槽: 'Component',
    '316L不锈钢': 'Material',
  } as const;

  it("reads `包1 X` then `1.`, `2.` lines as the package machine's, up to the next package", () => {
    expect(
      pairs(
        '包1 数字化X射线摄影系统\n1.平板探测器：动态平板，有效面积≥43cm×43cm；\n2.高压发生器：功率≥65kW，高频逆变式；\n3.具备自动拼接功能。\n包3 血液透析机\n1.主要部件：血泵、肝素泵、空气探测器；\n2.具备在线血液透析滤过（HDF）功能，内置细菌过滤器；',
        DR,
      ),
    ).toEqual([
      'PART_OF 平板探测器 -> 数字化X射线摄影系统 tender:package-parts',
      'PART_OF 空气探测器 -> 血液透析机 tender:package-parts',
      'PART_OF 细菌过滤器 -> 血液透析机 tender:package-parts',
      'PART_OF 肝素泵 -> 血液透析机 tender:package-parts',
      'PART_OF 血泵 -> 血液透析机 tender:package-parts',
      'PART_OF 高压发生器 -> 数字化X射线摄影系统 tender:package-parts',
    ]);
  });

  it('keeps one way of numbering in a package: a `2.1` line under `1.` lines ends it, and the reverse', () => {
    expect(
      pairs('包1 数字化X射线摄影系统\n1.平板探测器：动态平板；\n2.1 高压发生器：功率≥65kW；', DR),
    ).toEqual(['PART_OF 平板探测器 -> 数字化X射线摄影系统 tender:package-parts']);
    expect(
      pairs('第1包 数字化X射线摄影系统\n1.1 平板探测器：动态平板；\n2.高压发生器：功率≥65kW；', DR),
    ).toEqual(['PART_OF 平板探测器 -> 数字化X射线摄影系统 tender:package-parts']);
  });

  it("names the kind a label's value gives, and a part a line opens with as what a material makes", () => {
    expect(
      pairs(
        '包1 数字化X射线摄影系统\n4.准直器：多叶电动准直器；\n包4 全自动内镜清洗消毒机\n1.清洗槽采用316L不锈钢制成，可同时处理2条软式内镜；',
        DR,
      ),
    ).toEqual([
      'PART_OF 准直器 -> 数字化X射线摄影系统 tender:package-parts',
      'PART_OF 多叶电动准直器 -> 数字化X射线摄影系统 tender:package-parts',
      'PART_OF 清洗槽 -> 全自动内镜清洗消毒机 tender:package-parts',
      // The sentence's own reading of 采用 gives the material too.
      'USED_IN 316L不锈钢 -> 清洗槽 grammar:A采用B',
      'USED_IN 316L不锈钢 -> 清洗槽 tender:package-parts',
    ]);
  });

  it('reads a bare piece between the part and its material (镜头镜体采用…)', () => {
    expect(
      pairs('第4包　4K荧光腹腔镜系统\n　　4.4 腹腔镜镜头镜体采用医用不锈钢，可耐受高温高压灭菌；', {
        '4K荧光腹腔镜系统': 'Equipment',
        腹腔镜镜头: 'Component',
        医用不锈钢: 'Material',
      }),
    ).toEqual([
      'PART_OF 腹腔镜镜头 -> 4K荧光腹腔镜系统 tender:package-parts',
      'USED_IN 医用不锈钢 -> 腹腔镜镜头 tender:package-parts',
    ]);
  });
});

describe("a package's configuration list and the clauses of its parameter lines", () => {
  it('gives the machine every counted item of its configuration list, named as written', () => {
    // No head of a part ends 扫描机架, 导管床 or 模拟肺: the counted list says each is one thing delivered.
    expect(
      pairs(
        '包3：数字减影血管造影系统（DSA）\n3. C形臂旋转速度≥55°/s\n配置清单：落地式C形臂1套、平板探测器1块、导管床1张、悬吊显示器1套。\n\n包5：有创呼吸机\n配置清单：主机1台、加温湿化器1台、呼吸管路5套、模拟肺1个。',
      ),
    ).toEqual([
      'PART_OF 加温湿化器 -> 有创呼吸机 tender:package-parts',
      'PART_OF 呼吸管路 -> 有创呼吸机 tender:package-parts',
      'PART_OF 导管床 -> 数字减影血管造影系统 tender:package-parts',
      'PART_OF 平板探测器 -> 数字减影血管造影系统 tender:package-parts',
      'PART_OF 悬吊显示器 -> 数字减影血管造影系统 tender:package-parts',
      'PART_OF 模拟肺 -> 有创呼吸机 tender:package-parts',
      'PART_OF 落地式C形臂 -> 数字减影血管造影系统 tender:package-parts',
    ]);
    // Two things counted together (`冷头及氦压缩机1套`) are two items.
    expect(pairs('包2：3.0T超导磁共振成像系统\n配置清单：超导磁体1套、冷头及氦压缩机1套。')).toEqual([
      'PART_OF 冷头 -> 超导磁共振成像系统 tender:package-parts',
      'PART_OF 氦压缩机 -> 超导磁共振成像系统 tender:package-parts',
      'PART_OF 超导磁体 -> 超导磁共振成像系统 tender:package-parts',
    ]);
  });

  it('reads a list only when every item is counted, and only under a package', () => {
    expect(pairs('包5：有创呼吸机\n配置清单：加温湿化器、呼吸管路和模拟肺。')).toEqual([]);
    expect(pairs('配置清单：加温湿化器1台、呼吸管路5套、模拟肺1个。')).toEqual([]);
  });

  it('gives the machine the part a clause opens with, or the part it uses when nothing named opens it', () => {
    expect(
      pairs(
        '包5：有创呼吸机\n★1. 采用涡轮风机驱动，无需外接压缩空气\n▲2. 吸气流量传感器为热膜式\n3. 氧浓度监测采用顺磁氧传感器，屏幕≥15英寸',
        { 涡轮风机: 'Component', 吸气流量传感器: 'Component', 顺磁氧传感器: 'Component' },
      ),
    ).toEqual([
      'PART_OF 吸气流量传感器 -> 有创呼吸机 tender:package-parts',
      'PART_OF 涡轮风机 -> 有创呼吸机 tender:package-parts',
      'PART_OF 顺磁氧传感器 -> 有创呼吸机 tender:package-parts',
    ]);
    // A part that opens the clause is the machine's, and what it uses its own; a thing the reading left
    // unnamed (阳极) keeps what it uses from the machine.
    expect(
      pairs('包3：数字减影血管造影系统（DSA）\n▲2. 球管采用液态金属轴承，阳极热容量≥3.0MHU', {
        液态金属轴承: 'Component',
      }),
    ).toEqual([
      'PART_OF 液态金属轴承 -> 球管 grammar:A采用B',
      'PART_OF 球管 -> 数字减影血管造影系统 tender:package-parts',
    ]);
    expect(
      pairs('包3：数字减影血管造影系统（DSA）\n▲2. 阳极采用液态金属轴承，阳极热容量≥3.0MHU', {
        液态金属轴承: 'Component',
      }),
    ).toEqual([]);
  });
});
