// General causes of noise among terms found by reading: a clause read as a name (a causative or
// stopping verb, a count, a time word), a document or an office system read as a thing, a list member
// cut across brackets or glued to another member's head, a firm or a brand read as a device. Each rule
// is checked on a sentence of the kind it comes from, with the name it must still read.
import { describe, expect, it } from 'vitest';
import { asPlanId } from '../../../../core/model/ids';
import { extractGraph } from '../../../../server/extract/extract';
import { contextOf, curated } from '../seed-data';

/** Terms read into the graph (discovered) and those left to the report (candidates), with labels. */
const read = (text: string): { graph: Map<string, string>; candidates: string[] } => {
  const { model } = contextOf(text);
  return {
    graph: new Map(model.discovered.map((d) => [d.name, d.label])),
    candidates: model.candidates.map((d) => d.name),
  };
};
const graphNames = (text: string): string[] => [...read(text).graph.keys()];

describe('noise causes: clauses read as names', () => {
  it('starts no name before a causative verb: 分段结构让微导管近端够硬', () => {
    const names = graphNames('这种分段结构让微导管近端够硬、远端够软，能进入颅内的细小血管。');
    expect(names.filter((n) => n.includes('让'))).toEqual([]);
  });

  it('reads no 自动停止血泵: a stopping verb and its object are a clause', () => {
    const names = graphNames('任何一项指标超出范围都会触发声光报警并自动停止血泵。');
    expect(names.filter((n) => n.includes('停止'))).toEqual([]);
  });

  it('keeps a verb that qualifies a class noun or names a device: 图像显示系统, 切割吻合器', () => {
    expect(graphNames('重点发展高清图像显示系统。')).toContain('高清图像显示系统');
    // The single-use class is a word of the registered name.
    expect(graphNames('一次性使用电动腔镜切割吻合器也在本季度获准上市。')).toContain(
      '一次性使用电动腔镜切割吻合器',
    );
  });

  it('starts the name after a count inside the run: 项目完成招标首批大型设备 names nothing', () => {
    const names = graphNames('新院区医疗设备采购项目完成招标首批大型设备陆续进场。');
    expect(names.filter((n) => /首批|招标|院区/.test(n))).toEqual([]);
  });

  it('reads 关节模组 after 每条…需要多个, and 数字减影血管造影系统 after 一台新型', () => {
    // 机械臂 alone names a part; no name holds the clause (机械臂需要多个关节模组).
    expect(graphNames('每条机械臂需要多个关节模组。').sort()).toEqual(['关节模组', '机械臂'].sort());
    expect(graphNames('介入手术中心正式启用一台新型数字减影血管造影系统。')).toContain(
      '数字减影血管造影系统',
    );
  });

  it('reads no name of a period: 2023年度诊疗装备 names no 年度诊疗装备', () => {
    const names = graphNames('关于组织开展2023年度诊疗装备与生物医用材料重点专项项目申报工作的通知');
    expect(names.filter((n) => n.includes('年度'))).toEqual([]);
  });

  it('ends a list member before a distributive: 人工耳蜗各有一款', () => {
    const names = graphNames('植入式心脏起搏器、植入式心律转复除颤器和人工耳蜗各有一款国产产品获批。');
    expect(names.filter((n) => n.endsWith('各'))).toEqual([]);
    expect(names).toContain('人工耳蜗');
  });
});

describe('noise causes: documents, offices and evaluations', () => {
  it('reads no material in 申报材料 or 证明材料: documents are no materials', () => {
    const { graph } = read('各推荐单位应对申报材料的真实性负责，并按要求提交证明材料。');
    expect([...graph.keys()].filter((n) => n.endsWith('材料'))).toEqual([]);
  });

  it('reads no equipment in 国家科技管理信息系统', () => {
    const names = graphNames('申报单位须于6月30日前通过国家科技管理信息系统提交申报书。');
    expect(names.filter((n) => n.includes('信息系统'))).toEqual([]);
  });

  it('reads no 重大技术装备: a weighty technology is no kind of equipment', () => {
    const names = graphNames('将国产呼吸机、监护仪等产品纳入首台（套）重大技术装备推广应用指导目录。');
    expect(names.filter((n) => n.includes('技术装备'))).toEqual([]);
  });

  it('reads no technology in 生物醫用材料關鍵內核技術: a thing’s key technologies in general', () => {
    const names = graphNames('加快高端醫療裝備和生物醫用材料關鍵內核技術攻關，經科技部同意。');
    expect(names.filter((n) => n.endsWith('技术'))).toEqual([]);
    expect(graphNames('突破全磁悬浮血泵技术。')).toContain('全磁悬浮血泵技术');
  });

  it('reads no Domain 获批产品 from 在…领域，获批产品包括A、B', () => {
    const text = '在影像和放射治疗领域，获批产品包括光子计数能谱CT、移动式C形臂X射线机和医用电子直线加速器。';
    const meta = { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 };
    const { graph } = extractGraph([{ meta, text }], curated());
    expect(graph.nodes.filter((n) => n.label === 'Domain' && n.name.includes('获批'))).toEqual([]);
  });
});

