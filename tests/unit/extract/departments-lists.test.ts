// Department lists in all their forms, read from real sentences (plans, notices and news of them).
import { describe, expect, it } from 'vitest';
import { departmentForms } from '../../../server/extract/rules/departments-registry';
import { departmentLists, parseCount } from '../../../server/extract/rules/departments-lists';
import { normalizeTerm } from '../../../server/extract/normalize';
import { curated } from './seed-data';

const lists = (sentence: string) =>
  departmentLists(normalizeTerm(sentence), departmentForms(curated().departments));
const ids = (sentence: string) => lists(sentence).flatMap((l) => l.items.map((i) => i.id ?? `?${i.name}`));

describe('parseCount', () => {
  it('reads Chinese and Arabic numerals', () => {
    expect([
      parseCount('十'),
      parseCount('九'),
      parseCount('两'),
      parseCount('十五'),
      parseCount('二十三'),
    ]).toEqual([10, 9, 2, 15, 23]);
    expect(parseCount('10')).toBe(10);
    expect(parseCount('几')).toBeUndefined();
  });
});

describe('departmentLists', () => {
  it('reads the short forms of 工信、发改、科技、财政、卫健、住建、国资、市场监管、医保、药监等部门 (meq-2021 八（六）)', () => {
    const [l] = lists(
      '工信、发改、科技、财政、卫健、住建、国资、市场监管、医保、药监等部门要围绕规划目标任务，根据职能分工制定配套政策措施。',
    );
    expect(l?.items).toHaveLength(10);
    expect(l?.open).toBe(true);
    expect(l?.after.startsWith('等部门要')).toBe(true);
  });

  it('reads A、B、C等10部门联合印发 with an Arabic count larger than the names (an open list)', () => {
    const [l] = lists(
      '据悉,工业和信息化部、国家卫生健康委、国家发展改革委等10部门于12月28日联合印发《“十四五”医疗装备产业发展规划》(以下简称《规划》)',
    );
    expect(l?.items.map((i) => i.id)).toEqual(['department:miit', 'department:nhc', 'department:ndrc']);
    expect(l).toMatchObject({ claimed: 10, open: true, countMismatch: false });
  });

  it('reads A联合B等十部门印发: 联合 joins the list and marks the lead', () => {
    const [l] = lists('工业和信息化部联合国家卫生健康委等十部门印发');
    expect(l?.items.map((i) => i.id)).toEqual(['department:miit', 'department:nhc']);
    expect(l).toMatchObject({ claimed: 10, open: true, leadCount: 1 });
  });

  it('checks 等九部门 against a complete list of nine', () => {
    const [l] = lists(
      '工业和信息化部、国家发展改革委、科技部、商务部、国家卫生健康委、应急管理部、国家医保局、国家药监局、国家中医药局等九部门联合印发《“十四五”医药工业发展规划》',
    );
    expect(l?.items).toHaveLength(9);
    expect(l).toMatchObject({ claimed: 9, countMismatch: false });
    expect(l?.items.map((i) => i.id)).toContain('department:natcm');
  });

  it('flags a count that a list without 等 does not match', () => {
    const [l] = lists('工业和信息化部、国家药监局三部门联合印发');
    expect(l).toMatchObject({ claimed: 3, open: false, countMismatch: true });
  });

  it('reads the ten full and short names of 工信部、国家卫健委、…、国家药品监督管理局联合发布', () => {
    expect(
      ids(
        '12月28日,工信部、国家卫健委、国家发改委、科学技术部、财政部、国务院国有资产监督管理委员会、国家市场监督管理总局、国家医保局、国家中医药管理局、国家药品监督管理局联合发布《“十四五”医疗装备产业发展规划》的通知',
      ),
    ).toEqual(
      ['miit', 'nhc', 'ndrc', 'most', 'mof', 'sasac', 'samr', 'nhsa', 'natcm', 'nmpa'].map(
        (d) => `department:${d}`,
      ),
    );
  });

  it('reads A会同B as a lead and a participant', () => {
    const [l] = lists('国家药监局会同国家卫生健康委组织修订了《医疗器械临床试验质量管理规范》');
    expect(l?.items.map((i) => i.id)).toEqual(['department:nmpa', 'department:nhc']);
    expect(l?.leadCount).toBe(1);
  });

  it('reads a comma-separated list and two names of a news item (工信部、国家药监局印发通知)', () => {
    expect(ids('工信部、国家药监局日前印发通知,两部门将联合组织生物医用材料创新任务揭榜挂帅工作')).toEqual([
      'department:miit',
      'department:nmpa',
    ]);
    expect(ids('工业和信息化部，国家卫生健康委，国家药监局按职责分工负责')).toEqual([
      'department:miit',
      'department:nhc',
      'department:nmpa',
    ]);
  });

  it('reads a notice header whose names stand side by side (hist-2017)', () => {
    expect(
      ids(
        '科技部 发展改革委 工业和信息化部 国家卫生计生委 体育总局 食品药品监管总局关于印发《“十三五”健康产业科技创新专项规划》的通知',
      ),
    ).toEqual(['most', 'ndrc', 'miit', 'nhfpc', 'gas', 'cfda'].map((d) => `department:${d}`));
  });

  it('keeps a department the registry lacks instead of dropping the list', () => {
    const [l] = lists('国家发展改革委、国家乡村振兴局、民政部等部门按职责分工负责');
    expect(l?.items.map((i) => i.id ?? `?${i.name}`)).toEqual([
      'department:ndrc',
      '?国家乡村振兴局',
      'department:mca',
    ]);
  });

  it('reads 工信部、发改委、科技部、商务部、卫计委、药监总局近日联合发布了…, and an unknown last name before 近日', () => {
    expect(
      ids('工信部、发改委、科技部、商务部、卫计委、药监总局近日联合发布了《医药工业发展规划指南》'),
    ).toEqual(['miit', 'ndrc', 'most', 'mofcom', 'nhfpc', 'cfda'].map((d) => `department:${d}`));
    const [l] = lists('工信部、卫计委、国家乡村振兴局近日联合发布了《医药工业发展规划指南》');
    expect(l?.items.map((i) => i.id ?? `?${i.name}`)).toEqual([
      'department:miit',
      'department:nhfpc',
      '?国家乡村振兴局',
    ]);
    expect(l?.after.startsWith('近日联合发布')).toBe(true);
  });

  it('does not read 科技部署, 财政部门 or a bare 科技 outside a 等部门 list as departments', () => {
    expect(ids('5.2 加强科技部署')).toEqual([]);
    expect(ids('各地财政部门要加大支持力度')).toEqual([]);
    expect(ids('加强科技、金融、人才等政策支持')).toEqual([]);
  });
});
