// A tender's or a quotation's configuration list (`配置清单：扫描机架1套、X射线球管1只、高压发生器1台`): what
// one machine is delivered with, item by item, each item counted in its own measure word. Every item is
// a part of that machine as written, though no head of a part ends it (扫描机架, 导管床, 模拟肺).
import type { Range } from './coordination';
import type { Word } from './segmenter';

/** The label that opens such a list (normalised: `:` for `：`). */
const LIST_LABEL =
  /^(?:配置清单|设备配置清单|标准配置清单|标准配置|基本配置|主要配置|装箱清单|供货清单|配置要求|配置)\s*:\s*/;
/** What may stand before the label on its line as written: a line number or a mark (`3.`, `★`, `（2）`). */
export const LINE_LEAD =
  /^[\s\u3000]*(?:[★▲△*#※][\s\u3000]*)?(?:(?:[0-9]{1,2}[.．、]|[(（][0-9]{1,2}[)）])[\s\u3000]*)?$/;
/** Where such a label may stand: the sentences worth a closer look. */
export const CONFIGURATION_WORD = /配置|装箱清单|供货清单/;
/** An item's count and measure word, a note in brackets after it at most (`2套`, `1台(含…)`). */
const COUNT =
  /(?:[0-9]+|[一两二三四五六七八九十]+)(?:套|只|个|台|张|块|根|条|件|副|支|把|组|片|对|卷|盒|瓶|袋|路)(?:\([^()]*\))?$/;
/** Joiners inside one item naming two things counted together (`冷头及氦压缩机1套`). */
const JOINER = /及|和|与|\+/g;
/** Items that are papers or services, not things of the machine (`使用说明书1份`, `合格证`). */
const NOT_A_PART = /(?:说明书|合格证|手册|资料|光盘|保修卡|证书|清单|文件|工具|培训|服务|安装)$/;
/** Tags a member's last word may have: a thing's name (`扫描/vn 机架/n`, `模拟/v 肺/n`). */
const THING_END = new Set(['n', 'nz', 'ng', 'nr', 'l', 'eng', 'un', 'vn', 'j']);
/** One-character nouns that end parts' names, whatever the dictionary tags them (`样本/n 架/q`). */
const PART_TAIL = new Set([...'针杯盘仓站罐壶箱槽盒座架罩环塞阀泵管靶轮块杆床肺臂台']);

/**
 * The members of the configuration list whose label stands at `at` of the normalised sentence `s`, as [from, to)
 * of `s` each: every item of the list must carry its count, two items at least, and each member must end on a
 * word of a thing.
 */
export const configurationMembers = (s: string, words: readonly Word[], at: number): Range[] => {
  const label = LIST_LABEL.exec(s.slice(at));
  if (!label) return [];
  const from = at + label[0].length;
  const close = s.slice(from).search(/[。;]/);
  const to = close < 0 ? s.length : from + close;
  const items: Range[] = [];
  for (let at = from; at < to;) {
    const next = s.slice(at, to).search(/[、,]/);
    const end = next < 0 ? to : at + next;
    items.push([at, end]);
    at = end + 1;
  }
  if (items.length < 2) return [];
  const counted = items.map(([f, t]) => {
    const count = COUNT.exec(s.slice(f, t));
    return count ? ([f, t - count[0].length] as Range) : undefined;
  });
  if (counted.some((c) => c === undefined || c[1] - c[0] < 2)) return [];
  const starts = new Set(words.map((w) => w.from));
  const wordEnding = new Map(words.map((w) => [w.to, w]));
  const members: Range[] = [];
  for (const item of counted) {
    if (!item) continue;
    const [f, t] = item;
    let at = f;
    // A joiner parts two things only as a word of its own (not the 及 of `…及以上`).
    const joiners = [...s.slice(f, t).matchAll(JOINER)].filter(
      (j) => starts.has(f + j.index) && wordEnding.has(f + j.index + j[0].length),
    );
    for (const j of [...joiners, undefined]) {
      const end = j ? f + j.index : t;
      const last = wordEnding.get(end);
      const name = s.slice(at, end);
      if (
        name.length >= 2 &&
        name.length <= 16 &&
        starts.has(at) &&
        last !== undefined &&
        (THING_END.has(last.tag) || PART_TAIL.has(last.word)) &&
        !NOT_A_PART.test(name)
      )
        members.push([at, end]);
      if (j) at = f + j.index + j[0].length;
    }
  }
  return members;
};
