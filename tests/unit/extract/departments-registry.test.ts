// The department registry (seeds/departments.json): it covers the State Council bodies this field's
// plans name, the short forms plans use, the former bodies linked to what they became, and a remit
// with its source for every body.
import { describe, expect, it } from 'vitest';
import {
  departmentForms,
  registryProblems,
  resolveDepartment,
} from '../../../server/extract/rules/departments-registry';
import type { DepartmentEntry } from '../../../server/extract/types';
import { curated } from './seed-data';

const registry = () => curated().departments;

describe('the department registry', () => {
  it.each([
    '工业和信息化部',
    '国家发展改革委',
    '科技部',
    '财政部',
    '国家卫生健康委',
    '住房城乡建设部',
    '国务院国资委',
    '市场监管总局',
    '国家医保局',
    '国家药监局',
    '国家中医药局',
    '商务部',
    '教育部',
    '人力资源社会保障部',
    '生态环境部',
    '海关总署',
    '应急管理部',
    '国家知识产权局',
    '国家统计局',
    '体育总局',
    '国家疾控局',
  ])('knows %s, by a name the registry keeps for a body of today', (name) => {
    const id = resolveDepartment(name, registry());
    expect(id).toBeDefined();
    expect(registry().find((d) => d.id === id)?.kind).not.toBe('former');
  });

  it('keeps the short forms plans write in lists (工信、卫健、药监、中医药)', () => {
    const short = new Map(
      departmentForms(registry())
        .filter((f) => f.short)
        .map((f) => [f.form, f.id]),
    );
    expect([short.get('工信'), short.get('卫健'), short.get('药监'), short.get('中医药')]).toEqual([
      'department:miit',
      'department:nhc',
      'department:nmpa',
      'department:natcm',
    ]);
  });

  it.each([
    ['卫计委', 'department:nhc'],
    ['国家卫生计生委', 'department:nhc'],
    ['食品药品监管总局', 'department:nmpa'],
    ['国家食药监总局', 'department:nmpa'],
    ['质检总局', 'department:samr'],
    ['卫生部', 'department:nhc'],
    ['信息产业部', 'department:miit'],
    ['劳动和社会保障部', 'department:mohrss'],
    ['建设部', 'department:mohurd'],
    ['国家环保总局', 'department:mee'],
    ['国家计委', 'department:ndrc'],
  ])('links the former body %s through its successors to %s', (name, today) => {
    const byId = new Map<string, DepartmentEntry>(registry().map((d) => [d.id, d]));
    let d = byId.get(resolveDepartment(name, registry()) ?? '');
    expect(d?.kind).toBe('former');
    for (let hops = 0; d?.successor && hops < 5; hops++) d = byId.get(d.successor);
    expect(d?.id).toBe(today);
  });

  it('names no form twice, links no missing body, and cites a source for every remit', () => {
    expect(registryProblems(registry())).toEqual([]);
    for (const d of registry()) {
      expect(d.remitSource.length, d.id).toBeGreaterThan(0);
      for (const r of d.remit)
        if (r.quoted) expect(r.source ?? d.remitSource, `${d.id} ${r.id}`).toBeTruthy();
      // A summary says it is one, so no reader takes it for the source's words.
      for (const r of d.remit) if (!r.quoted) expect(r.zh, `${d.id} ${r.id}`).toMatch(/摘要/);
    }
  });

  it('gives the bodies added for recognition alone no remit terms, so they never own a measure by inference', () => {
    for (const id of ['department:nda', 'department:caea', 'department:mii', 'department:setc'])
      expect(
        registry()
          .find((d) => d.id === id)
          ?.remit.flatMap((r) => r.terms),
      ).toEqual([]);
  });
});
