// The forms plans, notices and their news use to name a field and state what is in it, beyond the
// first layouts: a field whose name holds a shorter curated one (`在体外诊断设备领域`), a bare field
// before 方面 (`医学影像方面，重点发展A`), fields called 板块, 赛道 or 展区, a bare field heading a line
// (`高端医学影像：A、B`), and a 专栏 box titled by its field (`专栏1 诊断检验装备发展重点`). And what
// none of them is: a heading of tasks, a field of policy (`技术方面`), a box of projects.
import { describe, expect, it } from 'vitest';
import { fieldsOf, graphOf } from './seed-data';

const read = fieldsOf;

describe('a field whose name holds a shorter curated field', () => {
  it('reads 体外诊断设备 of 在体外诊断设备领域，发展A、B as the field, not 体外诊断 alone', () => {
    const r = read('在体外诊断设备领域，发展化学发光免疫分析仪、基因测序仪。');
    expect(r.fields).toContain('体外诊断设备');
    expect(r.links).toEqual(
      expect.arrayContaining(['化学发光免疫分析仪 -> 体外诊断设备', '基因测序仪 -> 体外诊断设备']),
    );
  });

  it('reads each clause after a semicolon, in Traditional too', () => {
    const r = read(
      '在高端醫學影像設備領域，重點發展光子計數CT、超導磁共振成像系統；在體外診斷設備領域，發展化學發光免疫分析儀、基因測序儀。',
    );
    // Names are shown in Simplified whatever the script of the text.
    expect(r.fields).toEqual(expect.arrayContaining(['高端医学影像设备', '体外诊断设备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 高端医学影像设备', '基因测序仪 -> 体外诊断设备']),
    );
    expect(r.links).not.toContain('光子计数CT -> 体外诊断设备');
  });

  it('still reads two fields that share 领域 as a pair, neither leading alone', () => {
    const r = read('在诊断检验装备和治疗装备领域，推动CT、手术机器人国产化。');
    expect(r.links).toEqual([]);
  });
});

describe('a bare field before 方面', () => {
  it('reads 医学影像方面，重点发展A、B；体外诊断方面，… as two fields with their devices', () => {
    const r = read(
      '医学影像方面，重点发展光子计数CT、超导磁共振成像系统；体外诊断方面，重点发展化学发光免疫分析仪、流式细胞仪。',
    );
    expect(r.fields).toContain('医学影像');
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 医学影像', '超导磁共振成像系统 -> 医学影像']),
    );
    expect(r.links).not.toContain('流式细胞仪 -> 医学影像');
  });

  it('reads 在生命支持方面，推动A、B升级 in a news report', () => {
    const r = read('方案提出，在生命支持方面，推动呼吸机、体外膜肺氧合系统、血液净化设备升级换代。');
    expect(r.fields).toContain('生命支持');
    expect(r.links).toEqual(expect.arrayContaining(['呼吸机 -> 生命支持', '血液净化设备 -> 生命支持']));
  });

  it('reads no field from aspects of policy or work before 方面 (技术方面, 临床应用方面, 政策方面)', () => {
    for (const text of [
      '技术方面，突破超导磁体、CT球管等关键部件，推动CT、磁共振成像系统升级。',
      '在临床应用方面，推动CT、磁共振成像系统在基层医疗机构的应用。',
      '政策方面，支持医疗机构采购国产CT、磁共振成像系统。',
      '在诊断方面，CT和磁共振成像系统发挥着重要作用。',
    ])
      expect(read(text).fields).toEqual([]);
  });
});

