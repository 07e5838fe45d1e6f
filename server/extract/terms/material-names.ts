// The shapes of material and implant names that carry no head noun of their own (聚四氟乙烯, 硅橡胶,
// 多孔钽, 人工关节, 神经补片): a signal for labelling the members of one list, never a term alone.

/** Endings of material names: polymer classes, forms of supply, metals' alloys, proteins. */
const MATERIAL_ENDINGS = [
  ...['树脂', '橡胶', '合金', '共聚物', '聚合物', '单体', '增塑剂', '弹性体', '水凝胶', '凝胶'],
  ...['丝材', '棒材', '板材', '管材', '线材', '带材', '粉末', '陶瓷', '涂层', '蛋白', '纤维', '玻璃'],
  ...['复合材料', '磷灰石', '生物玻璃', '硅胶'],
  // Steels and irons by grade or kind (不锈钢, 316L不锈钢, 合金钢, 球墨铸铁), animal tissue (牛心包).
  ...['钢', '铸铁', '心包'],
  // Crystals grown for a use (压电单晶, 弛豫铁电单晶), oils and carbons (医用硅油, 活性炭).
  ...['单晶', '硅油', '炭'],
];
/** Characters that end the names of organic compounds (烯 of 聚乙烯, 酮 of 聚醚醚酮, 酯 of 聚氨酯). */
const CHEMICAL_END = /[烷烯炔醇醛酮酸酯醚胺腈酚砜苯酰]$/;
/** Metals of implants and their alloys (钛, 钽, 镍钛, 钴铬钼). */
const METALS = '钛钽铌锆镁锌铁钴铬钼镍铂铱钯银铜铝钨';
const METAL = new RegExp(`[${METALS}]`, 'g');
/** A metal written with a form or a qualifier: 多孔钽, 纯钛, 医用镁, 钛棒. */
const METAL_QUALIFIED = new RegExp(`^(?:多孔|纯|医用|可降解|高纯|超细晶|[一二三四五]级纯)[${METALS}]+$`);
/** A metal's oxide (氧化锆, 纳米氧化铝) and a metal's salt (钛酸钡, 锆钛酸铅, 铌镁酸铅-钛酸铅). */
const OXIDE = new RegExp(`^(?:纳米)?氧化[${METALS}]$`);
const SALT = /.酸[铅钡锂锶钙钠钾]$/;
/** Forms a material is supplied in (钨粉, 钛棒, 铂钨合金丝, 长石质瓷粉, 纳米氧化锆粉体, 氧化锆瓷块). */
const FORM = /(?:粉体|粉末|粒料|颗粒|膜片|瓷块|粉|丝|棒)$/;
/** Nylons, named by their number or not (尼龙12, 尼龙). */
const NYLON = /^尼龙\d{0,2}$/;
const METAL_ALONE = new RegExp(`^[${METALS}]$`);
/** Elements of inorganic compounds besides the metals: rare earths of scintillators, semiconductors. */
const ELEMENTS = `${METALS}镥钇铈钆镧铋锗镓铟铯钡锂锶钙钠钾硅硼硒碲镉`;
/** A compound named by its anion (二氧化硅, 氧化镥, 碘化铯, 氮化钛, 碳化硅). */
const COMPOUND = new RegExp(
  `^(?:纳米|高纯)?(?:[一二三四五]?氧化|氮化|碳化|碘化|氟化|溴化|氯化|硫化)[${ELEMENTS}]{1,2}$`,
);
/** A salt of these elements (硅酸钇镥, 锗酸铋, 磷酸钙, 透明质酸钠). */
const ELEMENT_SALT = new RegExp(`.酸[${ELEMENTS}]{1,2}$`);
/** Semiconductors and liquefied gases (非晶硅, 单晶硅, 液氦). */
const ELEMENT_FORM = /^(?:非晶|单晶|多晶|高纯)[硅锗硒]$|^液[氦氮氢氧]$/;
/**
 * Materials the field writes by their Latin abbreviation (crystals of detectors, polymers, plasticisers,
 * superconductors), alone or with their class (`LYSO晶体`, `医用PVC`); PET, a scanner, is not among them.
 */
