// What a field's products are leads its clause without 领域 too (rules/domain-fields.ts and
// rules/domain-lists.ts): `医学影像主要产品包括A、B`, `体外诊断的代表产品有C` read as
// `X领域的主要产品为A` does; a firm's name before its products is no field.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const read = (text: string) => {
  const { graph } = extractGraph(
    [
      {
        meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 },
        text,
      },
    ],
    curated(),
  );
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return {
    domains: graph.nodes.filter((n) => n.label === 'Domain' && n.mentions.length > 0).map((n) => n.name),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${name.get(e.source) ?? ''} -> ${name.get(e.target) ?? ''}`)
      .sort(),
  };
};

describe('X主要产品包括A、B', () => {
  it('reads the bare field before 主要产品包括, not a field named 医学影像主要产品 (broker report)', () => {
    const r = read('公司产品覆盖三大板块，其中医学影像主要产品包括DR、CT和超声诊断仪。');
    expect(r.domains).toContain('医学影像');
    expect(r.domains.some((d) => d.includes('主要产品'))).toBe(false);
    expect(r.links).toEqual(expect.arrayContaining(['DR -> 医学影像', '超声诊断仪 -> 医学影像']));
  });

  it('puts each board’s products in its own field (annual report, 主要产品有)', () => {
    const r = read(
      '公司业务分为医学影像、生命支持两大板块，医学影像主要产品有DR和超声诊断仪，生命支持主要产品有呼吸机和麻醉机。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        'DR -> 医学影像',
        '超声诊断仪 -> 医学影像',
        '麻醉机 -> 生命支持',
        '呼吸机 -> 生命支持',
      ]),
    );
    expect(r.links).not.toContain('呼吸机 -> 医学影像');
  });

  it('reads 的代表产品有 after a bare field that says what its products do', () => {
    const r = read('血液净化的代表产品有血液透析机、血液透析滤过机和透析器。');
    expect(r.links).toEqual(expect.arrayContaining(['透析器 -> 血液净化']));
  });

  it('makes no field of a firm named before its products (鱼跃医疗主要产品有)', () => {
    const r = read('鱼跃医疗主要产品有制氧机、呼吸机和电子血压计。');
    expect(r.domains).toEqual([]);
    expect(r.links).toEqual([]);
  });

  it('makes no field of 公司主要产品包括', () => {
    expect(read('公司主要产品包括监护仪、呼吸机和除颤仪。').links).toEqual([]);
  });
});

describe('a field by what its devices do to the body', () => {
  it('reads 在神经调控领域 over the implants after it (news of approvals)', () => {
    const r = read('在神经调控领域，公司推出植入式脑深部电刺激器和迷走神经刺激器。');
    expect(r.domains).toContain('神经调控');
    expect(r.links).toEqual(expect.arrayContaining(['迷走神经刺激器 -> 神经调控']));
  });

  it('reads a class of devices named by a body system (呼吸设备包括A、B)', () => {
    const r = read('呼吸设备包括呼吸机、制氧机和雾化器。');
    expect(r.domains).toContain('呼吸设备');
    expect(r.links).toEqual(expect.arrayContaining(['呼吸机 -> 呼吸设备', '制氧机 -> 呼吸设备']));
  });
});

describe('fields as items of a bulleted list', () => {
  // A WeChat article's list of a firm's lines, each item a field, its colon and its devices.
  const list = '- 医学影像：CT、MR、超声\n- 体外诊断：生化分析仪、化学发光分析仪\n- 生命支持：呼吸机、监护仪';

  it('puts the devices of each item in its own field, not in the item before (no 。 closes a line)', () => {
    const r = read(list);
    expect(r.links).toEqual(expect.arrayContaining(['生化分析仪 -> 体外诊断产品']));
    expect(r.links.filter((l) => l.startsWith('呼吸机') || l.startsWith('监护仪'))).toEqual([]);
  });

  it('reads a field in Markdown bold before its colon (- **医学影像**：CT、MR)', () => {
    const r = read(list.replace(/- (\S+?)：/g, '- **$1**：'));
    expect(r.domains).toContain('医学影像');
    expect(r.links.filter((l) => l.endsWith('-> 医学影像'))).toHaveLength(3);
  });
});

describe('the whole industry of a market or a place', () => {
  it('makes no field of A股医疗器械 before 板块 (broker commentary)', () => {
    const r = read('A股医疗器械板块中，高值耗材子板块表现较好，心脏瓣膜、神经介入产品放量。');
    expect(r.domains.filter((d) => d.includes('医疗器械'))).toEqual([]);
  });

  it('makes no field of 国产医疗设备 before 领域', () => {
    expect(read('在国产医疗设备领域，CT和MRI增长最快。').links).toEqual([]);
  });
});

describe('a product line of one kind of device', () => {
  it('reads no field in 呼吸机产品包括A和B: the products of the ventilator are its models (annual report)', () => {
    const r = read(
      '公司麻醉机产品主要包括HK-A7和HK-A5系列，呼吸机产品包括HK-V8重症呼吸机和HK-T3转运呼吸机。',
    );
    expect(r.domains).toEqual([]);
    expect(r.links).toEqual([]);
  });
});
