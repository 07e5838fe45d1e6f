// 自 and a verb of one character before a name (`自研血氧模块`: self-developed) are a verb the dictionary cut
// in two; the name starts after it.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('discoverTerms: 自研 before a name', () => {
  it('reads 血氧模块 in 核心部件：自研血氧模块（双波长LED＋光电二极管传感器）', () => {
    const found = terms(
      '核心部件：自研血氧模块（双波长LED＋光电二极管传感器）、无创血压模块（压力传感器＋微型气泵），心电模块采用专用模拟前端芯片。',
    );
    expect(found).toContain('血氧模块');
    expect(found).not.toContain('研血氧模块');
  });
});
