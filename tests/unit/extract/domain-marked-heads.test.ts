// Fields of pages that mark their heads instead of numbering them: an industrial-chain map's `【X】`
// lines and `▌X链` chains, a heading joining fields its body parts line by line, and an annual report's
// segments (`（三）生命信息与支持`) beside fields.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

const CHAIN_MAP = [
  '无锡市医疗器械产业链图谱（2026版）',
  '',
  '【产业概况】',
  '全市医疗器械规上企业312家，2025年产值约860亿元。',
  '',
  '【重点细分链条】',
  '',
  '▌医学影像设备链',
  '整机：1.5T/3.0T超导磁共振、多排螺旋CT、数字X射线摄影系统（DR）、彩色超声诊断仪',
  '核心部件 → 整机：超导磁体、射频线圈和梯度线圈 → 超导磁共振；CT球管、高压发生器、探测器 → 螺旋CT',
  '',
  '▌心血管介入耗材链',
  '产品：药物洗脱支架、PTCA球囊扩张导管、导引导丝、经导管主动脉瓣膜（TAVR）',
  '',
  '▌骨科及康复链',
  '骨科：人工髋关节、人工膝关节、脊柱内固定系统；材料为钛合金（TC4）、超高分子量聚乙烯',
  '康复：上肢康复机器人、电动轮椅；电动轮椅用无刷电机和锂电池组',
  '',
  '【招商方向】',
  '重点引进超导磁体、CT球管、光电倍增管等“卡脖子”环节项目。',
].join('\n');

describe('heads marked by 【】 and ▌', () => {
  it('reads 【X】 lines as the outer heads and ▌X lines as heads inside them, without their marks', () => {
    const sections = parseSections(CHAIN_MAP);
    const paths = sections.map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '产业概况',
        '重点细分链条 > 医学影像设备链',
        '重点细分链条 > 骨科及康复链',
        '招商方向',
      ]),
    );
    const head = sections.find((s) => s.title === '医学影像设备链');
    expect(CHAIN_MAP.slice(head?.titleStart, head?.titleEnd)).toBe('医学影像设备链');
  });

  it('reads no head from a column tag before a line (【产业动态】洗肾与…) or a clause after a mark', () => {
    const titles = parseSections(
      ['【产业动态】洗肾与呼吸耗材供应链在地化', '■ 业者坦言，最关键的膜材仍仰赖进口。'].join('\n'),
    ).map((s) => s.title);
    expect(titles).not.toContain('产业动态');
    expect(titles.some((t) => t.includes('业者坦言'))).toBe(false);
  });
});

const BROCHURE = [
  '康睿医疗｜产品与解决方案手册 2026',
  '',
  '■ 生命信息与支持',
  '【KR-M90 高端床旁监护仪】',
  '15.6英寸电容触摸屏｜插件式参数模块｜72小时趋势回顾',
  '【KR-S3 输注泵系列】',
  '包括输液泵和注射泵，泵体外壳为阻燃PC/ABS，内置阻塞压力传感器和气泡探测器。',
  '',
  '■ 医学影像',
  '【KR-U9 全数字彩色多普勒超声诊断系统】',
  '配备单晶探头，阵元材料为铌镁酸铅-钛酸铅（PMN-PT）单晶，声透镜采用室温硫化硅橡胶；平台内置FPGA波束合成板。',
].join('\n');

describe('a brochure whose block marks come before its bracketed heads', () => {
  it('reads ■ X as the product line and the 【型号 设备名】 cards inside it', () => {
    const paths = parseSections(BROCHURE).map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '生命信息与支持 > KR-M90 高端床旁监护仪',
        '生命信息与支持 > KR-S3 输注泵系列',
        '医学影像 > KR-U9 全数字彩色多普勒超声诊断系统',
      ]),
    );
  });
});

describe('fields of an industrial-chain map', () => {
  it('puts the devices under ▌X链 in the field X, not in the chain', () => {
    const r = fieldsOf(CHAIN_MAP);
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '心血管介入耗材']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '多排螺旋CT -> 医学影像设备',
        '数字X射线摄影系统 -> 医学影像设备',
        '药物洗脱支架 -> 心血管介入耗材',
        '导引导丝 -> 心血管介入耗材',
      ]),
    );
    expect(r.fields).not.toContain('医学影像设备链');
  });

  it('reads no field from a heading joining names its body parts line by line (骨科及康复 over 骨科：, 康复：)', () => {
    const r = fieldsOf(CHAIN_MAP);
    expect(r.fields).not.toContain('骨科及康复');
    expect(r.links.some((l) => l.endsWith('骨科及康复'))).toBe(false);
  });
});

describe('segments of an annual report', () => {
  it('reads （三）生命信息与支持 beside 医学影像 and 体外诊断 as a field, though 生命 reads as a verbal noun', () => {
    const r = fieldsOf(
      [
        '二、报告期内公司从事的业务情况',
        '（一）医学影像',
        '公司影像产品包括64排/128排螺旋CT、1.5T超导磁共振成像系统和彩色多普勒超声诊断系统。',
        '（二）体外诊断',
        '公司体外诊断业务以全自动化学发光免疫分析仪和全自动生化分析仪为主。',
        '（三）生命信息与支持',
        '包括病人监护仪、有创/无创呼吸机、麻醉机和输注泵，主要销往二级及以下医院。',
      ].join('\n'),
    );
    expect(r.fields).toContain('生命信息与支持');
    expect(r.links).toEqual(
      expect.arrayContaining(['病人监护仪 -> 生命信息与支持', '麻醉机 -> 生命信息与支持']),
    );
  });

  it('still reads a task heading with a verbal noun first (发展服务) as no field', () => {
    const r = fieldsOf(
      [
        '（一）医学影像',
        '重点发展CT、磁共振成像系统和超声诊断设备。',
        '（二）发展服务',
        '推广呼吸机、监护仪和麻醉机的维修服务。',
      ].join('\n'),
    );
    expect(r.fields).not.toContain('发展服务');
  });
});

