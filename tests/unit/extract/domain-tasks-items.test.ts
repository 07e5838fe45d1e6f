// Fields named by a task heading on a field (`（一）补齐医学影像装备短板。`, `（二）做大体外诊断产业。`) and by
// a tender's item column (`品目`).
import { describe, expect, it } from 'vitest';
import { fieldColumnRows } from '../../../server/extract/rules/domain-columns';
import { taskField } from '../../../server/extract/terms/heading-domains';
import { fieldsOf } from './seed-data';

// A provincial sign-off of tasks (dev batch 23): each task heading names the field it works on.
const TASKS = [
  '二、重点任务',
  '（一）补齐医学影像装备短板。重点发展128排CT、1.5T超导磁共振成像系统和DSA，支持长沙建设CT球管和高压发生器生产线。',
  '（二）做大体外诊断产业。发展化学发光免疫分析仪、全自动血细胞分析仪和核酸检测仪，推动诊断试剂原料本地化生产。',
].join('\n');

describe('a task heading on a field', () => {
  it('reads the field between the task’s verb and what it makes up for or grows (短板, 产业)', () => {
    expect(taskField('补齐医学影像装备短板')).toEqual({ at: 2, name: '医学影像装备' });
    // A bare name only when asked, and then the caller checks it is a field's name.
    expect(taskField('做大体外诊断产业')).toBeUndefined();
    expect(taskField('做大体外诊断产业', true)).toEqual({ at: 2, name: '体外诊断' });
  });

  it('puts the equipment of the task’s section in its field; a bare name only when it is a curated field', () => {
    const { links } = fieldsOf(TASKS);
    expect(links).toEqual(
      expect.arrayContaining([
        'DSA -> 医学影像装备',
        '全自动血细胞分析仪 -> 体外诊断产品',
        '核酸检测仪 -> 体外诊断产品',
      ]),
    );
    expect(
      fieldsOf('（二）做大园区产业。发展化学发光免疫分析仪、全自动血细胞分析仪和核酸检测仪。').fields,
    ).toEqual([]);
  });
});

// A hospital's tender (dev batch 26): the 品目 column holds the class of goods each lot buys.
const TENDER = [
  '预算表：',
  '包号｜品目｜采购内容｜数量｜预算金额（万元）',
  '1｜医用X射线设备｜256排螺旋CT｜1台｜1680',
  '2｜医用磁共振设备｜3.0T超导磁共振成像系统｜1台｜2150',
  '3｜医用X射线设备｜数字减影血管造影系统（DSA）｜1台｜860',
  '4｜临床检验设备｜全自动化学发光免疫分析仪｜2台｜356',
  '合计：5064万元',
].join('\n');

describe('a tender’s item column', () => {
  it('pairs what each lot buys with its item', () => {
    expect(fieldColumnRows(TENDER).map((r) => [r.name, r.field].map(([a, b]) => TENDER.slice(a, b)))).toEqual(
      [
        ['256排螺旋CT', '医用X射线设备'],
        ['3.0T超导磁共振成像系统', '医用磁共振设备'],
        ['数字减影血管造影系统（DSA）', '医用X射线设备'],
        ['全自动化学发光免疫分析仪', '临床检验设备'],
      ],
    );
  });

  it('makes each item a field of the things bought under it', () => {
    const { fields, links } = fieldsOf(TENDER);
    expect(fields).toEqual(expect.arrayContaining(['医用X射线设备', '医用磁共振设备', '临床检验设备']));
    expect(links).toEqual(
      expect.arrayContaining([
        '数字减影血管造影系统 -> 医用X射线设备',
        '全自动化学发光免疫分析仪 -> 临床检验设备',
      ]),
    );
  });
});
