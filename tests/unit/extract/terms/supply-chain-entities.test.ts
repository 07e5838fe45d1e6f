// Parts and materials of supply-chain features, written as such features write them: raw materials of
// reagents after 原材料包括, parts after 零部件则有 or 关键零部件如, parts whose last character the
// segmenter cuts off (加样|针, 反应|杯), agents named by 剂, materials named alone in a sentence about
// what things are made of (液氦, 碘化铯, MP35N), and lists that end in a count or run into a clause.
import { describe, expect, it } from 'vitest';
import { materialName, standaloneMaterial } from '../../../../server/extract/terms/material-names';
import { contextOf } from '../seed-data';

/** `Label name` of every term graphed (confidence 0.6 or more). */
const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

describe('lists a supply-chain feature calls parts or raw materials', () => {
  it('reads the raw materials of reagents after 原材料包括, every member a material', () => {
    const t = terms('上游原材料包括丙烯酸酯单体、交联剂、引发剂、紫外吸收剂和黏弹剂，关键设备依赖进口。');
    for (const n of ['丙烯酸酯单体', '交联剂', '引发剂', '紫外吸收剂', '黏弹剂'])
      expect(t).toContain(`Material ${n}`);
  });

  it('reads parts after 零部件则有 and 关键零部件如, one-character part nouns kept in the name', () => {
    const t = terms(
      '上游为原材料和零部件供应商，零部件则有精密柱塞泵、电磁阀、加样针、温控模块和条码扫描器。',
    );
    for (const n of ['精密柱塞泵', '电磁阀', '加样针', '条码扫描器']) expect(t).toContain(`Component ${n}`);
    const u = terms('关键零部件如加样针、反应杯、孵育盘、清洗站和试剂仓，国产化率不足三成。');
    for (const n of ['加样针', '反应杯', '孵育盘', '清洗站', '试剂仓']) expect(u).toContain(`Component ${n}`);
    expect(u.join()).not.toMatch(/Component 加样(?!针)/);
  });

  it('reads a specific head alone or with one character in a parts list, not a class or a fragment', () => {
    const t = terms(
      '呼吸机的关键零部件包括涡轮、比例阀、流量传感器、氧电池和呼气阀。国产麻醉机需要的风箱、蒸发器等核心部件仍靠进口。',
    );
    for (const n of ['涡轮', '氧电池', '风箱', '蒸发器']) expect(t).toContain(`Component ${n}`);
    const broad = terms('上游为零部件，包括传感器、芯片和系统等。');
    for (const n of ['传感器', '芯片', '系统']) expect(broad).not.toContain(`Component ${n}`);
    expect(terms('提升呼吸机涡轮风机、ECMO氧合器等关键部件的自主供给能力。')).not.toContain('Component 风机');
  });

  it('reads parts after 核心部件有, not the count or the clause after the list', () => {
    const t = terms('麻醉机的核心部件有蒸发器、二氧化碳吸收罐、APL阀和风箱，蒸发器决定了输出浓度的精度。');
    for (const n of ['蒸发器', '二氧化碳吸收罐', 'APL阀', '风箱']) expect(t).toContain(`Component ${n}`);
    expect(t.join()).not.toMatch(/决定|精度/);
  });

  it('ends a material list at its count and at a clause after a comma', () => {
    const t = terms('绝缘层的材料主要有硅橡胶和聚氨酯两类，硅橡胶生物稳定性好，聚氨酯则更薄更耐磨。');
    expect(t).toContain('Material 硅橡胶');
    expect(t).toContain('Material 聚氨酯');
    expect(t.join()).not.toMatch(/两类|稳定性|耐磨/);
  });
});

describe('raw materials of reagents', () => {
  it('reads what a reagent is made of as materials, not parts', () => {
    const t = terms('化学发光试剂主要由抗原、抗体、标记物和磁微粒组成，其中抗原、抗体决定灵敏度。');
    for (const n of ['抗原', '抗体', '磁微粒']) expect(t).toContain(`Material ${n}`);
    expect(t.join()).not.toMatch(/Component/);
  });

  it('labels beads, microspheres and controls in any list, antibodies only where the text says so', () => {
    const t = terms('常用的有乳胶微球、羧基磁珠和荧光微球等。');
    for (const n of ['乳胶微球', '羧基磁珠', '荧光微球']) expect(t).toContain(`Material ${n}`);
    expect(terms('获批的有单克隆抗体、双特异性抗体和融合蛋白。').join()).not.toMatch(/抗体/);
  });

  it('starts a new list at a class after a comma, and splits 抗原抗体', () => {
    const t = terms('活性原料包括抗原、抗体和诊断酶，非活性原料则有磁微粒、发光底物和封闭剂。');
    for (const n of ['诊断酶', '磁微粒', '发光底物', '封闭剂']) expect(t).toContain(`Material ${n}`);
    expect(t).not.toContain('Material 非活性原料');
    const u = terms('体外诊断设备以基因测序仪为重点，带动诊断酶、抗原抗体、磁珠等原料攻关。');
    for (const n of ['抗原', '抗体', '磁珠']) expect(u).toContain(`Material ${n}`);
    expect(u).not.toContain('Material 抗原抗体');
  });
});

