// The shapes of material and implant names that carry no head noun of their own (聚四氟乙烯, 硅橡胶,
// 多孔钽, 人工关节, 神经补片): a signal for labelling the members of one list, never a term alone; only
// the strict ones name a material written alone (standaloneMaterial, materialRuns).
import type { Word } from './segmenter';

/** Endings of material names: polymer classes, forms of supply, metals' alloys, proteins. */
const MATERIAL_ENDINGS = [
  ...['树脂', '橡胶', '合金', '共聚物', '聚合物', '单体', '增塑剂', '弹性体', '水凝胶', '凝胶'],
  ...['丝材', '棒材', '板材', '管材', '线材', '带材', '粉末', '陶瓷', '涂层', '蛋白', '纤维', '玻璃'],
  ...['复合材料', '磷灰石', '生物玻璃', '硅胶', '胶水', '石墨'],
  // Steels and irons by grade or kind (不锈钢, 316L不锈钢, 合金钢, 球墨铸铁), animal tissue (牛心包).
  ...['钢', '铸铁', '心包'],
  // Crystals grown for a use (压电单晶, 弛豫铁电单晶), oils and carbons (医用硅油, 活性炭, 热解碳).
  ...['单晶', '硅油', '炭'],
  // Limes that absorb carbon dioxide in anaesthesia circuits (钠石灰, 钡石灰).
  ...['石灰'],
];
/** Carbons of implants and coatings (热解碳, 类金刚石碳, 玻璃碳); not gases (二氧化碳) or policy (低碳, 双碳). */
const CARBON = /^(?:热解|低温各向同性|类金刚石|玻璃|玻璃态|无定形|活性|多孔)碳$/;
/** Characters that end the names of organic compounds (烯 of 聚乙烯, 酮 of 聚醚醚酮, 酯 of 聚氨酯). */
const CHEMICAL_END = /[烷烯炔烃醇醛酮酸酯醚胺腈酚砜苯酰]$/;
/** Metals of implants and their alloys (钛, 钽, 镍钛, 钴铬钼). */
const METALS = '钛钽铌锆镁锌铁钴铬钼镍铂铱钯银铜铝钨锡钒';
const METAL = new RegExp(`[${METALS}]`, 'g');
/** A metal written with a form or a qualifier: 多孔钽, 纯钛, 医用镁, 钛棒, and with its class noun (医用钽金属). */
const METAL_QUALIFIED = new RegExp(
  `^(?:多孔|纯|医用|可降解|高纯|超细晶|无氧|电解|[一二三四五]级纯)[${METALS}]+(?:金属)?$`,
);
/** A metal's oxide (氧化锆, 纳米氧化铝) and a metal's salt (钛酸钡, 锆钛酸铅, 铌镁酸铅-钛酸铅). */
const OXIDE = new RegExp(`^(?:纳米)?氧化[${METALS}]$`);
const SALT = /.酸[铅钡锂锶钙钠钾]$/;
/** Forms a material is supplied in (钨粉, 钛棒, 铂钨合金丝, 长石质瓷粉, 纳米氧化锆粉体, 氧化锆瓷块), and a fabric
 * woven of a fibre (尼龙面料). */
const FORM = /(?:超导线材?|超导带材?|超导丝|粉体|粉末|粒料|颗粒|膜片|瓷块|面料|粉|丝|棒|线)$/;
/** Synthetic fibres (涤纶, 锦纶, 芳纶): materials of sutures, grafts and fabrics whatever stands near. */
const FIBRE = /^(?:涤|锦|氨|腈|丙|维|芳|氯|芳砜)纶$/;
/** Nanomaterials of sensors, electrodes and coatings (石墨烯, 碳纳米管, 银纳米线, 铂纳米颗粒, MXene): named
 * by an element or carbon and the form, or by their own name. */
const NANO =
  /^(?:(?:氧化|还原氧化)?石墨烯|MXene|(?:碳|硅|钙钛矿|石墨烯)?量子点|[碳金银铂钯铜锌钛硅铁钴镍锰]{1,2}纳米(?:管|线|颗粒|粒子|片|棒|纤维|带))$/i;
