// A district, county or city written as one word (`武进区`, `江宁区`) opening a name makes it a place's
// cluster or body, no kind of thing (noise:organisation), as 省/市/县/区 written alone do.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const names = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('a place opening a name', () => {
  it('reads no 武进区骨科植入物 in a briefing`s local item', () => {
    const text =
      '7．【常州】武进区骨科植入物集群新增2条增材制造产线，人工髋关节髋臼杯采用3D打印多孔钛合金，椎间融合器采用聚醚醚酮。';
    expect(names(text).filter((n) => n.startsWith('武进区'))).toEqual([]);
  });
});
