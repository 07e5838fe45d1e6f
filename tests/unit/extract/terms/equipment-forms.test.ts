// Devices as news, plans and Hong Kong press name them: a curated device after the organ or route a
// procedure acts on (`血管介入手术机器人`), implants named by 人工 and a joint's kind (`人工髋关节`), and
// lists of devices after two verbs the dictionary writes as one idiom (`推广应用手术显微镜`).
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const equipment = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.label === 'Equipment')
    .map((d) => d.name)
    .sort();

describe('a curated device after an organ and a procedure', () => {
  it.each([
    ['医院将试用一部血管介入手术机器人，用于冠脉介入治疗。', '血管介入手术机器人'],
    ['支持血管介入手術機器人、經自然腔道手術機器人的研製。', '血管介入手术机器人'],
    ['两台神经介入手术机器人已在省人民医院投入使用。', '神经介入手术机器人'],
    ['该院开展经皮穿刺手术机器人辅助下的肺结节活检。', '经皮穿刺手术机器人'],
  ])('reads %s', (sentence, name) => {
    expect(equipment(sentence)).toContain(name);
  });

  it('reads no device named by the procedure alone', () => {
    expect(equipment('公司今年推出介入手术机器人，并完成首例临床试验。')).toEqual([]);
  });
});

describe('implants named by 人工 and a joint', () => {
  it('reads the hip and knee joints of a list of implants', () => {
    expect(equipment('本地企业已量产人工髋关节、人工膝关节与脊柱骨钉。')).toEqual(
      expect.arrayContaining(['人工膝关节', '人工髋关节']),
    );
  });

  it('reads a vertebral body printed in metal', () => {
    expect(equipment('爱康医疗的3D打印人工椎体是国内较早获批的同类产品。')).toContain('人工椎体');
  });
});

describe('a list of devices after an idiom of two verbs', () => {
  it('leaves 推广应用 out of the first member', () => {
    const names = equipment('推广应用手术显微镜、宫腔镜系统、电子支气管镜和超声内镜。');
    expect(names).toContain('手术显微镜');
    expect(names.some((n) => n.startsWith('推广'))).toBe(false);
  });
});