/** Permanent-magnet alloys of motors and magnets (钕铁硼, 烧结钕铁硼, 钐钴). */
const MAGNET = /^(?:烧结|粘结|高性能)?(?:钕铁硼|钐钴)$/;
/** Nylons, named by their number or not (尼龙12, 尼龙). */
const NYLON = /^尼龙\d{0,2}$/;
const METAL_ALONE = new RegExp(`^[${METALS}]$`);
/** True when `name` is one metal's character (`铂`, `金`): a material only where a verb of making says so. */
export const metalElement = (name: string): boolean => METAL_ALONE.test(name) || name === '金';
/** Metals side by side and nothing else (镍钛, 钴铬钼, 镍钛-铂金): not `铂铬合金制成`, a clause. */
const METAL_PAIR = new RegExp(`^(?:[${METALS}金-]+|[${METALS}]三[${METALS}])$`);
const INTERMETALLIC = new RegExp(`^[${METALS}][二三][${METALS}]$`);
/**
 * Alloys by grade or by their elements' symbols: magnesium grades (AZ31, WE43, ZK60), titanium grades
 * (TA2, TC4), and symbol chains (Mg-Zn-Ca, Ti-6Al-4V, Co-Cr-Mo).
 */
const ALLOY_GRADE =
  /^(?:(?:AZ|AM|WE|ZK|ZE|LAE|TA|TC)\d{1,2}[A-Z]?|(?:Mg|Zn|Ca|Ti|Al|V|Ni|Co|Cr|Mo|Fe|Mn|Zr|Nb|Ta|Sr|Nd|Gd|Pt|Ir|Cu|Ag|Li)\d*(?:-\d*(?:Mg|Zn|Ca|Ti|Al|V|Ni|Co|Cr|Mo|Fe|Mn|Zr|Nb|Ta|Sr|Y|Nd|Gd|Pt|Ir|Cu|Ag|Li|Si)\d*){1,3})$/i;
/** Elements of inorganic compounds besides the metals: rare earths of scintillators, semiconductors. */
const ELEMENTS = `${METALS}镥钇铈钆镧铋锗镓铟铯钡锂锶钙钠钾硅硼硒碲镉砷锑`;
const ELEMENT_CHAR = new RegExp(`^[${ELEMENTS}硫碳氮氧磷氟氯碘溴]$`);
/** True when `word` is one element's character (`硅`, `碲`): a morpheme of a material's or part's name
 * (`硅|光电倍增管`, `碲|锌|镉|探测器`), however the dictionary tags it. */
export const elementChar = (word: string): boolean => ELEMENT_CHAR.test(word);
/** Semiconductors named by three or more elements, one of them a semiconductor's (`碲锌镉`, `铟镓锌`): the
 * crystal of a detector; not the analytes of an electrolyte test (`钾钠氯`). */
const ELEMENT_CHAIN = new RegExp(`^(?=.*[碲硒砷锑镓铟镉])[${ELEMENTS}]{3,4}$`);
/** A compound named by its anion (二氧化硅, 氧化镥, 碘化铯, 氮化钛, 碳化硅). */
const COMPOUND = new RegExp(
  `^(?:纳米|高纯)?(?:[一二三四五]?氧化|氮化|碳化|碘化|氟化|溴化|氯化|硫化|硫氧化|碲化|硒化|砷化|锑化|磷化)[二三四]?[${ELEMENTS}]{1,2}(?:晶体)?$`,
);
/**
 * `银/氯化银`, `烧结银/氯化银`: an element written before a slash and a name that opens with a compound of
 * that element (its chloride, oxide…) are one material, the electrode's pair (Ag/AgCl); the name read from
 * the compound on (`氯化银`, `氯化银电极片`) starts at the element. Returns how many characters before
 * `from` the name starts (the element and the slash), or 0. Not two compounds of other elements
 * (`氟化镁/氟化铝`, two materials).
 */
