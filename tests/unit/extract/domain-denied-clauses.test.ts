// A clause that says a device is absent from a field (`均无布局`, `尚未推出`) states no membership: a
// firm's report of what it lacks in ophthalmology puts no CT in ophthalmology.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('a field whose clause denies its devices', () => {
  it.each([
    ['在眼科领域，公司的CT和监护仪均无布局。', ['计算机断层扫描仪 -> 眼科', '监护仪 -> 眼科']],
    ['在神经领域，公司的监护仪尚未布局。', ['监护仪 -> 神经']],
    ['在医学影像领域，公司暂未推出CT和磁共振产品。', ['计算机断层扫描仪 -> 医学影像']],
  ])('links nothing the clause denies: %s', (text, denied) => {
    const { links } = fieldsOf(text);
    for (const link of denied) expect(links).not.toContain(link);
  });

  it('keeps the devices of the clauses that deny nothing', () => {
    const { links } = fieldsOf('在医学影像领域，国产CT、磁共振成像系统已打破垄断，但PET-CT尚未实现量产。');
    expect(links).toContain('计算机断层扫描仪 -> 医学影像');
    expect(links).toContain('磁共振成像设备 -> 医学影像');
  });
});
