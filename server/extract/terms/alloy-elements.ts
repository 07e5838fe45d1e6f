// Elements written one character each in a list the text calls alloying elements (`加入锌、钙、钇、钕等合金元素`,
// `添加釔、釹、鋅等合金元素`): each is a material of the alloy. A character alone is a material nowhere else.
import type { Range } from './coordination';
import { elementChar } from './material-names';

/** Metals that alloy besides those of implants: rare earths (钕, 钆, 镝…), manganese, beryllium. */
const ALLOYING_METAL = /^[镧铈镨钕钐铕钆铽镝钬铒铥镱镥钪钇锰铍锂]$/;
const element = (c: string): boolean => elementChar(c) || ALLOYING_METAL.test(c);

/** One element's character, then more joined by 、/和/与/及/或, closed by 等 and a class of alloying elements. */
const ELEMENT_LIST =
  /((?:[\u4e00-\u9fff](?:、|和|与|及|或|以及))+[\u4e00-\u9fff])(?:等|这些)?(?:[两二三四五六七八九几多]种)?(?:稀土)?(?:合金化?元素|微合金元素)/g;
/** A verb of alloying before the list: the elements are put into a metal. */
const ALLOYING = /(?:添加|加入|掺入|掺杂|引入|含有|合金化)(?:了|少量|微量|适量)*$/;
/** A list of `稀土元素` alone is alloying only after a verb of alloying (`加入钇、钕等稀土元素`). */
const RARE_EARTH_LIST =
  /((?:[\u4e00-\u9fff](?:、|和|与|及|或|以及))+[\u4e00-\u9fff])(?:等|这些)?(?:[两二三四五六七八九几多]种)?稀土元素/g;

/** The elements listed as alloying elements in the normalised sentence `s`: [from, to) each. */
export const alloyElements = (s: string): Range[] => {
  const out: Range[] = [];
  const read = (m: RegExpExecArray): void => {
    const list = m[1] ?? '';
    const chars = [...list.matchAll(/[\u4e00-\u9fff]/g)].filter((c) => !/^(?:和|与|及|或|以)$/.test(c[0]));
    // Every member must be one element, or the list is something else (`铁、锌等微量元素` of a diet is kept
    // out by the class; `重、轻等元素` by this).
    if (chars.length < 2 || !chars.every((c) => element(c[0]))) return;
    for (const c of chars) out.push([m.index + (c.index ?? 0), m.index + (c.index ?? 0) + 1]);
  };
  for (const m of s.matchAll(ELEMENT_LIST)) read(m);
  for (const m of s.matchAll(RARE_EARTH_LIST)) if (ALLOYING.test(s.slice(0, m.index))) read(m);
  return out;
};
