// Technologies named by reading: a run ending in 技术 whose core names a thing of the field
// (`全磁悬浮血泵技术` holds the part head 泵, `超导磁体技术` a curated part, `无液氦超导技术` the stem
// 超导). Generic runs (`关键核心技术`, `信息技术`, `算法技术`) name no technology.
import type { DiscoveredSpan } from '../discovery';
import type { DiscoveryConfig } from '../types';
import { leadingAndStopWords } from './config-words';
import { endsInOrganisation } from './noise';
import { CLEAN_START_TAGS, isBoundaryWord, type Word } from './segmenter';

/** Stems of the field's technologies that make a 技术 run specific without a curated name. */
const TECH_STEMS = [
  '超导',
  '磁悬浮',
  '3D打印',
  '3d打印',
  '测序',
  '纳米',
  '激光',
  '射频',
  '微流控',
  '质子',
  '重离子',
];
/** Words before 技术 that make it generic, however specific the rest (`关键核心技术`, `新技术`). */
const GENERIC = /^(?:关键|核心|共性|前沿|新|先进|高新|自有|相关|重大|主要|基础|前瞻性|颠覆性|创新)+/;
/** The same words right before 技术 after a thing (`生物医用材料关键核心技术`; 内核 is the Hong Kong
 * form of 核心): the thing's technologies in general, no technology's name. */
const GENERIC_END = /(?:关键|核心|内核|共性|前沿|先进|重大|主要|基础|前瞻性|颠覆性)$/;
/** Tags of words a technology's name is built from (`无/v 液氦/n 超导/v`, `全/a 磁悬浮/n`). */
const NAME_TAGS = new Set([...CLEAN_START_TAGS, 'v', 'zg', 'ng', 'a']);
const MAX_LENGTH = 12;

export interface TechnologySpan extends Omit<DiscoveredSpan, 'label'> {
  readonly label: 'Technology';
}

/**
 * Technology terms of one sentence. `free` and `curated` say whether a range holds no mention, or
 * only curated ones; found spans are marked through `take`.
 */
export const readTechnologies = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  free: (from: number, to: number) => boolean,
  curated: (from: number, to: number) => boolean,
  take: (from: number, to: number) => void,
  curatedTechnology: (from: number, to: number) => boolean = () => false,
): TechnologySpan[] => {
  const stops = leadingAndStopWords(config);
  const partHeads = [...config.heads.Component, ...config.heads.Material];
  const out: TechnologySpan[] = [];
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (w?.word !== '技术' || !free(w.from, w.to)) continue;
    // `技术装备`, `技术平台`: 技术 modifies a following noun; `…技术有限公司` is a company.
    const next = words[k + 1];
    if (next?.tag.startsWith('n') || endsInOrganisation(text, w.to)) continue;
    let m = k;
    while (m > 0) {
      const x = words[m - 1];
      if (!x || isBoundaryWord(x) || stops.has(x.word) || !NAME_TAGS.has(x.tag)) break;
      if (!free(x.from, x.to) && !curated(x.from, x.to)) break;
      if (w.to - x.from > MAX_LENGTH) break;
      m--;
    }
    const first = words[m];
    if (!first || m === k) continue;
    let from = first.from;
    const generic = GENERIC.exec(text.slice(from, w.from));
    if (generic) from += generic[0].length;
    for (let changed = true; changed;) {
      const g = config.genericModifiers.find((x) => text.startsWith(x, from) && from + x.length < w.from);
      changed = g !== undefined;
      if (g) from += g.length;
    }
    const core = text.slice(from, w.from);
    // A curated name and 技术 (`医疗工业互联网技术`) is that curated technology.
    if (core.length < 3 || curatedTechnology(from, w.from) || GENERIC_END.test(core)) continue;
    // The core names a thing: a curated name, a part or material head, or a technology stem.
    let named = TECH_STEMS.some((s) => core.includes(s));
    for (const x of words.slice(m, k)) if (x.from >= from && curated(x.from, x.to)) named = true;
    if (partHeads.some((h) => words.slice(m, k).some((x) => x.from >= from && x.word.endsWith(h))))
      named = true;
    if (!named) continue;
    const before = words[m - 1];
    const clean =
      before === undefined || isBoundaryWord(before) || stops.has(before.word) || before.tag === 'm';
    take(from, w.to);
    out.push({ label: 'Technology', from, to: w.to, clean: clean && from === first.from });
  }
  return out;
};

/** The modifiers between 等 and 技术 of a technology list (`等新技术`, `等前沿技术`). */
const LIST_HEAD = /^等(?:新|先进|前沿|关键|新兴|新一代)?技术/;
const MAX_MEMBER = 10;
const CLAUSE_TAGS = new Set(['v', 'vn', 'd', 'p']);

/**
 * Members of `A、B等(新)技术` that extend a curated technology (`生物3D打印`, `人工智能辅助诊断` in
 * `发展生物3D打印、人工智能辅助诊断等新技术`): technologies as written. Members that are the curated
 * name itself are left to the lexicon.
 */
export const readTechnologyLists = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  free: (from: number, to: number) => boolean,
  curated: (from: number, to: number) => boolean,
  take: (from: number, to: number) => void,
): TechnologySpan[] => {
  const stops = leadingAndStopWords(config);
  const out: TechnologySpan[] = [];
  for (let k = 1; k < words.length; k++) {
    const etc = words[k];
    if (etc?.word !== '等' || !LIST_HEAD.test(text.slice(etc.from, etc.from + 8))) continue;
    // Members back to the list's start: separated by 、, each a run of name words.
    const members: [number, number][] = [];
    let end = k;
    let m = k - 1;
    for (;;) {
      let start = end;
      while (m >= 0) {
        const x = words[m];
        if (!x || x.word === '、' || isBoundaryWord(x) || stops.has(x.word) || !NAME_TAGS.has(x.tag)) break;
        start = m;
        m--;
      }
      if (start === end) break;
      // `借助大数据`: a verb opening the first member is the sentence's, not the name's.
      let first = start;
      while (first < end - 1 && CLAUSE_TAGS.has(words[first]?.tag ?? '')) first++;
      members.unshift([words[first]?.from ?? 0, words[end - 1]?.to ?? 0]);
      if (words[m]?.word !== '、') break;
      end = m;
      m--;
    }
    if (members.length < 2) continue;
    for (const [f, t] of members) {
      if (t - f > MAX_MEMBER || t - f < 3) continue;
      // The member holds a curated technology and more (`生物` + `3D打印`), and no other term.
      let holds = false;
      let taken = false;
      for (const x of words)
        if (x.from >= f && x.to <= t) {
          if (curated(x.from, x.to)) holds = true;
          else if (!free(x.from, x.to)) taken = true;
        }
      if (taken) continue;
      if (!holds || curated(f, t)) continue;
      take(f, t);
      out.push({ label: 'Technology', from: f, to: t, clean: true });
    }
  }
  return out;
};
