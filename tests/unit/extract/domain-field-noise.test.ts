// Phrases that the field readings (rules/domain-fields.ts) must not take for fields: a device listed
// before `等…领域`, and a clause (subject, verb, object) standing as a member of a list of classes.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

/** Names of the Domains the text mentions. */
const domainsOf = (text: string): string[] =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 },
        text,
      },
    ],
    curated(),
  )
    .graph.nodes.filter((n) => n.label === 'Domain' && n.mentions.length > 0)
    .map((n) => n.name);

describe('fields that are none', () => {
  it('reads 监护仪 of 在超声仪、X线机、监护仪等中端产品领域 as equipment of the field, not as a field', () => {
    const domains = domainsOf('国产企业在超声仪、X线机、监护仪等中端产品领域已具备较强竞争力。');
    expect(domains).not.toContain('监护仪');
    expect(domains).not.toContain('超声仪');
  });

  it('still reads 检测仪器 of 制药装备与检测仪器等领域 as a field (a class noun, not a device)', () => {
    expect(domainsOf('重点发展体外诊断、智能光电诊疗、制药装备与检测仪器等领域。')).toContain('检测仪器');
  });

  it('reads no field 用于医用耗材 in 医用高分子材料主要用于医用耗材和植入物等医疗器械生产', () => {
    const domains = domainsOf('医用高分子材料主要用于医用耗材和植入物等医疗器械生产。');
    expect(domains.filter((d) => d.includes('用于'))).toEqual([]);
  });
});
