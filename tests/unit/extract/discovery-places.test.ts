// Precision of discovery by heads on fresh news and notices of the field: an organisation or a field
// before the head, a body system, and an evaluative word with a bare head name no new thing.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => {
  const { model } = contextOf(text);
  return [...model.discovered, ...model.candidates].map((d) => d.name);
};
const graphed = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label} ${d.name}`);

describe('discoverTerms: where a thing is, not what it is', () => {
  it('reads no 三级医院设备 in 三级医院设备更新与基层医疗机构渗透潜力', () => {
    expect(terms('4.1三级医院设备更新与基层医疗机构渗透潜力').some((t) => t.includes('医院'))).toBe(false);
  });

  it('reads no 生物医用材料领域原材料 in 本批指南重点聚焦生物医用材料领域原材料和前沿创新产品开发', () => {
    const found = terms('本批指南重点聚焦生物医用材料领域原材料和前沿创新产品开发。');
    expect(found.some((t) => t.includes('领域'))).toBe(false);
  });

  it('still reads a term whose modifier is no organisation: 解决医用级基础原材料严重依赖进口', () => {
    expect(terms('然而，由于医用级基础原材料严重依赖进口，前沿创新产品开发不足的问题仍然突出。')).toContain(
      '医用级基础原材料',
    );
  });
});

describe('discoverTerms: body systems and evaluative words', () => {
  it('reads no 肌肉系统 as equipment in 以新型骨骼—肌肉系统、心血管系统材料、植入器械为重点', () => {
    const found = graphed(
      '以新型骨骼—肌肉系统、心血管系统材料、植入器械及高值医用耗材为重点，开发一批新产品。',
    );
    expect(found.some((t) => t.includes('肌肉系统'))).toBe(false);
    expect(found).toContain('Material 心血管系统材料');
    expect(found).toContain('Equipment 植入器械');
  });

  it('reads no 高精尖材料 in 生物材料是用于修复或替换人体组织的高精尖材料', () => {
    expect(terms('生物材料是用于修复或替换人体组织的高精尖材料，其作用药物不可替代。')).not.toContain(
      '高精尖材料',
    );
  });

  it('still reads a named material after an evaluative word: 研制高精尖医用钛合金', () => {
    expect(terms('加快研制高精尖医用钛合金。').some((t) => t.endsWith('钛合金'))).toBe(true);
  });
});
