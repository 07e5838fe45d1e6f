// Hybrid devices written with a slash (`PET/CT`, `PET/MR`) are one device, never the `CT` or `MR`
// inside them: the parts of a PET/CT must not become parts of a CT.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const partsOf = (text: string): string[] => {
  const g = graphOf(text);
  const name = (id: string): string => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.filter((e) => e.type === 'PART_OF').map((e) => `${name(e.source)}->${name(e.target)}`);
};

describe('hybrid devices joined by a slash', () => {
  it('reads PET/CT as the curated PET-CT, whose parts its composition names', () => {
    const parts = partsOf('一台PET/CT由PET探测器、机架、扫描床和图像重建工作站构成。');
    expect(parts).toEqual(
      expect.arrayContaining([
        'PET探测器->正电子发射计算机断层显像',
        '机架->正电子发射计算机断层显像',
        '扫描床->正电子发射计算机断层显像',
      ]),
    );
    expect(parts.filter((p) => p.endsWith('->计算机断层扫描仪'))).toEqual([]);
  });

  it('never makes the MR of PET/MR the whole of its parts', () => {
    const parts = partsOf('PET/MR由PET探测器和超导磁体构成。');
    expect(parts.filter((p) => p.endsWith('->磁共振成像设备'))).toEqual([]);
  });

  it('still reads a plain CT as a whole', () => {
    expect(partsOf('CT由CT球管、CT探测器和高压发生器组成。')).toEqual(
      expect.arrayContaining(['CT球管->计算机断层扫描仪', 'CT探测器->计算机断层扫描仪']),
    );
  });
});
