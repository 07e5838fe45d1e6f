// Lexicon matching: spaces inside terms, full-width forms, longest match, Latin word boundaries, and
// a part's short alias that names it only as a member of a list.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const mentioned = (text: string): string[] => {
  const { model } = contextOf(text);
  return model.occurrences.map((o) => o.nodeId);
};

describe('matchLexicon', () => {
  it('reads CT 球管 (with a space) as the CT tube, not as CT', () => {
    expect(mentioned('大功率 CT 球管、CT 高速滑环；')).toEqual([
      'component:ct-tube',
      'component:ct-slip-ring',
    ]);
  });

  it('reads PET-CT as one scanner, not as CT', () => {
    expect(
      mentioned('彩超、CT、**正电子发射计算机断层显像（PET-CT）**、放疗等高端产品成功实现国产化；'),
    ).toEqual([
      'equipment:colour-doppler-ultrasound',
      'equipment:ct',
      'equipment:pet-ct',
      'equipment:radiotherapy-equipment',
    ]);
  });

  it('finds 手术机器人 across the page break of meq-2021 (推进手术机\\n\\n器人)', () => {
    expect(mentioned('推进手术机\n\n器人在重大疾病治疗中的规范应用。')).toEqual(['equipment:surgical-robot']);
  });

  it('folds full-width Latin: ＥＣＭＯ is ECMO', () => {
    expect(mentioned('攻关ＥＣＭＯ。')).toEqual(['equipment:ecmo']);
  });

  it('does not find MR inside MRI', () => {
    expect(mentioned('磁共振成像（MRI）')).toEqual(['equipment:mr', 'equipment:mr']);
  });

  it("reads a part's short alias (血糖 of 柔性血糖传感器) as the part in a list, not at the start of a longer word", () => {
    const sensor = 'component:blood-glucose-sensor';
    expect(mentioned('可穿戴设备用柔性心电、血糖及压力传感器等。')).toContain(sensor);
    expect(mentioned('血糖仪和血压计是家用医疗器械。')).not.toContain(sensor);
    expect(mentioned('连续血糖监测系统实现国产化。')).not.toContain(sensor);
    expect(mentioned('患者可在家测血糖，')).not.toContain(sensor);
    // A device's short alias still opens the names of its parts.
    expect(mentioned('超声探头依赖进口。')).toContain('equipment:ultrasound-imaging');
  });

  it('reads no name across the cells of a tab-separated table (CT⇥球管 is the CT, then a tube)', () => {
    expect(mentioned('整机\t核心零部件\nCT\t球管、高压发生器\n')).not.toContain('component:ct-tube');
    expect(mentioned('大功率 CT\n球管；')).toContain('component:ct-tube');
  });
});
