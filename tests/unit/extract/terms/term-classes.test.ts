// Classes of wrong names read from real-looking sentences: a curated name cut out of a longer word, a
// list opener or a classification glued into a name, a list's class glued onto complete members, a
// valve read by the dictionary's cut, a raw-material list read as devices, and a firm or a verb of
// production opening a name.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

/** Discovered terms of a text as `label:name`, sorted, and the quoted mentions of each node. */
const read = (text: string) => {
  const { model } = contextOf(text);
  return {
    terms: model.discovered.map((d) => `${d.label}:${d.name}`).sort(),
    quotes: (id: string) =>
      model.occurrences.filter((o) => o.nodeId === id).map((o) => text.slice(o.start, o.end)),
  };
};

describe('a curated name written inside a longer word', () => {
  it('reads the whole word the text writes (腹 + 腔镜手术机器人), one character or more', () => {
    for (const text of [
      '该院年内引进两台腹腔镜手术机器人，用于泌尿外科和妇科微创手术。',
      '国产腹腔镜手术机器人获批上市后，单台采购价格下降近四成。',
    ])
      expect(read(text).terms).toContain('Equipment:腹腔镜手术机器人');
  });
});

describe('words that open a list of examples', () => {
  it('keeps 像, 诸如 and 譬如 out of the first member (像CT、MR这样的…)', () => {
    expect(read('像CT、MR这样的大型医学影像设备，国产化率仍然偏低。').terms).toEqual([
      'Equipment:大型医学影像设备',
    ]);
    const r = read('诸如DR、DSA、超声诊断仪之类的设备，基层医院仍需配齐。');
    expect(r.terms).not.toContain('Equipment:诸如DR');
    expect(r.terms).toContain('Equipment:DR');
  });
});

describe('a class after members that already name devices', () => {
  it('does not glue 医学影像设备 onto an abbreviation, its modality or a member ending in 影像', () => {
    for (const text of [
      '支持企业研发CT扫描、超声影像及PET等医学影像设备。',
      '鼓励医疗机构采购MR成像、超声影像和DSA等国产医学影像设备。',
      '重点发展医学影像设备（CT扫描、超声影像、PET等），提升核心部件自给率。',
    ]) {
      const names = read(text).terms.map((t) => t.slice(t.indexOf(':') + 1));
      expect(names.filter((n) => /[A-Z]|超声影像/.test(n) && n.endsWith('设备'))).toEqual([]);
    }
  });

  it('still completes members that name an activity (中医诊断治疗、远程医疗等装备)', () => {
    expect(read('发展中医诊断治疗、远程医疗等装备。').terms).toEqual([
      'Equipment:中医诊断治疗装备',
      'Equipment:远程医疗装备',
    ]);
  });
});

describe('a regulatory class stated of a thing', () => {
  it('reads 属/属于/列为 + 第N类 as a clause, not a name', () => {
    expect(read('硅油属第三类医疗器械，生产企业须取得注册证。').terms).toEqual([]);
    expect(read('眼科用硅油按第三类医疗器械管理。').terms).toEqual([]);
    expect(read('一次性使用无菌注射器已被列为第二类医疗器械。').terms).not.toContain(
      'Equipment:一次性使用无菌注射器已被列为第二类医疗器械',
    );
  });
});

describe('heart valves', () => {
  it('reads a valve as equipment however the dictionary cuts it (主动脉瓣|膜), 经导管 included', () => {
    expect(read('企业自主研发的经导管主动脉瓣膜获批上市。').terms).toEqual(['Equipment:经导管主动脉瓣膜']);
    expect(read('三是植介入器械，如经导管主动脉瓣膜、药物洗脱支架、人工关节等。').terms).toContain(
      'Equipment:经导管主动脉瓣膜',
    );
  });
});

describe('a list closed by a class of raw materials', () => {
  it('reads no device among dNTP、引物探针、酶等原料', () => {
    for (const text of [
      '公司向上游采购dNTP、引物探针、逆转录酶等原料，用于生产核酸检测试剂盒。',
      '上游主要是dNTP、引物探针、磁珠等关键原材料。',
    ])
      expect(read(text).terms.filter((t) => t.startsWith('Equipment:'))).toEqual([]);
  });
});

describe('a firm or a verb of production before a name', () => {
  it('ends the name on the left at 大厂 and 量产', () => {
    const terms = read('国际器械大厂量产超声探头，带动压电陶瓷需求增长。').terms;
    expect(terms).toContain('Component:超声探头');
    expect(terms.filter((t) => /大厂|量产/.test(t))).toEqual([]);
    expect(read('本土企业已批量投产高端CT球管。').terms.filter((t) => t.includes('投产'))).toEqual([]);
  });
});

describe('an adverb after the last member of a list', () => {
  it('ends the member (…和伺服电机仍多由海外厂商供应 names 伺服电机, not 伺服电机仍多)', () => {
    const { terms } = read('国产手术机器人的谐波减速器、编码盘和伺服电机仍多由海外厂商供应。');
    expect(terms).not.toContain('Component:伺服电机仍多');
    expect(terms).toEqual(expect.arrayContaining(['Component:编码盘', 'Component:谐波减速器']));
  });
});
