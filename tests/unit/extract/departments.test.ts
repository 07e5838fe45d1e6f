// Departments in the seed plans and in short real texts: issuers, stated responsibilities with their
// role, remit inferences with a reason in words, and the reforms' successions.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import type { PlanSeed } from '../../../server/extract/types';
import { asPlanId, type NodeId } from '../../../core/model/ids';
import { curated, seedResult } from './seed-data';

const edges = () => seedResult().graph.edges;

// Extracting both plans takes seconds on a loaded machine: once, before the checks.
beforeAll(() => void seedResult(), 60_000);

/** The graph of one short text as a plan of its own. */
const graphOf = (text: string, meta: Partial<PlanSeed> = {}) =>
  extractGraph(
    [
      {
        meta: {
          id: asPlanId('news-2022'),
          title: '测试',
          titleEn: 'test',
          file: 'n.txt',
          year: 2022,
          ...meta,
        },
        text,
      },
    ],
    curated(),
  ).graph;

describe('statedDepartments', () => {
  it('reads the ten departments of 八（六）工信、发改、科技、财政、卫健、住建、国资、市场监管、医保、药监等部门 as responsible for meq-2021', () => {
    const stated = edges().filter(
      (e) => e.type === 'RESPONSIBLE_FOR' && e.target === 'plan:meq-2021' && e.basis === 'stated',
    );
    expect(stated.map((e) => e.source).sort()).toEqual(
      ['miit', 'ndrc', 'most', 'mof', 'nhc', 'mohurd', 'sasac', 'samr', 'nhsa', 'nmpa']
        .map((d) => `department:${d}`)
        .sort(),
    );
    expect(stated[0]?.evidence[0]?.quote).toBe(
      '工信、发改、科技、财政、卫健、住建、国资、市场监管、医保、药监等部门要围绕规划目标任务，根据职能分工制定配套政策措施。',
    );
    expect(stated.every((e) => e.props?.role === 'participant')).toBe(true);
  });

  it('reads the six issuers of hist-2017 from 科技部 发展改革委 工业和信息化部 国家卫生计生委 体育总局 食品药品监管总局关于印发..., 科技部 leading', () => {
    const issued = edges().filter((e) => e.type === 'ISSUED' && e.target === 'plan:hist-2017');
    expect(issued.every((e) => e.basis === 'stated' && e.evidence.length >= 1)).toBe(true);
    expect(issued.map((e) => e.source).sort()).toEqual([
      'department:cfda',
      'department:gas',
      'department:miit',
      'department:most',
      'department:ndrc',
      'department:nhfpc',
    ]);
    expect(issued.find((e) => e.props?.role === 'lead')?.source).toBe('department:most');
  });

  it('records 工信部 as the issuer of meq-2021 from the plan metadata, as inferred', () => {
    const e = edges().find((x) => x.type === 'ISSUED' && x.target === 'plan:meq-2021');
    expect(e).toMatchObject({ source: 'department:miit', basis: 'inferred', rule: 'plan-metadata:issuer' });
  });

  it('makes issuers of 工业和信息化部、国家卫生健康委、国家发展改革委等10部门于12月28日联合印发《…》 (a date before the verb), never responsible', () => {
    const g = graphOf(
      '国家级医疗装备产业规划发布\n\n据悉,工业和信息化部、国家卫生健康委、国家发展改革委等10部门于12月28日联合印发《“十四五”医疗装备产业发展规划》(以下简称《规划》),这是医疗装备领域第一部国家级产业规划。\n',
    );
    expect(g.edges.filter((e) => e.type === 'ISSUED').map((e) => e.source)).toEqual([
      'department:miit',
      'department:ndrc',
      'department:nhc',
    ]);
    expect(g.edges.some((e) => e.type === 'RESPONSIBLE_FOR')).toBe(false);
    expect(g.edges.find((e) => e.type === 'ISSUED')?.props).toMatchObject({ issuerCount: 10 });
  });

  it('names the lead issuer from a document number line (国科发社〔2017〕149号)', () => {
    const g = graphOf('关于印发专项规划的通知\n国科发社〔2017〕149号\n各有关单位：\n');
    expect(g.edges.find((e) => e.type === 'ISSUED')).toMatchObject({
      source: 'department:most',
      rule: 'text:document-number',
      props: { role: 'lead' },
    });
  });

  it('keeps an unknown department of an issuing list as a discovered Department', () => {
    const g = graphOf('近日，国家发展改革委、国家乡村振兴局、民政部印发《测试方案》。\n');
    const found = g.nodes.find((n) => n.name === '国家乡村振兴局');
    expect(found).toMatchObject({ label: 'Department', discovered: true });
    expect(g.edges.filter((e) => e.type === 'ISSUED')).toHaveLength(3);
  });

  it('takes issuers a text does not name from --issuer (the plan metadata), as inferred', () => {
    const g = graphOf('一、总体要求\n推动医疗装备产业发展。\n', {
      issuers: ['department:miit' as NodeId],
      issuersInText: false,
    });
    expect(g.edges.find((e) => e.type === 'ISSUED')).toMatchObject({
      source: 'department:miit',
      basis: 'inferred',
    });
  });

  it('reads 由A牵头, A会同B负责 and a bracketed list as stated responsibilities with roles', () => {
    const g = graphOf(
      '二、重点任务\n（一）加强产业基础。由工业和信息化部牵头，推动关键零部件攻关。\n（二）完善审评审批。国家药监局会同国家卫生健康委负责优化注册流程。\n（三）推进医保支付。完善创新产品支付政策（国家医保局、财政部）。\n',
    );
    const cells = g.edges
      .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'stated')
      .map((e) => `${e.source.slice(11)} ${String(e.props?.role)}`)
      .sort();
    expect(cells).toEqual(['miit lead', 'mof participant', 'nhc participant', 'nhsa lead', 'nmpa lead']);
  });

  it('reads A、B按职责分工负责 as both leading, and 配合 as taking part', () => {
    const g = graphOf(
      '二、重点任务\n（一）完善标准体系。加快医疗器械标准制修订，国家药监局、市场监管总局按职责分工负责，工业和信息化部配合。\n',
    );
    const cells = g.edges
      .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.basis === 'stated')
      .map((e) => `${e.source.slice(11)} ${String(e.props?.role)}`)
      .sort();
    expect(cells).toEqual(['miit participant', 'nmpa lead', 'samr lead']);
  });

  it('reads the 牵头单位 / 参与单位 columns of a task-division table', () => {
    const g = graphOf(
      '二、重点任务\n（一）攻关关键零部件。\n序号\t任务\t牵头单位\t参与单位\n1\t攻关关键零部件\t工业和信息化部\t科技部、国家药监局\n',
    );
    const cells = g.edges
      .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.rule === 'text:task-table')
      .map((e) => `${e.source.slice(11)} ${String(e.props?.role)}`)
      .sort();
    expect(cells).toEqual(['miit lead', 'most participant', 'nmpa participant']);
  });
});

