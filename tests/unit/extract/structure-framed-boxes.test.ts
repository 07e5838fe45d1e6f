// A 专栏 box drawn with rules (`┌───┐`, `│专栏1 X │`, `└───┘`): its lines read without their sides, so the
// box is a box, and what it lists is no member of the field whose paragraph comes before it.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

const CHAPTER = [
  '第三章　重点领域和发展方向',
  '　　（四）植介入器械。重点发展可降解冠脉支架、经导管主动脉瓣膜置换系统和人工关节。',
  '　　（五）康复与智慧健康装备。重点发展下肢外骨骼机器人、智能假肢、可穿戴心电监测设备和家用呼吸机。',
  '',
  '┌─────────────────────────────────────┐',
  '│专栏1　高端医学影像装备攻关清单　　　　　　　　　　　　　　　　　 │',
  '│整机：光子计数CT、宽体CT、PET/MR、超导磁共振成像系统　　　　　 │',
  '│部件：大热容量CT球管、PET探测器模块　　　　　　　　　　　　　　　│',
  '└─────────────────────────────────────┘',
  '',
  '第五章　保障措施',
].join('\n');

describe('boxes drawn with rules', () => {
  it('reads │专栏1　高端医学影像装备攻关清单│ as a box beside the field before it', () => {
    const box = parseSections(CHAPTER).find((s) => s.kind === 'box');
    expect(box?.title).toBe('高端医学影像装备攻关清单');
  });

  it('puts no device of the box in the field whose paragraph precedes it', () => {
    const r = fieldsOf(CHAPTER);
    expect(r.links).toEqual(expect.arrayContaining(['智能假肢 -> 康复与智慧健康装备']));
    expect(r.links.filter((l) => l.startsWith('光子计数CT') || l.startsWith('宽体CT'))).toEqual([]);
  });
});
