// Word segmentation with part-of-speech tags (jieba's dictionary of ~350k words with ICTCLAS tags):
// the words and their offsets that term discovery and list reading walk over.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

/** One word of a segmented text, at [from, to) of the string that was segmented. */
export interface Word {
  readonly word: string;
  /** ICTCLAS tag: n noun, v verb, vn verbal noun, u particle, c conjunction, p preposition, x punctuation... */
  readonly tag: string;
  readonly from: number;
  readonly to: number;
}

/** The index in a region's words of the word starting at each offset (the first, should two start there). */
export type WordStarts = ReadonlyMap<number, number>;

/** Indexes `words` by where each starts, so that a reading asks for the word at an offset at once. */
export const wordStarts = (words: readonly Word[]): WordStarts => {
  const out = new Map<number, number>();
  words.forEach((w, k) => {
    if (!out.has(w.from)) out.set(w.from, k);
  });
  return out;
};

let jieba: Jieba | undefined;

/**
 * Words of the field the dictionary lacks, whose absence cuts a name apart: `腔/q|内` and `腔/q|镜` (a
 * measure word, so `腔内体温探头` lost its 腔), 外周 (peripheral, a kind of device, which the dictionary tags a
 * locative: `外周/f|球囊扩张导管` lost it), the anaesthetic agents (`七/m|氟烷`), `对|流通|过半|透|膜`
 * for 对流通过半透膜, the polymer `超高|分子量|聚乙烯`, the reagent `链|霉|亲|和|素`, 自适应 (`自/p|适应/v`
 * gave 适应放射治疗系统) and the guidance of an image (`磁共振|引导/v`, a verb that cut the name after it), 有创, 无创
 * and 双能 (`有/v|创|血流动力学监测仪`), 顺磁 (`顺|磁氧传感器`), 有形成分 (`有|形成|分分析系统`) and an
 * X-ray tube's 靶盘 (`靶/p|盘/q`, a preposition and a measure word that ended the name before them). Ministries
 * whose last character the dictionary joins to the next word (`工业和信息化|部将|速调管`, `发展|改|革委会|同`) are
 * words of their own, so a name never opens inside one. Loaded with
 * jieba's own frequencies' scale, so that the longer word wins where it is written.
 */
const FIELD_WORDS = [
  ['腔内', 500, 's'],
  ['腔镜', 500, 'n'],
  ['外周', 500, 'b'],
  ['七氟烷', 50, 'nz'],
  ['异氟烷', 50, 'nz'],
  ['地氟烷', 50, 'nz'],
  ['半透膜', 50, 'n'],
  ['超高分子量聚乙烯', 50, 'nz'],
  ['链霉亲和素', 50, 'nz'],
  ['自适应', 500, 'b'],
  ['图像引导', 50, 'b'],
  ['影像引导', 50, 'b'],
  ['磁共振引导', 50, 'b'],
  ['超声引导', 50, 'b'],
  ['有创', 500, 'b'],
  ['无创', 500, 'b'],
  ['双能', 50, 'b'],
  ['顺磁', 50, 'b'],
  ['有形成分', 50, 'n'],
  ['靶盘', 50, 'n'],
  ['工业和信息化部', 50, 'nt'],
  ['生态环境部', 50, 'nt'],
  ['自然资源部', 50, 'nt'],
  ['交通运输部', 50, 'nt'],
  ['住房城乡建设部', 50, 'nt'],
  ['住房和城乡建设部', 50, 'nt'],
  ['农业农村部', 50, 'nt'],
  ['应急管理部', 50, 'nt'],
  ['人力资源社会保障部', 50, 'nt'],
  ['人力资源和社会保障部', 50, 'nt'],
  ['发展改革委', 50, 'nt'],
] as const;

/**
 * Nouns the dictionary tags as an adverb or a verb (`高速|相机/d`, `体温|探头/v`), 外周 it tags a locative
 * (`外周/f`) and 眼底 (the fundus) it tags a time word (`眼底/t|照相机`), which would end a name; 通道 (a channel,
 * `高通道数|神经信号放大器芯片`) it tags a verb, which would cut the count of channels off the name;
 * 相干 (coherent, `眼科光学|相干/v|断层扫描仪`, OCT) it tags a verb, which left only 断层扫描仪; 阳极 (an X-ray
 * tube's anode) it tags a place, which opened no name after it (`阳极|靶盘`).
 */