describe('what a thing holds, and lists led by a class with users before members', () => {
  it('reads 内装有, 上还集成了 and 上通常有 after a part named before, up to a colon', () => {
    const t = terms(
      '加速器主要由电子枪、加速管、治疗头和机架等组成。治疗头内装有钨靶、初级准直器、均整器和多叶准直器，射线经它们塑形。' +
        '机架上还集成了电子射野影像装置和锥形束CT。探针上通常有工作电极、参比电极和对电极：工作电极多以铂作导电层。',
    );
    for (const n of ['钨靶', '初级准直器', '均整器', '多叶准直器', '电子射野影像装置', '锥形束CT', '对电极'])
      expect(t).toContain(`Component ${n}`);
    expect(t.join()).not.toMatch(/对电极：|工作电极多|铂作/);
  });

  it('reads layers and parts in their order (依次为, 依次是), not steps of a process', () => {
    const t = terms(
      '起搏导线从内到外依次为导体线圈、内绝缘层、外绝缘层和电极。探头由前到后依次是匹配层、压电晶片和背衬层。工作流程依次为采样、加样和检测。',
    );
    for (const n of ['内绝缘层', '外绝缘层', '匹配层', '压电晶片', '背衬层'])
      expect(t).toContain(`Component ${n}`);
    expect(t.join()).not.toMatch(/采样|检测/);
  });

  it('keeps a list member to its last line (a table title over its header row)', () => {
    const t = terms('表1 呼吸机主要零部件及供应商\n零部件 | 功能 | 主要供应商\n涡轮风机 | 提供气源\n');
    expect(t.join()).not.toMatch(/供应商零部件/);
  });

  it('leaves a user and 用 out of a member of a class-led list, and reads 医用级 as a grade', () => {
    const t = terms(
      '核心部件：呼吸机用涡轮风机和比例阀。关键材料：医用级聚醚醚酮、聚乳酸、3D打印用钛合金粉末，体外诊断用抗原、抗体和酶原料。',
    );
    for (const n of ['Component 涡轮风机', 'Material 医用级聚醚醚酮', 'Material 钛合金粉末', 'Material 抗原'])
      expect(t).toContain(n);
    expect(t).not.toContain('Material 级聚醚醚酮');
    expect(t.join()).not.toMatch(/呼吸机用|打印用/);
  });
});

describe('materials named alone', () => {
  it('knows agents, oxysulfides, oxides of several metals and superconducting wires', () => {
    for (const n of ['交联剂', '紫外吸收剂', '硫氧化钆', '铟镓锌氧化物', '铌钛线', '非晶硒', '无氧铜'])
      expect(materialName(n), n).toBe(true);
    for (const n of ['制剂', '药剂', '试剂', '针剂', '抗凝剂', '造影剂'])
      expect(materialName(n), n).toBe(false);
  });

  it('knows alloys by grade and by symbols, and metals side by side only without a clause', () => {
    for (const n of ['AZ31', 'WE43', 'Mg-Zn-Ca', 'Ti-6Al-4V', 'TC4', '铌钛超导线', '镍钛', '钴铬钼'])
      expect(materialName(n), n).toBe(true);
    for (const n of ['铂铬合金制成', '铂铱合金制造', 'PET-CT', 'CT']) expect(materialName(n), n).toBe(false);
  });

  it('takes only strict shapes alone: no analyte, drug or bare ending', () => {
    for (const n of ['液氦', '碘化铯', '氮化钛', 'MP35N', 'PEEK', '硅橡胶', '聚氨酯', '316L不锈钢', '活性炭'])
      expect(standaloneMaterial(n), n).toBe(true);
    for (const n of ['胆固醇', '甘油三酯', '多巴胺', 'C反应蛋白', '叶酸', '玻璃', '纤维', '凝胶'])
      expect(standaloneMaterial(n), n).toBe(false);
  });

  it('knows superconductors: intermetallics, high-temperature tapes', () => {
    const t = terms(
      '更高场强的磁体则采用铌三锡线材，高温超导方面YBCO带材仍处于研发阶段，铌三锡的脆性是主要难点。',
    );
    for (const n of ['铌三锡', 'YBCO带材']) expect(t).toContain(`Material ${n}`);
  });

  it('reads the rows of a table or list of materials with the block they head', () => {
    const t = terms(
      '绝缘层常用材料对比：\n硅橡胶：柔软、耐久，但较厚\n聚氨酯：薄、耐磨，但可能发生氧化降解\n',
    );
    expect(t).toContain('Material 硅橡胶');
    expect(t).toContain('Material 聚氨酯');
    expect(terms('近况如下：\n硅橡胶：价格上涨\n')).not.toContain('Material 硅橡胶');
  });

  it('graphs a material named alone in a sentence about what a thing is made of', () => {
    expect(terms('低温系统方面，液氦是维持4.2K低温的冷却介质，磁体浸泡其中。')).not.toContain(
      'Material 液氦',
    );
    expect(terms('磁体线圈浸泡在液氦中，液氦的供应九成依赖进口。')).toContain('Material 液氦');
    expect(terms('导体线圈一般采用多股绕制，材料为MP35N，头端覆盖氮化钛。')).toContain('Material MP35N');
    const t = terms('纯镁在体液中腐蚀过快，缝钉多为钛合金材质，高纯氧化镥长期依赖进口，镁合金材料前景广阔。');
    for (const n of ['纯镁', '钛合金', '氧化镥']) expect(t).toContain(`Material ${n}`);
    expect(t).not.toContain('Material 纯氧化镥');
  });
});