describe('noise causes: list members', () => {
  it('shares no head across a bracket: （PET/CT）、移动式C形臂X射线机 gives no PET机 or CT）机', () => {
    const names = graphNames(
      '获批产品包括全身型正电子发射及X射线计算机断层成像扫描系统（PET/CT）、移动式C形臂X射线机。',
    );
    expect(names.filter((n) => /^(?:PET|CT)/.test(n) && n.endsWith('机'))).toEqual([]);
    expect(names.filter((n) => /[()（）]/.test(n))).toEqual([]);
  });

  it('completes no box with the last member’s head: 婴儿培养箱、新生儿转运暖箱和蓝光治疗仪', () => {
    const names = graphNames('新生儿科另配置婴儿培养箱、新生儿转运暖箱和蓝光治疗仪。');
    expect(names.filter((n) => n.endsWith('箱治疗仪'))).toEqual([]);
    expect(names).toContain('蓝光治疗仪');
  });

  it('completes no class of a purchase: 监护、除颤和麻醉类设备 gives no 除颤设备', () => {
    const names = graphNames('其中迈瑞医疗中标监护、除颤和麻醉类设备。');
    expect(names).not.toContain('除颤设备');
  });
});

describe('noise causes: firms and brands', () => {
  it('reads firms, not devices, in 费森尤斯、贝朗、日机装等外资品牌', () => {
    const names = graphNames('费森尤斯、贝朗、日机装等外资品牌仍占据国内透析机市场的大部分份额。');
    expect(names.filter((n) => /费森尤斯|贝朗/.test(n))).toEqual([]);
  });

  it('still reads parts listed before a clause that names firms: 谐波减速器、力传感器和伺服电机仍多由…', () => {
    const names = graphNames(
      '国产手术机器人的谐波减速器、力传感器和伺服电机仍多由哈默纳科、ATI等国外企业供应。',
    );
    expect(names).toContain('谐波减速器');
  });

  it('leaves a brand before a curated name to the candidates when the text lists the firm', () => {
    const { graph, candidates } = read(
      '国内的微创机器人、精锋医疗、天智航等企业仍处于亏损状态。微创机器人的图迈腔镜手术机器人已获批上市，' +
        '天智航主要产品为天玑骨科手术机器人。',
    );
    expect([...graph.keys()].filter((n) => /图迈|天玑/.test(n))).toEqual([]);
    expect(candidates).toEqual(expect.arrayContaining(['图迈腔镜手术机器人', '天玑骨科手术机器人']));
  });
});

describe('noise causes: wholes found', () => {
  it('reads 无导线起搏器: 无 before a noun names a kind', () => {
    expect(read('近年出现的无导线起搏器把脉冲发生器和电极合为一体。').graph.get('无导线起搏器')).toBe(
      'Equipment',
    );
  });

  it('reads 超导磁共振 after a grade: 超导 is a property, not a verb', () => {
    expect(graphNames('重点支持1.5T及以上超导磁共振。')).toContain('超导磁共振');
  });

  it('reads no 超导核磁共振成像 where the curated name is a modifier of 装置', () => {
    expect(graphNames('走在最前面的，无疑是超导核磁共振成像装置。')).not.toContain('超导核磁共振成像');
  });

  it('labels a pump the patient is treated with as equipment: 输液泵和注射泵, not 血泵', () => {
    const { graph } = read('多家输注设备企业了解到，输液泵和注射泵的核心部件正在加快国产化。');
    expect(graph.get('输液泵')).toBe('Equipment');
    expect(graph.get('注射泵')).toBe('Equipment');
    expect(read('企业为透析机配套离心血泵。').graph.get('离心血泵')).toBe('Component');
  });
});

