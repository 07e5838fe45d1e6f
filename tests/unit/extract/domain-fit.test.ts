// A class of consumables holds no machine, whichever rule put the two side by side; a class joining
// machines and consumables, and a disposable, keep their members.
import { describe, expect, it } from 'vitest';
import { fieldHolds } from '../../../server/extract/rules/domain-fit';
import { fieldsOf } from './seed-data';

describe('fieldHolds', () => {
  it('keeps machines out of a class of consumables', () => {
    expect(fieldHolds('透析耗材', '血液透析机')).toBe(false);
    expect(fieldHolds('透析耗材', '纺丝设备')).toBe(false);
    expect(fieldHolds('高值医用耗材', '中央监护系统')).toBe(false);
  });

  it('keeps consumables, disposables and classes of both', () => {
    expect(fieldHolds('透析耗材', '透析器')).toBe(true);
    expect(fieldHolds('高值医用耗材', '一次性使用电子内窥镜')).toBe(true);
    expect(fieldHolds('体外循环设备及耗材', '体外循环机')).toBe(true);
    expect(fieldHolds('生命支持设备', '呼吸机')).toBe(true);
  });
});

describe('a paragraph on consumables naming the machines that make or use them', () => {
  it('links the tubes of the paragraph, not the spinning machine or the dialysis machine', () => {
    const r = fieldsOf(
      '　　先看透析耗材。國內已有廠商可自制外殼與血液迴路管路，但紡絲設備與膜材配方掌握在少數外商手中；血液透析機本身的關鍵零組件多向歐美採購，氧氣鼻導管需求穩定。',
    );
    expect(r.fields).toContain('透析耗材');
    expect(r.links).not.toContain('纺丝设备 -> 透析耗材');
    expect(r.links).not.toContain('血液透析机 -> 透析耗材');
  });
});
