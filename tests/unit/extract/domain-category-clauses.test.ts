// A later clause that opens with another category's products (`，生命支持类主要产品为A、B`) lists that
// category's things, not the things of the field whose products the sentence listed first.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('a field of an annual report followed by another category', () => {
  it('keeps the products of the next category out of the first field', () => {
    for (const text of [
      '医学影像领域的主要产品为CT、MRI和超声，生命支持类主要产品为呼吸机、监护仪。',
      '医学影像领域的主要产品为CT、MRI和超声，生命支持类产品包括呼吸机、监护仪。',
    ]) {
      const { links } = fieldsOf(text);
      expect(links).toContain('计算机断层扫描仪 -> 医学影像');
      expect(links).not.toContain('呼吸机 -> 医学影像');
      expect(links).not.toContain('监护仪 -> 医学影像');
    }
  });
});
