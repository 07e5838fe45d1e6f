// Measures from task headings: SUBMEASURE_OF along the structure and TARGETS within their scope.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated, seedPlans, seedResult } from './seed-data';

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

  it('reads the measures of a notice laid out 一、 > （一） > 1.: task chapters, not 总体要求', () => {
    const text = [
      '关于推动高端医疗器械产业高质量发展的实施意见',
      '一、总体要求',
      '（一）指导思想。坚持创新驱动。',
      '（二）发展目标。到2025年，产业规模突破5000亿元。',
      '二、重点任务',
      '（一）攻关高端医学影像设备。',
      '1.超导磁共振成像系统。突破无液氦磁体。',
      '2.高端CT。攻关CT球管、CT探测器。',
      '（二）提升产业基础能力。攻关医用级高分子材料。',
      '三、组织实施',
      '（一）加强统筹协调。建立部门协同机制。',
      '',
    ].join('\n');
    const meta = { id: asPlanId('imp-2025'), title: 'X', titleEn: 'X', file: 'x.txt', year: 2025 };
    const { graph } = extractGraph([{ meta, text }], curated());
    const names = graph.nodes.filter((n) => n.label === 'Measure').map((n) => n.name);
    expect(names.sort()).toEqual(
      [
        '重点任务',
        '攻关高端医学影像设备',
        '超导磁共振成像系统',
        '高端CT',
        '提升产业基础能力',
        '组织实施',
        '加强统筹协调',
      ].sort(),
    );
    const ct = graph.nodes.find((n) => n.label === 'Measure' && n.name === '高端CT');
    const parent = graph.edges.find((e) => e.type === 'SUBMEASURE_OF' && e.source === ct?.id)?.target;
    expect(graph.nodes.find((n) => n.id === parent)?.name).toBe('攻关高端医学影像设备');
  });

  it('does not make field headings measures: 一、医疗器械 > 1、医学影像设备。 of the 2016 guide', () => {
    const text =
      '一、医疗器械\n1、医学影像设备。\n重点发展高场强超导磁共振和专科超导磁共振成像系统，高端CT设备。\n3、治疗设备。\n重点发展骨科和腹腔镜手术机器人。\n';
    const meta = { id: asPlanId('guide-2016'), title: 'X', titleEn: 'X', file: 'x.txt', year: 2016 };
    const measures = extractGraph([{ meta, text }], curated()).graph.nodes.filter(
      (n) => n.label === 'Measure',
    );
    expect(measures).toEqual([]);
  });

  it('makes a task-like box in a context chapter a measure: 三、重点发展领域 > 专栏 1 医疗装备创新能力建设', () => {
    const text =
      '## 三、重点发展领域\n\n**（一）诊断检验装备。**发展新一代医学影像装备。\n\n#### 专栏 1 医疗装备创新能力建设\n\n——诊断检验装备。推进超导磁共振成像系统研制。\n';
    const meta = { id: asPlanId('box-2025'), title: 'X', titleEn: 'X', file: 'x.txt', year: 2025 };
    const names = extractGraph([{ meta, text }], curated())
      .graph.nodes.filter((n) => n.label === 'Measure')
      .map((n) => n.name);
    expect(names).toEqual(['医疗装备创新能力建设']);
  });

  it("reads the seeds' measures from their headings alone: without seeds/measures.json the same headings are measures", () => {
    const c = curated();
    const uncurated = extractGraph(seedPlans(), { ...c, measures: {} });
    const names = (g: typeof uncurated.graph): string[] =>
      g.nodes
        .filter((n) => n.label === 'Measure')
        .map((n) => `${n.props?.section as string}`)
        .sort();
    expect(names(uncurated.graph)).toEqual(names(seedResult().graph));
    expect(names(uncurated.graph)).toHaveLength(61);
  });
});
