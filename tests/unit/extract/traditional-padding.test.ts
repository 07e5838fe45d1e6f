// The Simplified view pads a shorter mainland name to its written length (超音波 reads 超声 and a pad).
// Layout is read from the text's own whitespace: the padding is no column gap, no table cell, and a
// name written across it (彩色超音波診斷儀) stays one name whose mention covers what is written.
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../server/extract/rules/domain-tables';
import { simplifiedView } from '../../../server/extract/simplified-view';
import { graphOf } from './seed-data';

/** Names of the nodes with a mention in the plan, with what each mention covers. */
const mentioned = (text: string): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const n of graphOf(text).nodes)
    for (const m of n.mentions) out.set(n.name, [...(out.get(n.name) ?? []), text.slice(m.start, m.end)]);
  return out;
};

describe("the view's padding is no layout", () => {
  it('reads 彩色超音波診斷儀 as one name, not 彩超 and a noise term 诊断仪 (Taiwan)', () => {
    const text =
      '臺灣醫療器材產業推動計畫\n\n一、發展重點\n本計畫將補助國內廠商開發彩色超音波診斷儀，並推動高階醫學影像設備國產化。\n';
    const names = mentioned(text);
    expect(names.has('诊断仪')).toBe(false);
    expect(names.get('彩超诊断仪')).toEqual(['彩色超音波診斷儀']);
  });

  it('reads a Taiwan list with 電腦斷層掃描儀 and 彩色超音波診斷儀, each mention the whole written name', () => {
    const text =
      '臺灣醫療器材產業推動計畫\n\n一、發展重點\n重點產品包括電腦斷層掃描儀、磁振造影設備、彩色超音波診斷儀及手術機器人。\n';
    const names = mentioned(text);
    expect(names.has('诊断仪')).toBe(false);
    expect(names.get('CT扫描仪')).toEqual(['電腦斷層掃描儀']);
    expect(names.get('彩超诊断仪')).toEqual(['彩色超音波診斷儀']);
    expect(names.get('手术机器人')).toEqual(['手術機器人']);
  });

  it('reads 超音波探頭與導管 in a Hong Kong text as the probe, its mention the written phrase', () => {
    const text = '香港創新科技發展藍圖\n\n醫院管理局將採購超音波探頭與導管，並添置電腦斷層掃描儀。\n';
    const names = mentioned(text);
    expect(names.get('超声探头')).toEqual(['超音波探頭']);
    expect(names.get('CT扫描仪')).toEqual(['電腦斷層掃描儀']);
  });

  it('reads a task table aligned with spaces by its columns when a task names 彩色超音波診斷儀', () => {
    const text =
      '江蘇省醫療器械產業發展行動計劃\n\n重點任務分工表\n\n' +
      '重點任務                      牽頭單位              參與單位\n' +
      '突破彩色超音波診斷儀關鍵技術  江蘇省科學技術廳      江蘇省衛生健康委員會\n' +
      '推進醫用機器人產業化          江蘇省工業和信息化廳  江蘇省發展和改革委員會\n';
    const g = graphOf(text);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const duties = g.edges
      .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'stated')
      .map((e) => `${name.get(e.source) ?? e.source}:${String(e.props?.role)}`)
      .sort();
    expect(duties).toEqual(
      [
        '江苏省科学技术厅:lead',
        '江苏省卫生健康委员会:participant',
        '江苏省工业和信息化厅:lead',
        '江苏省发展和改革委员会:participant',
      ].sort(),
    );
  });

  it('reads no table head where a line opens with a padded name (電腦斷層掃描儀與…)', () => {
    const view = simplifiedView('電腦斷層掃描儀與磁振造影設備之國產化', 0);
    expect(tableRows(view)).toEqual([]);
  });

  it('keeps a gap the text writes after a padded name a column gap', () => {
    const view = simplifiedView('醫學影像設備  電腦斷層掃描儀、彩色超音波', 0);
    expect(tableRows(view)).toHaveLength(1);
  });
});

describe("the view's padding is not shown", () => {
  it('names a Taiwan heading as a measure without the blank, and its section path too', () => {
    const text =
      '醫療器材產業推動方案\n\n一、推動超音波產業發展\n補助廠商開發超音波探頭，並推動高階醫學影像設備國產化。\n';
    const graph = graphOf(text);
    const measure = graph.nodes.find((n) => n.label === 'Measure');
    expect(measure?.name).toBe('推动超声产业发展');
    expect(measure?.props?.section).toBe('一、推动超声产业发展');
    for (const m of measure?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe('推動超音波產業發展');
  });
});
