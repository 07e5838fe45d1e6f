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