describe('noise causes: verbs of making and bureaus inside a name', () => {
  it('reads no name across 采用, 构成 or 本地化生产', () => {
    const a = read(
      '其中血泵和置换液泵采用蠕动泵，平衡腔采用聚砜（PSU）制成，电导率传感器和漏血检测器为企业自主研制。',
    );
    expect(a.graph.get('血泵')).toBe('Component');
    expect(a.graph.get('聚砜')).toBe('Material');
    expect([...a.graph.keys()].filter((n) => n.includes('采用'))).toEqual([]);
    expect(a.candidates).toContain('置换液泵采用蠕动泵');
    const b = read('敏感膜中固定葡萄糖氧化酶（GOx），外层以聚氨酯和聚乙烯醇构成限流膜。');
    expect([...b.graph.keys()].filter((n) => n.includes('构成'))).toEqual([]);
    const c = read('突破血泵、平衡称重系统和漏血检测器等部件，推动聚醚砜、聚砜中空纤维膜本地化生产。');
    expect(c.graph.get('聚醚砜')).toBe('Material');
    expect([...c.graph.keys()].filter((n) => n.includes('生产'))).toEqual([]);
  });

  it('reads no thing that holds a bureau by its short form (药监局, 经信局)', () => {
    const names = graphNames(
      '國家藥監局器械註冊司有關處室負責人介紹，今年以來已有植入式骶神經刺激系統獲批。',
    );
    expect(names.filter((n) => n.includes('局'))).toEqual([]);
  });
});

describe('noise causes: words of discourse, relative clauses, licence classes and plans before a head', () => {
  it('starts no name at 比方说 (`比方說遠程超聲`)', () => {
    const names = graphNames(
      '還有5G、人工智能，這些新技術要跟醫療裝備結合起來，比方說遠程超聲、AI輔助診斷，縣醫院的醫生少。',
    );
    expect(names.filter((n) => n.includes('比方'))).toEqual([]);
  });

  it('reads no thing out of the relative clause of a catalogue (`目录所列装备`)', () => {
    const names = graphNames('2.目录所列装备在江苏省内首次应用的，可按规定申请首台（套）保险补偿。');
    expect(names.filter((n) => n.includes('所列'))).toEqual([]);
  });

  it('reads no kind out of a licence class of large equipment (`辖区乙类设备`)', () => {
    const names = graphNames(
      '（一）各省辖市卫生健康委负责本辖区乙类设备配置申请的初审，省卫生健康委组织专家评审。',
    );
    expect(names.filter((n) => n.includes('乙类'))).toEqual([]);
  });

  it('reads no material out of the title of a plan before 材料 (`行动计划⏎材料清单`, a two-column page)', () => {
    const names = graphNames(
      [
        '依赖进口的环节最多。建议在规划　　　　　参考文献',
        '终稿中为每类装备列出关键部件和　　　　　[1] 医疗装备产业高质量发展行动计划',
        '材料清单，并明确牵头部门：　　　　　　　（2023—2025年）[Z]. 2023.',
        '影像和放疗装备由工业和信息化部　　　　　[2] 高端医疗装备供应链白皮书[R].',
      ].join('\n'),
    );
    expect(names.filter((n) => n.includes('计划'))).toEqual([]);
  });
});

describe('noise causes: a determiner of the unit before a name', () => {
  it('starts no name at a whole or a single unit (整台, 单|颗) or the same one (同一)', () => {
    const names = graphNames(
      [
        '随着种植牙纳入集中带量采购，单颗种植体的价格从上万元降到千元左右，种植体及其上游材料的国产化再次受到关注。',
        '注：表中“所属整机”为填报企业最主要的配套整机，同一零部件可能用于多种整机。',
        '涡轮风机是整台呼吸机的“心脏”，',
      ].join('\n'),
    );
    expect(names.filter((n) => /^(?:单颗|同一|整台)/.test(n))).toEqual([]);
    expect(names).toContain('种植体');
  });
});

describe('noise causes: a note that says what an abbreviation means', () => {
  it('starts the name after 指 (DR指数字化X射线摄影系统 names 数字化X射线摄影系统)', () => {
    const names = graphNames(
      '注：表中CT指X射线计算机体层摄影设备，DSA指血管造影X射线机，DR指数字化X射线摄影系统，MRI指磁共振成像系统，ECMO指体外膜肺氧合系统。',
    );
    expect(names.filter((n) => n.includes('指'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['数字化X射线摄影系统', '体外膜肺氧合系统']));
  });
});