describe('fields called 板块, 赛道 or 展区', () => {
  it('reads 四大板块 and X板块重点发展A、B', () => {
    const r = read(
      '方案明确，重点发展高端医学影像、体外诊断、植介入器械、康复器械四大板块。其中，高端医学影像板块重点发展光子计数CT、PET/MR；体外诊断板块重点发展化学发光免疫分析仪。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['高端医学影像', '植介入器械']));
    expect(r.links).toEqual(expect.arrayContaining(['光子计数CT -> 高端医学影像', 'PET/MR -> 高端医学影像']));
    expect(r.links).not.toContain('化学发光免疫分析仪 -> 高端医学影像');
  });

  it('reads 在X赛道，重点布局A、B', () => {
    const r = read('在高端医学影像赛道，重点布局光子计数CT、7T磁共振成像系统。');
    expect(r.fields).toContain('高端医学影像');
    expect(r.links).toContain('光子计数CT -> 高端医学影像');
  });

  it('reads an exhibition zone of a field (智慧医疗展区：A、B和C是看点) as the field leading its line', () => {
    const r = read(
      '本届展会分为医学影像、体外诊断、智慧医疗等主题展区。\n智慧医疗展区：5G远程超声机器人、智能输液泵和可穿戴心电贴是看点。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['5G远程超声机器人 -> 智慧医疗', '智能输液泵 -> 智慧医疗']),
    );
  });

  it('reads no field from a board of a stock market (科创板块) or from 板块 without devices', () => {
    expect(read('多家企业在科创板块上市，主营CT、磁共振成像系统。').fields).toEqual([]);
    expect(read('医疗器械板块整体上涨，多只个股涨停。').fields).toEqual([]);
  });
});

describe('a bare field heading a line: X：A、B', () => {
  it('reads the lines of a box whose items are bare fields before a colon', () => {
    const r = read(
      [
        '专栏1 诊断检验装备发展重点',
        '高端医学影像：光子计数CT、7T磁共振成像系统、PET/MR。',
        '体外诊断：全自动化学发光免疫分析仪、高通量基因测序仪。',
      ].join('\n'),
    );
    expect(r.fields).toContain('高端医学影像');
    expect(r.links).toEqual(expect.arrayContaining(['光子计数CT -> 高端医学影像', 'PET/MR -> 高端医学影像']));
    expect(r.links).not.toContain('PET/MR -> 体外诊断产品');
  });

  it('reads no field from a line of measures or of parts before a colon (关键零部件：, 主要任务：)', () => {
    const r = read(
      ['关键零部件：超导磁体、CT球管、平板探测器。', '主要任务：推动CT、磁共振成像系统国产化。'].join('\n'),
    );
    expect(r.fields).toEqual([]);
  });
});

describe('a 专栏 box titled by its field', () => {
  it('puts the equipment of the box in the field its title names (专栏1 医学影像装备)', () => {
    const r = read(
      [
        '专栏1  医学影像装备',
        '发展方向：磁共振成像系统、计算机断层成像系统、超声诊断设备、数字X射线摄影系统。',
        '关键零部件：超导磁体、CT球管、平板探测器。',
      ].join('\n'),
    );
    expect(r.fields).toContain('医学影像装备');
    expect(r.links).toEqual(
      expect.arrayContaining(['超声诊断设备 -> 医学影像装备', '数字X射线摄影系统 -> 医学影像装备']),
    );
  });

  it('reads a curated field before 发展重点 or 重点发展方向 in a box title', () => {
    const r = read(
      [
        '专栏2 治疗装备重点发展方向',
        '重点发展手术机器人、质子治疗系统、医用直线加速器。',
        '专栏3 监护与生命支持装备发展重点',
        '重点发展高端呼吸机、体外膜肺氧合系统。',
      ].join('\n'),
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '质子治疗系统 -> 治疗装备',
        '医用直线加速器 -> 治疗装备',
        '体外膜肺氧合系统 -> 监护与生命支持装备',
      ]),
    );
    expect(r.links).not.toContain('体外膜肺氧合系统 -> 治疗装备');
  });

  it('reads no field from a box of projects, tasks or the whole industry', () => {
    for (const title of ['专栏1 高端医疗装备应用示范工程', '专栏2 重点任务', '专栏3 医疗装备重点发展方向'])
      expect(read(`${title}\n推动CT、磁共振成像系统、手术机器人在基层应用。`).links).toEqual([]);
  });
});