const NOUN_TAGS: ReadonlyMap<string, string> = new Map([
  ['相机', 'n'],
  ['探头', 'n'],
  ['外周', 'b'],
  ['眼底', 'n'],
  ['通道', 'n'],
  ['相干', 'b'],
  ['阳极', 'n'],
  // 彩超 (colour Doppler ultrasound) it tags an abbreviation (`j`, with 证监会 and 人大), a class no make-up
  // sentence takes as its whole (`彩超由主机、探头和显示器组成`): it is a machine's noun.
  ['彩超', 'n'],
]);

/** Rates written before a device or part (`高速相机`, `低速离心机`, `实时荧光定量PCR仪`): a closed class. */
const RATE_WORDS = new Set(['高速', '低速', '实时']);

/** Numeral-led words that name a kind, not a count: dimensions, copolymer orders, body sides. */
const KIND_NUMERALS = /^(?:[一二三四五六七八九十单双多]维|[二三四]元|[左右])$/;

/**
 * jieba's dictionary, read as the segmenter loads and let go once loaded: the package's own
 * `@node-rs/jieba/dict` module reads its 6 MB keyword-weight table (idf.txt) as well, which
 * segmentation never uses, and keeps both buffers (11 MB) for the life of the process.
 */
const dictionary = (): Buffer =>
  readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));

const loadJieba = (): Jieba => {
  const j = Jieba.withDict(dictionary());
  j.loadDict(Buffer.from(FIELD_WORDS.map((w) => w.join(' ')).join('\n') + '\n'));
  return j;
};

/** Segments `text` into tagged words whose offsets index `text` (the dictionary loads on first use). */
export const tagWords = (text: string): Word[] => {
  jieba ??= loadJieba();
  const out: Word[] = [];
  let at = 0;
  for (const { word, tag } of jieba.tag(text, false)) {
    // jieba returns the input in order; find each word from the cursor so offsets stay exact.
    const from = text.indexOf(word, at);
    if (from === -1) continue;
    // jieba's HMM tags the unknown words it builds (拭子, 阅片) `x` like punctuation: call them `un`.
    // Greek letters name rays and kinds (`γ射线`, `α粒子`) as Latin ones do.
    const known =
      tag === 'x' && /[0-9a-zA-Z\u0391-\u03c9\u3400-\u9fff]/.test(word) ? 'un' : (NOUN_TAGS.get(word) ?? tag);
    // The HMM also builds person names from a conjunction and the noun after it (`芯片|和波束|合成模块`):
    // the conjunction joins two names, so the rest is segmented on its own.
    if (tag.startsWith('nr') && word.length >= 3 && /^[和与及或]/.test(word)) {
      out.push({ word: word.charAt(0), tag: 'c', from, to: from + 1 });
      for (const w of tagWords(word.slice(1)))
        out.push({ ...w, from: from + 1 + w.from, to: from + 1 + w.to });
      at = from + word.length;
      continue;
    }
    // `2.1 X射线球管`, once whitespace is dropped and letters folded: the dictionary reads `1x` as one Latin
    // word, gluing an item's number to the X of X射线; the number counts, the letter names the ray.
    const ray = /^([0-9]+)(x)$/i.exec(word);
    if (ray?.[1] && tag === 'eng' && text.startsWith('射线', from + word.length)) {
      const n = ray[1].length;
      out.push(
        { word: ray[1], tag: 'm', from, to: from + n },
        { word: word.slice(n), tag: 'eng', from: from + n, to: from + word.length },
      );
      at = from + word.length;
      continue;
    }
    out.push({ word, tag: known, from, to: from + word.length });
    at = from + word.length;
  }
  // `高速|相机`, `低速|离心机`, `实时|荧光定量`: a rate the dictionary tags an adverb distinguishes a kind of the
  // noun right after it (not `高速|发展`, a verbal noun's manner).
  for (const [k, w] of out.entries()) {
    const next = out[k + 1];
    if (w.tag === 'd' && RATE_WORDS.has(w.word) && next?.from === w.to && /^n[zg]?$/.test(next.tag))
      out[k] = { ...w, tag: 'b' };
    // `二维|矩阵探测器`, `三维|标测系统`, `三元|乙丙橡胶`, `左|心耳封堵器`: the dictionary tags a dimension, the
    // number of monomers of a copolymer and a side of the body numerals, which would cut them off the name
    // they open; glued to a noun they distinguish a kind of it, as 外周 does. A closed class of forms.
    else if (
      w.tag === 'm' &&
      next?.from === w.to &&
      /^(?:n[zg]?|vn|l|j|nz)$/.test(next.tag) &&
      KIND_NUMERALS.test(w.word)
    )
      out[k] = { ...w, tag: 'b' };
  }
  return out;
};

