// What a machine uses, listed right after its 用 (`体外膜肺氧合（ECMO）用膜式氧合器和离心泵`,
// `化学发光免疫分析仪所用的光电倍增管和精密注射泵`), is a part even when its name ends in a machine's head.
// Sentences of news of calls for key parts and of a proposal's reply.
import { describe, expect, it } from 'vitest';
import { partsAfterUser, type NamedSpan } from '../../../../server/extract/terms/user-parts';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => (d.confidence ?? 1) >= 0.6)
    .map((d) => `${d.label}:${d.name}`);

/** The names of `s` at the spans `partsAfterUser` gives, the spans being each `[label, name]` found in `s`. */
const partsOf = (s: string, names: readonly (readonly [string, string])[]): string[] => {
  const spans: NamedSpan[] = names.map(([label, name]) => {
    const from = s.indexOf(name);
    return { label, from, to: from + name.length };
  });
  return partsAfterUser(s, spans).map(([f, t]) => s.slice(f, t));
};

describe('partsAfterUser', () => {
  it('reads every item of the list after a machine and its 用, past a short name in brackets', () => {
    expect(
      partsOf('体外膜肺氧合（ECMO）用膜式氧合器和离心泵、呼吸机用涡轮风机', [
        ['Equipment', 'ECMO'],
        ['Equipment', '膜式氧合器'],
        ['Component', '离心泵'],
        ['Equipment', '呼吸机'],
        ['Component', '涡轮风机'],
      ]),
      // 呼吸机 opens a list of its own with its 用.
    ).toEqual(['膜式氧合器', '离心泵', '涡轮风机']);
  });

  it('stops at a material and reads nothing after a word that is no machine', () => {
    expect(
      partsOf('磁共振用超导线材和梯度功率放大器', [
        ['Equipment', '磁共振'],
        ['Material', '超导线材'],
        ['Equipment', '梯度功率放大器'],
      ]),
    ).toEqual([]);
    expect(partsOf('临床用注射泵', [['Equipment', '注射泵']])).toEqual([]);
  });
});

describe('a machine-headed name a machine uses', () => {
  it('is a part after 用 and after 所用的', () => {
    expect(discovered('入围任务包括体外膜肺氧合（ECMO）用膜式氧合器和离心泵、呼吸机用涡轮风机。')).toContain(
      'Component:膜式氧合器',
    );
    expect(discovered('化学发光免疫分析仪所用的光电倍增管和精密注射泵同样依赖进口。')).toContain(
      'Component:精密注射泵',
    );
  });

  it('is a part after a machine or a part and 及其配套的 / 及配套的', () => {
    expect(
      discovered(
        '在生命支持领域，体外膜肺氧合系统（ECMO）及其配套的一次性使用膜式氧合器、离心泵头获批，改变了长期依赖进口的局面；',
      ),
    ).toContain('Component:一次性使用膜式氧合器');
    expect(
      discovered('研究内容：研制传导冷却超导磁体及配套的脉管制冷机，研制多通道射频线圈与梯度线圈。'),
    ).toContain('Component:脉管制冷机');
  });

  it('stays a machine where nothing uses it', () => {
    expect(discovered('医院新购置了一台精密注射泵。')).toContain('Equipment:精密注射泵');
  });
});
