// Traditional-script plans are matched through a Simplified view of the same length, so that
// mentions and evidence point at the Traditional characters of the text as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePlanBytes } from '../../../server/extract/decode';
import { extractGraph } from '../../../server/extract/extract';
import {
  regionalForms,
  simplifiedView,
  traditionalShare,
  VIEW_PAD,
} from '../../../server/extract/simplified-view';
import { asPlanId } from '../../../core/model/ids';
import { curated, graphOf, planText } from './seed-data';

/** meq-2021 专栏 3, written in Taiwan's Traditional script. */
const TRAD_PLAN = [
  '醫療裝備產業鏈攻關方案',
  '一、重點任務',
  '（一）攻關關鍵零部件。攻關有創呼吸機用比例閥；透析設備用真空泵、微型電磁閥，經鼻高流量氧療儀用微型比例閥；大功率 CT 球管、CT 高速滑環；MR 用無液氦磁體。',
  '（二）攻關先進基礎材料。著力攻關 ECMO（體外膜肺氧合機）用中空纖維膜，血液淨化設備用透析膜。',
  '',
].join('\n');

describe('simplifiedView', () => {
  it('converts a Traditional sentence character by character, keeping its length', () => {
    const text = '攻關有創呼吸機用比例閥；透析設備用真空泵、微型電磁閥';
    const view = simplifiedView(text);
    expect(view).toBe('攻关有创呼吸机用比例阀；透析设备用真空泵、微型电磁阀');
    expect(view).toHaveLength(text.length);
  });

  it('applies phrase conversions of the same length (著力 -> 着力, 軟體 -> 软件)', () => {
    expect(simplifiedView('著力攻關醫療軟體')).toBe('着力攻关医疗软件');
  });

  it('pads a phrase whose Simplified form is shorter with VIEW_PAD, so offsets stay', () => {
    // OpenCC rewrites 演算法 (3) as 算法 (2): the view keeps three characters; 晶片 and 感測器 keep their length.
    const text = '醫療裝備用演算法晶片和感測器';
    const view = simplifiedView(text);
    expect(view).toBe(`医疗装备用算法${VIEW_PAD}芯片和传感器`);
    expect(view.indexOf('芯片')).toBe(text.indexOf('晶片'));
  });

  it('converts a phrase whose Simplified form is longer character by character (正子 for 正电子)', () => {
    expect(simplifiedView('正子與質子治療')).toBe('正子与质子治疗');
  });

  it('leaves the Simplified seed plans untouched', () => {
    for (const id of ['meq-2021', 'hist-2017']) {
      const text = planText(id);
      expect(traditionalShare(text)).toBeLessThan(0.01);
      expect(simplifiedView(text)).toBe(text);
    }
  });
});

describe('extracting a Traditional-script plan', () => {
  const plan = {
    meta: {
      id: asPlanId('chain-2024'),
      title: '醫療裝備產業鏈攻關方案',
      titleEn: 'chain',
      file: 'c.txt',
      year: 2024,
    },
    text: TRAD_PLAN,
  };
  const { graph } = extractGraph([plan], curated());

  it('finds the lexicon entities written in Traditional script, mentions marking the Traditional characters', () => {
    const valve = graph.nodes.find((n) => n.id === 'component:proportional-valve');
    const membrane = graph.nodes.find((n) => n.id === 'material:hollow-fiber-membrane');
    expect(valve?.mentions.map((m) => TRAD_PLAN.slice(m.start, m.end))).toContain('比例閥');
    expect(membrane?.mentions.map((m) => TRAD_PLAN.slice(m.start, m.end))).toEqual(['中空纖維膜']);
  });

  it('quotes every evidence passage exactly from the Traditional text', () => {
    const evidence = graph.edges.flatMap((e) => e.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const ev of evidence) expect(ev.quote).toBe(TRAD_PLAN.slice(ev.start, ev.end));
    expect(evidence.some((ev) => ev.quote.includes('比例閥'))).toBe(true);
  });

  it('reads the Traditional headings as measures named in Simplified script', () => {
    const names = graph.nodes.filter((n) => n.label === 'Measure').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['重点任务', '攻关关键零部件', '攻关先进基础材料']));
  });

  it('reads the Big5 fixture of the same plan to the same graph as its UTF-8 copy, quotes in Traditional', () => {
    const dir = join(import.meta.dirname, '../../fixtures/extract/encodings');
    const texts = ['plan-traditional.big5.txt', 'plan-traditional.utf8.txt'].map((f) => {
      const decoded = decodePlanBytes(readFileSync(join(dir, f)));
      if (!decoded.ok) throw new Error(decoded.detail);
      return decoded.text;
    });
    expect(texts[0]).toBe(texts[1]);
    const big5 = extractGraph([{ ...plan, text: texts[0] ?? '' }], curated()).graph;
    const quotes = big5.edges.flatMap((e) => e.evidence.map((ev) => ev.quote));
    expect(quotes).toContain('攻關有創呼吸機用比例閥；');
  });
});

