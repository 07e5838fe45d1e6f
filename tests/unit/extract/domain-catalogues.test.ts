// Fields of a medical-device classification catalogue: coded categories (`08 呼吸、麻醉和急救器械`,
// `08-01 呼吸设备`) and labelled ones (`一级产品类别：…`) are fields; a product class under a category
// (`01 治疗呼吸机`, `二级产品类别：…`) is a product of it, never a field.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../server/extract/structure';
import { equipmentOf, fieldsOf as read } from './seed-data';

const CODED = [
  '附件：医疗器械分类目录（节选）',
  '',
  '08 呼吸、麻醉和急救器械',
  '说明：本子目录包括呼吸、麻醉和急救用的设备和器具。',
  '',
  '08-01 呼吸设备',
  '　01 治疗呼吸机',
  '　　产品描述：通常由主机、空氧混合器、流量传感器、呼吸管路和湿化器组成。',
  '　　品名举例：有创呼吸机、无创呼吸机、转运呼吸机',
  '　　管理类别：Ⅲ',
  '',
  '08-02 麻醉设备',
  '　01 麻醉机',
  '　　产品描述：通常由气源、流量计、蒸发器和呼吸回路组成。',
  '　　品名举例：吸入式麻醉机、便携式麻醉机',
  '　　管理类别：Ⅲ',
].join('\n');

describe('fields of a classification catalogue', () => {
  it('nests an indented product code under its coded category (08 > 08-01 > 01 治疗呼吸机)', () => {
    const paths = parseSections(CODED).map((s) => [s.path, s.catalogue]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['08 呼吸、麻醉和急救器械', 'category'],
        ['08 呼吸、麻醉和急救器械 > 08-01 呼吸设备', 'category'],
        ['08 呼吸、麻醉和急救器械 > 08-01 呼吸设备 > 01 治疗呼吸机', 'product'],
        ['08 呼吸、麻醉和急救器械 > 08-02 麻醉设备 > 01 麻醉机', 'product'],
      ]),
    );
  });

  it('reads coded categories as fields, a joined top one as written (呼吸、麻醉和急救器械)', () => {
    const r = read(CODED);
    expect(r.fields).toEqual(expect.arrayContaining(['呼吸、麻醉和急救器械', '呼吸设备', '麻醉设备']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '有创呼吸机 -> 呼吸设备',
        '吸入式麻醉机 -> 麻醉设备',
        // The product class is in its category and in the one above it.
        '麻醉机 -> 麻醉设备',
        '麻醉机 -> 呼吸、麻醉和急救器械',
      ]),
    );
  });

  it('makes no field of a product class, though it ends in a class noun (　01 血液透析设备)', () => {
    const r = read(
      [
        '10 输血、透析和体外循环器械',
        '',
        '10-02 血液净化设备',
        '　01 血液透析设备',
        '　　产品描述：通常由血泵、超滤泵、电导率传感器和控制系统组成。',
        '　　品名举例：血液透析机、连续性血液净化设备',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['输血、透析和体外循环器械', '血液净化设备']));
    expect(r.fields).not.toContain('血液透析设备');
    expect(r.links).toEqual(expect.arrayContaining(['血液透析机 -> 血液净化设备']));
  });

  it('reads labelled category lines the same way (一级产品类别：X / 二级产品类别：Y)', () => {
    const text = [
      '08 呼吸、麻醉和急救器械',
      '一级产品类别：呼吸设备',
      '二级产品类别：治疗呼吸机',
      '产品描述：通常由主机、空氧混合器、流量传感器和呼吸管路组成。',
      '品名举例：有创呼吸机、无创呼吸机',
      '一级产品类别：麻醉设备',
      '二级产品类别：麻醉机',
      '产品描述：通常由气源、流量计、蒸发器和呼吸回路组成。',
      '品名举例：吸入式麻醉机、便携式麻醉机',
    ].join('\n');
    const paths = parseSections(text).map((s) => [s.path, s.catalogue]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['08 呼吸、麻醉和急救器械 > 一级产品类别：呼吸设备', 'category'],
        ['08 呼吸、麻醉和急救器械 > 一级产品类别：呼吸设备 > 二级产品类别：治疗呼吸机', 'product'],
      ]),
    );
    const r = read(text);
    expect(r.fields).toEqual(expect.arrayContaining(['呼吸设备', '麻醉设备']));
    expect(r.links).toEqual(expect.arrayContaining(['有创呼吸机 -> 呼吸设备', '吸入式麻醉机 -> 麻醉设备']));
  });

  it('keeps a plan’s decimal heads as they were (4.1 重点发展三类产品 is no catalogue code)', () => {
    const sections = parseSections('4 重点任务\n4.1 重点发展三类产品\n推进CT和超声诊断设备。\n');
    expect(sections.map((s) => [s.path, s.catalogue])).toEqual([
      ['卷首', undefined],
      ['4 重点任务', undefined],
      ['4 重点任务 > 4.1 重点发展三类产品', undefined],
    ]);
  });
});