export const elementPairStart = (text: string, from: number): number => {
  if (text.charAt(from - 1) !== '/') return 0;
  const compound = new RegExp(
    `^(?:[一二三四五]?氧化|氮化|碳化|碘化|氟化|溴化|氯化|硫化)[二三四]?([${ELEMENTS}])`,
  ).exec(text.slice(from, from + 6));
  const element = compound?.[1];
  return element !== undefined && text.charAt(from - 2) === element ? 2 : 0;
};
/** An oxide of several metals named by them (铟镓锌氧化物, 钇铝氧化物). */
const MIXED_OXIDE = new RegExp(`^[${ELEMENTS}]{1,4}氧化物$`);
/** A salt of these elements (硅酸钇镥, 锗酸铋, 磷酸钙, 透明质酸钠). */
const ELEMENT_SALT = new RegExp(`.酸[二三四]?[${ELEMENTS}]{1,2}$`);
/** Semiconductors and liquefied gases (非晶硅, 单晶硅, 液氦). */
const ELEMENT_FORM = /^(?:非晶|单晶|多晶|高纯)[硅锗硒]$|^液[氦氮氢氧]$/;
/**
 * Materials the field writes by their Latin abbreviation (crystals of detectors, polymers, plasticisers,
 * superconductors), alone or with their class (`LYSO晶体`, `医用PVC`); PET, a scanner, is not among them.
 */
const LATIN_MATERIAL =
  /^(?:医用)?(?:LYSO|LSO|BGO|GSO|GAGG|CZT|CdTe|CsI|LaBr3|PZT|PMN-PT|PEEK|PTFE|ePTFE|PMMA|UHMWPE|PLLA|PLGA|PCL|TPU|PVC|PEBAX|PPSU|HDPE|LDPE|PDMS|ABS|DEHP|TOTM|NbTi|Nb3Sn|MgB2|YBCO|REBCO|BSCCO|Bi-?2212|Bi-?2223|MP35N|L605|TC4|Ti6Al4V|NiTi|CoCrMo|PES|PSU|PVP|PMP|PVDF|SEBS|PA12|PA6|PA66|TPE|TPV|POM|PEI|PPS|PBT|PVA|EVA|LCP|PETG|PLA|PGA|PDO|PPDO|PHA|TPEE|IGZO|GOS|ZrO2|Al2O3|SiO2|Y2O3|Lu2O3|CsI(?::Tl)?|NaI(?::Tl)?)(?:晶体|材料|树脂|合金|丝材?|带材|线材)?$/i;
/**
 * Agents a material is compounded with (交联剂, 引发剂, 紫外吸收剂, 增塑剂): materials of a recipe. Not
 * dosage forms and drugs (制剂, 针剂, 抗凝剂, 造影剂), nor the reagent (试剂, a head of its own).
 */
const AGENT = /^[\u4e00-\u9fff]{2,6}剂$/;
const NOT_AGENT = /(?:制|药|针|片|试|注射|冲|颗粒|口服|抗凝|造影|溶栓|麻醉|镇痛|镇静|显像|对比|杀虫)剂$/;

/** Raw materials of reagents: antigens, antibodies, enzymes, beads, substrates, calibrators, controls. */
const BIO_RAW = /(?:抗原|抗体|磁珠|微球|底物|校准品|质控品|标准品|引物|酶|发光剂|标记物|缓冲液)$/;

/**
 * True when `name` names a raw material of a reagent (`重组抗原`, `单克隆抗体`, `磁珠`, `碱性磷酸酶`): a
 * material only where the text says so (a list of raw materials, the object of 原料为), never alone.
 */
export const bioRawMaterial = (name: string): boolean =>
  name.length >= 2 && name.length <= 12 && BIO_RAW.test(name) && /^[\u4e00-\u9fffA-Za-z0-9-]+$/.test(name);

/** Shapes that fix a material's whole name from its start: compounds, oxides, salts, Latin, enzymes. */
const anchoredMaterial = (name: string): boolean =>
  COMPOUND.test(name) ||
  MIXED_OXIDE.test(name) ||
  ELEMENT_FORM.test(name) ||
  ELEMENT_CHAIN.test(name) ||
  CRYSTAL_SALT.test(name) ||
  LATIN_MATERIAL.test(name) ||
  ALLOY_GRADE.test(name) ||
  METAL_QUALIFIED.test(name) ||
  OXIDE.test(name) ||
  ENZYME.test(name) ||
  TRACER.test(name) ||
  FIBRE.test(name) ||
  NANO.test(name) ||
  MAGNET.test(name);

/**
 * A reagent's raw material written alone (`一是抗原和抗体`), where the paragraph is about raw materials:
 * not the bare classes (标记物, 标准品) nor a bare 酶.
 */
export const rawMaterialAlone = (name: string): boolean =>
  standaloneMaterial(name) || (bioRawMaterial(name) && !/^(?:标记物|标准品|酶|引物)$/.test(name));

