// Measures from task headings: SUBMEASURE_OF along the structure and TARGETS within their scope.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../server/model/ids';
import { curated, seedResult } from './seed-data';

const has = (type: string, source: string, target: string): boolean =>
  seedResult().graph.edges.some((e) => e.type === type && e.source === source && e.target === target);

describe('measures', () => {
  it('nests ——攻关关键零部件。 under 专栏 3 医疗装备产业链优化升级, which elaborates 四（二）推动产业链贯通', () => {
    expect(
      has('SUBMEASURE_OF', 'measure:meq-2021-tackle-key-parts', 'measure:meq-2021-industrial-chain-upgrade'),
    ).toBe(true);
    expect(
      has(
        'SUBMEASURE_OF',
        'measure:meq-2021-industrial-chain-upgrade',
        'measure:meq-2021-connect-industrial-chain',
      ),
    ).toBe(true);
    expect(
      has(
        'SUBMEASURE_OF',
        'measure:meq-2021-connect-industrial-chain',
        'measure:meq-2021-cross-sector-innovation',
      ),
    ).toBe(true);
  });

  it('makes 攻关关键零部件 target 比例阀 from 攻关有创呼吸机用比例阀；', () => {
    const e = seedResult().graph.edges.find(
      (x) =>
        x.type === 'TARGETS' &&
        x.source === 'measure:meq-2021-tackle-key-parts' &&
        x.target === 'component:proportional-valve',
    );
    expect(e?.evidence[0]?.quote).toBe('攻关有创呼吸机用比例阀；');
  });

  it('keeps measures per plan: both plans have a 保障措施 chapter, as two nodes', () => {
    const ids = seedResult()
      .graph.nodes.filter((n) => n.label === 'Measure' && n.name === '保障措施')
      .map((n) => n.id);
    expect(ids).toEqual(['measure:hist-2017-safeguards', 'measure:meq-2021-safeguards']);
  });

  it('does not make context chapters measures: 二（三）发展愿景 items are not measures', () => {
    expect(seedResult().graph.nodes.some((n) => n.label === 'Measure' && n.name === '全产业链优化升级')).toBe(
      false,
    );
  });
});

describe('measures of an uncurated plan', () => {
  it('treats chapters opening with an action verb or naming 任务/措施 as task chapters, not 发展现状 or 发展目标', () => {
    const text =
      '## 一、发展现状\n\n（一）基础良好。现有装备较多。\n\n## 二、发展目标\n\n（一）总体目标。形成体系。\n\n## 三、优化产业生态\n\n（一）促进资源配置。鼓励合作。\n\n## 四、保障措施\n\n（一）加强协同。统筹推进。\n';
    const meta = { id: asPlanId('x-2030'), title: 'X', titleEn: 'X', file: 'x.txt', year: 2030 };
    const names = extractGraph([{ meta, text }], curated())
      .graph.nodes.filter((n) => n.label === 'Measure')
      .map((n) => n.name);
    expect(names.sort()).toEqual(['优化产业生态', '促进资源配置', '保障措施', '加强协同'].sort());
  });
});