describe('simplifiedView of terms the mainland writes as Taiwan does', () => {
  it('keeps 影像 of 醫療影像設備, which the Taiwan phrase table would turn into 图像', () => {
    expect(simplifiedView('發展醫療影像設備與醫學影像診斷軟體')).toBe('发展医疗影像设备与医学影像诊断软件');
  });

  it('keeps 即時 of 即時檢驗 (POCT), which the Taiwan phrase table would turn into 实时', () => {
    const sentence =
      '在體外診斷領域，支持化學發光、分子診斷、即時檢驗（POCT）等各類檢測儀器及配套試劑的開發；';
    expect(simplifiedView(sentence)).toBe(
      '在体外诊断领域，支持化学发光、分子诊断、即时检验（POCT）等各类检测仪器及配套试剂的开发；',
    );
  });
});

describe('simplifiedView of Hong Kong and Taiwan wording', () => {
  it.each([
    ['引進手術機械人及康復機械人', '引进手术机器人及康复机器人'],
    ['醫院添置電腦掃描及流動X光機', '医院添置CT  及移动X光机'],
    ['電腦掃描器、電腦掃描儀與正電子掃描器', 'CT扫描仪、CT扫描仪与PET扫描仪'],
    ['電腦斷層掃描（CT）與正子斷層造影（PET）', 'CT    （CT）与PET   （PET）'],
    ['鐳射治療儀與數碼X光機', '激光治疗仪与数码X光机'],
    ['血氧感應器與伺服摩打、伺服馬達', '血氧传感器与伺服电机、伺服电机'],
  ])('reads Hong Kong names as the mainland writes them: %s', (text, view) => {
    expect(simplifiedView(text).replace(/\s/gu, ' ')).toBe(view);
  });

  it.each([
    ['高階醫療器材零組件', '高端医疗器械零部件'],
    ['軟式內視鏡與心律調節器', '软式内窥镜与心脏起搏器'],
    ['人工水晶體、義肢與洗腎機', '人工晶状体、假肢与透析机'],
    ['穿戴式裝置與可穿戴式血糖機', '可穿戴设备与可穿戴式血糖仪'],
    ['晶片、軟體與雷射', '芯片、软件与激光'],
    ['X光偵測器與CMOS影像感測器', 'X光探测器与CMOS图像传感器'],
    ['發展智慧醫療與智慧型手機', '发展智慧医疗与智能型手机'],
  ])('reads Taiwan names as the mainland writes them: %s', (text, view) => {
    expect(simplifiedView(text)).toBe(view);
  });

  it.each([
    ['輸液幫浦與胰島素幫浦', '输液泵 与胰岛素泵 '],
    ['正壓呼吸器，不含呼吸器官模型與呼吸器材', '正压呼吸机，不含呼吸器官模型与呼吸器材'],
    ['復健機器人與遠距醫療，遠距離傳輸', '康复机器人与远程医疗，远距离传输'],
    ['氣球導管、塗藥支架與塗藥氣球', '球囊导管、药物支架与药物球囊'],
    ['記憶體晶片與快閃記憶體', '存储器芯片与闪存   '],
    ['基因定序儀與微流體晶片', '基因测序仪与微流控芯片'],
    ['線性馬達、滾珠螺桿與功率元件', '直线电机、滚珠丝杠与功率器件'],
    ['積層製造、邊緣運算與雲端運算', '增材制造、边缘计算与云计算 '],
    ['磊晶與黃光微影製程', '外延与黄光光刻制程'],
    ['體外診斷醫療儀器', '体外诊断医疗器械'],
  ])(
    'reads more Taiwan and Hong Kong names of devices and their parts as the mainland does: %s',
    (text, view) => {
      // Whatever blank pads a shorter mainland name, it stands where a space stands here.
      expect(simplifiedView(text, 0).replace(/\s/gu, ' ')).toBe(view);
      expect(view).toHaveLength(text.length);
    },
  );

  it('pads a shorter mainland name, so the name is found and offsets stay (超音波 for 超声)', () => {
    const text = '超音波探頭與電腦斷層掃描儀、彩色超音波、磁力共振掃描儀';
    const view = simplifiedView(text);
    expect(view).toBe('超声 探头与CT扫描仪  、彩超   、磁共振 扫描仪'.replaceAll(' ', VIEW_PAD));
    expect(view).toHaveLength(text.length);
  });

  it.each([
    ['突破核心零部件', '突破核心零部件'],
    ['提升技術指標', '提升技术指标'],
    ['基因序列分析', '基因序列分析'],
    ['優化審批程序', '优化审批程序'],
    ['材料生物相容性', '材料生物相容性'],
    ['光學元件', '光学元件'],
    ['質子治療裝置', '质子治疗装置'],
    ['過載保護', '过载保护'],
    ['微控制器與電源管理IC', '微控制器与电源管理IC'],
  ])('keeps words the Taiwan computing glossary would mislead: %s', (text, view) => {
    expect(simplifiedView(text, 0)).toBe(view);
  });
});

