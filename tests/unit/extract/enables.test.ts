// ENABLES from enabling verbs with technologies and equipment in one sentence or a domain section.
import { describe, expect, it } from 'vitest';
import { enables } from '../../../server/extract/rules/enables';
import { contextOf } from './seed-data';

describe('enables', () => {
  it('reads 开发融合大数据、人工智能等新技术的中医特色装备 in （四）中医诊疗装备 as AI and big data enabling the equipment and the domain', () => {
    const text =
      '### 三、重点发展领域\n\n**（四）中医诊疗装备。**开发融合大数据、人工智能等新技术的中医特色装备。\n';
    const edges = enables(contextOf(text).ctx).map((e) => `${e.source} ${e.target}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'technology:big-data equipment:tcm-specific-equipment',
        'technology:artificial-intelligence equipment:tcm-specific-equipment',
        'technology:artificial-intelligence domain:tcm-equipment',
      ]),
    );
  });

  it('needs an enabling verb: 推动透析设备、呼吸机等产品的升级换代 has none', () => {
    expect(enables(contextOf('推动透析设备、呼吸机和大数据的升级换代。').ctx)).toEqual([]);
  });
});

describe('enables clauses', () => {
  it('ignores a technology whose clause has no enabling verb: 面向医疗装备与互联网、大数据和人工智能等跨领域协同服务平台，...融合发展', () => {
    const text =
      '支持建设面向高端医疗装备领域的产业技术基础公共服务平台，面向医疗装备与互联网、大数据和人工智能等跨领域协同服务平台，推进创新链、产业链和服务链融合发展。';
    expect(enables(contextOf(text).ctx)).toEqual([]);
  });
});
