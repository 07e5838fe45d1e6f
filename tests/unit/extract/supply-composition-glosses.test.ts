// A whole with a gloss in brackets after its name (`磁共振成像设备（又称磁共振成像系统、MRI设备）一般由…`),
// and the parts a make-up adds after its verb (`…五部分组成，另配A、B和C`). Sentences of a vocational
// textbook on MRI equipment and of an anaesthesia workstation's service manual.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';
import { supplyLines } from './supply-pairs';

const MRI =
  '磁共振成像设备（又称磁共振成像系统、MRI设备）一般由磁体系统、梯度系统、射频系统、谱仪和计算机系统五部分组成，另配检查床、冷却系统和射频屏蔽室（见图5-1）。';

describe('a whole glossed in brackets before 由', () => {
  it('reads the parts of 磁共振成像设备（又称…）一般由A、B…五部分组成, and those after 另配', () => {
    const lines = supplyLines(MRI);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PART_OF 磁体系统 -> 磁共振成像设备 grammar:A由B组成',
        'PART_OF 梯度系统 -> 磁共振成像设备 grammar:A由B组成',
        'PART_OF 谱仪 -> 磁共振成像设备 grammar:A由B组成',
        'PART_OF 计算机系统 -> 磁共振成像设备 grammar:A由B组成',
        'PART_OF 检查床 -> 磁共振成像设备 grammar:A由B组成',
        'PART_OF 射频屏蔽室 -> 磁共振成像设备 grammar:A由B组成',
      ]),
    );
    // The names in the gloss are the whole's other names, never its parts.
    expect(lines.filter((l) => /MRI|磁共振成像系统 ->|-> 磁共振成像系统/.test(l))).toEqual([]);
  });

  it('reads the members as parts (Component), those ending in 系统 too, and no field in the gloss', () => {
    const found = contextOf(MRI).model.discovered;
    const labelOf = (n: string) => found.find((d) => d.name === n)?.label;
    for (const n of ['磁体系统', '梯度系统', '计算机系统', '谱仪', '检查床', '冷却系统', '射频屏蔽室'])
      expect([n, labelOf(n)]).toEqual([n, 'Component']);
    expect(found.filter((d) => d.label === 'Domain')).toEqual([]);
  });

  it('reads 另配 after a make-up with no count: 本机主要由A、B组成，另配C和D', () => {
    const found = contextOf(
      '麻醉工作站主要由气体供给系统、流量控制系统和麻醉呼吸机组成，另配主控板、电源板和后备电池。',
    ).model.discovered.map((d) => d.name);
    expect(found).toEqual(expect.arrayContaining(['主控板', '电源板', '后备电池']));
    expect(found).not.toContain('另配主控板');
  });

  it('reads no 另配 list after what is not a make-up', () => {
    expect(supplyLines('医院新购彩色多普勒超声诊断仪两台，另配打印机和稳压电源。')).toEqual([]);
  });
});

describe('the first part is the outermost name after the whole', () => {
  it('reads 图像处理器 of 4K电子胃肠镜系统由图像处理器、LED冷光源和电子内窥镜三部分组成, not the technique 图像处理', () => {
    expect(
      supplyLines('公司新一代4K电子胃肠镜系统由图像处理器、LED冷光源和电子内窥镜三部分组成。').filter((l) =>
        l.includes('-> 4K电子胃肠镜系统'),
      ),
    ).toEqual([
      'PART_OF LED冷光源 -> 4K电子胃肠镜系统 grammar:A由B组成',
      'PART_OF 图像处理器 -> 4K电子胃肠镜系统 grammar:A由B组成',
      'PART_OF 电子内窥镜 -> 4K电子胃肠镜系统 grammar:A由B组成',
    ]);
  });
});
