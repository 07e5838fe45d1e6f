// A plan's lines for the structure parser: offsets, the content without whitespace, `#` and `*`
// marks around it, and the Markdown heading depth.

export interface Line {
  readonly start: number;
  readonly end: number;
  /** The line without surrounding whitespace, `#` and `**` marks, and the decoration leading it. */
  readonly cs: number;
  readonly ce: number;
  readonly content: string;
  readonly markdownHeading: boolean;
  /** Number of leading `#` (0 when the line is no Markdown heading). */
  readonly hashes: number;
  /**
   * A node of a text tree (`│ ├─ 医学影像设备`, `└── X`, `|-- X`): the column of its branch mark, which
   * the content leaves out with the rules before it. Undefined on any other line.
   */
  readonly tree?: number;
}

/**
 * The drawing that opens a node of a text tree: rules down the levels above (`│`, `┃`, `|`), spaces,
 * then a branch mark (`├`, `└`, `┣`, `┗`, `+`, `` ` ``, `|`) and its run (`─`, `━`, `-`), before a name.
 * A rule of a box-drawn table (`╠════╬════╣`) is no node. Group 1 is the drawing before the branch mark.
 */
const TREE_NODE =
  /^((?:[│┃┆┊║╎╏]|\|(?=[\s\u3000])|[ \t\u3000])*)(?:[├└┣┗┠┖┞┟┡┢┝┕╟╙╠╚]|[|+`](?=[-─━]))[─━═-]*[\s\u3000]*(?=[^\s\u3000|+\u2500-\u257f-])/u;
/** The column of the branch mark when `line` (one line as written) is a node of a text tree. */
export const treeNodeOf = (line: string): number | undefined => TREE_NODE.exec(line)?.[1]?.length;

/** A line of a text tree with no node, only the rules down its levels (`│`, `┃ │`). */
const TREE_RULES = /^(?:[│┃┆┊║╎╏]|[ \t\u3000])+$/u;

/** A line between the two sides of a box drawn with rules, with no rule inside (no row of a table). */
const FRAMED = /^[│┃║][^│┃║]+[│┃║]$/u;

const MARK = /[\s#*\u3000]/u;
/**
 * What leads a line as decoration, not text: emoji and pictographs (`🦻`, `📌`, `✅`, `▶`), arrows
 * (`→`, `➤`, `☞`), pointers and stars (`►`, `★`), with their joiners, variation selectors and skin
 * tones. A WeChat post leads its heads and points so (`🦻【听力健康装备】`, `▶ 01 | 为什么…`); the line
 * is read without them. The block marks a head is made by (`▌`, `■`, `◆`, `◼`) and list bullets
 * (`●`, `•`) stay: they say what the line is.
 */
const LEAD =
  /^(?![▌▍▎█■◆◼])(?:\p{Extended_Pictographic}|[\u2190-\u21ff\u27a0-\u27bf\u2b00-\u2b2f\u25b6-\u25bb\u25c0-\u25c5\u261a-\u261f\u2605\u2606]|\ufe0f|\u200d|\u20e3|\p{Emoji_Modifier})/u;

/** Length in UTF-16 units of the decoration leading `text` at `at` (0 when none). */
const leadAt = (text: string, at: number, end: number): number => {
  let k = at;
  for (;;) {
    if (k >= end) return k - at;
    const m = LEAD.exec(text.slice(k, Math.min(end, k + 2)));
    if (m) k += m[0].length;
    else if (k > at && MARK.test(text[k] ?? '')) k++;
    else return k - at;
  }
};

/** The lines of `text` with their offsets and their content trimmed of whitespace and Markdown marks. */
export const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let cs = start;
    let ce = end;
    while (cs < ce && MARK.test(text[cs] ?? '')) cs++;
    while (ce > cs && MARK.test(text[ce - 1] ?? '')) ce--;
    // A node of a text tree: the drawing before its name is no part of the line's content.
    const node = TREE_NODE.exec(text.slice(start, ce));
    let tree: number | undefined;
    if (node && node[0].length > cs - start) {
      tree = node[1]?.length ?? 0;
      cs = start + node[0].length;
    } else if (TREE_RULES.test(text.slice(cs, ce)) && /[│┃┆┊║╎╏]/u.test(text.slice(cs, ce))) cs = ce;
    else if (FRAMED.test(text.slice(cs, ce))) {
      // `│专栏1 高端医学影像装备攻关清单  │`: a line of a box drawn with rules reads without its sides.
      cs++;
      ce--;
      while (cs < ce && MARK.test(text[cs] ?? '')) cs++;
      while (ce > cs && MARK.test(text[ce - 1] ?? '')) ce--;
    }
    cs += leadAt(text, cs, ce);
    lines.push({
      start,
      end,
      cs,
      ce,
      content: text.slice(cs, ce),
      markdownHeading: text[start] === '#',
      hashes:
        text[start] === '#' ? (/^#+/.exec(text.slice(start, Math.min(end, start + 8)))?.[0].length ?? 0) : 0,
      ...(tree === undefined ? {} : { tree }),
    });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
};

/** Shortest line of running text that a hard wrap (a PDF's, an email's) leaves. */
const WRAPPED_MIN = 24;
/** A line that opens as a heading, a list item or a bullet. */
const LINE_HEAD =
  /^(?:#|\*\*|[（(]?[一二三四五六七八九十\d]{1,3}[、．.）)]|第[一二三四五六七八九十百]+[部篇章节]|[-—•●◆■□▪·*>])/u;
const HAN = /[\u3400-\u9fff]/u;

/**
 * True when the line break at `at` (the offset of a `\n`) only wraps a sentence: the line before is
 * long running text (no heading, list or table line) ending in a Han character or a Latin letter with
 * no closing mark, and the line after goes on with a Han character (`…突破CT球管、平板探⏎测器等…`).
 * A short line (a heading, `产品⏎光子计数CT`) or a table row (`|`) really ends at its break.
 */
export const wrapsAt = (text: string, at: number): boolean => {
  if (text[at] !== '\n') return false;
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(from, at).replace(/[\s\u3000]+$/u, '');
  const line = before.replace(/^[\s\u3000]+/u, '');
  // A short line wraps too when a sentence opens after a full stop in it and runs on unclosed
  // (`1.加速器类。重点发展医用电子直线加⏎速器`): a head or an item line ends where it closes.
  const open = line.lastIndexOf('。');
  const runsOn = open > 0 && line.length - open > 4;
  // A row of a table drawn with bars or tabs ends where its line does (a row aligned by spaces is cut
  // from its neighbours by the aligned-cells reading).
  if ((line.length < WRAPPED_MIN && !runsOn) || /[|｜\t]/u.test(line)) return false;
  // A numbered or bulleted line wraps only when it holds prose (`（一）X。重点发展A、B、…`).
  if (LINE_HEAD.test(line) && !/[，、；。,;]/u.test(line)) return false;
  if (!HAN.test(line.at(-1) ?? '') && !/[A-Za-z0-9]/.test(line.at(-1) ?? '')) return false;
  const next = text.slice(at + 1, at + 3);
  if (!HAN.test(next[0] ?? '')) return false;
  // Entries labelled alike on line after line (`骨科：…、氧化锆陶瓷⏎康复：…`): the next label opens an entry.
  return !(LABELLED.test(line) && LABELLED.test(text.slice(at + 1, at + 12)));
};

/** A line that opens with a short label and its colon (`骨科：`, `康复：`). */
const LABELLED = /^[一-鿿]{1,6}[：:]/u;
