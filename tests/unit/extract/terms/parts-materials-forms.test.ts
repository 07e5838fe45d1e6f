// Parts and materials as industry features, reports and prospectuses write them beyond the forms
// pinned elsewhere: a class of parts before 为/是 and a list, a count that closes a list (`四大类`),
// a whole named by a word the segmenter tags a verb (`超声探头`, `整机`), layers in their order, circuits
// and converters, polymers with their grade, carbons, components named by what they are made into, tool
// enzymes of reagents, and subjects that are no parts (`前者`, `高端产品开始`).
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

/** `Label name` of every term graphed (confidence 0.6 or more). */
const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

describe('lists of parts', () => {
  it('reads a class of parts before 为 and two or more members, a bare class completed with its user', () => {
    const t = terms('CT的三大核心部件为X射线球管、高压发生器和探测器，合计约占整机成本的一半以上。');
    for (const n of ['X射线球管', '高压发生器', 'CT探测器']) expect(t).toContain(`Component ${n}`);
    expect(t.join()).not.toMatch(/合计|成本/);
  });

  it('ends a class-led list at a 等 without a class, so the clause after it names nothing', () => {
    const t = terms(
      '呼吸机的核心部件主要有涡轮风机、比例电磁阀、氧浓度传感器以及主控板等，上述部件占整机成本的六成以上。',
    );
    for (const n of ['涡轮风机', '比例电磁阀', '氧浓度传感器', '主控板'])
      expect(t).toContain(`Component ${n}`);
    expect(t.join()).not.toMatch(/上述|成本/);
  });

  it('ends a list at a count the segmenter cuts in two (`四大|类`)', () => {
    const t = terms('上游原材料主要包括医用高分子材料、金属材料、生物陶瓷和电子元器件四大类。');
    expect(t).toContain('Material 生物陶瓷');
    expect(t.join()).not.toMatch(/四大类/);
  });

  it('reads the parts of a whole the segmenter tags a verb (`超声/v 探头/v`) and of the whole machine', () => {
    const t = terms('超声探头由压电晶片、匹配层、背衬层和声透镜组成，压电晶片是探头的核心。');
    for (const n of ['压电晶片', '匹配层', '背衬层', '声透镜']) expect(t).toContain(`Component ${n}`);
    const u = terms(
      '一台彩色多普勒超声诊断仪拆开后牵出一条产业链。整机主要由探头、发射与接收电路、波束合成模块、图像处理单元和显示器构成。',
    );
    for (const n of ['发射与接收电路', '波束合成模块', '图像处理单元', '显示器'])
      expect(u).toContain(`Component ${n}`);
    expect(u).not.toContain('Component 发射');
  });

  it('joins two actions before one part head only (`端盖和灌封胶` stays two parts)', () => {
    const t = terms('透析器由外壳、中空纤维膜、端盖和灌封胶组成。');
    for (const n of ['外壳', '端盖', '灌封胶']) expect(t).toContain(`Component ${n}`);
    expect(t).not.toContain('Component 端盖和灌封胶');
  });

  it('reads layers in their order after 从前到后依次为, a part ending in 元 or 块 included', () => {
    const t = terms('探头内部从前到后依次为声透镜、匹配层、压电阵元和背衬块，阵元之间以环氧树脂填缝。');
    for (const n of ['声透镜', '匹配层', '压电阵元', '背衬块']) expect(t).toContain(`Component ${n}`);
  });

  it('names parts by converters, absorbers and circuits, and a part of a curated device by its head', () => {
    const t = terms(
      '超声系统的前端离不开高压脉冲发射芯片和模数转换器，麻醉机还需要二氧化碳吸收器。国产超声探头已经批量供货。',
    );
    for (const n of ['模数转换器', '二氧化碳吸收器', '超声探头']) expect(t).toContain(`Component ${n}`);
    expect(terms('国家鼓励发展集成电路产业，电路设计是重点。').join()).not.toMatch(/Component/);
  });
});