describe('a curated class of things framed as a field over its devices', () => {
  it('reads 放射治疗设备方面，发展A和B: the class holds the devices listed after it', () => {
    const r = read('放射治疗设备方面，发展图像引导放疗系统和质子治疗系统，提升加速管的国产化水平。');
    expect(r.fields).toContain('放射治疗设备');
    expect(r.links).toEqual(expect.arrayContaining(['质子治疗系统 -> 放射治疗设备']));
  });

  it('reads 手术机器人领域聚焦A、B和C and 在康复辅助器具方面，重点发展A、B', () => {
    const r = read(
      '手术机器人领域聚焦腔镜手术机器人、骨科手术机器人和经皮穿刺手术机器人。在康复辅助器具方面，重点发展智能假肢、下肢外骨骼机器人、电动轮椅。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['手术机器人', '康复辅助器具']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '腔镜手术机器人 -> 手术机器人',
        '骨科手术机器人 -> 手术机器人',
        '智能假肢 -> 康复辅助器具',
        '电动轮椅 -> 康复辅助器具',
      ]),
    );
  });

  it('leaves a device before 方面 or 领域 a device (在CT方面, 呼吸机领域), and a class over one device', () => {
    expect(read('在CT方面，重点突破光子计数CT、能谱CT。').fields).toEqual([]);
    expect(read('呼吸机领域，重点发展高端呼吸机、转运呼吸机。').fields).toEqual([]);
    expect(read('手术机器人领域，支持骨科手术机器人研发。').fields).toEqual([]);
  });
});

describe('a field opening its clause before what it covers', () => {
  it('reads X以A、B、C为重点 and X则覆盖A、B等产品', () => {
    const r = read(
      '体外诊断设备以高通量基因测序仪、全自动化学发光免疫分析仪、质谱仪为重点。康复装备则覆盖智能康复机器人、上肢康复训练系统等产品。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['体外诊断设备', '康复装备']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '高通量基因测序仪 -> 体外诊断设备',
        '质谱分析设备 -> 体外诊断设备',
        '上肢康复训练系统 -> 康复装备',
      ]),
    );
  });

  it('reads 生命支持设备包括A、B和C, whose stem holds a verb (支持)', () => {
    const r = read('生命支持设备包括ECMO、高端呼吸机和麻醉机。');
    expect(r.fields).toContain('生命支持设备');
    expect(r.links).toEqual(expect.arrayContaining(['高端呼吸机 -> 生命支持设备', '麻醉机 -> 生命支持设备']));
  });

  it('reads no field from a subject that is no class (国产CT以中低端产品为主, 企业以A为重点)', () => {
    expect(read('国产CT以中低端产品为主，高端CT仍依赖进口。').fields).toEqual([]);
    expect(read('龙头企业以光子计数CT、手术机器人为重点，加大研发投入。').fields).toEqual([]);
  });

  it('gives a field led by its verb no thing that opens a later clause as its own subject', () => {
    expect(read('体外诊断产品加快发展，同时呼吸机、监护仪产量大幅增长。').links).toEqual([]);
  });
});

describe('a heading naming a class of 器具 among fields', () => {
  it('reads 4.康复辅助器具。 among class headings of a 专栏 as a field over its devices', () => {
    const r = read(
      [
        '专栏1  重点发展领域',
        '1.医学影像装备。支持研制超导磁共振成像系统、高端彩色多普勒超声诊断仪。',
        '2.康复辅助器具。下肢外骨骼康复机器人、智能电动轮椅、助听器等。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像装备', '康复辅助器具']));
    expect(r.links).toEqual(expect.arrayContaining(['助听器 -> 康复辅助器具']));
  });
});