const LATIN_MATERIAL =
  /^(?:医用)?(?:LYSO|LSO|BGO|GSO|GAGG|CZT|CdTe|CsI|LaBr3|PZT|PMN-PT|PEEK|PTFE|ePTFE|PMMA|UHMWPE|PLLA|PLGA|PCL|TPU|PVC|PEBAX|PPSU|HDPE|LDPE|PDMS|ABS|DEHP|TOTM|NbTi|Nb3Sn|MgB2)(?:晶体|材料|树脂)?$/i;

/** Raw materials of reagents: antigens, antibodies, enzymes, beads, substrates, calibrators, controls. */
const BIO_RAW = /(?:抗原|抗体|磁珠|微球|底物|校准品|质控品|标准品|引物|酶|发光剂|标记物|缓冲液)$/;

/**
 * True when `name` names a raw material of a reagent (`重组抗原`, `单克隆抗体`, `磁珠`, `碱性磷酸酶`): a
 * material only where the text says so (a list of raw materials, the object of 原料为), never alone.
 */
export const bioRawMaterial = (name: string): boolean =>
  name.length >= 2 && name.length <= 12 && BIO_RAW.test(name) && /^[\u4e00-\u9fffA-Za-z0-9-]+$/.test(name);

/** A polymer named as one word (`聚砜`, `聚乙烯`, `聚醚醚酮`): 聚 and a compound's ending (not 聚焦, 聚集). */
const POLYMER_WORD = /^聚[\u4e00-\u9fff]{0,6}[烷烯炔醇醛酮酸酯醚胺腈酚砜苯酰]$/;
/** Whether `name` is shaped like a material; `byPrefix` lets a leading 聚 alone make the shape. */
const shaped = (name: string, byPrefix: boolean): boolean => {
  if (name.length < 2) return false;
  if (MATERIAL_ENDINGS.some((e) => name.endsWith(e) && name.length > e.length)) return true;
  if (name.length >= 3 && ((byPrefix && name.startsWith('聚')) || CHEMICAL_END.test(name))) return true;
  if (METAL_QUALIFIED.test(name) || OXIDE.test(name) || SALT.test(name) || NYLON.test(name)) return true;
  if (COMPOUND.test(name) || ELEMENT_SALT.test(name) || ELEMENT_FORM.test(name) || LATIN_MATERIAL.test(name))
    return true;
  // A polymer of two characters (`聚砜`): 聚 and a compound's ending, never 聚焦.
  if (POLYMER_WORD.test(name)) return true;
  // A form after a metal, a ceramic or a material name: `钨粉`, `瓷粉`, `热塑性聚氨酯膜片`.
  const stem = name.replace(FORM, '');
  if (stem !== name && (METAL_ALONE.test(stem) || stem.endsWith('瓷') || shaped(stem, false))) return true;
  // Two metals or more make an alloy or a metal pair (镍钛, 钴铬钼, 镍钛-铂金).
  return (name.match(METAL) ?? []).length >= 2 && /^[\u4e00-\u9fff-]+$/.test(name) && name.length <= 6;
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
  if (shaped(name, false)) return 0;
  for (let len = name.length - 2; len >= 2; len--)
    if (ends(len) && shaped(name.slice(0, len), false)) return len;
  return 0;
};

/** True when the segmenter's word `word` names a polymer on its own. */
export const polymerWord = (word: string): boolean => POLYMER_WORD.test(word);

/** Organs and tissues that 人工 replaces: 人工关节, 人工晶体, 人工硬脑膜, 人工心脏. Not 人工智能. */
const ARTIFICIAL_ORGAN =
  /^人工(?:心脏|关节|晶体|晶状体|硬脑膜|脑膜|耳蜗|血管|骨|椎间盘|肝|肾|肺|皮肤|角膜|瓣膜|韧带|乳房|喉|气管)/;
/** Organs of more than one character only: `人工骨` or `人工肝` may begin other words (人工肝血液净化设备). */
const IMPLANT = /人工(?:心脏|关节|晶体|晶状体|硬脑膜|耳蜗|椎间盘|角膜|韧带)/g;
/** Endings of implants and devices without a head noun: 补片, 导丝, 假体, 灌流器. */
const DEVICE_ENDINGS = [
  ...['补片', '导丝', '假体', '植入物', '球囊', '缝线', '吻合器', '起搏器', '除颤器', '灌流器'],
  ...['透析器', '氧合器', '螺钉', '骨板', '骨钉', '敷料', '人工心脏'],
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
