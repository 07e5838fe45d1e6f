// Parts stated in teardowns and talk: `整机由A、B…六大块组成` in a section of its own, whose machine the
// editor's note named sections before (`本期拆解对象是一台国产笔记本式便携彩超（便携式彩色多普勒超声诊断仪）`).
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const TEARDOWN =
  '拆了一台十几万的便携彩超，里面的国产件比我想的多\n\n【编者按】本期拆解对象是一台国产笔记本式便携彩超（便携式彩色多普勒超声诊断仪），整机重约4.6kg。' +
  '机器来自某二手设备商，已停用。以下为拆机全过程。\n\n01 外壳与整体结构\n拧下底部9颗T10螺丝后，上下壳即可分离。' +
  '外壳为PC/ABS合金注塑，内部用一块镁合金中框承重。整机由显示屏组件、主机板、前端板、电源板、锂电池组和探头接口板六大块组成，布局很像一台加厚的游戏本。\n';

describe('a teardown: 整机由…六大块组成', () => {
  it('gives the parts of a list closed by 六大块 to the machine the editor named sections before', () => {
    expect(supplyPairs(TEARDOWN).filter((p) => p.includes('该产品由B组成'))).toEqual(
      ['主机板', '前端板', '探头接口板', '显示屏组件', '电源板', '锂电池组'].map(
        (p) => `PART_OF ${p} -> 笔记本式便携彩超 grammar:该产品由B组成`,
      ),
    );
  });

  it('reads no machine when the sentences before name two of them', () => {
    const two = TEARDOWN.replace(
      '国产笔记本式便携彩超（便携式彩色多普勒超声诊断仪）',
      '便携彩超和一台呼吸机',
    );
    expect(supplyPairs(two).filter((p) => p.includes('该产品由B组成'))).toEqual([]);
  });
});