/** A polymer named as one word (`聚砜`, `聚乙烯`, `聚醚醚酮`): 聚 and a compound's ending (not 聚焦, 聚集). */
const POLYMER_WORD = /^聚[\u4e00-\u9fff]{0,6}[烷烯炔烃醇醛酮酸酯醚胺腈酚砜苯酰]$/;
/** Whether `name` is shaped like a material; `byPrefix` lets a leading 聚 alone make the shape. */
const shaped = (name: string, byPrefix: boolean): boolean => {
  if (name.length < 2) return false;
  if (MATERIAL_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length)) return true;
  if (name.length >= 3 && ((byPrefix && name.startsWith('聚')) || CHEMICAL_END.test(name))) return true;
  if (METAL_QUALIFIED.test(name) || OXIDE.test(name) || SALT.test(name) || NYLON.test(name)) return true;
  if (COMPOUND.test(name) || ELEMENT_SALT.test(name) || ELEMENT_FORM.test(name) || LATIN_MATERIAL.test(name))
    return true;
  if (
    MIXED_OXIDE.test(name) ||
    ELEMENT_CHAIN.test(name) ||
    ALLOY_GRADE.test(name) ||
    (AGENT.test(name) && !NOT_AGENT.test(name))
  )
    return true;
  if (CARBON.test(name) || FIBRE.test(name) || NANO.test(name) || MAGNET.test(name)) return true;
  // A polymer of two characters (`聚砜`): 聚 and a compound's ending, never 聚焦.
  if (POLYMER_WORD.test(name)) return true;
  // A form after a metal, a ceramic or a material name: `钨粉`, `瓷粉`, `热塑性聚氨酯膜片`.
  const stem = name.replace(FORM, '');
  if (stem !== name && (METAL_ALONE.test(stem) || stem.endsWith('瓷') || shaped(stem, false))) return true;
  // Two metals or more make an alloy or a metal pair (镍钛, 钴铬钼, 镍钛-铂金).
  return (name.match(METAL) ?? []).length >= 2 && METAL_PAIR.test(name) && name.length <= 6;
};

/**
 * True when `name` is shaped like a material name: `聚氨酯`, `超高分子量聚乙烯`, `嵌段聚醚酰胺树脂`,
 * `锆铌合金`, `多孔钽`, `钛棒丝材`, `乙交酯-己内酯共聚物`, `球墨铸铁`, `钨粉`, `氧化锆`. A one-character
 * stem (`钛`, `酸`) is not.
 */
export const materialShape = (name: string): boolean => shaped(name, true);

/**
 * True when `name` is a material by its ending or its make-up, not only by a leading 聚: the shape
 * the object of a use verb must have (`采用聚焦超声` names no polymer).
 */
export const materialName = (name: string): boolean => shaped(name, false);

/**
 * The length of the material that opens `name` (`镍钛合金固定翼` -> 4, `碘化铯平板探测器` -> 3), the
 * longest that ends where `ends` allows (a word's end), with at least two characters of another name
 * after it; 0 when none does or `name` is a material itself.
 */
export const materialPrefix = (name: string, ends: (length: number) => boolean = () => true): number => {
  if (shaped(name, false) || HOLDS_SUBSTANCE.test(name)) return 0;
  for (let len = name.length - 2; len >= 2; len--)
    if (
      ends(len) &&
      shaped(name.slice(0, len), false) &&
      !notMadeOf(name.slice(len)) &&
      !MATERIAL_NOUN_ON.test(name.slice(len))
    )
      return len;
  return 0;
};

/**
 * Things that hold, make or take up a substance (`七氟烷蒸发器`, `二氧化碳吸收罐`, `氧气瓶`, `臭氧发生器`):
 * the substance named before them is what they work on, not what they are made of.
 */
const HOLDS_SUBSTANCE = /(?:蒸发器|吸收罐|吸收器|浓缩器|发生器|储罐|气瓶|钢瓶|罐|瓶)$/;

/**
 * What follows a material-shaped prefix when the prefix is no material of the thing: an element that
 * carries the compound on (`磷酸铁|锂电池` is a lithium iron phosphate battery, no 磷酸铁), or a test of
 * it (`核酸|检测分析系统`: the analyte, not the material).
 */
/**
 * `钴铬|合金管`: a material's class noun right after the prefix carries the material's name on (钴铬合金), so
 * the prefix is a piece of it, not the material.
 */