describe('regionalForms', () => {
  it('names a term also as the text words it, in Simplified script', () => {
    const text = '醫院引進腹腔鏡手術機械人及磁力共振掃描儀，並採用空心杯馬達。';
    const view = simplifiedView(text);
    expect(regionalForms(text, view, ['腹腔镜手术机器人', '磁共振扫描仪', '空心杯电机', '医院'])).toEqual([
      ['腹腔镜手术机械人'],
      ['磁力共振扫描仪'],
      ['空心杯马达'],
      [],
    ]);
  });

  it('gives a name read from a shorter mainland name the whole written phrase (輸液幫浦, not 输液帮)', () => {
    const text = '醫院採購輸液幫浦與超音波探頭。';
    const view = simplifiedView(text, 0);
    expect(regionalForms(text, view, ['输液泵', '超声探头', '超声'])).toEqual([
      ['输液帮浦'],
      ['超音波探头'],
      ['超音波'],
    ]);
  });

  it('gives a Simplified text no other forms', () => {
    expect(regionalForms('引进手术机器人', '引进手术机器人', ['手术机器人'])).toEqual([[]]);
  });

  it('gives a Hong Kong term found in mainland wording its own wording as an alias', () => {
    const text = '【本報訊】醫院今年添置兩部步態訓練機械人。\n';
    const graph = graphOf(text, 'hk-2025');
    const robot = graph.nodes.find((n) => n.name === '步态训练机器人');
    expect(robot?.aliases).toEqual(['步态训练机械人']);
  });
});

describe('Taiwan supply-chain news read through the view', () => {
  const text =
    '晶片大廠跨足醫材\n另一家封測廠為國內內視鏡大廠供應CMOS影像感測器與微型鏡頭，並為超音波設備商供應電源管理晶片。胰島素幫浦所需的微型馬達，目前仍多仰賴日本供應商。\n';
  const graph = graphOf(text, 'tw-2025');
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const parts = graph.edges
    .filter((e) => e.type === 'PART_OF')
    .map((e) => `${name.get(e.source) ?? ''}->${name.get(e.target) ?? ''}`);

  it('reads 為X大廠供應A與B and 為X設備商供應C as parts of X, as 为X厂商供应 is read', () => {
    expect(parts).toEqual(
      expect.arrayContaining([
        'CMOS图像传感器->医用内窥镜',
        '微型镜头->医用内窥镜',
        '电源管理芯片->超声诊断设备',
      ]),
    );
  });

  it('names the pump of 胰島素幫浦 as the mainland does, with its written wording as an alias', () => {
    expect(parts).toContain('微型电机->胰岛素泵');
    expect(graph.nodes.find((n) => n.name === '胰岛素泵')?.aliases).toContain('胰岛素帮浦');
  });
});

describe('Taiwan news wording that names nothing', () => {
  it('reads 商機, 先機 and 良機 as no machines (半導體廠搶攻醫材商機)', () => {
    const text = '晶片廠跨足醫材\n全球半導體大廠搶攻醫材商機，業者力拚搶占先機，把握轉型良機。\n';
    const graph = graphOf(text, 'tw-2025');
    expect(graph.nodes.filter((n) => /[商先良]机$/.test(n.name)).map((n) => n.name)).toEqual([]);
  });
});

describe('lexicon names in a Hong Kong text', () => {
  const text =
    '【本報訊】三間醫院將各添置一部手術機械人，另添置四部256排電腦掃描儀及一部正電子及電腦斷層掃描儀。\n';
  const graph = graphOf(text, 'hk-2025');

  it('names a lexicon entry also as the text words it (手术机器人, written 手术机械人)', () => {
    expect(graph.nodes.find((n) => n.name === '手术机器人')?.aliases).toContain('手术机械人');
  });

  it('gives no alias from half a phrase (CT read from 電腦 of 電腦斷層掃描儀 is never written 电脑)', () => {
    expect(graph.nodes.flatMap((n) => n.aliases)).not.toContain('电脑');
  });
});
