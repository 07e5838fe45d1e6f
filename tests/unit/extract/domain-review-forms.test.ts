// Fields as reviews, work reports and company profiles state them: review sections on what a material is
// used in (`## 2 可降解材料在心血管器械中的应用`), branches of medicine called fields (`在骨科领域，`, a
// table under `应用领域`), implants named in lists (`骨钉、接骨板和界面螺钉`), fields listed with their
// products in brackets, an industry's sentence in a work report, and `围绕X，` over a bare field.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('fields of reviews and reports', () => {
  it('reads a review section on what a material is used in as the field of the devices in its body', () => {
    const r = fieldsOf(
      [
        '# 可降解金属与高分子材料研究进展',
        '',
        '## 1 引言',
        '',
        '可降解材料可在完成支撑或固定功能后逐步降解。',
        '',
        '## 2 可降解材料在心血管器械中的应用',
        '',
        '镁合金已被用于制备冠脉支架和可降解封堵器，聚乳酸则主要用于可降解支架。',
        '',
        '## 3 在骨科领域的应用',
        '',
        '聚乳酸和镁合金可用于制造骨钉、接骨板和界面螺钉。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['心血管器械', '骨科']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '可降解封堵器 -> 心血管器械',
        '骨钉 -> 骨科',
        '接骨板 -> 骨科',
        '界面螺钉 -> 骨科',
      ]),
    );
    expect(r.fields).not.toContain('引言');
  });

  it('reads branches of medicine the text calls fields, in sentences and under a header of 应用领域', () => {
    const r = fieldsOf(
      '在心血管领域，可降解镁合金已用于冠脉支架和封堵器；在骨科领域，聚乳酸已用于制造骨钉、骨板和界面螺钉。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['封堵器 -> 心血管', '冠脉支架 -> 心血管', '骨钉 -> 骨科', '骨板 -> 骨科']),
    );
    expect(r.links).not.toContain('冠脉支架 -> 骨科');
    const t = fieldsOf(
      [
        '| 应用领域 | 代表产品 | 主要材料 |',
        '| --- | --- | --- |',
        '| 心血管 | 冠脉支架、封堵器 | 镁合金、聚乳酸 |',
        '| 骨科 | 骨钉、接骨板、界面螺钉 | 聚乳酸 |',
        '| 外科 | 可吸收缝合线、止血夹 | 聚乙醇酸 |',
      ].join('\n'),
    );
    expect(t.links).toEqual(
      expect.arrayContaining([
        '冠脉支架 -> 心血管',
        '接骨板 -> 骨科',
        '可吸收缝合线 -> 外科',
        '止血夹 -> 外科',
      ]),
    );
  });

  it('makes no field of a branch of medicine the text does not call one (骨科方面, a hospital unit)', () => {
    const r = fieldsOf('医院骨科方面，新购置了骨科手术机器人和C形臂X射线机。');
    expect(r.fields).not.toContain('骨科');
  });

  it('keeps implants whole in a list (可吸收螺钉、可吸收骨板和骨修复支架 shares no head)', () => {
    const r = fieldsOf('## 二、骨科领域\n\n可吸收螺钉、可吸收骨板和骨修复支架已进入临床。\n');
    expect(r.links).toEqual(
      expect.arrayContaining(['可吸收螺钉 -> 骨科', '可吸收骨板 -> 骨科', '骨修复支架 -> 骨科']),
    );
    expect(r.links.join()).not.toMatch(/螺钉支架|骨板支架/);
  });

  it('reads a list of bare fields each with its products in brackets', () => {
    const r = fieldsOf(
      '该企业产品覆盖医学影像（CT、DR、超声诊断仪）、体外诊断（化学发光免疫分析仪）和生命支持（呼吸机、监护仪）三大领域。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['DR -> 医学影像', '呼吸机 -> 生命支持', '监护仪 -> 生命支持']),
    );
    expect(r.links.some((l) => l.startsWith('化学发光免疫分析仪 -> 体外诊断'))).toBe(true);
    expect(r.fields.join()).not.toMatch(/企业/);
  });

  it('reads the class of an industry opening a work report sentence, not one named with its place', () => {
    const r = fieldsOf(
      '医用耗材产业持续壮大，一次性注射器、输液器和医用导管产量居全省首位。康复器械产业加快布局，外骨骼机器人、智能轮椅投放市场。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['输液器 -> 医用耗材', '一次性注射器 -> 医用耗材', '外骨骼机器人 -> 康复器械']),
    );
    expect(r.links).not.toContain('外骨骼机器人 -> 医用耗材');
    const p = fieldsOf('我市医用耗材产业持续壮大，一次性注射器、输液器和医用导管产量居全省首位。');
    expect(p.fields.join()).not.toMatch(/我市/);
  });

  it('reads 围绕 before a bare field, not before a need or a chain', () => {
    const r = fieldsOf(
      '围绕高端医学影像，支持企业攻关光子计数CT、PET/MR；围绕植介入器械，发展人工心脏瓣膜和心室辅助装置。',
    );
    expect(r.links).toEqual(expect.arrayContaining(['光子计数CT -> 高端医学影像', 'PET/MR -> 高端医学影像']));
    const n = fieldsOf('围绕临床诊断需求，支持企业攻关光子计数CT、PET/MR。');
    expect(n.fields).toEqual([]);
  });
});

