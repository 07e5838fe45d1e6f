// The lines of tables written as text, one at a time: a row's cells with their offsets in the text, cut at
// tabs or pipes; a line with neither gives no cells (the end of a table); a Markdown divider row gives nothing.
import { describe, expect, it } from 'vitest';
import { pipeRows } from '../../../server/extract/pipe-rows';

/** Each line as its cells' text, or `null` for a line without cells. */
const read = (text: string): (string[] | null)[] =>
  [...pipeRows(text)].map(({ cells }) => cells?.map(([f, t]) => text.slice(f, t)) ?? null);

describe('pipeRows', () => {
  it('cuts a catalogue row copied from a sheet at its tabs, each cell trimmed', () => {
    const text = [
      '序号\t装备名称\t主要技术指标\t应用领域',
      '9-2\t质子治疗系统 \t由同步加速器…组成\t放射治疗装备',
    ].join('\n');
    expect(read(text)).toEqual([
      ['序号', '装备名称', '主要技术指标', '应用领域'],
      ['9-2', '质子治疗系统', '由同步加速器…组成', '放射治疗装备'],
    ]);
  });

  it('gives each line its span without the line break and each cell its span in the text', () => {
    const text = '表C-2 部件类\r\n序号\t中文术语\r\n1\t平板探测器\r\n';
    const lines = [...pipeRows(text)];
    expect(lines.map(({ start, end }) => text.slice(start, end))).toEqual([
      '表C-2 部件类',
      '序号\t中文术语',
      '1\t平板探测器',
      '',
    ]);
    expect(lines[2]?.cells).toEqual([
      [text.indexOf('1\t'), text.indexOf('1\t') + 1],
      [text.indexOf('平板探测器'), text.indexOf('平板探测器') + 5],
    ]);
  });

  it('leaves out the outer pipes and the divider row of a Markdown table, full-width bars too', () => {
    expect(
      read(
        [
          '| 中文术语 | 释义 |',
          '| --- | :---: |',
          '| 超声换能器 | 属能量外科设备，由主机、换能器和刀头组成 |',
          '｜ 球管 ｜ 部件 ｜',
        ].join('\n'),
      ),
    ).toEqual([
      ['中文术语', '释义'],
      ['超声换能器', '属能量外科设备，由主机、换能器和刀头组成'],
      ['球管', '部件'],
    ]);
  });

  it('keeps a blank cell under a merged one (| | | 02 急救和转运用呼吸机 |)', () => {
    expect(read('| | | 02 急救和转运用呼吸机 | 呼吸设备 |')).toEqual([
      ['', '', '02 急救和转运用呼吸机', '呼吸设备'],
    ]);
  });

  it('gives no cells to a line with no tab or pipe: a caption, a blank line, a paragraph', () => {
    expect(read('（二）治疗装备\n序号\t装备名称\n\n上述装备应加快国产化。')).toEqual([
      null,
      ['序号', '装备名称'],
      null,
      null,
    ]);
  });

  it('reads a CSV field in quotes inside the quotes', () => {
    expect(read('"1"\t"呼吸机"')).toEqual([['1', '呼吸机']]);
  });
});
