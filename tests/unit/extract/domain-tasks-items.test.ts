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

// A commission's published budget in Traditional script (dev batch 30): the 採購品目 column holds the class
// of goods, the next column the device's name and, after its colon, the parts it is configured with.
const BUDGET = [
  '| 序號 | 採購單位 | 採購品目 | 設備名稱及主要配置 | 數量 | 預算金額（萬元） |',
  '| 3 | 江西省腫瘤醫院 | 放射治療設備 | 醫用直線加速器：配置多葉準直器、錐形束CT和六維治療牀 | 1台 | 3,200.00 |',
  '| 4 | 江西省腫瘤醫院 | 醫用X射線設備 | 數字減影血管造影系統（DSA）：配置動態平板探測器、X射線球管和C形臂 | 1台 | 1,150.00 |',
].join('\n');

describe('a column of a device’s name and configuration', () => {
  it('pairs only the name before the colon with the row’s item (on the Simplified view the rules read)', () => {
    const view = [
      '| 序号 | 采购单位 | 采购品目 | 设备名称及主要配置 | 数量 |',
      '| 1 | 江西省人民医院 | 医用X射线设备 | 256排CT：配置液态金属轴承X射线球管、宽体探测器 | 1台 |',
    ].join('\n');
    expect(fieldColumnRows(view).map((r) => [r.name, r.field].map(([a, b]) => view.slice(a, b)))).toEqual([
      ['256排CT', '医用X射线设备'],
    ]);
  });

  it('puts the device, not its configured parts, in the item’s field', () => {
    const { links } = fieldsOf(BUDGET);
    expect(links).toEqual(
      expect.arrayContaining(['医用直线加速器 -> 放射治疗设备', '数字减影血管造影系统 -> 医用X射线设备']),
    );
    expect(links.filter((l) => /锥形束CT|平板探测器|球管/.test(l))).toEqual([]);
  });
});
