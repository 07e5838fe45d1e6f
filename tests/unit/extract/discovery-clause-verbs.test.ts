// A verb of one character right after a whole thing's name (`插管分动脉插管和静脉插管`, `一块触摸屏加主控板`) is a
// clause's, no word of the next name; a prototype (`工程样机`, `教学样机`) is no kind of machine.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('discoverTerms: a one-character verb after a thing', () => {
  it('reads 动脉插管 in 插管分动脉插管和静脉插管, not 插管分动脉插管', () => {
    const found = terms('不普通。插管分动脉插管和静脉插管，管壁里埋了不锈钢丝做加强，外面是聚氨酯。');
    expect(found).toContain('动脉插管');
    expect(found).not.toContain('插管分动脉插管');
  });

  it('reads no 触摸屏加主控板 nor 压力传感器测泵', () => {
    const found = terms(
      '控制台就是主机，一块触摸屏加主控板。它连着几种传感器：超声流量传感器卡在管路外面测血流量；压力传感器测泵前泵后和氧合器前后的压力。',
    );
    expect(found).not.toContain('触摸屏加主控板');
    expect(found).not.toContain('压力传感器测泵');
  });
});

describe('discoverTerms: prototypes', () => {
  it('reads no 光子计数CT工程样机 and no 教学样机', () => {
    const found = terms(
      '重点发展3.0T及以上超导磁共振成像系统、256排及以上宽体CT，加快光子计数CT工程样机研制。文中提及的设备为教学样机。',
    );
    expect(found).not.toContain('光子计数CT工程样机');
    expect(found).not.toContain('教学样机');
  });
});