describe('lists of fields in more closings', () => {
  it('reads a curated class of things in a list of fields closed by 等重点领域, wherever it stands', () => {
    const r = read('聚焦高端医学影像、手术机器人、体外诊断、康复辅具等重点领域，打造产业集群。');
    expect(r.fields).toEqual(expect.arrayContaining(['高端医学影像', '手术机器人', '康复辅具']));
  });

  it('leaves devices in a list closed by a class before 领域 as its equipment (监护仪 of …等中端产品领域)', () => {
    expect(read('在超声仪、X线机、监护仪等中端产品领域，国产设备已占据主导。').fields).not.toContain(
      '监护仪',
    );
  });

  it('reads lists closed by 产业集群, 三大产业 and 以…为重点方向', () => {
    expect(read('着力打造医学影像、体外诊断、高端植介入器械等产业集群。').fields).toContain('医学影像');
    expect(read('以高端医学影像设备、体外诊断设备为重点方向，推进关键产品攻关。').fields).toEqual(
      expect.arrayContaining(['高端医学影像设备', '体外诊断设备']),
    );
  });

  it('reads no field from qualities a plan sets as its direction (以早期、精准、微创诊疗为方向)', () => {
    const r = read(
      '以早期、精准、微创诊疗为方向，以智能服务、功能康复、个性化适配为方向，推进CT、手术机器人研发。',
    );
    expect(r.fields).toEqual([]);
  });
});

describe('a field heading a line or a heading, with what the text says of it', () => {
  it('reads 医学影像领域重点产品：A、B as the field 医学影像, not the whole head', () => {
    const r = read(
      [
        '医学影像领域重点产品：光子计数CT、超导磁共振成像系统、PET/MR。',
        '体外诊断领域重点产品：化学发光免疫分析仪、基因测序仪。',
      ].join('\n'),
    );
    expect(r.fields).toContain('医学影像');
    expect(r.fields).not.toContain('医学影像领域重点产品');
    expect(r.links).toEqual(expect.arrayContaining(['PET/MR -> 医学影像', '基因测序仪 -> 体外诊断产品']));
  });

  it('reads X类：A、B；Y类：C, each class holding only the devices of its own part of the line', () => {
    const r = read('医学影像设备类：CT、磁共振成像系统；治疗设备类：手术机器人、质子治疗系统。');
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '治疗设备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['手术机器人 -> 治疗设备', '计算机断层扫描仪 -> 医学影像设备']),
    );
    expect(r.links).not.toContain('手术机器人 -> 医学影像设备');
  });

  it('puts the equipment under （三）体外诊断领域。 in the curated field the heading names', () => {
    const r = read(
      [
        '四、重点发展领域',
        '（一）高端医学影像领域。支持企业研制光子计数CT、7T磁共振成像系统。',
        '（二）体外诊断领域。发展化学发光免疫分析仪、基因测序仪、POCT设备。',
      ].join('\n'),
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['POCT设备 -> 体外诊断产品', '基因测序仪 -> 体外诊断产品']),
    );
  });
});

describe('boxes numbered in other ways, and boxes of the projects of a field', () => {
  it('reads 专栏一, 【专栏2】 and 专栏1-2 as boxes titled by their fields', () => {
    const r = read(
      [
        '专栏一 医学影像装备',
        '1.超导磁共振成像系统。突破高场强超导磁体技术，研制5T及以上全身磁共振成像系统。',
        '2.光子计数CT。突破光子计数探测器技术，研制光子计数CT整机。',
        '【专栏2】高端治疗装备',
        '重点发展质子治疗系统、手术机器人、血液净化设备。',
      ].join('\n'),
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 医学影像装备', '质子治疗系统 -> 高端治疗装备']),
    );
    expect(r.links).not.toContain('质子治疗系统 -> 医学影像装备');
  });

  it('reads the field of a box of its innovation projects (专栏3 医学影像设备创新工程)', () => {
    const r = read(
      [
        '专栏3 医学影像设备创新工程',
        '◆超导磁共振成像系统：突破高场强超导磁体，研制5T磁共振成像系统。',
        '◆光子计数CT：突破光子计数探测器，研制光子计数CT整机。',
      ].join('\n'),
    );
    expect(r.links).toEqual(expect.arrayContaining(['光子计数CT -> 医学影像设备']));
  });
});

