// Entries of a structure list (instructions for use, registration files) and chain maps written with
// arrows. Lines in the wording of a monitor's instructions for use and a city's chain-map handbook.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

const MONITOR = {
  监护仪: 'Equipment',
  主机: 'Component',
  附件: 'Component',
  锂离子电池: 'Component',
  外壳: 'Component',
  无创血压模块: 'Component',
  血氧模块: 'Component',
  气泵: 'Component',
  电磁阀: 'Component',
  血氧探头: 'Component',
  体温探头: 'Component',
  指套: 'Component',
  光电二极管: 'Component',
  热敏电阻: 'Component',
} as const;

describe('the entries of a structure list', () => {
  it('gives the thing opening an entry the parts its clauses make it of', () => {
    expect(
      pairs(
        '（1）主机：由主控板、电源板、锂离子电池、记录仪和外壳组成，外壳材料为聚碳酸酯。\n（2）参数模块：包括无创血压模块和血氧模块。无创血压模块内置气泵和电磁阀。',
        MONITOR,
      ).filter((p) => p.includes('（1）')),
    ).toEqual([
      'PART_OF 主控板 -> 主机 grammar:（1）A：由B组成',
      'PART_OF 外壳 -> 主机 grammar:（1）A：由B组成',
      'PART_OF 电源板 -> 主机 grammar:（1）A：由B组成',
      'PART_OF 记录仪 -> 主机 grammar:（1）A：由B组成',
      'PART_OF 锂离子电池 -> 主机 grammar:（1）A：由B组成',
    ]);
  });

  it('gives a label entry the things of the entries numbered under it, and each its own parts', () => {
    expect(
      pairs(
        '监护仪由主机和附件组成。\n（3）附件：\na）心电导联线（3导、5导），导线护套为热塑性聚氨酯；\nb）血氧探头：成人指夹式血氧探头，指套材料为医用硅胶，接收元件为光电二极管；\nc）体温探头：感温元件为热敏电阻。\n2.4 耗材',
        MONITOR,
      ).filter((p) => p.includes('（')),
    ).toEqual([
      'PART_OF 体温探头 -> 附件 grammar:（3）A：a）B',
      'PART_OF 光电二极管 -> 血氧探头 grammar:（1）A：由B组成',
      'PART_OF 指套 -> 血氧探头 grammar:（1）A：由B组成',
      'PART_OF 热敏电阻 -> 体温探头 grammar:（1）A：由B组成',
      'PART_OF 血氧探头 -> 附件 grammar:（3）A：a）B',
    ]);
  });

  it('reads no kind of the thing as its part, and nothing of a plan’s numbered aims', () => {
    expect(
      pairs('3.1 探头：配置单晶凸阵探头、线阵探头和经食道心脏探头；', {
        单晶凸阵探头: 'Component',
        线阵探头: 'Component',
      }).filter((p) => p.includes('（1）')),
    ).toEqual([]);
    expect(
      pairs('（一）高端医学影像设备：重点突破CT球管、超导磁体等核心部件。', {
        CT球管: 'Component',
      }).filter((p) => p.includes('（1）')),
    ).toEqual([]);
  });
});

describe('a chain map written with arrows', () => {
  it('gives the one thing after an arrow the things listed before it', () => {
    expect(
      pairs(
        '核心部件 → 整机：超导磁体、射频线圈和梯度线圈 → 超导磁共振\n关键材料 → 部件：铌钛超导线 → 超导磁体；碘化铯晶体、非晶硅 → 平板探测器',
        {
          超导磁体: 'Component',
          射频线圈: 'Component',
          梯度线圈: 'Component',
          超导磁共振: 'Equipment',
          平板探测器: 'Component',
          铌钛超导线: 'Material',
          碘化铯晶体: 'Material',
          非晶硅: 'Material',
        },
      ).filter((p) => p.endsWith('→ A')),
    ).toEqual([
      'PART_OF 射频线圈 -> 超导磁共振 grammar:B、C → A',
      'PART_OF 梯度线圈 -> 超导磁共振 grammar:B、C → A',
      'PART_OF 超导磁体 -> 超导磁共振 grammar:B、C → A',
      'USED_IN 碘化铯晶体 -> 平板探测器 grammar:B、C → A',
      'USED_IN 铌钛超导线 -> 超导磁体 grammar:B、C → A',
      'USED_IN 非晶硅 -> 平板探测器 grammar:B、C → A',
    ]);
  });

  it('reads nothing where the arrows run from the whole to its parts, or after a list of several', () => {
    expect(
      pairs('整机 → 部件：超导磁共振 → 超导磁体、梯度线圈\n上游：超导磁体 → 超导磁共振和CT', {
        超导磁体: 'Component',
        梯度线圈: 'Component',
        超导磁共振: 'Equipment',
      }).filter((p) => p.endsWith('→ A')),
    ).toEqual([]);
  });
});