const MATERIAL_NOUN_ON = /^(?:合金|陶瓷|树脂|橡胶|不锈钢)/;

const notMadeOf = (rest: string): boolean =>
  elementChar(rest.charAt(0)) || /^(?:检测|检验|分析|测定|测序|提取|扩增|监测|浓度)/.test(rest);

/** Endings that name a material alone, whatever stands before them (硅橡胶, 环氧树脂, 不锈钢, 钴铬合金). */
const STANDALONE_ENDINGS =
  /(?:橡胶|树脂|合金|共聚物|弹性体|水凝胶|磷灰石|不锈钢|合金钢|硅油|活性炭|单晶|陶瓷)$/;
/** Salts of the crystals and ceramics of the field (硅酸钇镥, 锗酸铋, 钛酸钡, 磷酸钙, β-磷酸三钙), not of
 * drugs. */
const CRYSTAL_SALT = new RegExp(
  `^(?:[αβγ]-?)?(?:硅|锗|钨|钛|锆钛|铌镁|磷)酸[二三四]?[${ELEMENTS}]{1,2}(?:晶体)?$`,
);

/**
 * Enzymes named by the reaction they catalyse (葡萄糖氧化酶, 碱性磷酸酶, 辣根过氧化物酶, DNA聚合酶,
 * 逆转录酶): tool enzymes of reagents and sensors. Thrombolytic drugs end in 激酶 or 普酶 instead.
 */
const ENZYME =
  /^[\u4e00-\u9fffA-Za-z0-9]{1,8}(?:氧化酶|磷酸酶|过氧化物酶|聚合酶|转录酶|连接酶|内切酶|脱氢酶|还原酶|水解酶|转移酶)$/;
/** True when `name` is a tool enzyme or a tracer of reagents (`逆转录酶`, `吖啶酯`): never a drug. */
export const reagentMaterial = (name: string): boolean => ENZYME.test(name) || TRACER.test(name);

/** The labels and solid phases of immunoassays: chemiluminescent and fluorescent tracers, colloidal gold. */
const TRACER = /^(?:吖啶酯|鲁米诺|异鲁米诺|三联吡啶钌|胶体金|荧光微球|乳胶微球|磁微粒|AMPPD)$/i;

/**
 * True when `name` is a material by its shape alone, where no list or verb says so (液氦, 碘化铯,
 * MP35N, 硅橡胶, 聚氨酯, 316L不锈钢): the strict shapes only. A compound's ending alone (胆固醇, 甘油三酯,
 * 多巴胺 are analytes and drugs), proteins, fibres, glasses, gels and agents are too often something else.
 */
export const standaloneMaterial = (name: string): boolean => {
  if (name.length < 2) return false;
  if (POLYMER_WORD.test(name) || (name.length >= 3 && name.startsWith('聚') && CHEMICAL_END.test(name)))
    return true;
  if (STANDALONE_ENDINGS.test(name) && name.length > 2) return true;
  if (
    COMPOUND.test(name) ||
    MIXED_OXIDE.test(name) ||
    ELEMENT_FORM.test(name) ||
    ELEMENT_CHAIN.test(name) ||
    CRYSTAL_SALT.test(name)
  )
    return true;
  if (LATIN_MATERIAL.test(name) || ALLOY_GRADE.test(name) || METAL_QUALIFIED.test(name) || OXIDE.test(name))
    return true;
  if (ENZYME.test(name) || TRACER.test(name) || FIBRE.test(name) || NANO.test(name) || MAGNET.test(name))
    return true;
  // Two metals or more (镍钛, 钴铬钼, 铂铱), or a wire or bar of them (铌钛线, 钛棒).
  const stem = name.replace(FORM, '');
  const metals = (stem.match(METAL) ?? []).length;
  // `铌三锡`: an intermetallic compound, named by its metals and their ratio.
  if (INTERMETALLIC.test(stem)) return true;
  return /^[\u4e00-\u9fff]+$/.test(stem) && metals === stem.length && (metals >= 2 || stem !== name);
};

/** Tags of the words a material's name is built of (`硫/n 氧化/v 钆/g`: a verb only inside it). */
const RUN_TAGS = new Set(['n', 'nz', 'ng', 'g', 'eng', 'b', 'zg', 'nr', 'un', 'j', 'l']);
const MAX_RUN_WORDS = 4;

