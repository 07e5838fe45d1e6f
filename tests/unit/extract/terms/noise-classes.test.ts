// Classes of new nodes that are no things of the field, as news, features and plans write them: verbs
// of a clause run into a name, firms and universities completed as things, models after a maker,
// hospital units before the thing, grades of a thing in view. Each stays out of the graph while the
// real names around it are read.
import { describe, expect, it } from 'vitest';
import { termConfidence, MIN_CONFIDENCE } from '../../../../server/extract/terms/confidence';
import {
  holdsMaking,
  holdsModel,
  holdsOrganisation,
  holdsServiceUnit,
  inOrganisationList,
  namesPeople,
} from '../../../../server/extract/terms/noise';
import { contextOf } from '../seed-data';

const graphed = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('verbs of a clause before or inside a name', () => {
  it.each([
    // need, division and comparison take the thing as their object
    ['血液透析需要血液透析机、透析器、血路管和透析液。', '血液透析机', '需要'],
    ['试剂方面，发光底物可分为吖啶酯、鲁米诺、金刚烷等体系。', '吖啶酯', '分为'],
    // putting into use: the hospital tries the thing out
    ['除伽马探针外，医院还在试用荧光导航系统，利用吲哚菁绿显影。', '荧光导航系统', '试用'],
  ])('%s reads %s, never a name holding %s', (text, name, verb) => {
    const names = graphed(text);
    expect(names).toContain(name);
    expect(names.filter((n) => n.includes(verb))).toEqual([]);
  });

  it.each([
    // output rates and plans
    '公司目前日产呼吸机约200台，其中流量传感器主要来自海外。',
    '据介绍，产业园建成后，预计年产CT、磁共振、超声诊断设备等整机2000台。',
    // coordination of supplies: the firm coordinates, the chips are no kind of its own
    '迈瑞已与上游200余家供应商逐一对接，协调芯片、压力传感器、氧电池等物料的产能。',
  ])('%s gives no name opening with its verb', (text) => {
    expect(graphed(text).filter((n) => /^(?:日产|年产|预计|协调)/.test(n))).toEqual([]);
  });

  it('reads the field after 投向 without the verb (provincial measures: 子基金重点投向…)', () => {
    const names = graphed(
      '省新兴产业引导基金设立规模50亿元的医疗装备子基金，重点投向医学影像设备、手术机器人、高值医用耗材等领域。',
    );
    expect(names.filter((n) => n.startsWith('投向'))).toEqual([]);
  });

  it('reads no thing opening with an administrative level written alone (省医疗器械审评检查分中心, 市科技局)', () => {
    expect(graphed('4.在长湖市建设省医疗器械审评检查分中心，缩短注册检验周期。')).toEqual([]);
    const table =
      '血液透析滤过机、血液灌流机整机攻关 | 市经信局 | 市科技局、市卫健委\n血泵、漏血检测器等关键部件 | 市科技局 | 市经信局';
    expect(graphed(table).filter((n) => /^[省市]/.test(n))).toEqual([]);
  });

  it('reads no tube in a negated modal: 现在戴上泵，基本不用管了 (a feature on insulin pumps)', () => {
    const names = graphed(
      '“以前一天要扎四五针，现在戴上泵，基本不用管了。”今年28岁的小林是一名1型糖尿病患者。',
    );
    expect(names.filter((n) => n.endsWith('管'))).toEqual([]);
  });
});

describe('organisations read as things', () => {
  it('a list of universities closed by 等高校 completes no device', () => {
    const text = '加强人才引进，支持华中科技大学、武汉大学等高校建设医疗器械相关学科。';
    expect(graphed(text).filter((n) => n.includes('大学'))).toEqual([]);
    const at = text.indexOf('华中科技大学') + '华中科技大学'.length;
    expect(inOrganisationList(text, '华中科技大学', at)).toBe(true);
  });

  it.each(['华中科技大学建设医疗器械', '某某公司呼吸机', '省医疗器械研究所检测设备'])(
    '%s holds one',
    (name) => {
      expect(holdsOrganisation(name)).toBe(true);
    },
  );

  it.each(['医院信息系统', '传动机构', '骨科手术机器人', 'ROBO医疗机器人研究所'])(
    '%s holds none inside',
    (name) => {
      expect(holdsOrganisation(name)).toBe(false);
    },
  );
});

describe('a model after the maker', () => {
  it.each(['罗氏cobas8000检验流水线', '贝克曼DxA 5000检验流水线', '安图Autolumo A2000Plus分析仪'])(
    '%s',
    (name) => {
      expect(holdsModel(name)).toBe(true);
    },
  );

  it.each(['1.5T超导磁共振', '64排CT', '5G远程超声', 'SpO2传感器', 'MP35N镍钴合金丝', 'PET/CT'])(
    'not %s',
    (name) => {
      expect(holdsModel(name)).toBe(false);
    },
  );

  it('罗氏cobas 8000、贝克曼DxA 5000等检验流水线 graphs no model', () => {
    const names = graphed('罗氏cobas 8000、贝克曼DxA 5000等检验流水线在三甲医院检验科已普及。');
    expect(names.filter((n) => /[0-9]{3}/.test(n))).toEqual([]);
  });
});