describe('remitResponsibilities', () => {
  it('makes 药监 responsible for 促进推广应用 from 优化创新医疗装备注册评审流程...进入特别审批通道，优先审批。, with its reason in words', () => {
    const e = edges().find(
      (x) =>
        x.type === 'RESPONSIBLE_FOR' &&
        x.source === 'department:nmpa' &&
        x.target === 'measure:meq-2021-promote-adoption',
    );
    expect(e?.basis).toBe('inferred');
    expect(e?.rule).toBe('remit:nmpa:registration');
    expect(e?.evidence[0]?.quote).toContain('注册评审流程');
    expect(e?.props?.reasonZh).toContain('负责药品、化妆品、医疗器械的注册并实施监督管理');
    expect(e?.props?.reasonEn).toContain('registers drugs, cosmetics and medical devices');
  });

  it('gives the 2017 drug regulator (食品药品监管总局) responsibilities of its own', () => {
    expect(
      edges().some(
        (x) =>
          x.type === 'RESPONSIBLE_FOR' &&
          x.source === 'department:cfda' &&
          x.target.startsWith('measure:hist-2017-'),
      ),
    ).toBe(true);
  });

  it('no longer reads 材料 in 生物材料, 体育健身 in a data-policy sentence or 评价 in drug-efficacy research', () => {
    const terms = (x: { props?: Record<string, unknown> }): unknown[] =>
      Array.isArray(x.props?.terms) ? (x.props.terms as unknown[]) : [];
    const wrong = edges().filter(
      (x) =>
        x.basis === 'inferred' &&
        ((x.source === 'department:gas' && x.target === 'measure:hist-2017-policy-environment') ||
          (x.source === 'department:cfda' && terms(x).includes('评价')) ||
          (x.source === 'department:miit' && terms(x).includes('材料'))),
    );
    expect(wrong).toEqual([]);
  });

  it('does not read 监管 inside 市场监管 of the enumeration as a remit match', () => {
    expect(
      edges().some(
        (x) => x.source === 'department:nmpa' && x.target === 'measure:meq-2021-organisational-coordination',
      ),
    ).toBe(false);
  });
});

describe('successions', () => {
  it('links 国家卫生计生委 -> 国家卫生健康委员会 and 食品药品监管总局 -> 国家药品监督管理局 (2018 reform)', () => {
    const s = edges()
      .filter((e) => e.type === 'SUCCEEDED_BY')
      .map((e) => `${e.source} ${e.target}`);
    expect(s).toEqual(['department:cfda department:nmpa', 'department:nhfpc department:nhc']);
  });
});

describe('departments in the graph', () => {
  it('keeps only the registry bodies the plans speak of and those they became (no 质检总局 in two health plans)', () => {
    const ids = seedResult()
      .graph.nodes.filter((n) => n.label === 'Department')
      .map((n) => n.id);
    expect(ids).toContain('department:nhc');
    expect(ids).not.toContain('department:aqsiq');
    expect(ids.length).toBeLessThan(curated().departments.length);
  });

  it("counts each department as its matrix column does: own cells plus its predecessors' (国家药监局 with 食品药品监管总局)", () => {
    const g = seedResult().graph;
    const rows = new Set(g.nodes.filter((n) => n.label === 'Measure' || n.label === 'Plan').map((n) => n.id));
    const cells = g.edges.filter(
      (e) =>
        e.type === 'RESPONSIBLE_FOR' &&
        rows.has(e.target) &&
        (e.source === 'department:nmpa' || e.source === 'department:cfda'),
    );
    const nmpa = g.nodes.find((n) => n.id === 'department:nmpa');
    expect(nmpa?.props?.responsibilities).toBe(new Set(cells.map((e) => e.target)).size);
    expect(nmpa?.props?.responsibilitiesStated).toBe(1);
  });
});
