// A make-up said of several wholes at once: a patent claim's `所述A和B均包括C和D` gives each of the wholes joined
// before 均 the parts after the verb. Sentences of a patents bulletin (d26).
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const CLAIM =
  '摘要：本发明公开了一种下肢外骨骼康复机器人，包括腰部支撑架、髋关节驱动模块、膝关节驱动模块和足底压力传感器，所述髋关节驱动模块和膝关节驱动模块均包括无框力矩电机和谐波减速器，所述腰部支撑架由碳纤维复合材料制成。';

describe('a make-up shared by wholes joined before 均', () => {
  it('gives the parts to each whole of the pair', () => {
    const parts = supplyPairs(CLAIM).filter((l) => /无框力矩电机|谐波减速器/.test(l));
    expect(parts.map((l) => l.replace(/ grammar:.*$/, ''))).toEqual(
      expect.arrayContaining([
        'PART_OF 无框力矩电机 -> 髋关节驱动模块',
        'PART_OF 无框力矩电机 -> 膝关节驱动模块',
        'PART_OF 谐波减速器 -> 髋关节驱动模块',
        'PART_OF 谐波减速器 -> 膝关节驱动模块',
      ]),
    );
    expect(parts).toHaveLength(4);
  });

  it('keeps the claimed thing its own parts', () => {
    expect(supplyPairs(CLAIM)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PART_OF 髋关节驱动模块 -> 下肢外骨骼康复机器人 /),
        expect.stringMatching(/^PART_OF 膝关节驱动模块 -> 下肢外骨骼康复机器人 /),
      ]),
    );
    expect(supplyPairs(CLAIM).filter((l) => /(?:电机|减速器) -> 下肢/.test(l))).toEqual([]);
  });

  it('needs the pair to open its clause', () => {
    // `包括A和B均…` is no pair of subjects: only the whole right before 均 is read.
    const pairs = supplyPairs(
      '一种康复机器人，包括腰部支撑架和髋关节驱动模块均包括无框力矩电机和谐波减速器。',
    );
    expect(pairs.filter((l) => l.includes('-> 腰部支撑架'))).toEqual([]);
  });
});
