// A subcatalogue of the classification catalogue named with its code (`——子目录12 有源植入器械`) is the
// catalogue's top category over its labelled blocks; a clause that puts things outside it (`按07…管理`,
// `不在本子目录列出`, a page's `上一篇：`/`下一篇：` links) puts none of them in it.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

const EXCERPT = [
  '医疗器械分类目录（节选）',
  '——子目录12　有源植入器械',
  '',
  '【阅读说明】本子目录包括心脏节律管理设备、辅助循环装置等一级产品类别；植入式心电事件记录设备等按07医用诊察和监护器械管理，心脏起搏器程控仪等体外设备不在本子目录列出。',
  '',
  '条目1',
  '一级产品类别：心脏节律管理设备',
  '二级产品类别：植入式心脏起搏器',
  '品名举例：植入式心脏起搏器、植入式双腔心脏起搏器',
  '条目2',
  '一级产品类别：辅助循环装置',
  '二级产品类别：植入式心室辅助装置',
  '品名举例：植入式磁悬浮左心室辅助装置',
  '（上一篇：11 医疗器械消毒灭菌器械　　下一篇：13 无源植入器械）',
].join('\n');

describe('subcatalogues named with their code', () => {
  it('reads ——子目录12　X as the coded top category over the labelled categories', () => {
    const paths = parseSections(EXCERPT).map((s) => s.path);
    expect(paths).toContain('12 有源植入器械 > 一级产品类别：心脏节律管理设备');
  });

  it('puts the products of its categories in the subcatalogue, and nothing a clause puts elsewhere', () => {
    const r = fieldsOf(EXCERPT);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '植入式心脏起搏器 -> 有源植入器械',
        '植入式磁悬浮左心室辅助装置 -> 有源植入器械',
        '植入式双腔心脏起搏器 -> 心脏节律管理设备',
      ]),
    );
    const inSubcatalogue = r.links
      .filter((l) => l.endsWith('-> 有源植入器械'))
      .map((l) => l.split(' -> ')[0]);
    for (const outside of [
      '植入式心电事件记录设备',
      '心脏起搏器程控仪',
      '无源植入器械',
      '医疗器械消毒灭菌器械',
    ])
      expect(inSubcatalogue).not.toContain(outside);
  });
});
