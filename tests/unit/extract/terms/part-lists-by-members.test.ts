// Make-up lists whose members name parts by themselves: a 由…组成 list without a subject under its thing's
// heading, or after a whole the dictionary tags a verb (呼吸/v 回路/v); a 包括/含有 list after any subject when
// its members end as parts do and none names a device. Sentences of a reference article, a textbook, a
// patent and a feature (dev texts' kinds).
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => (d.confidence ?? 1) >= 0.6)
    .map((d) => `${d.label}:${d.name}`);

describe('a make-up list read by its members', () => {
  it('reads a subjectless 由…组成 under a heading (流量计, 配比系统)', () => {
    const names = discovered('1.2 流量控制系统\n由流量计、配比系统和快速充氧阀组成。');
    expect(names).toEqual(
      expect.arrayContaining(['Component:流量计', 'Component:配比系统', 'Component:快速充氧阀']),
    );
  });

  it('reads the parts of a whole the dictionary tags a verb, also after a numbered run-in label', () => {
    for (const text of [
      '循环紧闭式呼吸回路由吸气单向阀、呼气单向阀、二氧化碳吸收罐、储气囊和螺纹管组成。',
      '3.呼吸回路\u3000由吸气单向阀、呼气单向阀、二氧化碳吸收罐、储气囊和螺纹管组成。',
    ])
      expect(discovered(text)).toEqual(
        expect.arrayContaining(['Component:二氧化碳吸收罐', 'Component:储气囊', 'Component:螺纹管']),
      );
  });

  it('reads a 包括/含有 list of parts after any subject (插入部, 动脉壶, 保护罩)', () => {
    expect(discovered('该软镜包括手柄、插入部以及连接线缆。')).toContain('Component:插入部');
    expect(
      discovered('血液管路由动脉管路和静脉管路组成，含有泵管段、动脉壶、静脉壶和压力监测保护罩。'),
    ).toEqual(expect.arrayContaining(['Component:动脉壶', 'Component:静脉壶', 'Component:压力监测保护罩']));
  });

  it('reads no list with a device, a body, or a short member that shares the next head', () => {
    const names = discovered(
      '重点产品包括监护仪、呼吸机和血泵。由市卫健委、市发改委和市财政局组成。血氧探头内置红光和红外发光二极管及光电二极管。',
    );
    expect(names).not.toContain('Component:监护仪');
    expect(names.filter((n) => /卫健委|发改委|财政局/.test(n))).toEqual([]);
    expect(names).not.toContain('Component:红光');
  });
});

describe('a chain map’s arrow back from a node of a text tree', () => {
  it('reads the make-up after ⇐ on a node’s line, up to the next node, brackets aside', () => {
    const names = discovered(
      [
        '│　├─ 体外诊断设备',
        '│　│　├─ 全自动化学发光免疫分析仪 ⇐ 加样系统、光电倍增管、反应盘',
        '│　│　└─ 正电子发射断层成像（PET/CT）⇐ 晶体探测器（LYSO晶体＋SiPM）、电子学系统',
        '│　└─ 监护与生命支持设备 ★',
      ].join('\n'),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:加样系统',
        'Component:反应盘',
        'Component:晶体探测器',
        'Component:电子学系统',
      ]),
    );
    // The materials in a part's brackets are no part, nor is the next node a member.
    expect(names.filter((n) => n.startsWith('Component:') && /LYSO|SiPM|监护/.test(n))).toEqual([]);
  });

  // Off a tree's node, `全自动化学发光免疫分析仪 ⇐ 加样系统、光电倍增管、反应盘` is still a list of parts by its members
  // (反应盘 a part by its bare noun: part-nouns.test.ts).
  it('reads no list whose members do not end as parts do', () => {
    expect(
      discovered('│　│　├─ 冠脉药物洗脱支架 ⇐ 钴铬合金支架平台、可降解聚乳酸（PLA）涂层、雷帕霉素'),
    ).not.toContain('Component:雷帕霉素');
  });
});
