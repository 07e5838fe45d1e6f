// Task-division tables in the layouts plans and their reprints use: tab-separated, a Markdown pipe
// table, Traditional script, and a table with a 责任单位 column only. Every body of a cell is read
// (a bare level word after a tab starts a name), and the column says its role.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const TITLE = '江苏省医疗器械产业发展行动计划';

/** Stated responsibilities as `name:role`, sorted. */
const dutiesOf = (text: string): string[] => {
  const g = extractGraph(
    [
      {
        meta: { id: asPlanId('table-2025'), title: TITLE, titleEn: 'test', file: 't.txt', year: 2025 },
        text,
      },
    ],
    curated(),
  ).graph;
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'stated')
    .map((e) => `${name.get(e.source) ?? e.source}:${String(e.props?.role)}`)
    .sort();
};

const EXPECTED = [
  '江苏省发展和改革委员会:participant',
  '江苏省工业和信息化厅:lead',
  '江苏省卫生健康委员会:participant',
  '江苏省科学技术厅:lead',
  '江苏省药品监督管理局:participant',
].sort();

describe('task-division tables', () => {
  it('reads a tab-separated table whose cells open with a bare level word (省科技厅 after a tab)', () => {
    const text = `${TITLE}\n\n重点任务分工\n\n序号\t重点任务\t牵头单位\t配合单位\n1\t突破高端医学影像设备关键技术\t省科技厅\t省工业和信息化厅、省卫生健康委\n2\t推进医用机器人产业化\t省工业和信息化厅\t省发展改革委、省药监局\n`;
    expect(dutiesOf(text)).toEqual(EXPECTED);
  });

  it('reads a Markdown pipe table by its columns, not every body as a lead', () => {
    const text = `${TITLE}\n\n附件\n\n| 序号 | 重点任务 | 牵头单位 | 参与单位 |\n| --- | --- | --- | --- |\n| 1 | 突破高端医学影像设备关键技术 | 省科技厅 | 省工业和信息化厅、省卫生健康委 |\n| 2 | 推进医用机器人产业化 | 省工业和信息化厅 | 省发展改革委、省药监局 |\n`;
    expect(dutiesOf(text)).toEqual(EXPECTED);
  });

  it('reads a Traditional table (牽頭單位 / 參與單位)', () => {
    const text = `江蘇省醫療器械產業發展行動計劃\n\n重點任務分工表\n\n序號\t重點任務\t牽頭單位\t參與單位\n1\t突破高端醫學影像設備關鍵技術\t省科技廳\t省工業和信息化廳、省衛生健康委\n2\t推進醫用機器人產業化\t省工業和信息化廳\t省發展改革委、省藥監局\n`;
    expect(dutiesOf(text)).toEqual(EXPECTED);
  });

  it('reads a 责任单位 column alone as led by its first body', () => {
    const text = `${TITLE}\n\n|任务|责任单位|完成时限|\n|---|---|---|\n|突破高端医学影像设备关键技术|省科技厅、省卫生健康委|2025年|\n`;
    expect(dutiesOf(text)).toEqual(['江苏省卫生健康委员会:participant', '江苏省科学技术厅:lead'].sort());
  });
});
