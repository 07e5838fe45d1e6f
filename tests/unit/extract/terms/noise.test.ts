// Head-noun runs that are not things of the field: organisations whose names end in a head, places
// and verbs before a name, clauses with a count, grades of regulation. And the classes that a use
// word with a specific head does name.
import { describe, expect, it } from 'vitest';
import { endsInOrganisation } from '../../../../server/extract/terms/noise';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);

describe('endsInOrganisation', () => {
  it('sees a company after a bracketed place: 航天新长征医疗器械(北京)有限公司', () => {
    const text = '航天新长征医疗器械(北京)有限公司研制';
    expect(endsInOrganisation(text, '航天新长征医疗器械'.length)).toBe(true);
  });

  it('does not see one after a plain verb', () => {
    expect(endsInOrganisation('医用机器人获批上市', '医用机器人'.length)).toBe(false);
  });
});

describe('discovery refuses names that are not things', () => {
  it.each([
    [
      '2023年2月,航天新长征医疗器械(北京)有限公司研制的体外肺支持辅助设备在北京协和医院发布上市。',
      '航天新长征医疗器械',
    ],
    [
      '2022年9月26日,国家药品监督管理局批准了上海艾普强粒子设备有限公司“质子治疗系统”的创新产品注册申请。',
      '艾普强粒子设备',
    ],
    ['汕头:加快建设广东省智能化超声成像技术装备创新中心,着力发展医学影像诊断装备产业。', '超声成像技术装备'],
    ['二类医疗器械由省级药监部门负责审批,风险性更大的三级医疗器械则由国家药监部门负责审批。', '三级医疗器械'],
    ['攻关精准放射治疗装备,在多模式高清晰导航、多靶区肿瘤一次摆位同机治疗方面取得突破。', '摆位同机'],
    ['申报主体原则上是由牵头医疗装备生产企业、牵头医疗机构与参与的生产企业组成的联合体。', '牵头医疗装备'],
  ])('reads no term in %s', (sentence, fragment) => {
    expect(discovered(sentence).filter((n) => n.includes(fragment))).toEqual([]);
  });

  it('starts the term after a verb between two names: 内窥镜镜体加上内窥镜配套设备', () => {
    const names = discovered('从器械构成看,内窥镜镜体加上内窥镜配套设备,合起来就是内窥镜系统。');
    expect(names.some((n) => n.includes('加上'))).toBe(false);
  });

  it('keeps an action word alone before a broad head out of the graph: 一体化的检查仪器', () => {
    expect(discovered('内窥镜是一体化的检查仪器。')).not.toContain('Equipment:检查仪器');
  });
});

describe('discovery reads', () => {
  it('a use word with a specific head as a class: 口腔器材、康复医疗器械、医用导管等医疗器械', () => {
    expect(discovered('佛山:口腔器材、康复医疗器械、医用导管等医疗器械要加快发展。')).toContain(
      'Equipment:医用导管',
    );
  });

  it('医用机器人 in 我国已有63款医学装备人工智能产品和61款医用机器人获批上市', () => {
    expect(discovered('截至2023年底,我国已有63款医学装备人工智能产品和61款医用机器人获批上市。')).toContain(
      'Equipment:医用机器人',
    );
  });

  it('多 of 多模态 as part of the name: “多模态肿瘤治疗系统”', () => {
    expect(discovered('“碳离子治疗系统”和“多模态肿瘤治疗系统”共5款创新医疗器械获批上市。')).toContain(
      'Equipment:多模态肿瘤治疗系统',
    );
  });

  it('a Greek letter as a name character: X/γ射线放疗设备 gives γ射线放疗设备, not 射线放疗设备', () => {
    const names = discovered('医疗器械方面,支持X/γ射线放疗设备、PEEK颅骨修补产品、医用机器人的研发生产。');
    expect(names).toContain('Equipment:γ射线放疗设备');
    expect(names).not.toContain('Equipment:射线放疗设备');
  });
});

describe('hospital units, installation and supply verbs', () => {
  it('starts a name after the hospital unit that holds it: 医院影像科DR设备和检验科全自动生化分析仪', () => {
    const names = discovered('医院影像科DR设备和检验科全自动生化分析仪已完成更新。');
    expect(names).toContain('Equipment:全自动生化分析仪');
    expect(names.some((n) => n.includes('科'))).toBe(false);
  });

  it('keeps specialties that name a kind of product: 眼科高频超声诊断仪', () => {
    expect(discovered('本指导原则适用于眼科高频超声诊断仪。')).toContain('Equipment:眼科高频超声诊断仪');
  });

  it('reads no device in 磁共振成像系统装机 and no supplier in 供应PET-CT', () => {
    expect(discovered('联影uMR 790磁共振成像系统装机。').some((n) => n.endsWith('装机'))).toBe(false);
    expect(discovered('该公司的PET晶体探测器供应PET-CT整机厂商。').some((n) => n.includes('供应'))).toBe(
      false,
    );
  });
});

describe('numerals as morphemes', () => {
  it('cuts 多 after an adverb: 更多医疗设备实现国产化替代 names no 多医疗设备', () => {
    expect(discovered('脑起搏器、人工耳蜗等更多医疗设备实现国产化替代。')).not.toContain(
      'Equipment:多医疗设备',
    );
  });
});

describe('one-character place tags', () => {
  it('does not cut 迈瑞医疗监护仪 at 瑞 (tagged a place) into a graphed 医疗监护仪', () => {
    expect(discovered('迈瑞医疗监护仪和联影医疗磁共振设备出口海外。')).not.toContain('Equipment:医疗监护仪');
  });
});
