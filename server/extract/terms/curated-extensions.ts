// Longer names built on a curated one: free modifiers written right before a curated equipment,
// part or material name (`高清电子` + `内窥镜`, `高能` + `直线加速器`) make a more specific term.
import type { DiscoveryConfig } from '../types';
import type { DiscoveredSpan } from '../discovery';
import type { TermLabel } from './heads';
import {
  DISCOURSE_WORDS,
  endsInOrganisation,
  isAppearanceWord,
  isHandlingVerb,
  isOrganisationWord,
  isPlaceWord,
  namesMemberClass,
} from './noise';
import { endsInHead, leadingAndStopWords } from './config-words';
import { elementChar } from './material-names';
import { CLEAN_START_TAGS, isBoundaryWord, isQuantityAt, type Word } from './segmenter';

/** A curated mention of the sentence, in its local coordinates. */
export interface CuratedSpan {
  readonly from: number;
  readonly to: number;
  readonly label: TermLabel;
}

const MAX_PREFIX = 6;
/** Words of automation that open an analyser's name (`全自动|化学发光|免疫分析仪`) beyond the cap. */
const AUTOMATION = /^(?:全|半)?自动(?:化)?$/;
/**
 * A magnet's field strength before the name (`1.5T|超导磁共振成像系统`, `3.0T/7T`): it grades the one
 * machine as a count does, so the name after it starts clean.
 */
const FIELD_STRENGTH = /^(?:[0-9]*\.)?[0-9]+t$/i;
/** Properties the dictionary tags as verbs (`超导|磁共振`, `导电|薄膜`): they name a kind. */
const PROPERTY_VERBS = new Set(['超导', '导电', '导热', '绝缘', '透光']);
/**
 * Procedures the dictionary tags as verbs that name a kind of device after the organ or route they
 * act on (`血管|介入|手术机器人`, `神经|介入`, `经皮|穿刺`, `图像|引导`, `腔镜|切割|吻合器`): a word of the
 * name only with that noun before it, so that a bare procedure (`介入手术机器人`) or a clause's subject and
 * verb (`公司推出呼吸机`) extends nothing.
 */
const PROCEDURE_VERBS = new Set(['介入', '穿刺', '消融', '引导', '导航', '切割', '吻合', '缝合', '止血']);
/**
 * Words ending in 式 that name a manner, a form or an age, no kind of a device (`方式`, `模式`, `新式`): the
 * closed set of such words the dictionary holds; every other `X式` before a name is attributive.
 */
const NOT_ATTRIBUTIVE_SHI =
  /^(?:方式|形式|模式|格式|正式|公式|仪式|程式|样式|款式|各式|新式|老式|旧式|中式|西式|等式|算式|范式|招式|句式)$/;
/** Measure words: a numeral before one counts units of the thing, it names no part of it (`四台`, `两套`). */
const MEASURE_CHARS = /^[台套个件项种家批类排层条部款支只根片块组颗枚例名把次位批]$/;
/** A numeral of one character: with a noun glued after it, it counts a part of the thing (`四|臂`). */
const NUMERAL = /^[一二两三四五六七八九十单双多]$/;
/** A section's number opening a line (`3.1 可降解金属血管支架研发`): it numbers the line, it counts nothing. */
const ITEM_NUMBER = /^[0-9]+(?:\.[0-9]+)*\.?$/;