describe('the business and products of a firm', () => {
  it('puts the products a firm lists in the class its business is in', () => {
    const r = read(
      '公司主营业务为医学影像设备的研发、生产、销售和服务，主要产品包括数字化X射线摄影系统（DR）、移动式C形臂X射线机和64排CT。',
    );
    expect(r.fields).toContain('医学影像设备');
    expect(r.links).toEqual(
      expect.arrayContaining(['数字化X射线摄影系统 -> 医学影像设备', '移动式C形臂X射线机 -> 医学影像设备']),
    );
  });

  it('ends the products with their clause (此外公司还代理CT和呼吸机 names none of the field)', () => {
    const r = read(
      '公司主营业务为体外诊断产品的研发，主要产品包括化学发光免疫分析仪，此外公司还代理CT和呼吸机。',
    );
    expect(r.links).toContain('化学发光免疫分析仪 -> 体外诊断产品');
    expect(r.links).not.toContain('呼吸机 -> 体外诊断产品');
    expect(r.links).not.toContain('计算机断层扫描仪 -> 体外诊断产品');
  });

  it('reads no field from a place in the chain (中游产品包括A、B) or from parts bought', () => {
    expect(read('中游产品包括硬镜、软镜和胶囊内窥镜，配套设备有内窥镜摄像系统、气腹机。').fields).toEqual([]);
    expect(read('公司主营业务为CT球管的研发和生产，主要产品包括5.3MHU球管。').fields).toEqual([]);
  });
});

describe('tables and lines of fields', () => {
  it('reads the field of a row after its number (| 1 | 医学影像设备 | A、B | parts |)', () => {
    const r = read(
      [
        '| 序号 | 领域 | 重点产品 | 关键零部件 |',
        '| --- | --- | --- | --- |',
        '| 1 | 医学影像设备 | 光子计数CT、超导磁共振成像系统 | CT球管、超导磁体 |',
        '| 2 | 体外诊断设备 | 化学发光免疫分析仪、基因测序仪 | 反应杯 |',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '体外诊断设备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 医学影像设备', '基因测序仪 -> 体外诊断设备']),
    );
    expect(r.links).not.toContain('基因测序仪 -> 医学影像设备');
  });

  it('reads a bare field heading a table row (医学影像 | A、B)', () => {
    const r = read(['领域 | 重点产品', '医学影像 | 光子计数CT、PET/MR'].join('\n'));
    expect(r.fields).toContain('医学影像');
    expect(r.links).toContain('PET/MR -> 医学影像');
  });

  it('runs no head over a line break (类别：医学影像设备⏎产品：A、B)', () => {
    const r = read(['类别：医学影像设备', '产品：光子计数CT、超导磁共振成像系统'].join('\n'));
    expect(r.fields).not.toContain('医学影像设备产品');
  });
});

describe('fields in news of equipment renewal', () => {
  it('reads bare fields before 等医疗装备 when two members or more say what their products do', () => {
    const r = read('鼓勵具備條件的醫療機構加快醫學影像、放射治療、遠程診療、手術機器人等醫療裝備更新改造。');
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像', '放射治疗']));
    expect(r.fields).not.toContain('手术机器人');
  });

  it('reads a counted list of classes of devices, and no field from the count (三大类设备)', () => {
    const r = read(
      '此次更新主要集中在医学影像、检验检测、生命支持三大类设备，包括CT、MRI、全自动生化分析仪、呼吸机等。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像', '检验检测']));
    expect(r.fields).not.toContain('三大类设备');
    expect(r.links.filter((l) => l.endsWith('三大类设备'))).toEqual([]);
  });

  it('reads 在X中，A和B… as about the field X', () => {
    const r = read(
      '在影像类设备中，CT和MRI的更新需求最大；在治疗类设备中，直线加速器和手术机器人需求增长明显。',
    );
    expect(r.links).toEqual(expect.arrayContaining(['手术机器人 -> 治疗类设备', '直线加速器 -> 治疗类设备']));
    expect(r.links).not.toContain('手术机器人 -> 影像类设备');
  });

  it('reads no field from a unit of a hospital (影像科方面，…)', () => {
    expect(read('影像科方面，新启用的3.0T磁共振成像系统配备32通道头颈联合线圈。').fields).toEqual([]);
  });
});

