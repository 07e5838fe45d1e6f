// Discovery by heads on real sentences: what becomes a term and what does not.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label} ${d.name}`);

describe('discoverTerms', () => {
  it('finds 大型知识库系统 in 构建支持精准医疗的大型知识库系统，开发系列工具', () => {
    expect(
      discovered(
        '研发海量个人多组学信息管理、注释、可视化与应用系统，构建支持精准医疗的大型知识库系统，开发系列工具。',
      ),
    ).toContain('Equipment 大型知识库系统');
  });

  it('cuts the verbs in front: 促进开源外接设备、医疗健康软件 gives 开源外接设备', () => {
    expect(discovered('促进开源外接设备、医疗健康软件与健康建筑的同步发展。')).toEqual([
      'Equipment 开源外接设备',
    ]);
  });

  it('does not take a head inside a longer word: 医疗装备产业 and 系统集成 are not terms', () => {
    expect(discovered('推进医疗装备产业高质量发展，加强系统集成。')).toEqual([]);
  });

  it('does not read 市场监管 or 心脑血管 as components ending in 管', () => {
    expect(discovered('市场监管、医保、药监等部门；以恶性肿瘤、心脑血管为重点。')).toEqual([]);
  });

  it('drops quantities: 10-20 项前沿创新医疗器械 is not a term with 项', () => {
    expect(discovered('重点开发 10-20 项前沿创新医疗器械。').some((d) => d.includes('项'))).toBe(false);
  });
});

describe('discoverTerms: boundaries and confidence', () => {
  const terms = (text: string): string[] => {
    const { model } = contextOf(text);
    return [...model.discovered, ...model.candidates].map((d) => d.name);
  };

  it('starts no term with a verb or a pronoun-like word: 确保我国医疗器械, 比起芯片, 具体到医疗器械', () => {
    const found = terms('确保我国医疗器械产业链安全，比起芯片，具体到医疗器械该如何规划。');
    expect(found.filter((t) => /确保|我国|比起|具体/.test(t))).toEqual([]);
  });

  it('takes no by-line into a term: 来源:互联网', () => {
    expect(terms('来源:互联网 医用超声探头国产化进展。').some((t) => t.includes('来源'))).toBe(false);
  });

  it('reads a verb glued to a one-character head as a device: ,除颤仪,', () => {
    const { model } = contextOf('发展重点放在高端治疗呼吸机,除颤仪,中医治疗设备等。');
    expect(model.discovered.map((d) => d.name)).toContain('除颤仪');
  });

  it('extends over a curated modifier but keeps a curated name plus a class noun as that name', () => {
    const found = terms('发展重点放在免疫分析仪、高通量生化分析仪，高端 CT设备。');
    expect(found).toContain('高通量生化分析仪');
    expect(found.some((t) => t.includes('CT设备'))).toBe(false);
  });

  it('labels 瓣膜 by its word, not by the head 膜: 人工心脏瓣膜 is Equipment', () => {
    const { model } = contextOf('重点发展人工心脏瓣膜、人工关节等植入器械。');
    const valve = [...model.discovered, ...model.candidates].find((d) => d.name.endsWith('心脏瓣膜'));
    expect(valve?.label).toBe('Equipment');
  });

  it('gives each term props from its evidence: a clean single mention 0.7, a list completion 0.8', () => {
    const { model } = contextOf('构建支持精准医疗的大型知识库系统。研制脑损伤、脑发育等新型监护装备。');
    const byName = new Map(model.discovered.map((d) => [d.name, d]));
    expect(byName.get('大型知识库系统')).toMatchObject({ confidence: 0.7, foundBy: 'head-noun' });
    expect(byName.get('脑损伤监护装备')).toMatchObject({ confidence: 0.8, foundBy: 'coordination:etc' });
  });

  it('reports unclean single mentions as candidates, not graph nodes: 专栏 2 医疗装备', () => {
    const { model } = contextOf('专栏 2 医疗装备融合发展。');
    expect(model.discovered).toEqual([]);
    expect(model.candidates.map((c) => c.name)).toEqual(['专栏2医疗装备']);
  });
});