/**
 * Materials written alone (`液氦是…`, `，材料为MP35N，`): the shortest run of name words ending at a
 * word's end that is a standalone material, widened on the left over a grade, a Latin or a number
 * (`医用`, `304`) and one-character elements (`铂|铱合金`, `硫|氧化钆`); the run must have no other name
 * word right before it (`绝缘层硅橡胶` has no clear left edge and is left alone) and none right after it
 * but 材料. `stop` words (国产, 进口) open no name. [from, to) each, in `words`' coordinates.
 */
export const materialRuns = (
  text: string,
  words: readonly Word[],
  stop: (w: Word) => boolean,
  shape: (name: string) => boolean = standaloneMaterial,
): [number, number][] => {
  const out: [number, number][] = [];
  const nameWord = (w: Word | undefined): boolean =>
    w !== undefined &&
    !stop(w) &&
    // `可|选/zg|氧化锆`: a bound verb the dictionary cannot place is no piece of a name.
    !(
      w.tag === 'zg' &&
      w.word.length === 1 &&
      !ELEMENT_CHAR.test(w.word) &&
      !/^[粉丝棒线块粒片板]$/.test(w.word)
    ) &&
    (RUN_TAGS.has(w.tag) ||
      METAL_ALONE.test(w.word) ||
      // `铌|三|锡`: the ratio inside an intermetallic's name.
      (/^[二三]$/.test(w.word) && words.some((x) => x.from === w.to && METAL_ALONE.test(x.word))) ||
      (w.tag === 'm' && /^[0-9]+$/.test(w.word)) ||
      (w.tag === 'v' && /^.化$/.test(w.word)));
  /** Words that may widen a material's name on the left: grades, Latin, numbers, single elements. */
  const widens = (w: Word | undefined, next: Word | undefined): boolean =>
    w !== undefined &&
    ((nameWord(w) && (w.tag === 'b' || w.tag === 'm' || w.tag === 'eng' || w.word.length === 1)) ||
      // `四|氧化|三铁`: the count of a compound's atoms.
      (/^[一二三四五]$/.test(w.word) && /^.?化$/.test(next?.word ?? '')));
  // `不含DEHP的…`: a material the text says is absent is no subject of the sentence; left to the lists.
  const negated = (k: number): boolean =>
    /^(?:不含|无|不用|不使用|去除)$/.test(words[k - 1]?.word ?? '') ||
    (/^(?:含|用|使用)$/.test(words[k - 1]?.word ?? '') && /^(?:不|无)$/.test(words[k - 2]?.word ?? ''));
  const joined = (a: Word | undefined, b: Word | undefined): boolean => b !== undefined && a?.to === b.from;
  // `四|氧化|三铁`: the count of a compound's atoms, before its name.
  const counts = (k: number): boolean =>
    /^[一二三四五]$/.test(words[k]?.word ?? '') && /^.?化$/.test(words[k + 1]?.word ?? '');
  // `纯|镁`: 纯 grades a metal written alone (not 高纯, which grades the compound after it).
  const pure = (k: number): boolean =>
    words[k]?.word === '纯' && METAL_ALONE.test(words[k + 1]?.word ?? '') && words[k - 1]?.word !== '高';
  /** The text of words [a, b], when they are joined. */
  const span = (a: number, b: number): string => text.slice(words[a]?.from ?? 0, words[b]?.to ?? 0);
  // `钨合金|叶片`, `碳纤维|压迫|板`: a material of a strict shape before the name of a thing it makes, when no
  // longer material goes on past the word (`镍钛|合金` goes on): the material opens the thing's name.
  const opensThing = (e: number): boolean => {
    const next = words[e + 1];
    if (!next || next.word.length < 2 || !/^(?:n|nz|ng)$/.test(next.tag) || /^(?:材料|材质)/.test(next.word))
      return false;
    let core = false;
    for (let s = e; s >= 0 && e - s < MAX_RUN_WORDS && nameWord(words[s]); s--)
      if (shape(span(s, e)) && span(s, e).length >= 3) core = true;
    if (!core) return false;
    for (let e2 = e + 1; e2 <= e + 2 && joined(words[e2 - 1], words[e2]) && nameWord(words[e2]); e2++)
      for (let s = e2; s >= 0 && e2 - s < MAX_RUN_WORDS; s--) if (shape(span(s, e2))) return false;
    return true;
  };
  for (let e = 0; e < words.length; e++) {
    const last = words[e];
    if (!last || !nameWord(last) || last.tag === 'm' || last.tag === 'v') continue;
    const after = words[e + 1];
    // `YBCO带材仍…`: an adverb the dictionary tags otherwise (仍/zg) goes on with no name.
    const goesOn = nameWord(after) && !/^(?:材[料质]|仍|已|也|都|还|均|则)$/.test(after?.word ?? '');
    if (joined(last, after) && goesOn && !opensThing(e)) continue;
    // `铌钛|超导|线`: a verb and a noun after it go on with a longer name (a wire of the alloy).
    const then = words[e + 2];
    if (joined(last, after) && after?.tag === 'v' && joined(after, then) && RUN_TAGS.has(then?.tag ?? ''))
      continue;
    // A shape that fixes the whole name from its start (`碱性磷酸酶`, `硫氧化钆`) is read longest first;
    // an ending (`…橡胶`) says nothing of the left edge, so the shortest run is read.
    let top = e;
    while (
      top > 0 &&
      e - top + 1 < MAX_RUN_WORDS &&
      (nameWord(words[top - 1]) || counts(top - 1) || pure(top - 1)) &&
      joined(words[top - 1], words[top])
    )
      top--;
    const anchored = [];
    for (let s = top; s <= e; s++)
      if (anchoredMaterial(text.slice(words[s]?.from ?? 0, last.to))) anchored.push(s);
    const free = anchored.find((s) => !(joined(words[s - 1], words[s]) && nameWord(words[s - 1])));
    if (free !== undefined) {
      if (!negated(free)) out.push([words[free]?.from ?? 0, last.to]);
      continue;
    }
    let core = -1;
    for (let s = e; s >= 0 && e - s < MAX_RUN_WORDS; s--) {
      const w = words[s];
      if (!nameWord(w) || (s < e && !joined(w, words[s + 1]))) break;
      if (shape(text.slice(w?.from ?? 0, last.to))) {
        core = s;
        break;
      }
    }
    if (core < 0) continue;
    let from = core;
    while (
      from > 0 &&
      e - from < MAX_RUN_WORDS &&
      joined(words[from - 1], words[from]) &&
      widens(words[from - 1], words[from])
    )
      from--;
    if ((joined(words[from - 1], words[from]) && nameWord(words[from - 1])) || negated(from)) continue;
    out.push([words[from]?.from ?? 0, last.to]);
  }
  return out;
};