describe('heads between rules (━━━━ 方向一：X ━━━━)', () => {
  const ROADSHOW = [
    '本场共遴选6个项目，分为手术机器人、植入器械、可穿戴监测设备三个方向，每个项目路演8分钟。',
    '',
    '━━━━ 方向一：手术机器人 ━━━━',
    '',
    '项目01  单孔腔镜手术机器人',
    '项目简介：面向泌尿外科和妇科的单孔腔镜手术机器人，通过一个2.5cm切口完成手术。',
    '',
    '项目02  血管介入手术机器人',
    '项目简介：用于冠脉介入（PCI）的主从式血管介入手术机器人，医生在铅房外操作。',
    '',
    '━━━━ 方向二：植入器械 ━━━━',
    '',
    '项目03  可降解镁合金骨钉',
    '项目简介：用于踝关节、手足骨折内固定的可降解骨钉，植入后12—18个月逐步降解。',
  ].join('\n');

  it('reads the title between the rules as a head, less its numbered label, at its exact offsets', () => {
    const sections = parseSections(ROADSHOW);
    const robots = sections.find((s) => s.title === '手术机器人');
    expect(robots).toBeDefined();
    expect(ROADSHOW.slice(robots!.titleStart, robots!.titleEnd)).toBe('手术机器人');
    expect(sections.map((s) => s.title)).toContain('植入器械');
  });

  it('puts the projects under each head in its field', () => {
    const r = fieldsOf(ROADSHOW);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '单孔腔镜手术机器人 -> 手术机器人',
        '血管介入手术机器人 -> 手术机器人',
        '可降解骨钉 -> 植入器械',
      ]),
    );
    expect(r.links).not.toContain('可降解骨钉 -> 手术机器人');
  });
});

const PARK_HANDBOOK = [
  '■ 园区概况',
  '园区位于高新区东片区，现有入驻企业137家。',
  '',
  '■ 重点引进方向',
  '▶ 方向一：康复器械',
  '重点引进步态训练系统、平衡功能训练评估系统和肌电生物反馈仪等产品。',
  '▶ 方向二：家用医疗器械',
  '重点引进家用制氧机、电子血压计和雾化器。',
  '',
  '■ 扶持政策',
  '1. 落户奖励',
  '对新落户企业给予最高500万元奖励。',
].join('\n');

describe('directions labelled on their own lines', () => {
  it('reads `▶ 方向一：X` as a head inside the block-marked head before it, siblings of one another', () => {
    const paths = parseSections(PARK_HANDBOOK).map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining(['重点引进方向 > 康复器械', '重点引进方向 > 家用医疗器械', '扶持政策']),
    );
  });

  it('links each direction only to the devices under it', () => {
    const r = fieldsOf(PARK_HANDBOOK);
    expect(r.links).toEqual(
      expect.arrayContaining(['肌电生物反馈仪 -> 康复器械', '电子血压计 -> 家用医疗器械']),
    );
    expect(r.links).not.toContain('电子血压计 -> 康复器械');
  });

  it('reads no head from a labelled line with a list in it', () => {
    const titles = parseSections('方向一：康复器械、家用医疗器械\n重点引进步态训练系统。').map(
      (s) => s.title,
    );
    expect(titles.some((t) => t.includes('康复器械'))).toBe(false);
  });
});

describe('fields under a block mark and a numbered label (■ 领域一：X)', () => {
  const RELEASE = [
    '■ 领域一：医学影像设备',
    '重点产品：1.5T/3.0T超导磁共振成像系统、数字减影血管造影系统（DSA）、高端彩色超声诊断仪。',
    '关键部件：CT球管、高压发生器、光子计数探测器。',
    '',
    '■ 领域二：治疗与手术装备',
    '重点产品：医用电子直线加速器、质子治疗系统、腔镜手术机器人、高频电刀。',
    '责任单位：省经济和信息化厅、省卫生健康委',
  ].join('\n');

  it('reads the name after the label as the head, the label its numbering', () => {
    const titles = parseSections(RELEASE).map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['医学影像设备', '治疗与手术装备']));
  });

  it('puts each block’s products in its field and no other', () => {
    const r = fieldsOf(RELEASE);
    expect(r.links).toEqual(
      expect.arrayContaining(['数字减影血管造影系统 -> 医学影像设备', '质子治疗系统 -> 治疗与手术装备']),
    );
    expect(r.links).not.toContain('质子治疗系统 -> 医学影像设备');
  });
});

describe('segments a heading calls 板块', () => {
  const REPORT = [
    '（二）主要产品',
    '1）软性内窥镜板块。主要产品包括电子胃镜、电子结肠镜、电子支气管镜、十二指肠镜及配套的内窥镜图像处理器和冷光源。',
    '2）硬性内窥镜板块。主要产品为4K荧光腹腔镜系统、关节镜和宫腔镜。',
    '3）微创外科能量器械板块。主要产品为超声刀系统、高频电刀和能量平台。',
  ].join('\n');

  it('names each segment a field without 板块, a curated device name too, over its own products', () => {
    const r = fieldsOf(REPORT);
    expect(r.fields).toEqual(expect.arrayContaining(['软性内窥镜', '硬性内窥镜', '微创外科能量器械']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '电子支气管镜 -> 软性内窥镜',
        '关节镜 -> 硬性内窥镜',
        '高频电刀 -> 微创外科能量器械',
      ]),
    );
    expect(r.links).not.toContain('关节镜 -> 软性内窥镜');
  });
});