describe('fields built up, chained and bracketed', () => {
  it('reads 培育壮大X产业链，重点发展A、B with X as the field, less the verbs', () => {
    const r = read('培育壮大高端医学影像产业链，重点发展光子计数CT、超导磁共振成像系统。');
    expect(r.fields).toEqual(['高端医学影像']);
    expect(r.links).toContain('光子计数CT -> 高端医学影像');
  });

  it('reads the field of （一）做强X。 headings less 做强, its mention an exact slice of the heading', () => {
    const text = [
      '三、重点任务',
      '（一）做强高端医学影像装备。支持企业研制光子计数CT、7T磁共振成像系统。',
      '（二）做优体外诊断装备。发展化学发光免疫分析仪、基因测序仪。',
    ].join('\n');
    const graph = graphOf(text);
    const fields = graph.nodes.filter((n) => n.label === 'Domain' && n.mentions.length > 0);
    expect(fields.map((n) => n.name)).toEqual(expect.arrayContaining(['高端医学影像装备', '体外诊断装备']));
    for (const n of fields) for (const m of n.mentions) expect(text.slice(m.start, m.end)).toBe(n.name);
  });

  it('puts the devices in brackets after each field of a list in that field (X（A、B）、Y（C、D）)', () => {
    const r = read(
      '重点发展方向：医学影像设备（光子计数CT、超导磁共振成像系统）、体外诊断设备（化学发光免疫分析仪、流式细胞仪）。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 医学影像设备', '化学发光免疫分析仪 -> 体外诊断设备']),
    );
    expect(r.links).not.toContain('光子计数CT -> 体外诊断设备');
  });
});

describe('fields as Hong Kong news writes them', () => {
  it('reads 在醫療影像範疇，A、B as the field 医疗影像', () => {
    const r = read('在醫療影像範疇，醫院計劃更換電腦斷層掃描儀（CT）、磁力共振掃描儀（MRI）及數碼X光機。');
    expect(r.fields).toContain('医疗影像');
    expect(r.links).toContain('数码X光机 -> 医疗影像');
  });

  it('reads a list counted by 三大類別 as fields', () => {
    const r = read('是次更新涵蓋醫學影像、放射治療及手術機械人三大類別，包括CT、直線加速器等。');
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像', '放射治疗']));
  });
});

describe('box titles that name a field in more ways', () => {
  it('reads a bare field before 重点发展方向 and a class before 创新发展重点', () => {
    const r = read(
      [
        '专栏2 高端医学影像重点发展方向',
        '重点发展光子计数CT、7T超导磁共振成像系统、PET/MR。',
        '专栏3 治疗装备创新发展重点',
        '重点发展质子治疗系统、手术机器人。',
      ].join('\n'),
    );
    expect(r.links).toEqual(expect.arrayContaining(['PET/MR -> 高端医学影像', '质子治疗系统 -> 治疗装备']));
  });

  it('reads no field from a box of techniques or tasks (专栏5 诊断技术突破方向, 专栏4 重点任务)', () => {
    for (const title of ['专栏5 诊断技术突破方向', '专栏4 重点任务'])
      expect(read(`${title}\n突破光子计数CT、超导磁共振成像系统关键技术。`).fields).toEqual([]);
  });
});

describe('more frames that lead a clause with its field', () => {
  it('reads 针对X，…, 对于X，…, 面向X领域，… and X要加快A、B研制', () => {
    const r = read(
      [
        '针对高端医学影像设备，重点突破光子计数CT、7T磁共振成像系统。',
        '对于体外诊断设备，着力提升化学发光免疫分析仪、基因测序仪的国产化水平。',
        '医学影像装备要重点突破超导磁共振成像系统；治疗装备要加快质子治疗系统、手术机器人研制。',
      ].join(''),
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 高端医学影像设备',
        '基因测序仪 -> 体外诊断设备',
        '质子治疗系统 -> 治疗装备',
      ]),
    );
    expect(r.links).not.toContain('质子治疗系统 -> 医学影像装备');
  });

  it('reads 在X领域：A、B on a line as the field X, less 在 and 领域', () => {
    const r = read('在高端医学影像设备领域：光子计数CT、超导磁共振成像系统、PET/MR。');
    expect(r.fields).toEqual(['高端医学影像设备']);
    expect(r.links).toContain('PET/MR -> 高端医学影像设备');
  });
});