describe('parts as prospectuses and explainers list them', () => {
  it('reads a class of parts before 主要为 (a prospectus listing what it buys)', () => {
    const t = terms(
      '公司采购的原材料主要包括电子元器件、结构件和包装材料等，其中电子元器件主要为芯片、电阻、电容、PCB板和电源模块。',
    );
    for (const n of ['电阻', '电容', 'PCB板', '电源模块']) expect(t).toContain(`Component ${n}`);
    expect(terms('公司主要原材料为医用级聚丙烯粒料、医用PVC粒料和医用胶水。')).toContain('Material 医用胶水');
  });

  it('reads no count as a part (`有三类：`) and the parts of each assembly after 一是X，包括', () => {
    const t = terms(
      '内窥镜的核心零部件有三类：一是光学系统，包括物镜、中继镜和目镜；二是照明系统，包括冷光源和导光束。',
    );
    for (const n of ['物镜', '中继镜', '目镜', '冷光源', '导光束']) expect(t).toContain(`Component ${n}`);
    expect(t.join()).not.toMatch(/三类/);
  });

  it('reads the parts of a whole whose head the segmenter cuts in two (`球/n 管/vn`)', () => {
    const t = terms('CT球管由阴极、转子、轴承和真空管壳组成。');
    for (const n of ['阴极', '转子', '真空管壳']) expect(t).toContain(`Component ${n}`);
  });

  it('keeps adverbs and new subjects out of the members of a class-led list', () => {
    const t = terms('呼吸机关键零部件国产化情况：涡轮风机已实现国产，比例阀仍以进口为主。');
    expect(t).toContain('Component 涡轮风机');
    expect(t.join()).not.toMatch(/已实现/);
    const u = terms(
      '球囊导管的球囊材料主要有PEBAX和聚对苯二甲酸乙二醇酯，导管管身则由内层PTFE和外层尼龙弹性体复合而成。',
    );
    expect(u).toContain('Material PEBAX');
    expect(u.join()).not.toMatch(/Material 导管管身/);
    // A plan's paragraph (dev batch 24): the device after the comma opens its own clause with 以.
    const v = terms(
      '化学发光仪关键部件为光电倍增管和加样针，POCT设备以微流控芯片为核心，芯片基材采用聚二甲基硅氧烷。',
    );
    expect(v).toContain('Component 加样针');
    expect(v.join()).not.toMatch(/Component POCT设备/);
  });

  it('reads what a device owns after 的 as its parts when most are shaped like parts', () => {
    const t = terms('全自动化学发光免疫分析仪的反应杯、磁分离模块和光电倍增管需与磁珠的性能相匹配。');
    for (const n of ['反应杯', '磁分离模块']) expect(t).toContain(`Component ${n}`);
    expect(terms('呼吸机的销量、出口额和市场份额均大幅增长。').join()).not.toMatch(/Component/);
  });

  it('reads no parts of a coating', () => {
    expect(terms('药物涂层由雷帕霉素与可降解聚合物构成。').join()).not.toMatch(/Component/);
  });
});