describe('a hospital unit before the thing', () => {
  it.each(['重症医学科ECMO', '检验科全自动生化分析仪', '省肿瘤医院放疗设备'])('%s holds one', (name) => {
    expect(holdsServiceUnit(name)).toBe(true);
  });

  it.each(['神经外科手术机器人', '眼科激光治疗仪', '重症医学科'])('%s holds none before a thing', (name) => {
    expect(holdsServiceUnit(name)).toBe(false);
  });
});

describe('a grade of the thing in view', () => {
  const confidence = (name: string): number =>
    termConfidence({ rules: new Set(['use:part']), mentions: 1, clean: true, name });

  it('传统探头多用PZT压电陶瓷，高端探头则采用PMN-PT单晶材料 graphs the materials, not the grades', () => {
    const names = graphed('传统探头多用PZT压电陶瓷，高端探头则采用PMN-PT单晶材料。');
    expect(names).not.toContain('传统探头');
    expect(names).not.toContain('高端探头');
  });

  it.each(['传统探头', '高端探头', '核心', '关键芯片'])('%s is below the threshold', (name) => {
    expect(confidence(name)).toBeLessThan(MIN_CONFIDENCE);
  });

  it.each(['单晶探头', '医用导管', '专用芯片', '高端医学影像设备'])('%s is not', (name) => {
    expect(confidence(name)).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});

describe('people as the subject of a use verb', () => {
  it('團隊採用矽水凝膠作為鏡片材料 graphs the material, not the team', () => {
    const names = graphed('團隊採用矽水凝膠作為鏡片材料，透氧性較一般水凝膠鏡片高。');
    expect(names).toContain('硅水凝胶');
    expect(names).not.toContain('团队');
  });

  it.each(['研发团队', '科研人员', '临床医生', '小编'])('%s names people', (name) => {
    expect(namesPeople(name)).toBe(true);
  });

  it.each(['医生工作站', '人员定位系统', '患者监护仪'])('%s does not', (name) => {
    expect(namesPeople(name)).toBe(false);
  });
});

describe('a grade before a head read by its own reader', () => {
  it('keeps 高端探头 when a list names it, not only a use verb', () => {
    const c = termConfidence({
      rules: new Set(['coordination:member']),
      mentions: 1,
      clean: true,
      name: '高端探头',
    });
    expect(c).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});

describe('grades before a broad class, making and prepositions', () => {
  const confidence = (name: string): number =>
    termConfidence({ rules: new Set(['head-noun']), mentions: 1, clean: true, name });

  it.each(['主力设备', '理想材料', '内核零部件', '大规模设备', '关键零部件'])(
    '%s is below the threshold',
    (name) => {
      expect(confidence(name)).toBeLessThan(MIN_CONFIDENCE);
    },
  );

  it.each(['医学影像设备', '大型医用设备', '高端医疗装备', '养老服务机器人'])('%s is not', (name) => {
    expect(confidence(name)).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('支架经激光切割成型 graphs no step of making as a name', () => {
    const names = graphed('镁合金管材经激光切割成支架，再经电化学抛光成支架成品，通过多道工序加工成支架。');
    expect(names.filter((n) => n.includes('成支架'))).toEqual([]);
  });

  it.each(['经激光切割成支架', '工序加工成支架'])('%s is made into', (name) => {
    expect(holdsMaking(name)).toBe(true);
  });

  it.each(['磁共振成像系统', '成人呼吸机', '集成电路'])('%s is not', (name) => {
    expect(holdsMaking(name)).toBe(false);
  });

  it('医用高分子材料在输液器中的应用 reads no name across 在', () => {
    const names = graphed('重点发展医用高分子材料在输液器、注射器中的应用。');
    expect(names.filter((n) => n.includes('在'))).toEqual([]);
  });

  it('内地推康复辅具 reads no origin in a name', () => {
    expect(graphed('內地推康復輔具進社區，康復機器人需求增加。').filter((n) => n.startsWith('内地'))).toEqual(
      [],
    );
  });
});

describe('a part of a set and a class of classes', () => {
  it('已将部分机器人辅助手术纳入医保 graphs no 部分机器人', () => {
    expect(graphed('北京、上海等地已将部分机器人辅助手术纳入医保支付。')).not.toContain('部分机器人');
  });

  it('一台腔镜手术机器人的耗材器械 is below the threshold', () => {
    const c = termConfidence({ rules: new Set(['head-noun']), mentions: 1, clean: true, name: '耗材器械' });
    expect(c).toBeLessThan(MIN_CONFIDENCE);
  });
});