describe('fields a company or a chain map states with their products', () => {
  it('reads X类产品包括 and X类主要产品为 as the field named before, also when its name holds a verb', () => {
    const r = fieldsOf(
      '集团产品线分为生命支持、医学影像两大板块。生命支持类主要产品为呼吸机、麻醉机和监护仪；医学影像类产品包括CT和超声诊断仪。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['呼吸机 -> 生命支持', '监护仪 -> 生命支持', '超声诊断仪 -> 医学影像']),
    );
    expect(r.fields.join()).not.toMatch(/类/);
  });

  it('reads 领域的代表产品包括, 领域的主要产品为, 领域以A、B为主 and N大类 lists of fields', () => {
    expect(fieldsOf('康复器械领域的主要产品为外骨骼机器人和康复训练机器人。').links).toEqual(
      expect.arrayContaining(['外骨骼机器人 -> 康复器械', '康复训练机器人 -> 康复器械']),
    );
    expect(fieldsOf('手术机器人领域的典型产品有腔镜手术机器人、骨科手术机器人。').links).toContain(
      '腔镜手术机器人 -> 手术机器人',
    );
    const r = fieldsOf(
      '体外诊断可分为生化诊断、免疫诊断和分子诊断三大类。生化诊断领域的核心设备是全自动生化分析仪；免疫诊断领域以化学发光免疫分析仪为主。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['生化诊断', '免疫诊断', '分子诊断']));
    expect(r.links).toEqual(
      expect.arrayContaining(['全自动生化分析仪 -> 生化诊断', '化学发光免疫分析仪 -> 免疫诊断']),
    );
    expect(r.links).not.toContain('化学发光免疫分析仪 -> 生化诊断');
  });

  it('reads no products of a field from a description of it (领域的龙头企业, 领域最重要的设备)', () => {
    const r = fieldsOf('医学影像领域的龙头企业包括联影和东软，医学影像领域最重要的设备是CT。');
    expect(r.links).toEqual([]);
  });
});

describe('tables whose columns are fields', () => {
  it('puts the devices under each header cell in that field, and makes no field of a device heading a row', () => {
    const r = fieldsOf(
      [
        '| 医学影像装备 | 体外诊断装备 | 治疗装备 |',
        '| --- | --- | --- |',
        '| 光子计数CT | 化学发光免疫分析仪 | 呼吸机 |',
        '| 彩色超声诊断仪 | 基因测序仪 | 体外膜肺氧合系统 |',
      ].join('\n'),
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 医学影像装备',
        '彩色超声诊断仪 -> 医学影像装备',
        '化学发光免疫分析仪 -> 体外诊断装备',
        '体外膜肺氧合系统 -> 治疗装备',
      ]),
    );
    expect(r.fields).not.toContain('彩色超声诊断仪');
    expect(r.links).not.toContain('呼吸机 -> 医学影像装备');
    const t = fieldsOf('医学影像\t体外诊断\t康复器械\n光子计数CT\t基因测序仪\t外骨骼机器人\n');
    expect(t.links).toEqual(
      expect.arrayContaining(['计算机断层扫描仪 -> 医学影像', '外骨骼机器人 -> 康复器械']),
    );
  });
});
