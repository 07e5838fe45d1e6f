// IN_DOMAIN from sentences: a list whose head is a domain, and X领域…A、B.
import { describe, expect, it } from 'vitest';
import { domainLists } from '../../../server/extract/rules/domain-lists';
import { contextOf } from './seed-data';

const links = (text: string): string[] =>
  domainLists(contextOf(text).ctx).map((e) => `${e.source} -> ${e.target} ${e.rule ?? ''}`);

describe('domainLists', () => {
  it('puts the members of 发展A、B等监护与生命支持装备 in that domain', () => {
    expect(links('发展脑损伤监测、颅内血氧监测等监护与生命支持装备。')).toEqual([
      'equipment:nao-sun-shang-jian-ce-zhuang-bei -> domain:monitoring-life-support-equipment text:list-head-domain',
      'equipment:lu-nei-xue-yang-jian-ce-zhuang-bei -> domain:monitoring-life-support-equipment text:list-head-domain',
    ]);
  });

  it('puts the equipment after X领域 in X, up to the end of the clause', () => {
    expect(links('在诊断检验装备领域，重点发展CT、MR等产品。推进呼吸机升级。')).toEqual([
      'equipment:ct -> domain:diagnostic-testing-equipment text:domain-field',
      'equipment:mr -> domain:diagnostic-testing-equipment text:domain-field',
    ]);
  });
});
