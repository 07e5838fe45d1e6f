// Parts the field names by a bare noun of their own, with no head of a part (冷头, 加样针, 柔轮, 鞘流池, 先端部):
// read as parts only where the text already speaks of parts (a list of parts, a thing of a device, a part's
// own parts), never alone in prose. Sentences of the dev texts (d26-catalogue, d7-ivd-raw-materials-interview,
// d25-twocol-gb, d27-wiki, d27-forum, d12-prospectus-raw-materials-suppliers-gb, d21-annual-utf16).
import { describe, expect, it } from 'vitest';
import { partNoun } from '../../../../server/extract/terms/heads';
import { graphOf } from '../seed-data';

const things = (text: string): string[] =>
  graphOf(text)
    .nodes.filter((n) => ['Equipment', 'Component', 'Material'].includes(n.label))
    .filter((n) => n.mentions.length > 0)
    .map((n) => `${n.label}:${n.name}`);
const supplies = (text: string): string[] => {
  const g = graphOf(text);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges
    .filter((e) => e.type === 'PART_OF' || e.type === 'USED_IN')
    .map((e) => `${name.get(e.source)}->${name.get(e.target)}`);
};

describe('the vocabulary of parts named by a bare noun', () => {
  it('knows the nouns alone and after their modifiers', () => {
    for (const n of ['冷头', '加样针', '柔轮', '鞘流池', '先端部', '磁液双悬浮叶轮', '超滤平衡腔'])
      expect(partNoun(n), n).toBe(true);
  });

  it('knows no device, no channel and no balloon', () => {
    for (const n of ['球囊', '施源器', '电离室', '数据通道', '混合器', '内衬层'])
      expect(partNoun(n), n).toBe(false);
  });
});

describe('a bare part noun in a list of parts', () => {
  it('reads 冷头 among a magnet resonance system’s parts', () => {
    expect(
      things(
        '1｜1.5T无液氦超导磁共振成像系统｜超导磁体、梯度线圈、冷头｜铌钛超导线、无氧铜｜武汉联磁医疗科技有限公司',
      ),
    ).toContain('Component:冷头');
  });

  it('reads 反应盘 among an analyser’s parts, off a tree’s node', () => {
    expect(things('全自动化学发光免疫分析仪 ⇐ 加样系统、光电倍增管、反应盘')).toContain('Component:反应盘');
  });

  it('reads 试剂针 as a part, no instrument, beside 样本针', () => {
    const found = things('样本针和试剂针的加样精度依赖高精度柱塞泵和陶瓷阀，反应盘的温控模块也以进口为主。');
    expect(found).toContain('Component:试剂针');
    expect(found).not.toContain('Equipment:试剂针');
  });

  it('reads a glued noun from the noun, a cell from its word', () => {
    const forum = things(
      '生化分析儀比方說你抽血查肝功能、腎功能那種。裡面有加樣針、試劑針、攪拌杆、反應盤和光度計。',
    );
    expect(forum).toContain('Component:加样针');
    expect(forum).not.toContain('Component:里面有加样针');
    const annual = things('　　光学元件　　　　　光学镜片、棱镜、导光光纤　　　　　　　21.7%');
    expect(annual).toContain('Component:光学镜片');
    expect(annual).not.toContain('Component:镜片');
  });
});

describe('a bare part noun owned by a thing', () => {
  it('reads 柔轮 of 谐波减速器 and 鞘流池 of 血细胞分析仪', () => {
    expect(supplies('谐波减速器的柔轮用合金钢，国产替代加快。')).toContain('柔轮->谐波减速器');
    expect(things('生化分析仪的光栅分光光度计、血细胞分析仪的鞘流池同样需要攻关。')).toContain(
      'Component:鞘流池',
    );
  });

  it('reads no noun that modifies a thing after it', () => {
    expect(things('PTFE用于导引导管和微导管的内衬层。')).not.toContain('Component:内衬');
  });
});

describe('a bare part noun that holds parts', () => {
  it('names what 先端部 holds as written', () => {
    const text =
      '电子内镜包括插入部、弯曲部和先端部。先端部集成物镜、图像传感器、导光束出口、送气送水喷嘴和钳道开口。';
    expect(supplies(text)).toEqual(
      expect.arrayContaining(['导光束出口->先端部', '送气送水喷嘴->先端部', '钳道开口->先端部']),
    );
  });
});
