// Where a name opens and where it stops: words the dictionary tags as counts that name a kind
// (`二维|矩阵探测器`), a modal verb after a part (`其探测器|应|采用`), the pronoun words of 其 (`其中|柔性微电极`),
// a claim's 所述 (`所述|刀杆`), 通道 (a channel) and a material whose name ends inside a word (`钴铬合金|管`).
import { describe, expect, it } from 'vitest';
import { materialName, materialPrefix } from '../../../../server/extract/terms/material-names';
import { tagWords } from '../../../../server/extract/terms/segmenter';
import { contextOf } from '../seed-data';

/** `Label name` of every term graphed (confidence 0.6 or more). */
const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

const cut = (text: string): string[] => tagWords(text).map((w) => `${w.word}/${w.tag}`);

describe('numerals that name a kind', () => {
  it('tags a dimension, a copolymer order and a body side before a noun distinguishing words', () => {
    expect(cut('二维矩阵探测器')).toEqual(['二维/b', '矩阵/n', '探测器/n']);
    expect(cut('三元乙丙橡胶')).toEqual(['三元/b', '乙丙橡胶/n']);
    expect(cut('左心耳封堵器')[0]).toBe('左/b');
  });

  it('keeps them in the names they open', () => {
    const t = terms('配置直线加速器的机构应配备剂量验证设备（含电离室、三维水箱和二维矩阵探测器）。');
    expect(t).toContain('Component 二维矩阵探测器');
    expect(t).not.toContain('Component 矩阵探测器');
    const a = terms(
      '三维标测系统由磁场发生器、信号采集单元、工作站和标测软件组成。左心耳封堵器由镍钛合金丝编织的伞盘构成。',
    );
    expect(a).toEqual(expect.arrayContaining(['Equipment 三维标测系统', 'Equipment 左心耳封堵器']));
    expect(a).not.toContain('Equipment 标测系统');
    expect(a).not.toContain('Equipment 心耳封堵器');
    const m = terms('关键材料：灭菌舱体用铝合金，密封圈用三元乙丙橡胶（EPDM）。');
    expect(m).toContain('Material 三元乙丙橡胶');
    expect(m).not.toContain('Material 乙丙橡胶');
  });

  it('reads 通道 as a noun, so the count of channels stays in the name', () => {
    const t = terms('他认为，高通道数神经信号放大器芯片和气密封装仍是短板。');
    expect(t).toContain('Component 高通道数神经信号放大器芯片');
    expect(t).not.toContain('Component 数神经信号放大器芯片');
  });
});

describe('where a part named as a subject ends and starts', () => {
  it('ends the part before a modal verb (`其探测器应采用P`)', () => {
    const t = terms('配置数字化PET/CT的，其探测器应采用硅光电倍增管（SiPM）与硅酸钇镥（LYSO）晶体。');
    expect(t).toContain('Component 探测器');
    expect(t.filter((n) => n.endsWith('应'))).toEqual([]);
  });

  it('starts the subject after 其中 (`其中柔性微电极多以P为基底`)', () => {
    const t = terms(
      '侵入式脑机接口系统由柔性微电极阵列、植入式信号采集芯片和解码算法组成，其中柔性微电极多以聚酰亚胺（PI）为基底。',
    );
    expect(t).toContain('Component 柔性微电极');
    expect(t).not.toContain('Component 中柔性微电极');
    expect(terms('其中灭菌器腔体采用316L不锈钢。')).not.toContain('Component 中灭菌器腔体');
  });

  it('starts a claim’s subject after 所述 (`所述刀杆采用TC4钛合金`: the said part is 刀杆)', () => {
    const t = terms(
      '一种超声刀，包括换能器手柄和刀头组件，所述刀头组件包括变幅杆和刀杆，所述刀杆采用TC4钛合金制成。',
    );
    expect(t).toContain('Component 刀杆');
    expect(t.filter((n) => n.includes('所述'))).toEqual([]);
  });
});

describe('a material opening a name', () => {
  it('cuts no piece of a material before its class noun (`钴铬|合金管`)', () => {
    expect(materialPrefix('钴铬合金管', () => true)).toBe(0);
    expect(materialPrefix('碘化铯平板探测器')).toBe(3);
    expect(materialPrefix('聚甲基戊烯中空纤维膜')).toBe(5);
    expect(terms('公司主要原材料包括钴铬合金管、镍钛合金丝、医用高分子管材等。')).not.toContain(
      'Material 钴铬',
    );
  });

  it('reads a qualified metal with its class noun (医用钽金属) whole', () => {
    expect(materialName('医用钽金属')).toBe(true);
    const t = terms(
      '支持医用级聚醚醚酮（PEEK）、可降解镁合金、医用钽金属和人工晶状体用疏水性丙烯酸酯等关键材料研发。',
    );
    expect(t).toContain('Material 医用钽金属');
    expect(t).not.toContain('Material 医用钽');
  });
});

describe('verbs of policy before 以', () => {
  it('reads no part in the verb that opens `支持以M绕制的…` or `鼓励以M制造的…`', () => {
    const a = terms('支持以铌钛超导线绕制的超导磁体实现国产化。');
    expect(a).toContain('Material 铌钛超导线');
    expect(a).not.toContain('Component 支持');
    const b = terms('鼓励以医用钛合金制造的骨科植入物开展临床应用。');
    expect(b).toContain('Material 医用钛合金');
    expect(b).not.toContain('Component 鼓励');
  });
});