describe('a category the lexicon names as equipment', () => {
  it('reads 06-14 医用内窥镜 over 01 电子内窥镜 as a field holding the products named under it', () => {
    const r = read(
      [
        '06 医用成像器械',
        '说明：本子目录包括X射线、超声、磁共振等成像原理的诊断器械。',
        '',
        '06-14 医用内窥镜',
        '　01 电子内窥镜',
        '　　产品描述：通常由插入部、操作部和连接部组成，插入部前端装有CMOS图像传感器和LED光源。',
        '　　品名举例：电子胃肠内窥镜、电子支气管内窥镜、电子腹腔镜',
        '　　管理类别：Ⅱ',
      ].join('\n'),
    );
    expect(r.fields).toContain('医用内窥镜');
    expect(r.links).toEqual(
      expect.arrayContaining(['电子胃肠内窥镜 -> 医用内窥镜', '电子支气管内窥镜 -> 医用内窥镜']),
    );
  });
});

describe('a record written as labelled lines (品名举例：A、B over 管理类别：Ⅱ)', () => {
  const ENTRIES = [
    '06 医用成像器械',
    '',
    '06-01 X射线诊断设备',
    '　01 摄影X射线机',
    '　　产品描述：通常由高压发生器、X射线管组件、限束器、平板探测器、患者支撑装置和图像处理软件组成。',
    '　　品名举例：数字化X射线摄影系统（DR）、移动式数字化X射线摄影系统',
    '　　管理类别：Ⅱ',
    '　02 X射线计算机体层摄影设备',
    '　　产品描述：通常由扫描架、X射线管组件、高压发生器、准直器、CT探测器、检查床和图像重建系统组成。',
    '　　品名举例：X射线计算机体层摄影设备（CT）、移动式CT',
    '　　管理类别：Ⅲ',
  ].join('\n');

  it('ends the examples at their line: the last one is a device of the field, not run into 管理类别', () => {
    const r = read(ENTRIES);
    expect(r.links.map((l) => l.toLowerCase())).toContain('移动式数字化x射线摄影系统 -> x射线诊断设备');
  });

  it('reads the first example after the label whole, a device’s word inside it no cut (X射线计算机体层摄影设备)', () => {
    const { names } = equipmentOf(ENTRIES);
    expect(names).toContain('X射线计算机体层摄影设备');
    expect(names).not.toContain('体层摄影设备');
    expect(names).not.toContain('X射线计算机');
  });
});

describe('a catalogue table whose class cells are merged over the rows below', () => {
  const TABLE = [
    '| 序号 | 一级产品类别 | 二级产品类别 | 产品描述 | 预期用途 | 品名举例 | 管理类别 |',
    '|---|---|---|---|---|---|---|',
    '| 01 | 呼吸设备 | 01 治疗呼吸机 | 通常由气源部分（涡轮风机或空氧混合器）、呼吸回路、流量传感器、压力传感器、 | 用于对呼吸功能不全的患者进行 | 治疗呼吸机、重症呼吸机、 | Ⅲ |',
    '| | | | 呼气阀、控制系统和监测报警系统组成。 | 通气支持或通气治疗。 | 新生儿呼吸机、高频振荡呼吸机 | |',
    '| 03 | 急救设备 | 01 体外除颤设备 | 通常由主机、除颤电极（电极板或一次性使用电极片）、高压充放电电路、 | 用于对心室颤动等心律失常患者 | 体外除颤器、自动体外除颤器（AED）、 | Ⅲ |',
    '| | | | 心电监测模块和电池组成。高压充放电电路含储能电容器，电极片导电层为导电水凝胶。 | 进行电击除颤。 | 半自动体外除颤器 | |',
    '| | | 02 心肺复苏设备 | 通常由按压装置（活塞式或束带式）、背板、控制单元和电池组成。 | 用于心脏骤停患者的胸外按压。 | 心肺复苏机、心肺复苏仪 | Ⅱ |',
  ].join('\n');

  it('keeps the class of the row above for a row whose class cell is blank', () => {
    const r = read(TABLE);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '新生儿呼吸机 -> 呼吸设备',
        '高频振荡呼吸机 -> 呼吸设备',
        '心肺复苏设备 -> 急救设备',
        '心肺复苏机 -> 急救设备',
      ]),
    );
  });

  it('makes no field of the first written cell of such a row (02 心肺复苏设备 is a product class)', () => {
    const r = read(TABLE);
    expect(r.fields.filter((f) => f.includes('心肺复苏'))).toEqual([]);
    expect(r.links.filter((l) => l.endsWith('心肺复苏设备'))).toEqual([]);
  });
});