describe('apposition as interviews speak it', () => {
  it('reads 像A、B这样的X and 诸如A、B之类的X as A and B in the field X', () => {
    const r = read(
      '过去，像数字减影血管造影系统、PET/MR这样的高端医学影像设备几乎全部依赖进口。诸如呼吸机、监护仪之类的生命支持设备，国产化率已经很高。',
    );
    expect(r.links).toEqual(expect.arrayContaining(['PET/MR -> 高端医学影像设备', '监护仪 -> 生命支持设备']));
  });

  it('reads A、B这类X without an opener, and a market tier before the industry as a field (中端医疗设备)', () => {
    const r = read('目前国产厂商在彩色超声诊断仪、监护仪、呼吸机这类中端医疗设备上已具备竞争力。');
    expect(r.fields).toEqual(['中端医疗设备']);
    expect(r.links).toEqual(expect.arrayContaining(['监护仪 -> 中端医疗设备', '呼吸机 -> 中端医疗设备']));
  });

  it('reads no field from a demonstrative over one thing or a class of the industry (CT这类设备)', () => {
    expect(read('CT这类设备的球管仍依赖进口。').fields).toEqual([]);
    expect(read('CT和MR这些设备的球管仍依赖进口。').fields).toEqual([]);
  });

  it('reads no field from firms spoken of so (像联影、迈瑞这样的龙头企业)', () => {
    expect(read('像联影、迈瑞这样的龙头企业正在加大研发投入，推动CT国产化。').fields).toEqual([]);
  });
});

describe('a field heading a run of item lines', () => {
  it('puts the devices of the numbered lines under 医学影像设备： in it, up to the next head', () => {
    const r = read(
      [
        '专栏1 重点产品',
        '医学影像设备：',
        '1.光子计数CT',
        '2.超导磁共振成像系统',
        '治疗设备：',
        '1.质子治疗系统',
        '2.手术机器人',
      ].join('\n'),
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 医学影像设备',
        '质子治疗系统 -> 治疗设备',
        '手术机器人 -> 治疗设备',
      ]),
    );
    expect(r.links).not.toContain('手术机器人 -> 医学影像设备');
  });
});

describe('fields in quotes, as Taiwan press and plans write them', () => {
  it('reads 在「醫學影像」領域，… and “医学影像”领域 as the field, less the quotes', () => {
    const r = read('在「醫學影像」領域，計畫將支持廠商開發電腦斷層掃描儀、磁振造影設備及超音波診斷儀。');
    expect(r.fields).toEqual(['医学影像']);
    expect(r.links).toContain('CT扫描仪 -> 医学影像');
    expect(read('在“医学影像”领域，重点发展光子计数CT、超导磁共振成像系统。').fields).toEqual(['医学影像']);
  });

  it('reads a counted list of quoted fields, and 其中X以A、B为重点 after it', () => {
    const r = read(
      '計畫鎖定「高端醫學影像」、「體外診斷」兩大領域，其中高端醫學影像以電腦斷層掃描儀、磁振造影設備為重點。',
    );
    expect(r.fields).toContain('高端医学影像');
    expect(r.links).toContain('CT扫描仪 -> 高端医学影像');
  });
});

describe('headings whose name runs into its line', () => {
  it('reads the field of （一）X——重点发展A、B and 1. X 重点发展A、B', () => {
    for (const line of [
      '（一）高端医学影像设备——重点发展光子计数CT、7T磁共振成像系统。',
      '1. 高端医学影像设备 重点发展光子计数CT、7T磁共振成像系统。',
    ]) {
      const r = read(['三、重点发展领域', line].join('\n'));
      expect(r.fields).toContain('高端医学影像设备');
      expect(r.links).toContain('光子计数CT -> 高端医学影像设备');
    }
  });

  it('reads （一）X领域重点产品 as the field X', () => {
    const r = read(
      ['三、重点产品', '（一）医学影像设备领域重点产品', '光子计数CT、7T磁共振成像系统、PET/MR。'].join('\n'),
    );
    expect(r.fields).toEqual(['医学影像设备']);
    expect(r.links).toContain('PET/MR -> 医学影像设备');
  });
});
