// Names found by reading that are no things of the field: firms in a list of firms, products named by
// their model, pieces of a clause, phrases of policy. They stay candidates of the report, below the
// threshold, so a curator can still accept one; the real terms around them are read as before.
import { describe, expect, it } from 'vitest';
import { MIN_CONFIDENCE, termConfidence } from '../../../../server/extract/terms/confidence';
import { holdsPhrase, inOrganisationList, opensWithModel } from '../../../../server/extract/terms/noise';
import { contextOf } from '../seed-data';

const read = (text: string): { graphed: string[]; candidates: string[] } => {
  const { model } = contextOf(text);
  return {
    graphed: model.discovered.map((d) => d.name),
    candidates: model.candidates.map((d) => `${d.name} ${d.foundBy}`),
  };
};

describe('a firm in a list of firms', () => {
  it('is a candidate, not equipment: 国内的微创机器人、精锋医疗、天智航等企业', () => {
    const { graphed, candidates } = read(
      '手术机器人方面，国内的微创机器人、精锋医疗、天智航等企业仍处于亏损状态。微创机器人的产品已获批上市。',
    );
    expect(graphed).not.toContain('微创机器人');
    expect(candidates.filter((c) => c.startsWith('微创机器人 '))).toHaveLength(1);
  });

  it.each([
    ['国内的微创机器人、精锋医疗、天智航等企业', '微创机器人'],
    ['奕瑞科技、康众医疗等探测器企业', '奕瑞科技'],
    ['联影医疗和迈瑞医疗两家公司', '联影医疗'],
    ['开立医疗、祥生医疗等厂商', '开立医疗'],
  ])('is read in %s', (sentence, name) => {
    const at = sentence.indexOf(name) + name.length;
    expect(inOrganisationList(sentence, name, at)).toBe(true);
  });

  it.each([
    // A trade before the class with no member named like a firm: firms named by their products.
    ['推动血路管、透析器等耗材企业扩大产能', '透析器'],
    // A making verb: the members are what the firms make.
    ['支持监护仪、呼吸机等医疗装备生产企业', '监护仪'],
    // A list that ends at a comma: the firms are another list.
    ['已有企业实现医用钛棒、纳米氧化锆粉体的批量供应，威高、创英等厂商的种植体也中标', '钛棒'],
  ])('is not read in %s', (sentence, name) => {
    const at = sentence.indexOf(name) + name.length;
    expect(inOrganisationList(sentence, name, at)).toBe(false);
  });
});

describe('a product named by its model', () => {
  it.each(['S60彩超', 'SV800呼吸机', 'MP1000多孔腔镜手术机器人', 'Resona彩超', 'Varex平板探测器'])(
    'opens %s',
    (name) => {
      expect(opensWithModel(name)).toBe(true);
    },
  );

  it.each([
    '1.5T超导磁共振',
    '64排CT',
    '5G远程超声',
    'CO2激光治疗机',
    'X射线球管',
    'PET-CT',
    'SiPM探测器',
    'LYSO晶体',
  ])('does not open %s', (name) => {
    expect(opensWithModel(name)).toBe(false);
  });

  it('leaves the model out of the graph and keeps the curated device: 迈瑞的SV800呼吸机销量居前', () => {
    const { graphed, candidates } = read('迈瑞医疗的Resona R9彩超和SV800呼吸机销量居前。');
    expect(graphed).not.toContain('SV800呼吸机');
    expect(candidates).toContain('SV800呼吸机 noise:model');
  });

  it('keeps a material grade written like a model: MP35N镍钴合金丝', () => {
    expect(
      read('导线的导体多采用MP35N镍钴合金丝绕制。').candidates.filter((c) => c.includes('MP35N')),
    ).toEqual([]);
  });
});

describe('a piece of a clause', () => {
  it('is a candidate: 在血管内超声指导下植入药物洗脱支架', () => {
    const { graphed } = read(
      '复杂病变患者在血管内超声（IVUS）指导下植入药物洗脱支架。药物洗脱支架的平台多采用钴铬合金。',
    );
    expect(graphed.filter((n) => n.includes('指导下'))).toEqual([]);
    expect(graphed).toContain('药物洗脱支架');
  });

  it('starts after a verb of means: 医生借助微导管 / 已掌握单晶材料的复合工艺', () => {
    const { graphed } = read('开立医疗披露已掌握单晶材料的复合工艺。医生借助微导管和导丝将其送达闭塞部位。');
    expect(graphed).toContain('单晶材料');
    expect(graphed.filter((n) => n.includes('掌握') || n.includes('借助'))).toEqual([]);
  });

  it('holds no count of things bought: 引进ECMO2台设备', () => {
    expect(read('医院今年引进ECMO2台设备和呼吸机。').graphed.filter((n) => n.includes('2台'))).toEqual([]);
  });
});

describe('a phrase of policy', () => {
  it.each(['城市急救体系建设', '县域医共体能力提升', '首台套应用示范'])(
    'is below the threshold: %s',
    (name) => {
      expect(
        termConfidence({ rules: new Set(['heading:domain']), mentions: 2, clean: true, name }),
      ).toBeLessThan(MIN_CONFIDENCE);
    },
  );

  it('leaves real names alone: 患者手术平台, 医用高分子材料', () => {
    for (const name of ['患者手术平台', '医用高分子材料'])
      expect(
        termConfidence({ rules: new Set(['head-noun']), mentions: 1, clean: true, name }),
      ).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});

describe('what only a phrase holds', () => {
  it.each(['远端的内管', '电阻等元件', '聚氨酯两种选择', 'ECMO2台设备'])('marks %s', (name) => {
    expect(holdsPhrase(name)).toBe(true);
  });

  it.each(['64排CT', '32通道头颈联合线圈', '第二类医疗器械', '三维高清内窥镜'])('leaves %s', (name) => {
    expect(holdsPhrase(name)).toBe(false);
  });

  it('keeps a list member that ran past a word no name holds out of the graph: 迈瑞医疗中标监护、除颤和麻醉类设备', () => {
    const { graphed } = read('其中迈瑞医疗中标监护、除颤和麻醉类设备，联影医疗中标CT和磁共振。');
    expect(graphed.filter((n) => n.includes('中标'))).toEqual([]);
  });

  it('starts after a firm that won a tender: 迈瑞医疗中标监护设备', () => {
    const { graphed } = read('本次招标中，迈瑞医疗中标监护设备和除颤仪。');
    expect(graphed.filter((n) => n.includes('中标'))).toEqual([]);
  });
});