/** Terms that extend a curated name to the left by noun-like words at a clean boundary. */
export const extendCurated = (
  text: string,
  words: readonly Word[],
  curated: readonly CuratedSpan[],
  config: DiscoveryConfig,
  free: (from: number, to: number) => boolean,
  take: (from: number, to: number) => void,
): DiscoveredSpan[] => {
  const stops = leadingAndStopWords(config);
  // 血管 ends in 管 but is a vessel, not a part (notHeads).
  const notHeads = new Set(config.notHeads);
  /** Word `q` is an item's number opening its line (`3.1 可降解…`, segmented `1|.|2` too): after a mark or
   * at the sentence's start, glued to the word after it. */
  const itemNumberAt = (q: number): boolean => {
    const n = words[q];
    if (!n || !ITEM_NUMBER.test(n.word) || n.to !== words[q + 1]?.from) return false;
    let p = q - 1;
    // `1|.|2`: the dictionary cuts a dotted number at its dot.
    while (p >= 1 && /^[.．]$/.test(words[p]?.word ?? '') && /^[0-9]+$/.test(words[p - 1]?.word ?? ''))
      p -= 2;
    // A section's number has a dot (`3.1`, `1.2`); a catalogue's code (`01 摄影X射线机`) is left to the
    // readings of headings.
    if (!n.word.includes('.') && p === q - 1) return false;
    return p < 0 || words[p]?.tag === 'x';
  };
  /** Word `q` counts units (`一款`, `两套`, `这|款`): a numeral or a demonstrative and a measure word. */
  const countOfUnits = (q: number): boolean => {
    const w = words[q]?.word ?? '';
    if (/^[一两二三四五六七八九十几]$/.test(w.slice(0, -1)) && MEASURE_CHARS.test(w.slice(-1))) return true;
    return MEASURE_CHARS.test(w) && /^[这那该此每]$/.test(words[q - 1]?.word ?? '');
  };
  const out: DiscoveredSpan[] = [];
  for (const c of curated) {
    let k = words.findIndex((w) => w.to > c.from);
    const inner = words[k];
    if (!inner) continue;
    // A curated name that starts inside a word takes the word's head (`腹` + `腔镜手术机器人`).
    let from = inner.from < c.from && free(inner.from, c.from) ? inner.from : c.from;
    const split = from < c.from;
    let procedureAt = -1;
    k--;
    while (k >= 0) {
      const w = words[k];
      // `在无液氦超导磁体`, `在有液氦超导磁体`: 无/有 opening a modifier after a preposition or a mark
      // name a kind (without or with liquid helium), not a verb of the sentence.
      const privative = w?.word === '无' || w?.word === '有';
      const openedBy = words[k - 1];
      const rest = text.slice(from, c.from);
      if (
        w &&
        privative &&
        from < c.from &&
        (!openedBy || isBoundaryWord(openedBy) || itemNumberAt(k - 1)) &&
        !config.genericModifiers.some((g) => rest.startsWith(g)) &&
        free(w.from, w.to)
      ) {
        from = w.from;
        k--;
        break;
      }
      // `耳背|式|助听器`, `软管|式|内窥镜`, `定|制式|助听器`: 式 (of the kind) after a word makes an
      // attributive of the name; the dictionary may cut it anywhere, so the phrase takes at least two
      // characters before 式.
      if (
        w?.to === from &&
        w.word.endsWith('式') &&
        w.word.length <= 3 &&
        !NOT_ATTRIBUTIVE_SHI.test(w.word) &&
        free(w.from, w.to)
      ) {
        let q = k;
        while (q > 0 && w.to - (words[q]?.from ?? 0) < 3) {
          const x = words[q - 1];
          if (
            !x ||
            x.to !== words[q]?.from ||
            !free(x.from, x.to) ||
            isBoundaryWord(x) ||
            stops.has(x.word) ||
            isPlaceWord(x) ||
            isOrganisationWord(x.word) ||
            x.tag === 'm'
          )
            break;
          q--;
        }
        const phrase = words[q];
        if (phrase && w.to - phrase.from >= 3 && c.from - phrase.from <= MAX_PREFIX + 2) {
          from = phrase.from;
          k = q - 1;
          continue;
        }
      }
      // `四|臂|腔镜手术机器人`, `三维|电子内窥镜`: a numeral glued to a noun that is no measure word, or a
      // dimension (`三维`, `六维`), counts a part or an axis of the thing, a word of its name, not units of it.
      const counted = words[k + 1];
      const numberedPart =
        w?.tag === 'm' &&
        w.to === from &&
        free(w.from, w.to) &&
        ((NUMERAL.test(w.word) &&
          counted?.from === from &&
          counted.word.length === 1 &&
          counted.tag === 'n' &&
          !MEASURE_CHARS.test(counted.word)) ||
          /^[一二三四五六七八九十单双多]维$/.test(w.word));
      if (numberedPart && w) {
        from = w.from;
        k--;
        continue;
      }
      // `植入式|单|腔|心脏起搏器`: the dictionary may tag the counted part as a measure word after a
      // numeral it tags as a noun; a part that is no unit (腔, not 台) is still counted, a word of the name.
      const numeral = words[k - 1];
      if (
        w?.tag === 'q' &&
        w.to === from &&
        w.word.length === 1 &&
        !MEASURE_CHARS.test(w.word) &&
        numeral !== undefined &&
        NUMERAL.test(numeral.word) &&
        numeral.to === w.from &&
        free(numeral.from, w.to)
      ) {
        from = numeral.from;
        k -= 2;
        continue;
      }
      // `药物|涂层|球囊`, `亲水|涂层|导丝`: the coating a device carries names a kind of it.
      const coating = w?.word.endsWith('涂层') === true && c.label !== 'Material';
      // `经|自然|腔道`: an adverb between two nouns, the first opening the phrase, is a word of the
      // name the dictionary mis-tagged.
      const opener = words[k - 1];
      const opens = words[k - 2];
      const inner =
        w?.tag === 'd' &&
        from < c.from &&
        opener !== undefined &&
        CLEAN_START_TAGS.has(opener.tag) &&
        free(w.from, opener.to) &&
        (opens === undefined || isBoundaryWord(opens) || stops.has(opens.word));
      // `CMOS|图像传感器`: a part's kind in letters that is itself a curated name of the part.
      const kindInLetters =
        w?.tag === 'eng' &&
        c.label === 'Component' &&
        curated.some((o) => o.from === w.from && o.to === w.to && o.label === 'Component');
      if (kindInLetters && w) {
        from = w.from;
        k--;
        break;
      }
      // A place before the name is where it is made, not a kind of it.
      if (
        !inner &&
        (!w ||
          !free(w.from, w.to) ||
          isBoundaryWord(w) ||
          stops.has(w.word) ||
          isPlaceWord(w) ||
          DISCOURSE_WORDS.has(w.word) ||
          // `检查|驱动气比例阀`: a verb of handling takes the curated thing as its object.
          isHandlingVerb(w.word) ||
          isOrganisationWord(w.word) ||
          // `MRI的关键部件|超导磁体`: the class of the member, an apposition.
          namesMemberClass(w.word) ||
          FIELD_STRENGTH.test(w.word) ||
          isQuantityAt(words, k))
      )
        break;
      // `以租赁方式|助听器`: a manner or a form is how the thing is used or sold, no kind of it.
      if (NOT_ATTRIBUTIVE_SHI.test(w.word)) break;
      // Colour and look (`银色环状|超导磁体`) describe the one thing in view, not a kind of it.
      if (isAppearanceWord(w.word) || (/[状形]$/.test(w.word) && isAppearanceWord(words[k - 1]?.word ?? '')))
        break;
      // `血管|介入`: a procedure between the curated name and the organ or route it acts on.
      const procedure =
        PROCEDURE_VERBS.has(w.word) &&
        from === w.to &&
        opener !== undefined &&
        opener.tag.startsWith('n') &&
        free(opener.from, opener.to) &&
        !stops.has(opener.word) &&
        !isPlaceWord(opener) &&
        !isOrganisationWord(opener.word);
      if (procedure) procedureAt = w.from;
      // A one-character verb between nouns is a morpheme of a compound (`数字|减|影` of 数字减影).
      const morpheme =
        inner ||
        procedure ||
        PROPERTY_VERBS.has(w.word) ||
        (w.tag === 'v' &&
          w.word.length === 1 &&
          !privative &&
          CLEAN_START_TAGS.has(words[k - 1]?.tag ?? '') &&
          !stops.has(words[k - 1]?.word ?? '') &&
          from > w.to - 1);
      if (
        (!CLEAN_START_TAGS.has(w.tag) && !morpheme) ||
        (c.from - w.from > MAX_PREFIX && !(AUTOMATION.test(w.word) && c.from - w.to <= MAX_PREFIX))
      )
        break;
      // `精密化`, `医疗装备` + `关键零部件`: a manner or another thing is not a modifier of the name.
      if (/[化性]$/.test(w.word) || (endsInHead(config, w.word) && !notHeads.has(w.word) && !coating)) break;
      from = w.from;
      k--;
    }
    // The organ or route before a procedure was not taken (`…|介入|手术机器人`): the procedure alone names
    // no kind of the device.
    if (from === c.from || from === procedureAt) continue;
    // `超导核磁共振成像|装置`: a curated name before a head noun is a modifier of a longer name.
    const after = words.find((w) => w.from === c.to);
    if (after && endsInHead(config, after.word) && !notHeads.has(after.word)) continue;
    // `精准放疗|技术`: a device's name before 技术 names a technique, not a kind of the device.
    if (after && c.label === 'Equipment' && after.word.startsWith('技术')) continue;
    // `ROBO医疗机器人研究所`: the name of an organisation, not a kind of the thing.
    if (endsInOrganisation(text, c.to)) continue;
    let prefix = text.slice(from, c.from);
    for (let changed = true; changed;) {
      changed = false;
      const g = config.genericModifiers.find((m) => prefix.startsWith(m));
      if (g) {
        prefix = prefix.slice(g.length);
        changed = true;
      }
    }
    // `新试剂`, `10 台 CT`: a bare 新 or a number adds nothing a curator would keep; one character
    // after a numeral is a measure word (`一波 CT`), and one character alone is too weak to name a kind,
    // unless the text writes it in one word with the name (`腹|腔镜手术机器人`): that word is the name.
    // `硅|光电倍增管`: an element's character names a kind of part (a silicon photomultiplier).
    const element = c.label === 'Component' && elementChar(prefix);
    if ((prefix.length < (split ? 1 : 2) && !element) || /^[0-9]/.test(prefix)) continue;
    const before = words[k];
    // `一部|血管介入|手术机器人`: an organ and a procedure name a kind whatever count comes before. A count
    // of units whole (`一款|单孔|腔镜手术机器人`, `这|款|…`, `两套|高能|直线加速器`) says how many; the name
    // after it starts clean.
    if (before?.tag === 'm' && !split && procedureAt < 0 && !itemNumberAt(k) && !countOfUnits(k)) continue;
    // `经|自然|腔道手术机器人`: an adverb between nouns is a word of the phrase the dictionary mis-tagged,
    // so the prefix may be cut out of a longer name; such an extension is not clean.
    const midPhrase = before?.tag === 'd' && CLEAN_START_TAGS.has(words[k - 1]?.tag ?? '');
    const clean =
      !midPhrase &&
      (before === undefined ||
        FIELD_STRENGTH.test(before.word) ||
        before.tag === 'm' ||
        // `256|排|螺旋CT`, `64|层|螺旋CT`: a number and its measure word grade the one machine (its rows of
        // detectors), whatever the dictionary tags the measure word.
        (MEASURE_CHARS.test(before.word) && words[k - 1]?.tag === 'm') ||
        isBoundaryWord(before) ||
        DISCOURSE_WORDS.has(before.word) ||
        stops.has(before.word) ||
        !free(before.from, before.to));
    take(from, c.from);
    out.push({ label: c.label, from, to: c.to, clean });
  }
  return out;
};
