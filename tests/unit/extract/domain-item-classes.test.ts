// An ordinal item framing a curated class of things as a field over its devices, and names the
// dictionary cuts with an adverb (经|自然|腔道手术机器人).
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const read = (text: string) => {
  const graph = graphOf(text);
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return {
    names: graph.nodes.filter((n) => n.mentions.length > 0).map((n) => n.name),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${name.get(e.source) ?? ''} -> ${name.get(e.target) ?? ''}`),
  };
};

describe('items that frame a class of things', () => {
  it('reads 二是手术机器人，包括A、B… as the field of its robots, none of them in a field of its own name', () => {
    const r = read(
      '《措施》明确了重点支持方向。一是高端医学影像设备，包括光子计数CT、PET/MR等；二是手术机器人，包括腔镜、骨科、神经外科和经自然腔道手术机器人；三是康复装备，包括外骨骼机器人、智能假肢。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '腔镜手术机器人 -> 手术机器人',
        '神经外科手术机器人 -> 手术机器人',
        '经自然腔道手术机器人 -> 手术机器人',
        '光子计数CT -> 高端医学影像设备',
        '外骨骼机器人 -> 康复装备',
      ]),
    );
    expect(r.links).not.toContain('手术机器人 -> 手术机器人');
  });

  it('reads counted classes the same way (第一类是X，主要更新A、B；第二类是Y，包括C)', () => {
    const r = read(
      '此次更新涉及三类设备。第一类是医学影像设备，主要更新CT、磁共振成像系统和数字化X射线摄影系统；第二类是检验设备，包括全自动生化分析仪；第三类是手术机器人，包括腹腔镜手术机器人和骨科手术机器人。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '数字化X射线摄影系统 -> 医学影像设备',
        '全自动生化分析仪 -> 检验设备',
        '骨科手术机器人 -> 手术机器人',
      ]),
    );
  });

  it('reads no class from a grade of regulation (第二类医疗器械实行备案管理，包括A、B)', () => {
    expect(read('第二类医疗器械实行备案管理，包括电子血压计和血糖仪。').links).toEqual([]);
  });

  it('frames no device (呼吸机) and no class over one device', () => {
    expect(read('二是呼吸机，包括有创呼吸机、无创呼吸机。').links).toEqual([]);
    expect(read('二是手术机器人，包括骨科手术机器人。').links).toEqual([]);
  });
});

describe('names cut by a mis-tagged adverb', () => {
  it('reads 经自然腔道手术机器人 alone and as the last conjunct of a shared head', () => {
    expect(read('发展经自然腔道手术机器人。').names).toContain('经自然腔道手术机器人');
    expect(read('发展骨科和经自然腔道手术机器人。').names).toEqual(
      expect.arrayContaining(['骨科手术机器人', '经自然腔道手术机器人']),
    );
  });
});
