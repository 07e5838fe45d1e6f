// By-lines of real news and forum pages are told apart from the sentences around them.
import { describe, expect, it } from 'vitest';
import { isByline } from '../../../server/extract/bylines';

describe('isByline', () => {
  it.each([
    '发布时间:2022-12-26  来源:中国医药报  ',
    '时间:2021-12-28 10:29:12 来源:中国证券报·中证网 发布者:DN032',
    '楼主   帖子创建时间:  2022-01-05 17:07 回复:0 关注量:1',
    '来源：互联网',
    '记者 张三 李四',
    '（责任编辑：王蕾）',
    '【来源：工业和信息化部网站】',
    '资料来源:观研天下数据中心整理',
    '数据来源：国家药监局，某证券研究所整理',
    '图源:医院官网',
  ])('takes %s for a by-line', (line) => {
    expect(isByline(line)).toBe(true);
  });

  it.each([
    '据悉,工业和信息化部、国家卫生健康委等10部门于12月28日联合印发《“十四五”医疗装备产业发展规划》。',
    '来源广泛的生物医用材料是医疗器械产业的基础。',
    '两部门联合开展生物医用材料创新任务揭榜挂帅工作',
    '时间紧、任务重：各地要加快推进。',
  ])('keeps %s as content', (line) => {
    expect(isByline(line)).toBe(false);
  });
});