const HYPHENS = new Set(['-', '–']);
const NAME_CHAR = /[0-9a-zA-Z\u3400-\u9fff]$/;

/**
 * Joins the words on both sides of a hyphen into one word (`乙交酯-己内酯`, `镍钛-铂金`, `PET-MRI`):
 * a hyphenated chemical or device name is one token, so no fragment (`内酯共聚物`) starts at it.
 * Numbers stay quantities (`10-20` is tagged `m`).
 */
/**
 * A figure's reference numeral before a part's name (`附图标记说明：1-手柄；2-插入管`): a number that
 * opens an item, hyphened to a Chinese name, labels the part and is no piece of its name. A locant inside
 * a chemical name (`聚3-羟基丁酸酯`) follows a character of the name and stays joined.
 */
const referenceNumeral = (words: readonly Word[], k: number): boolean => {
  const left = words[k - 1];
  const before = words[k - 2];
  return (
    left !== undefined &&
    /^[0-9]+$/.test(left.word) &&
    /^[\u3400-\u9fff]/.test(words[k + 1]?.word ?? '') &&
    (before?.to !== left.from || !NAME_CHAR.test(before.word))
  );
};

export const joinHyphenated = (words: readonly Word[]): Word[] => {
  const out: Word[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!w) continue;
    const left = out.at(-1);
    const right = words[k + 1];
    if (
      HYPHENS.has(w.word) &&
      left &&
      right &&
      left.to === w.from &&
      right.from === w.to &&
      NAME_CHAR.test(left.word) &&
      /^[0-9a-zA-Z\u3400-\u9fff]/.test(right.word) &&
      !referenceNumeral(words, k)
    ) {
      const word = left.word + w.word + right.word;
      const tag = /^[0-9.~-]+$/.test(word) ? 'm' : /^[0-9a-zA-Z-]+$/.test(word) ? 'eng' : 'nz';
      out[out.length - 1] = { word, tag, from: left.from, to: right.to };
      k++;
      continue;
    }
    out.push(w);
  }
  return out;
};

/** Tags that never start or continue a term: particles, prepositions, pronouns, adverbs, punctuation. */
const BOUNDARY_TAGS = new Set([
  ...['u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'p', 'r', 'd', 'x', 'y', 'e', 'o', 'w'],
]);
/** Real conjunctions; the dictionary also tags some modifiers `c` (即时 in 新型即时检测设备). */
const CONJUNCTIONS = new Set([
  ...['和', '与', '及', '或', '以及', '及其', '并', '并且', '而', '而且', '或者', '但', '但是', '且'],
  ...['以便', '从而', '因此', '所以', '如果', '虽然', '即', '跟', '还是', '既', '又', '同时', '由于'],
]);

/** A word that never starts or continues a term. */
export const isBoundaryWord = (w: Word): boolean =>
  BOUNDARY_TAGS.has(w.tag) || (w.tag === 'c' && CONJUNCTIONS.has(w.word));

/** Tags of words that may start a term cleanly (nouns, distinguishing words, idioms, Latin, verbal nouns). */
export const CLEAN_START_TAGS = new Set([
  ...['n', 'nz', 'ng', 'nr', 'ns', 'nt', 'vn', 'b', 'l', 'j', 'eng', 'an', 's', 'a', 'un'],
]);

/**
 * True when word `k` says how much of the thing is used (`采用大量|中空纤维膜`, `大批|高端彩超设备`): a quantity
 * of the one thing, never a kind of it. Before a one-character word it is a word of the name the
 * dictionary split (`大量|程|压力传感器` is a wide-range sensor).
 */
export const isQuantityAt = (words: readonly Word[], k: number): boolean =>
  /^(?:大量|少量|大批|海量)$/.test(words[k]?.word ?? '') && (words[k + 1]?.word.length ?? 0) >= 2;
