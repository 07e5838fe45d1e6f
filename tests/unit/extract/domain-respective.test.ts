// Groups of products written in the order of a list of fields (text:domain-respective).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const links = (text: string): string[] => fieldsOf(text).links;

describe('groups of products in the order of the fields', () => {
  it('reads one comma-parted group per field of 围绕A、B、C和D四个细分领域', () => {
    const r = links(
      '围绕骨科植入、医学影像、微创介入和康复器械四个细分领域，重点支持脊柱内固定系统、可吸收骨钉，数字化X射线摄影系统、移动式C形臂X射线机，冠脉药物洗脱支架、外周球囊导管，以及智能康复训练设备、电动轮椅等产品做大做强。',
    );
    expect(r).toEqual(
      expect.arrayContaining([
        '脊柱内固定系统 -> 骨科植入',
        '数字化X射线摄影系统 -> 医学影像',
        '移动式C形臂X射线机 -> 医学影像',
        '冠脉药物洗脱支架 -> 微创介入',
        '电动轮椅 -> 康复器械',
      ]),
    );
    expect(r).not.toContain('冠脉药物洗脱支架 -> 医学影像');
  });

  it('reads groups parted by ；after 三大方向，分别发展', () => {
    const r = links(
      '聚焦医学影像、体外诊断、治疗装备三大方向，分别发展光子计数CT、PET/MR；化学发光免疫分析仪、流式细胞仪；质子治疗系统和手术机器人。',
    );
    expect(r).toEqual(
      expect.arrayContaining(['PET/MR -> 医学影像', '流式细胞仪 -> 体外诊断产品', '手术机器人 -> 治疗装备']),
    );
    expect(r).not.toContain('手术机器人 -> 医学影像');
  });

  it('reads nothing when the groups do not match the fields in number or a later group is a clause', () => {
    expect(links('围绕医学影像、体外诊断两大领域，重点发展光子计数CT，推动企业扩大产能。')).toEqual([]);
    expect(
      links('在医学影像和体外诊断领域，支持光子计数CT、超声诊断仪，加快化学发光免疫分析仪研发。').filter(
        (l) => l.includes('体外诊断'),
      ),
    ).toEqual([]);
  });

  it('reads two fields and two groups only when the text says 分别: they line up by chance', () => {
    // A maker's profile: the ventilator and the monitor are no products of in-vitro diagnostics.
    const r = links('公司聚焦医学影像、体外诊断两大领域，主要产品有CT、DR，以及呼吸机和监护仪。');
    expect(r.filter((l) => l.includes('体外诊断'))).toEqual([]);
    expect(
      links('围绕医学影像、体外诊断两大领域，分别发展光子计数CT、PET/MR，化学发光免疫分析仪、流式细胞仪。'),
    ).toEqual(expect.arrayContaining(['PET/MR -> 医学影像', '流式细胞仪 -> 体外诊断产品']));
  });
});