describe('materials and what they are made into', () => {
  it('takes no pronoun or clause as the part made of a material', () => {
    const t = terms(
      '人工晶状体分为硬性和折叠式两类，前者多采用聚甲基丙烯酸甲酯，后者主要使用疏水性丙烯酸酯和硅凝胶。',
    );
    for (const n of ['聚甲基丙烯酸甲酯', '疏水性丙烯酸酯', '硅凝胶']) expect(t).toContain(`Material ${n}`);
    expect(t.join()).not.toMatch(/前者|后者/);
    const u = terms('主流材料是锆钛酸铅压电陶瓷，高端产品开始采用PMN-PT单晶。');
    expect(u).toContain('Material PMN-PT单晶');
    expect(u.join()).not.toMatch(/Component/);
    const v = terms('输液器管路材料过去多用含DEHP的PVC，现在逐渐改为TPE和聚烯烃。');
    for (const n of ['TPE', '聚烯烃']) expect(v).toContain(`Material ${n}`);
    expect(v.join()).not.toMatch(/过去|Component/);
  });

  it('keeps the grade of a polymer in its name', () => {
    const t = terms('关节衬垫采用超高分子量聚乙烯，人工血管多用膨体聚四氟乙烯。');
    expect(t).toContain('Material 超高分子量聚乙烯');
    expect(t).toContain('Material 膨体聚四氟乙烯');
    expect(t).not.toContain('Material 聚乙烯');
  });

  it('reads carbons, a material after a quality and 的, and what a thing consists of', () => {
    const t = terms('机械瓣的瓣叶采用热解碳，生物瓣的瓣叶取自牛心包。');
    expect(t).toContain('Material 热解碳');
    expect(t).toContain('Component 瓣叶');
    expect(terms('反应杯一般采用高透光率的石英玻璃制成。')).toContain('Material 石英玻璃');
    expect(terms('眼科黏弹剂的主要成分为透明质酸钠。')).toContain('Material 透明质酸钠');
    expect(terms('各地推进低碳转型，减少二氧化碳排放。').join()).not.toMatch(/Material/);
  });

  it('takes no bound verb into a material written alone (`可|选|氧化锆`), a form of a metal still (`钛|棒`)', () => {
    const t = terms('基台可选氧化锆或钛，种植体用的钛棒依赖进口，氧化锆用于全瓷冠。');
    expect(t).toContain('Material 氧化锆');
    expect(t.join()).not.toMatch(/选氧化锆/);
  });

  it('reads the part a material is made into after 用M制作', () => {
    const t = terms('近两年也有厂家尝试用1-3型压电复合材料制作宽频探头。');
    expect(t).toContain('Component 宽频探头');
    expect(t).toContain('Material 1-3型压电复合材料');
    expect(t.join()).not.toMatch(/制作/);
  });

  it('reads a membrane named by what it does and a layer named by its role as parts', () => {
    const t = terms('传感器由电极、酶层、扩散限制膜和生物相容性膜组成。导管外层为编织层，内衬聚四氟乙烯。');
    for (const n of ['酶层', '扩散限制膜', '生物相容性膜', '编织层']) expect(t).toContain(`Component ${n}`);
    const u = terms('基层医疗机构配置聚酰亚胺薄膜。');
    expect(u).toContain('Material 聚酰亚胺薄膜');
    expect(u.join()).not.toMatch(/基层/);
  });

  it('reads a superconducting wire as a material, also where the text lists it among parts', () => {
    const t = terms('关键材料 → 部件：铌钛超导线 → 超导磁体；钨铼合金 → CT球管阳极靶');
    expect(t).toContain('Material 铌钛超导线');
    expect(t).not.toContain('Component 铌钛超导线');
    const u = terms('超导磁体的关键部件包括铌钛超导线、杜瓦和冷头。');
    expect(u).toContain('Material 铌钛超导线');
    for (const n of ['杜瓦', '冷头']) expect(u).toContain(`Component ${n}`);
    expect(terms('电极导线由头端电极、导体线圈和连接插头组成。')).toContain('Component 电极导线');
  });

  it('reads no material out of a battery named by its chemistry (磷酸铁锂电池), a crystal of a detector still', () => {
    const t = terms('支撑结构：碳纤维复合材料与7075铝合金；电源：磷酸铁锂电池，续航≥4 h');
    expect(t).toContain('Component 磷酸铁锂电池');
    expect(t).not.toContain('Material 磷酸铁');
    expect(terms('DR采用碘化铯平板探测器。')).toContain('Material 碘化铯');
  });

  it('keeps a membrane or a coating listed as a part a part', () => {
    expect(terms('透析器通常由外壳、端盖、中空纤维透析膜和灌封层组成。')).toContain(
      'Component 中空纤维透析膜',
    );
    expect(terms('球囊导管由球囊、导管和涂层组成。')).toContain('Component 涂层');
  });

  it('reads a metal written as one character only in a list of materials or as a raw material', () => {
    const t = terms('工作电极多以铂或金作导电层，表面固定葡萄糖氧化酶。');
    for (const n of ['铂', '金']) expect(t).toContain(`Material ${n}`);
    expect(t).toContain('Component 导电层');
    expect(terms('以钛为原料制成骨板。')).toContain('Material 钛');
    expect(terms('他以金作比喻，说明国产化的价值。').join()).not.toMatch(/Material|Component/);
  });

  it('does not read 人工心脏 out of 人工心脏瓣膜', () => {
    expect(terms('人工心脏瓣膜分为机械瓣和生物瓣。')).not.toContain('Equipment 人工心脏');
  });
});

describe('raw materials of reagents', () => {
  it('reads a list of tool enzymes as materials, and antibodies in a paragraph about raw materials', () => {
    const t = terms(
      '分子诊断试剂所用的逆转录酶、热启动酶和尿嘧啶-DNA糖基化酶，以及生化试剂常用的碱性磷酸酶、辣根过氧化物酶，是技术壁垒最高的品类。',
    );
    for (const n of ['逆转录酶', '热启动酶', '尿嘧啶-DNA糖基化酶', '碱性磷酸酶', '辣根过氧化物酶'])
      expect(t).toContain(`Material ${n}`);
    const u = terms('免疫诊断试剂以抗原、抗体为核心原料，常见的有重组抗原、单克隆抗体和多克隆抗体。');
    for (const n of ['重组抗原', '单克隆抗体', '多克隆抗体']) expect(u).toContain(`Material ${n}`);
  });

  it('reads no drugs of a list of enzymes or antibodies as materials', () => {
    expect(terms('溶栓药物包括尿激酶、链激酶和阿替普酶。').join()).not.toMatch(/Material/);
    expect(terms('双特异性抗体、单克隆抗体和ADC药物是创新药的热点。').join()).not.toMatch(/Material/);
  });
});
