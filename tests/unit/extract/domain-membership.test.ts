// IN_DOMAIN from domain paragraphs and domain-headed box lines.
import { describe, expect, it } from 'vitest';
import { domainMembership } from '../../../server/extract/rules/domain-membership';
import { seedResult } from './seed-data';
import { contextOf } from './seed-data';

describe('domainMembership', () => {
  it('puts ECMO in 监护与生命支持装备 from ——监护与生命支持装备。攻关体外膜肺氧合机（ECMO）、人工器官...', () => {
    const text =
      '### 三、重点发展领域\n\n#### 专栏 1 医疗装备创新能力建设\n\n——监护与生命支持装备。攻关体外膜肺氧合机（ECMO）、人工器官，支持有创呼吸机等产品迭代创新。\n';
    const edges = domainMembership(contextOf(text).ctx);
    const ecmo = edges.find((e) => e.source === 'equipment:ecmo');
    expect(ecmo?.target).toBe('domain:monitoring-life-support-equipment');
    expect(ecmo?.evidence[0]?.quote).toBe(
      '监护与生命支持装备。攻关体外膜肺氧合机（ECMO）、人工器官，支持有创呼吸机等产品迭代创新。',
    );
  });

  it('puts 透析设备 and 呼吸机 in the domain of the paragraph **（三）监护与生命支持装备。**...推动透析设备、呼吸机等产品的升级换代', () => {
    const edges = seedResult()
      .graph.edges.filter(
        (e) => e.type === 'IN_DOMAIN' && e.target === 'domain:monitoring-life-support-equipment',
      )
      .map((e) => e.source);
    expect(edges).toEqual(
      expect.arrayContaining(['equipment:dialysis-equipment', 'equipment:ventilator', 'equipment:ecmo']),
    );
  });

  it('puts CT in 诊断检验装备 through the gloss of 双能 X 射线 CT（电子计算机断层扫描）', () => {
    const e = seedResult().graph.edges.find(
      (x) =>
        x.type === 'IN_DOMAIN' &&
        x.source === 'equipment:ct' &&
        x.target === 'domain:diagnostic-testing-equipment',
    );
    expect(e?.evidence[0]?.quote).toContain('双能 X 射线 CT（电子计算机断层扫描）');
  });
});
