import { describe, expect, it } from 'vitest';
import { pinyinForms } from '../../../server/load/pinyin-forms';

describe('pinyinForms', () => {
  it('gives toneless joined pinyin and initials for a Chinese name', () => {
    expect(pinyinForms('中空纤维膜', [])).toEqual({ pinyin: ['zhongkongxianweimo'], initials: ['zkxwm'] });
  });

  it('covers the aliases too, keeping Latin letters of mixed names in lower case', () => {
    expect(pinyinForms('体外膜肺氧合机', ['CT球管'])).toEqual({
      pinyin: ['tiwaimofeiyangheji', 'ctqiuguan'],
      initials: ['twmfyhj', 'ctqg'],
    });
  });

  it('skips names without Chinese characters, which are searchable as they are', () => {
    expect(pinyinForms('体外膜肺氧合机', ['ECMO'])).toEqual({
      pinyin: ['tiwaimofeiyangheji'],
      initials: ['twmfyhj'],
    });
  });

  it('drops duplicate forms', () => {
    expect(pinyinForms('透析膜', ['透析膜']).pinyin).toEqual(['touximo']);
  });
});
