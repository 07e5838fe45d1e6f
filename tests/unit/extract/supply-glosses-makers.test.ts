// A maker in brackets after a device (`64排CT（GE）`, as procurement notices list what they bought) is no
// short name of the device: the text's later `GE的…` speaks of the firm, not of the machine.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

const pairs = (text: string): string[] => [...new Set(supplyLines(text))];

describe('a maker in brackets after a device', () => {
  it('is no short name of a device written in Latin letters (CT（GE）)', () => {
    expect(
      pairs('本次招标采购64排CT（GE）一台、呼吸机（迈瑞）两台。GE的超声探头和球管均由海外工厂供应。'),
    ).toEqual([]);
  });

  it('is no short name of either of two devices it follows (呼吸机（GE）、监护仪（GE）)', () => {
    expect(
      pairs('本次采购呼吸机（GE）两台、监护仪（GE）六台。GE的核心部件包括涡轮风机和比例阀。').filter(
        (p) => p.includes('-> 呼吸机') || p.includes('-> 监护仪'),
      ),
    ).toEqual([]);
  });
});