describe('a chain map drawn as a text tree, with arrows both ways', () => {
  const TREE = {
    平板探测器: 'Component',
    高压发生器: 'Component',
    X射线管: 'Component',
    碘化铯闪烁体: 'Component',
    非晶硅: 'Material',
    晶体探测器: 'Component',
    LYSO晶体: 'Material',
    电子学系统: 'Component',
    医用电机: 'Component',
    输注泵: 'Equipment',
    呼吸机: 'Equipment',
  } as const;

  it('gives the thing before a back arrow the parts after it, and a part the materials in its brackets', () => {
    expect(
      pairs(
        [
          '│　├─ 医学影像设备 ★',
          '│　│　├─ 数字化X射线摄影系统（DR）⇐ 平板探测器（碘化铯闪烁体＋非晶硅）、高压发生器、X射线管',
          '│　│　├─ 正电子发射断层成像（PET/CT）⇐ 晶体探测器（LYSO晶体＋SiPM）、电子学系统',
        ].join('\n'),
        TREE,
      ).filter((p) => p.endsWith('→ A')),
    ).toEqual([
      'PART_OF SiPM -> 晶体探测器 grammar:B、C → A',
      'PART_OF X射线管 -> 数字化X射线摄影系统 grammar:B、C → A',
      'PART_OF 平板探测器 -> 数字化X射线摄影系统 grammar:B、C → A',
      'PART_OF 晶体探测器 -> 正电子发射计算机断层显像 grammar:B、C → A',
      'PART_OF 电子学系统 -> 正电子发射计算机断层显像 grammar:B、C → A',
      'PART_OF 碘化铯闪烁体 -> 平板探测器 grammar:B、C → A',
      'PART_OF 高压发生器 -> 数字化X射线摄影系统 grammar:B、C → A',
      'USED_IN LYSO晶体 -> 晶体探测器 grammar:B、C → A',
      'USED_IN 非晶硅 -> 平板探测器 grammar:B、C → A',
    ]);
  });

  it('gives a node of the tree each use after its arrow, and a line of no tree none of several', () => {
    expect(pairs('│　　　├─ 医用电机 → 输注泵、呼吸机', TREE).filter((p) => p.endsWith('→ A'))).toEqual([
      'PART_OF 医用电机 -> 呼吸机 grammar:B、C → A',
      'PART_OF 医用电机 -> 输注泵 grammar:B、C → A',
    ]);
    expect(pairs('上游：医用电机 → 输注泵、呼吸机', TREE).filter((p) => p.endsWith('→ A'))).toEqual([]);
    // A node's uses may run on past the names read.
    expect(
      pairs('│　│　├─ 聚醚醚酮（PEEK）☆ → 椎间融合器、颅骨修补板', {
        聚醚醚酮: 'Material',
        椎间融合器: 'Equipment',
      }).filter((p) => p.endsWith('→ A')),
    ).toEqual(['USED_IN 聚醚醚酮 -> 椎间融合器 grammar:B、C → A']);
  });
});

describe('items of a procurement list with a run-in make-up field', () => {
  const VBP = {
    颅内弹簧圈系统: 'Equipment',
    微导管: 'Equipment',
    中间导管: 'Equipment',
    弹簧圈: 'Component',
    推送杆: 'Component',
    解脱装置: 'Component',
    导管管身: 'Component',
    导管座: 'Component',
    应力扩散管: 'Component',
  } as const;

  it('gives the item before `。组件：` the parts listed after the label, up to the full stop', () => {
    expect(
      pairs(
        '1．颅内弹簧圈系统。组件：弹簧圈、推送杆、解脱装置（电解脱/机械解脱）。材质：弹簧圈为铂钨合金丝。',
        VBP,
      ),
    ).toEqual([
      'PART_OF 弹簧圈 -> 颅内弹簧圈系统 grammar:（1）A：由B组成',
      'PART_OF 推送杆 -> 颅内弹簧圈系统 grammar:（1）A：由B组成',
      'PART_OF 解脱装置 -> 颅内弹簧圈系统 grammar:（1）A：由B组成',
    ]);
  });

  it('reads an item named with slash alternatives as its first name, and no item without the field label', () => {
    expect(pairs('4．微导管/中间导管。组件：导管管身、导管座、应力扩散管。', VBP)).toEqual([
      'PART_OF 导管座 -> 微导管 grammar:（1）A：由B组成',
      'PART_OF 导管管身 -> 微导管 grammar:（1）A：由B组成',
      'PART_OF 应力扩散管 -> 微导管 grammar:（1）A：由B组成',
    ]);
    expect(pairs('1．颅内弹簧圈系统。弹簧圈、推送杆均需单独包装。', VBP)).toEqual([]);
  });
});
