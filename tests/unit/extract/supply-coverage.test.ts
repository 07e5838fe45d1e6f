// A table row that names a machine and, in a later cell (or after a colon in its own), the list a service
// covers (`含A、B及C`) or the machine is fitted with (`配置A、B和C`): the listed parts are the machine's.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const partsOf = (text: string): { pairs: string[]; quotes: string[] } => {
  const { graph } = extractGraph(
    [
      {
        meta: {
          id: asPlanId('coverage-2026'),
          title: '采购需求',
          titleEn: 'needs',
          file: 'c.txt',
          year: 2026,
        },
        text,
      },
    ],
    curated(),
  );
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const edges = graph.edges.filter((e) => e.rule === 'table:covered-parts');
  return {
    pairs: edges.map((e) => `${name.get(e.source) ?? e.source}->${name.get(e.target) ?? e.target}`).sort(),
    quotes: [...new Set(edges.flatMap((e) => e.evidence.map((v) => v.quote)))].sort(),
  };
};

describe('parts a row lists for its machine', () => {
  it('reads a maintenance row’s `含A、B…及C` as the machine’s parts, up to the first comma', () => {
    const row =
      '| 1 | 128排螺旋CT | 1台 | 含球管、高压发生器、探测器、滑环、数据采集系统（DAS）及检查床，球管不限次更换 | 操作不当、人为损坏；工作站显示器 |';
    const { pairs, quotes } = partsOf(
      ['二、服务范围及内容', '', '| 序号 | 设备名称 | 数量 | 保修范围 | 除外责任 |', row].join('\n'),
    );
    expect(pairs).toEqual(
      expect.arrayContaining(['高压发生器->128排螺旋CT', '滑环->128排螺旋CT', '检查床->128排螺旋CT']),
    );
    // The row, not the table, is the evidence.
    expect(quotes).toEqual([row]);
  });

  it('reads a budget row’s `X：配置A、B和C`, not the class filed in the cell before', () => {
    const { pairs } = partsOf(
      [
        '| 序号 | 采购单位 | 采购品目 | 设备名称及主要配置 | 数量 | 预算金额（万元） |',
        '| 6 | 江西省儿童医院 | 呼吸设备 | 有创呼吸机：配置涡轮风机、流量传感器和空氧混合器 | 30台 | 660.00 |',
      ].join('\n'),
    );
    expect(pairs).toEqual(['流量传感器->有创呼吸机', '涡轮风机->有创呼吸机', '空氧混合器->有创呼吸机']);
  });

  it('names the parts after 含 without it, but keeps 含 that opens the name of what holds an element', () => {
    const text = [
      '| 序号 | 设备名称 | 数量 | 保修范围 | 除外责任 |',
      '| 2 | 3.0T超导磁共振成像系统 | 1台 | 含冷头、氦压缩机、梯度放大器、射频线圈及谱仪，液氦补充每年不超过300升 | 失超后的液氦重灌费用 |',
      '| 3 | 消毒 | 含氯消毒剂、含碘消毒剂 | 1批 | 无 |',
    ].join('\n');
    expect(partsOf(text).pairs).toEqual(
      expect.arrayContaining(['冷头->3.0T超导磁共振成像系统', '射频线圈->3.0T超导磁共振成像系统']),
    );
    const { graph } = extractGraph(
      [
        {
          meta: { id: asPlanId('coverage-2026'), title: '需求', titleEn: 'n', file: 'c.txt', year: 2026 },
          text,
        },
      ],
      curated(),
    );
    const names = graph.nodes.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['冷头', '含氯消毒剂']));
    expect(names).not.toContain('含冷头');
  });

  it('leaves a cell that excludes, or lists no parts, alone', () => {
    const { pairs } = partsOf(
      [
        '| 序号 | 设备名称 | 数量 | 保修范围 | 除外责任 |',
        '| 6 | 呼吸机 | 40台 | 含安装调试及人员培训 | 不含涡轮风机、流量传感器 |',
      ].join('\n'),
    );
    expect(pairs).toEqual([]);
  });
});
