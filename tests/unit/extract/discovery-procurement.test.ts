// Precision of discovery on hospital procurement records: a purchase verb starts no name, and size,
// precision or class words before a bare class noun (`大型医疗设备`, `装备仪器`) make no kind.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => {
  const { model } = contextOf(text);
  return [...model.discovered, ...model.candidates].map((d) => d.name);
};

describe('discoverTerms: procurement verbs', () => {
  it('reads B超仪, not 基本配齐B超仪, in 乡镇卫生院基本配齐B超仪、X光机、心电图机', () => {
    const found = terms(
      '至2007年底，乡镇卫生院基本配齐B超仪、X光机、心电图机、血球计数仪、生化分析仪等设备。',
    );
    expect(found.filter((t) => t.includes('配齐'))).toEqual([]);
    expect(found).toContain('B超仪');
  });

  it('reads 自动生化分析仪, not the hospital and its purchase, in 市妇幼保健院新增自动生化分析仪', () => {
    const found = terms('市人民医院新增全身CT机，市妇幼保健院新增自动生化分析仪。');
    expect(found.filter((t) => /新增|保健院/.test(t))).toEqual([]);
    expect(found).toContain('自动生化分析仪');
  });
});

describe('discoverTerms: words of size and class before a class noun', () => {
  it('reads no 大型医疗设备 or 精密现代化医疗设备 in a procurement record', () => {
    const found = terms('普陀区人民医院新增腹腔镜等大型医疗设备；另有大C臂DSA等精密现代化医疗设备。');
    expect(found.filter((t) => /大型医疗|精密/.test(t))).toEqual([]);
  });

  it('reads no 装备仪器 in 购入了显微镜、X光机、B超仪等装备仪器', () => {
    expect(terms('有6个中心卫生院购入了显微镜、X光机、B超仪等装备仪器。')).not.toContain('装备仪器');
  });

  it('reads a part of a part (探测器芯片, 传感器芯片, 电机轴承) but no class of parts before a head (芯片模块)', () => {
    expect(terms('企业研发了探测器芯片。')).toContain('探测器芯片');
    expect(terms('国产传感器芯片已经量产，电机轴承仍依赖进口。')).toEqual(
      expect.arrayContaining(['传感器芯片', '电机轴承']),
    );
    expect(terms('企业研发了芯片模块。')).not.toContain('芯片模块');
    expect(terms('医院采购了仪器设备。')).not.toContain('仪器设备');
  });

  it('still reads a named kind after a size word: 研制大型质子治疗装置', () => {
    expect(terms('加快研制大型质子治疗装置。').some((t) => t.endsWith('质子治疗装置'))).toBe(true);
  });
});

describe('discoverTerms: 含 (including) opening a bracket or a clause', () => {
  const graphed = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

  it('reads 多叶准直器, not 含多叶准直器, in 完成直线加速器（含多叶准直器、加速管）更新论证', () => {
    const found = terms('2025年计划完成直线加速器（含多叶准直器、加速管）更新论证。');
    expect(found.filter((t) => t.startsWith('含'))).toEqual([]);
    expect(graphed('2025年计划完成直线加速器（含多叶准直器、加速管）更新论证。')).toContain('多叶准直器');
  });

  it('reads 平板探测器 after a comma: DR 12台，含平板探测器和高压发生器', () => {
    const text = '数字化X射线摄影系统（DR）12台，乡镇卫生院每院配置不少于1台，含平板探测器和高压发生器；';
    expect(terms(text).filter((t) => t.startsWith('含'))).toEqual([]);
    expect(graphed(text)).toEqual(expect.arrayContaining(['平板探测器', '高压发生器']));
  });

  it('keeps 含 before a substance of one character, a word of the name: 初步结果，含钕镁合金支架于体外降解缓慢', () => {
    expect(terms('初步结果，含钕镁合金支架于体外降解缓慢。')).toContain('含钕镁合金支架');
  });
});

describe('discoverTerms: items of a counted list', () => {
  const graphed = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

  it('reads an item between a list mark and its count, whatever its first word (除颤监护仪24台)', () => {
    const names = graphed('　　4K荧光腹腔镜系统3套、高频电刀8台、麻醉机6台、除颤监护仪24台、负压救护车4辆。');
    expect(names).toContain('除颤监护仪');
    expect(graphed('　　全自动清洗消毒机4台、预真空压力蒸汽灭菌器6台，以及医院信息平台升级。')).toContain(
      '预真空压力蒸汽灭菌器',
    );
  });

  it('reads no action on the items as part of a name (维修探头9把)', () => {
    expect(
      graphed('（三）彩超：维修探头9把，主要为声透镜开裂。').filter((n) => n.startsWith('维修')),
    ).toEqual([]);
  });
});