/**
 * Pieces a polymer's name goes on with after its 聚 (`聚乙烯|吡咯烷酮`, `聚醚|嵌|段|聚酰胺`, `聚4-甲基-1-戊烯`,
 * `聚酯基聚氨酯`, `聚乳酸-羟基乙酸共聚物`): carbon chains, groups, locants, blocks and linked polymers.
 */
const POLYMER_RUN = new RegExp(
  `^聚(?:[甲乙丙丁戊己庚辛壬癸烷烯炔醇醛酮酸酯醚胺腈酚砜苯酰基羟羧氨氟氯溴碘硅氧氮硫磷碳氢对邻间偏二三四亚酐缩乳脲萘酞吡咯啶咪唑呋喃噻吩吗啉环异醋酰]|嵌段|[左右消]旋|共聚物|型聚|聚|[0-9]|-(?=[0-9\u4e00-\u9fff]))+`,
);
/** How a polymer's whole name ends: a compound's ending, or the class of a copolymer (`…共聚物`). */
const POLYMER_END = /(?:[烷烯炔醇醛酮酸酯醚胺腈酚砜苯酰]|共聚物)$/;

/**
 * The polymers of `text` named whole (`聚乙烯吡咯烷酮`, `聚醚嵌段聚酰胺`, `聚4-甲基-1-戊烯`): from a 聚 to the
 * last word's end where the name still ends as a compound does. A name read from inside one (`戊烯`) or
 * ending inside one (`聚乙烯` of `聚乙烯吡咯烷酮`, `聚醚` of `聚醚嵌段酰胺`) is a piece of it, never the
 * polymer. Not 聚焦, 聚集 or 聚合酶, which name no chain. [from, to) each, at the words' ends of `words`.
 */
