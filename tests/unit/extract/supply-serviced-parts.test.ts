// A machine's part named as the object of service or inspection (`定期校准呼吸机的流量传感器`,
// `对输液器的药液过滤器进行设计变更`), and a part that lists its own parts after a comma
// (`生化分析仪的光学检测单元，包括B、C和D`), and a subjectless clause of what is built in (`…采用电子流量计，内置B`).
// Sentences from an adverse-event report, a flight-inspection notice, a trade brief, an encyclopaedia entry
// and a review guideline.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

describe('a part as the object of a verb of service', () => {
  it('reads 校准A的B as B a part of A', () => {
    const lines = supplyLines('提示使用单位按说明书定期校准呼吸机的流量传感器，及时更换呼气阀膜片。', {
      流量传感器: 'Component',
    });
    expect(lines).toContain('PART_OF 流量传感器 -> 呼吸机 grammar:A的B');
  });

  it('reads 对A的B进行… as B a part of A', () => {
    const lines = supplyLines(
      '企业对一次性使用精密过滤输液器的药液过滤器进行设计变更，将滤膜由聚醚砜滤膜变更为尼龙滤膜。',
      { 一次性使用精密过滤输液器: 'Equipment', 药液过滤器: 'Component' },
    );
    expect(lines).toContain('PART_OF 药液过滤器 -> 一次性使用精密过滤输液器 grammar:A的B');
  });

  it('reads no part after a verb that aims at a quality (`提升CT的…`)', () => {
    const lines = supplyLines('着力提升呼吸机的流量传感器国产化水平。', { 流量传感器: 'Component' });
    expect(lines.filter((l) => l.includes('-> 呼吸机'))).toEqual([]);
  });
});

describe('a part listing its own parts after a comma', () => {
  it('reads A的B，包括C、D和E as the parts of B, and B as A’s', () => {
    const lines = supplyLines('· 生化分析仪的光学检测单元，包括卤素灯光源、凹面光栅和光电二极管阵列；', {
      生化分析仪: 'Equipment',
      光学检测单元: 'Component',
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        'PART_OF 光学检测单元 -> 生化分析仪 grammar:A的B',
        'PART_OF 卤素灯光源 -> 光学检测单元 grammar:A包括B',
        'PART_OF 凹面光栅 -> 光学检测单元 grammar:A包括B',
        'PART_OF 光电二极管阵列 -> 光学检测单元 grammar:A包括B',
      ]),
    );
  });

  it('reads nothing after a class of parts, nor after the last of alternatives', () => {
    const lines = supplyLines('重点突破CT的关键零部件，包括探测器和球管。');
    expect(lines.filter((l) => l.includes('-> 关键零部件'))).toEqual([]);
    const lamp = supplyLines('医用冷光源采用LED光源或氙灯，主要包括光源模块、散热风扇和导光接口。', {
      氙灯: 'Component',
      光源模块: 'Component',
      散热风扇: 'Component',
    });
    expect(lamp.filter((l) => l.includes('-> 氙灯'))).toEqual([]);
  });
});

describe('a clause with no subject that says what is built in', () => {
  it('reads A…，内置B as B inside the one thing the clause before names', () => {
    const lines = supplyLines(
      '传统流量计为玻璃锥形管浮标流量计，锥形管采用硼硅玻璃制成；现代机型多采用电子流量计，内置热式质量流量传感器。',
      { 电子流量计: 'Component', 热式质量流量传感器: 'Component' },
    );
    expect(lines).toContain('PART_OF 热式质量流量传感器 -> 电子流量计 grammar:A…，内置B');
  });

  it('reads nothing when the clause before names two things', () => {
    const lines = supplyLines('呼吸机采用涡轮风机，内置锂电池。', {
      涡轮风机: 'Component',
      锂电池: 'Component',
    });
    expect(lines.filter((l) => l.includes('锂电池 -> 涡轮风机'))).toEqual([]);
  });

  it('reads nothing inside a housing as the housing’s', () => {
    const lines = supplyLines('包括输液泵和注射泵，泵体外壳为阻燃PC/ABS，内置阻塞压力传感器和气泡探测器。', {
      泵体外壳: 'Component',
      阻塞压力传感器: 'Component',
      气泡探测器: 'Component',
    });
    expect(lines.filter((l) => l.includes('-> 泵体外壳'))).toEqual([]);
  });
});
