// Departments: issuers, enumerations (等部门), remit inferences and the 2018 successions.
import { describe, expect, it } from 'vitest';
import { seedResult } from './seed-data';

const edges = () => seedResult().graph.edges;

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
  });

  it('reads the six issuers of hist-2017 from 科技部 发展改革委 工业和信息化部 国家卫生计生委 体育总局 食品药品监管总局关于印发...', () => {
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
  });

  it('records 工信部 as the issuer of meq-2021 from the plan metadata, as inferred', () => {
    const e = edges().find((x) => x.type === 'ISSUED' && x.target === 'plan:meq-2021');
    expect(e).toMatchObject({ source: 'department:miit', basis: 'inferred', rule: 'plan-metadata:issuer' });
  });
});

describe('remitResponsibilities', () => {
  it('makes 药监 responsible for 促进推广应用 from 优化创新医疗装备注册评审流程...进入特别审批通道，优先审批。', () => {
    const e = edges().find(
      (x) =>
        x.type === 'RESPONSIBLE_FOR' &&
        x.source === 'department:nmpa' &&
        x.target === 'measure:meq-2021-promote-adoption',
    );
    expect(e?.basis).toBe('inferred');
    expect(e?.rule).toMatch(/^remit:nmpa:注册/);
    expect(e?.evidence[0]?.quote).toContain('注册评审流程');
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
