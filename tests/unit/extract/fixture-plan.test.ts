// A plan the lexicon has never seen (tests/fixtures/extract/synthetic-plan.txt): structure, the X用Y
// grammar and discovery still give a useful graph.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated, fixtureText } from './seed-data';

const result = () =>
  extractGraph(
    [
      {
        meta: {
          id: asPlanId('ocean-2030'),
          title: '海洋医疗装备发展行动方案（示例）',
          titleEn: 'Ocean medical equipment action plan (example)',
          file: 'tests/fixtures/extract/synthetic-plan.txt',
          year: 2030,
        },
        text: fixtureText('synthetic-plan.txt'),
      },
    ],
    curated(),
  );

const idOf = (name: string): string =>
  result().graph.nodes.find((n) => n.name === name)?.id ?? `missing ${name}`;
const has = (type: string, source: string, target: string): boolean =>
  result().graph.edges.some((e) => e.type === type && e.source === source && e.target === target);

describe('extractGraph on a synthetic plan', () => {
  it('discovers unknown equipment, parts and materials by their heads', () => {
    const found = result().report.discovered.map((d) => `${d.label} ${d.name}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'Equipment 深潜减压装备',
        'Equipment 舰载救护仪',
        'Equipment 海水淡化净水设备',
        'Material 钛镍记忆合金',
        'Material 石墨烯导热膜',
        'Component 耐盐雾伺服电机',
        'Material 反渗透纤维',
        'Component 高压柱塞泵',
      ]),
    );
    expect(result().graph.nodes.find((n) => n.name === '钛镍记忆合金')?.discovered).toBe(true);
  });

  it('reads 深潜减压装备用钛镍记忆合金、石墨烯导热膜，舰载救护仪用耐盐雾伺服电机；with the X用Y grammar', () => {
    expect(has('USED_IN', idOf('钛镍记忆合金'), idOf('深潜减压装备'))).toBe(true);
    expect(has('USED_IN', idOf('石墨烯导热膜'), idOf('深潜减压装备'))).toBe(true);
    expect(has('PART_OF', idOf('耐盐雾伺服电机'), idOf('舰载救护仪'))).toBe(true);
    expect(has('PART_OF', idOf('高压柱塞泵'), idOf('海水淡化净水设备'))).toBe(true);
  });

  it('gives box items their path and makes the safeguard chapter a measure with the enumerated departments', () => {
    const e = result().graph.edges.find((x) => x.type === 'USED_IN');
    expect(e?.evidence[0]?.section).toBe('一、重点领域 > 专栏 1 > 攻关核心部件');
    expect(has('RESPONSIBLE_FOR', 'department:miit', 'plan:ocean-2030')).toBe(true);
    expect(result().graph.nodes.some((n) => n.id === 'measure:ocean-2030-jia-qiang-xie-tong')).toBe(true);
  });
});
