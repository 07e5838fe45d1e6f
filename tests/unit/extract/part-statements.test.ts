// Statements of what a thing is made of give PART_OF edges from each listed part to the thing.
import { describe, expect, it } from 'vitest';
import { partStatements } from '../../../server/extract/rules/part-statements';
import { contextOf } from './seed-data';

const partEdges = (text: string): string[] => {
  const { ctx, model } = contextOf(text);
  const name = (id: string): string =>
    model.discovered.find((d) => d.id === id)?.name ??
    ctx.curated.lexicon.find((e) => e.id === id)?.name ??
    id;
  return partStatements(ctx).map((e) => `${name(e.source)}->${name(e.target)}`);
};

describe('partStatements', () => {
  it('makes the parts of 电子内窥镜则一般由…组合而成 parts of 电子内窥镜', () => {
    const edges = partEdges(
      '电子内窥镜则一般由CCD(电荷耦合器件)/CMOS(互补金属氧化半导体)光电传感器、显示器、计算机和图像处理器组合而成。',
    );
    expect(edges).toEqual(expect.arrayContaining(['显示器->电子内窥镜', '图像处理器->电子内窥镜']));
    // The curated 内窥镜 inside 电子内窥镜 is not a second whole.
    expect(edges.filter((e) => e.endsWith('->医用内窥镜'))).toEqual([]);
  });

  it('reads 治疗系统包括… after the part was named as one', () => {
    const edges = partEdges(
      '该产品由加速器系统和治疗系统两部分构成。治疗系统包括固定束治疗系统、180°旋转束治疗系统和治疗计划系统。',
    );
    expect(edges).toEqual(expect.arrayContaining(['固定束治疗系统->治疗系统', '治疗计划系统->治疗系统']));
  });

  it('reads no parts from a list of fields after equipment: 医学影像设备包括…等领域', () => {
    expect(partEdges('重点发展的医学影像设备包括CT、磁共振等。')).toEqual([]);
  });
});