export const polymerNames = (text: string, words: readonly Word[]): [number, number][] => {
  const ends = new Set(words.map((w) => w.to));
  const starts = new Set(words.map((w) => w.from));
  const out: [number, number][] = [];
  for (let i = text.indexOf('聚'); i >= 0; i = text.indexOf('聚', i + 1)) {
    if (!starts.has(i) || out.some(([, t]) => t > i)) continue;
    const run = POLYMER_RUN.exec(text.slice(i))?.[0] ?? '';
    for (let len = run.length; len >= 2; len--)
      if (ends.has(i + len) && POLYMER_END.test(run.slice(0, len))) {
        out.push([i, i + len]);
        break;
      }
  }
  return out;
};

/** True when the segmenter's word `word` names a polymer on its own. */
export const polymerWord = (word: string): boolean => POLYMER_WORD.test(word);

/** Grades written before a polymer that make another material of it (超高分子量聚乙烯, 膨体聚四氟乙烯,
 * 热塑性聚氨酯, 医用级聚醚醚酮): part of its name, not a modifier to drop. */
const POLYMER_GRADE =
  /(?:(?:高交联)?超高分子量|高分子量|(?:线性)?[高中低]密度|膨体|热塑性|热固性|(?:高)?交联|医用级)$/;

/** Where the polymer word `words[k]` of `text` starts with its grade, if one is written before it. */
export const polymerGradeFrom = (text: string, words: readonly Word[], k: number): number => {
  const w = words[k];
  if (!w) return 0;
  const m = POLYMER_GRADE.exec(text.slice(0, w.from));
  const from = w.from - (m?.[0].length ?? 0);
  return words.some((x) => x.from === from) ? from : w.from;
};

/** Organs and tissues that 人工 replaces: 人工关节, 人工晶体, 人工硬脑膜, 人工心脏. Not 人工智能. */
const ARTIFICIAL_ORGAN =
  /^人工(?:心脏|(?:[髋膝肩肘踝腕指]|颞下颌)?关节|椎体|晶体|晶状体|硬脑膜|脑膜|耳蜗|血管|骨|椎间盘|肝|肾|肺|皮肤|角膜|瓣膜|韧带|乳房|喉|气管)/;
/** Organs of more than one character only: `人工骨` or `人工肝` may begin other words (人工肝血液净化设备).
 * A joint is named by its kind as well (`人工髋关节`, `人工膝关节`), and a vertebral body replaced
 * (`人工椎体`). */
const IMPLANT =
  /人工(?:心脏(?!瓣|起搏|支架)|(?:[髋膝肩肘踝腕指]|颞下颌)?关节|椎体|晶体|晶状体|硬脑膜|耳蜗|椎间盘|角膜|韧带)/g;
const IMPLANT_TOOLS = ['融合器', '封堵器', '矫治器', '取栓器'];
/** True when `name` ends in what an implant or an interventional device does (`椎间融合器`, `房间隔封堵器`):
 * a device, never a part of one (a 球囊 may be either). */
export const implantToolShape = (name: string): boolean =>
  IMPLANT_TOOLS.some((e) => name.endsWith(e) && name.length > e.length);
/** Endings of implants and devices without a head noun: 补片, 导丝, 假体, 灌流器. */
const DEVICE_ENDINGS = [
  ...['补片', '导丝', '假体', '植入物', '球囊', '缝线', '吻合器', '起搏器', '除颤器', '灌流器'],
  ...['透析器', '氧合器', '螺钉', '骨板', '骨钉', '敷料', '人工心脏'],
  // Implants named by what they do (`椎间融合器`, `房间隔封堵器`, `隐形矫治器`, `支架取栓器`).
  ...IMPLANT_TOOLS,
];

/** True when `name` is shaped like an implant or a device: `人工关节`, `神经补片`, `血液灌流器`. */
export const deviceShape = (name: string): boolean =>
  ARTIFICIAL_ORGAN.test(name.replace(/^第[一二三四五六七八九十0-9]+代/, '')) ||
  DEVICE_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length);

/**
 * Where `text` names an implant by 人工 and an organ (`人工心脏`, `人工关节`): [from, to) each. Such a
 * name is an implant wherever it stands; `人工智能`, `人工成本` are not matched.
 */
export const implantNames = (text: string): [number, number][] =>
  [...text.matchAll(IMPLANT)].map((m) => [m.index, m.index + m[0].length]);
