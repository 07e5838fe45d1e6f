// A class of parts written in two words after a pointer (`其|核心|零部件包括`, `其|关键|零部件包括`,
// `其|核心|组件包括`): the modifier belongs to the class, so it is never read as a part the pointer names.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const names = (text: string): string[] => graphOf(text).nodes.map((n) => n.name);

describe('a modifier of a pointed class of parts', () => {
  it('names no part 核心 or 关键', () => {
    for (const text of [
      'CT扫描仪是医院最常用的影像设备。其核心零部件包括球管、探测器和高压发生器。',
      '国产呼吸机近年来快速放量。其关键零部件包括涡轮风机、流量传感器和比例阀。',
      '手术机器人是高端医疗装备的代表。其核心组件包括机械臂、内窥镜和控制台。',
    ]) {
      const found = names(text);
      expect(found).not.toContain('核心');
      expect(found).not.toContain('关键');
    }
  });
});
