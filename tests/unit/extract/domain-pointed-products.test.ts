// `该产品属于X` in an approval's entry: the product the entry's heading names belongs to the field X, as a
// device named before 属于 would. Entries of an approvals notice (d26).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const ENTRY = [
  '国家药监局批准5个创新医疗器械产品上市',
  '',
  '一、光子计数能谱CT',
  '产品名称：光子计数能谱X射线计算机体层摄影设备',
  '结构及组成：该产品由扫描架、X射线管组件、高压发生器、碲化镉光子计数探测器、患者支架和图像处理工作站组成。',
  '创新点：该产品属于高端医学影像设备，探测器采用碲化镉半导体晶体将X射线光子直接转换为电信号。',
  '',
  '上述产品均为我国自主研发的创新医疗器械。其中，光子计数能谱CT的探测器晶体实现了国产化。',
].join('\n');

describe('the product an entry points at, said to belong to a field', () => {
  it('puts the heading thing in the field after 该产品属于', () => {
    expect(fieldsOf(ENTRY).links).toContain('光子计数能谱CT -> 高端医学影像设备');
  });

  it('reads nothing without a heading that names one thing', () => {
    const r = fieldsOf(
      '近日，国家药品监督管理局批准了光子计数能谱CT的注册申请。该产品属于高端医学影像设备，一次扫描即可区分4个能量阈值。',
    );
    expect(r.links.filter((l) => l.endsWith('-> 高端医学影像设备'))).toEqual([]);
  });
});
