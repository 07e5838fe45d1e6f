// A department's name followed by the name of an institution it runs (研究所, 研究院, 中心) names
// that institution, a body of its own, not the department.
import { describe, expect, it } from 'vitest';
import { departmentForms } from '../../../server/extract/rules/departments-registry';
import { departmentLists } from '../../../server/extract/rules/departments-lists';
import { normalizeTerm } from '../../../server/extract/normalize';
import { curated } from './seed-data';

const ids = (sentence: string) =>
  departmentLists(normalizeTerm(sentence), departmentForms(curated().departments)).flatMap((l) =>
    l.items.map((i) => i.id ?? `?${i.name}`),
  );

describe('a department followed by its institute or unit', () => {
  it('reads no 国家药监局 in 技术审评由国家药监局医疗器械技术审评中心负责 (nmpa2023-innovative-approval-news)', () => {
    expect(ids('技术审评由国家药监局医疗器械技术审评中心负责，审评人员提前介入、专人负责。')).toEqual([]);
  });

  it('keeps the department of the same sentence that is named alone (nmpa2023-innovative-approval-news)', () => {
    expect(ids('此外，国家药监局会同国家卫生健康委员会对创新医疗器械的临床使用情况开展跟踪评价。')).toEqual([
      'department:nmpa',
      'department:nhc',
    ]);
  });

  it('reads no department in a list of units that holds 国家药监局医疗器械技术审评中心 (biomat2022-news)', () => {
    expect(
      ids(
        '中国信息通信研究院、国家药监局医疗器械技术审评中心和中国医疗器械行业协会将在过程管理、平台建设、评估组织和协调等方面提供支撑。',
      ),
    ).toEqual([]);
  });

  it('reads no commission in 国家卫生健康委医院管理研究所 and no ministry in 工业和信息化部电子第五研究所', () => {
    expect(ids('国家卫生健康委医院管理研究所承担评价工作。')).toEqual([]);
    expect(ids('工业和信息化部电子第五研究所开展可靠性测试。')).toEqual([]);
  });

  it('still reads a department whose verb names a centre: 国家卫生健康委指定国家心血管病中心牵头', () => {
    expect(ids('国家卫生健康委指定国家心血管病中心牵头开展质控工作。')).toEqual(['department:nhc']);
  });

  it('still reads a department that 会同 or 和 joins to an institute', () => {
    expect(ids('国家药监局会同中国食品药品检定研究院开展检验。')).toEqual(['department:nmpa']);
  });
});
