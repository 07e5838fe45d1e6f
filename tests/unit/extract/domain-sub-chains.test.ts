// A chain's sub-chains (子链) are its fields: `按A、B、C三条子链推进` lists them, `A子链方面，…` and
// `A子链新增X、Y` lead a clause of A's devices, as `A方面，` and `A领域新增` do.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const read = (text: string) => {
  const graph = graphOf(text);
  const node = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return {
    fields: graph.nodes.filter((n) => n.label === 'Domain' && n.mentions.length > 0).map((n) => n.name),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${node.get(e.source) ?? ''} -> ${node.get(e.target) ?? ''}`),
  };
};

describe('sub-chains of a chain', () => {
  it('reads a field before 子链方面 without the word (医学影像装备子链方面，)', () => {
    const r = read(
      [
        '会议通报，前三季度全省医疗装备产业实现营业收入586.4亿元，同比增长11.2%，规模以上企业达到312家。产业链按医学影像装备、手术机器人、体外诊断装备三条子链推进，每条子链明确一家“链主”企业。',
        '',
        '医学影像装备子链方面，长沙高新区已形成64排和128排计算机断层扫描系统（CT）、1.5T超导磁共振成像系统、数字化X射线摄影系统（DR）整机批量生产能力。',
        '',
        '手术机器人子链方面，腔镜手术机器人和骨科手术机器人均已取得三类注册证。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像装备', '手术机器人', '体外诊断装备']));
    expect(r.fields.some((f) => f.includes('子链') || f.startsWith('产业链'))).toBe(false);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '超导磁共振成像系统 -> 医学影像装备',
        '数字化X射线摄影系统 -> 医学影像装备',
        '腔镜手术机器人 -> 手术机器人',
        '骨科手术机器人 -> 手术机器人',
      ]),
    );
  });

  it('reads the devices a sub-chain adds (康复装备子链新增A、B两个整机项目)', () => {
    const r = read(
      [
        '1．专班召开11月调度会。11月18日，专班召开月度调度会，通报医学影像装备、体外诊断装备、高端植入介入器械和康复装备四条子链进展。',
        '',
        '9．【徐州】康复装备子链新增外骨骼机器人、智能轮椅两个整机项目，外骨骼机器人关节电机和力矩传感器均由本地企业配套。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['康复装备', '高端植入介入器械']));
    // `调度会，通报医学影像装备、…`: the verb of what the meeting hears is no part of the first field.
    expect(r.fields).toContain('医学影像装备');
    expect(r.fields.filter((f) => f.startsWith('通报'))).toEqual([]);
    expect(r.links).toEqual(expect.arrayContaining(['外骨骼机器人 -> 康复装备', '智能轮椅 -> 康复装备']));
  });
});
