// A Hong Kong or Taiwan name whose mainland name is shorter is padded in the Simplified view; a mention
// of it still covers every character of the name as written.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

/** The written text of each mention, by node name. */
const mentions = (text: string): string[] =>
  graphOf(text).nodes.flatMap((n) => n.mentions.map((m) => `${n.name}: ${text.slice(m.start, m.end)}`));

describe('mentions of names padded in the Simplified view', () => {
  it('cover the whole written name when it ends in the shorter phrase (電腦斷層掃描儀 for CT扫描仪)', () => {
    const found = mentions(
      '臺灣醫療器材產業近年發展迅速，國內廠商已能自行研發電腦斷層掃描儀與正子斷層掃描儀等高階醫學影像設備，並積極布局海外市場。',
    );
    expect(found).toEqual(expect.arrayContaining(['CT扫描仪: 電腦斷層掃描儀', 'PET扫描仪: 正子斷層掃描儀']));
    expect(found.filter((m) => /: (?:電腦斷層掃|正子斷層掃描)$/.test(m))).toEqual([]);
  });
});
