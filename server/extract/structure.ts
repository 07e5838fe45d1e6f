// Section structure of a plan: numbered headings of any style (第一章, 一、, （一）, 1., （1）, `1.1`),
// Markdown heads, 专栏 boxes and their item lines (`——X。` or a short head sentence), the table of
// contents and title lines. A text without headings (a news report) is one front section.
import { matchHeading, styleLevels, type HeadingMatch, type HeadingStyle } from './heading-styles';
import { splitLines, type Line } from './lines';
import { VIEW_PAD } from './simplified-view';
import type { Section, SectionKind } from './types';

const TOC_LINE = /^\d+(?:\.\d+)*\t.+\t\d+\s*$/;
/**
 * hist-2017's decimal heads `4 重点任务`, `4.1.2 高端医疗器械`, and a classification catalogue's codes
 * (`06 医用成像器械`, `06-01 X射线诊断设备`): their depth is their level.
 */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*|\d{2}(?:-\d{2})+)\s+([^。；，\t]{1,40})$/;
/**
 * `1. 高端医学影像装备` over `1.1 光子计数能谱CT研发`: a call for projects dots the chapter number of its
 * decimal heads. Read as the chapter `1` only when decimal heads `1.k` follow in the text.
 */
const DOTTED_CHAPTER = /^(\d{1,2})[.．]\s*([^。；，：:\t\d\s][^。；，：:\t]{0,39})$/;
/**
 * `——子目录12 有源植入器械`: a subcatalogue of the classification catalogue named with its code, the
 * catalogue's top category, as `12 有源植入器械` is.
 */
const SUBCATALOGUE =
  /^(?:——|—)?[\s\u3000]*子目录[\s\u3000]*(\d{2})[\s\u3000]+([\u4e00-\u9fff、和及与]{2,20})$/;
/** A category code of two digits or more parts (`06-01`): the text is a classification catalogue. */
const CATALOGUE_CODE = /^\d{2}(?:-\d{2})+$/;
/**
 * A catalogue's category written as a labelled line (`一级产品类别：X射线诊断设备`, `二级产品类别：01 摄影X射线机`):
 * the first level is a category under the catalogue's top one, the second a product class in it.
 */
const CATEGORY_LINE =
  /^([一二])级产品类别[：:]\s*(?:\d{2}(?:-\d{2})*\s*)?([^。；，：:\t\s][^。；，：:\t]{0,39})$/;
/** `专栏 3`, `专栏三`, `【专栏2】`, `专栏1-2`: a box's number, in any of the ways plans write it. */
const BOX = /^[【[]?专栏\s*([\d一二三四五六七八九十]+(?:[-－.．]\d+)?)\s*[】\]]?\s*[：:]?\s*/;
const DASH_ITEM = /^——\s*([^。]{1,40})。/;
/** A short head sentence opening a line inside a box (hist-2017: `数字诊疗装备。...`). */
const BOX_ITEM_HEAD = /^([^。，：；\s]{2,20})。/;
/** A head sentence in the middle of a line (hist-2017 专栏 6 runs its items together). */
const MID_ITEM_HEAD = /。([^。，、：；\s“”]{2,14}(?:技术|系统))。/g;
/** A document title: `...的通知`, `...规划（2021-2025年）`, `...行动方案`, `...指导意见`. */
const TITLE_LINE = /(?:通知|规划|纲要|方案|意见|指南|办法)(?:[（(][^（()）]{1,20}[）)])?$/;
/** What ends the name of a text tree's node: a mark of its standing or an arrow to its parts or uses. */
const TREE_NODE_END = /[\s\u3000]*(?:[★☆]|[←⇐⟵⇦→⇒⟶⇨➔➜]|<-|->|=>|<=)/u;
/** A circled number (`①`…`⑳`). */
const CIRCLED_NUMBER = /^[\u2460-\u2473]/;
/** An unnumbered line of the title or heading kind: short, no full stop. */
const isHeadingLike = (c: string): boolean => !c.includes('。') && c.length < 80;

/**
 * A line that is all bold and short, without a clause break (`**医学影像设备**`): web pages write their
 * unnumbered heads so. It is read as a Markdown head below any `#` depth.
 */
const boldHead = (text: string, line: Line): boolean =>
  !line.markdownHeading &&
  /^\s*\*\*[^*\n]+\*\*\s*$/.test(text.slice(line.start, line.end)) &&
  line.content.length <= 20 &&
  !/[，。；：:,;！？!?]/.test(line.content);

/** A numbered label of a session, a direction or a field in brackets (`【分论坛一】`, `【方向二】`). */
const NUMBERED_LABEL = String.raw`(?:分论坛|平行论坛|论坛|分会场|专场|单元|方向|领域|板块|赛道|专题|主题)[一二三四五六七八九十\d]{1,2}`;
/** A numbered label of a direction or a field before a marked head's name (`方向一：`, `板块2：`, `领域三 `). */
const LABEL = String.raw`(?:方向|领域|板块|赛道|专题|主题|方面)[一二三四五六七八九十\d]{1,2}[：:\s\u3000]+`;
/** A labelled title: the label and a short name without a clause break or a list. */
const LABELLED_TITLE = String.raw`${LABEL}[^，。；：:,;！？!?\s\u3000][^，。；：:,;！？!?、]{1,19}`;
/**
 * A line that is a head by its mark alone: wholly in black lenticular brackets (`【产业概况】`), or opened
 * by a block mark (`▌医学影像设备链`, `■ 体外诊断`), short and without a clause break. Pages with no
 * numbering (investment handbooks, WeChat posts) mark their heads so; a bracket over a line's start
 * (`【产业动态】洗肾与…`) is a column tag, not a head, and `【专栏2】` is a box. The bracketed heads are
 * read as bold ones (depth 7) and the block marks one level inside them; the mark is no part of the title.
 */
const MARKED_HEADS: readonly { readonly pattern: RegExp; readonly hashes: number }[] = [
  { pattern: /^【([^【】，。；：:,;！？!?]{2,20})】$/u, hashes: 7 },
  // `【分论坛一】医学影像装备`, `【方向二】介入诊疗装备`: a numbered label of a session, a direction or a field
  // in brackets before a short name heads that name, one level inside the bracketed heads.
  {
    pattern: new RegExp(
      String.raw`^【${NUMBERED_LABEL}】[\s\u3000]*([^，。；：:,;！？!?\s\u3000【】][^，。；：:,;！？!?【】]{1,19})$`,
      'u',
    ),
    hashes: 8,
  },
  { pattern: /^[▌▍▎█■◆◼][\s\u3000]*([^，。；：:,;！？!?\s\u3000][^，。；：:,;！？!?]{1,19})$/u, hashes: 8 },
  // `1.1H｜医学影像馆`, `01 | 体外诊断`: a short code (a hall's, a part's) and a bar before a short title.
  {
    pattern:
      /^[0-9A-Za-z][0-9A-Za-z.-]{0,7}[\s\u3000]*[｜|][\s\u3000]*([^，。；：:,;！？!?|｜\s\u3000][^，。；：:,;！？!?|｜、]{1,19})$/u,
    hashes: 8,
  },
  // `■ 领域一：医学影像设备`: a block mark before a numbered label of a direction or a field, whose colon
  // no other block-marked head may hold.
  { pattern: new RegExp(String.raw`^[▌▍▎█■◆◼][\s\u3000]*(${LABELLED_TITLE})$`, 'u'), hashes: 8 },
  // `方向一：康复器械` alone on a line (a bullet before it, `▶`, is no part of the line's content): a
  // numbered label of a direction or a field makes a head of a short name without a clause break,
  // one level inside the block marks.
  { pattern: new RegExp(`^(${LABELLED_TITLE})$`, 'u'), hashes: 9 },
  // `━━━━ 方向一：手术机器人 ━━━━`, `==== 第二部分 ====`: a title between two rules of box-drawing or
  // equals signs (a label and its colon may lead it).
  {
    pattern:
      /^[━─═=＝]{2,}[\s\u3000]*([^，。；,;！？!?\s\u3000━─═=＝][^，。；,;！？!?━─═=＝]{1,23}?)[\s\u3000]*[━─═=＝]{2,}$/u,
    hashes: 7,
  },
];

const MARKED_LABEL = new RegExp(`^${LABEL}`);

/** `line` read as a Markdown head when a mark alone makes it one, its content without the mark. */
const markedHead = (line: Line): Line => {
  if (line.markdownHeading || BOX.test(line.content)) return line;
  for (const { pattern, hashes } of MARKED_HEADS) {
    const m = pattern.exec(line.content);
    const title = m?.[1]?.trim();
    if (!m || !title) continue;
    // Where the title stands in the line: a rule may close the line after it (`━━ X ━━`).
    let cs = line.cs + line.content.indexOf(title, m[0].lastIndexOf(m[1]!));
    // `方向一：手术机器人`: a numbered label of a direction or a field is the head's numbering.
    const label = MARKED_LABEL.exec(title)?.[0] ?? '';
    if (label && title.length > label.length + 1) {
      cs += label.length;
      const rest = title.slice(label.length);
      return { ...line, cs, ce: cs + rest.length, content: rest, markdownHeading: true, hashes };
    }
    return { ...line, cs, ce: cs + title.length, content: title, markdownHeading: true, hashes };
  }
  return line;
};

const BRACKET_HEAD = /^【[^【】]+】$/u;
const BLOCK_MARK = /^[▌▍▎█■◆◼]/u;

/**
 * Marked heads nested by the order the page first uses their marks: bracketed heads are read as the outer
 * ones (`【重点细分链条】` over `▌医学影像设备链`), but a page whose first marked head is a block mark and
 * that brackets heads after it nests the brackets inside the block marks (`■ 生命信息与支持` over the cards
 * `【KR-M90 高端床旁监护仪】`, `【KR-V600 重症呼吸机】` of a brochure's product line).
 */
const outerMarksFirst = (text: string, lines: readonly Line[]): Line[] => {
  const marked = (l: Line, mark: RegExp): boolean =>
    l.markdownHeading &&
    l.hashes === (mark === BLOCK_MARK ? 8 : 7) &&
    mark.test(text.slice(l.start, l.end).trim());
  const firstBlock = lines.findIndex((l) => marked(l, BLOCK_MARK));
  const firstBracket = lines.findIndex((l) => marked(l, BRACKET_HEAD));
  if (firstBlock === -1 || firstBracket === -1 || firstBracket < firstBlock) return [...lines];
  return lines.map((l) =>
    marked(l, BLOCK_MARK) ? { ...l, hashes: 7 } : marked(l, BRACKET_HEAD) ? { ...l, hashes: 8 } : l,
  );
};

/** Numbered styles a plan uses and the `#` depths of its unnumbered Markdown heads (the first, its title, aside). */
const survey = (lines: readonly Line[]): { used: Set<HeadingStyle>; minHashes: number; decimal: boolean } => {
  const used = new Set<HeadingStyle>();
  const hashes: number[] = [];
  // With decimal heads (`4.1 ...`), `1. 坚持创新驱动。` lines are list items (hist-2017 2.2).
  const decimal = lines.some((l) => /^\d{1,2}\.\d{1,2}\s/.test(l.content) && NUMBERED.test(l.content));
  for (const line of lines) {
    const c = line.content;
    if (c === '' || BOX.test(c) || DASH_ITEM.test(c) || NUMBERED.test(c)) continue;
    const h = headingOf(c, decimal);
    if (h) used.add(h.style);
    else if (line.markdownHeading && isHeadingLike(c) && !TITLE_LINE.test(c)) hashes.push(line.hashes);
  }
  return { used, minHashes: Math.min(...hashes.slice(1), 99), decimal };
};

/** The numbered heading of a line; Arabic-numbered lines are list items in a decimal-headed plan. */
const headingOf = (content: string, decimal: boolean): HeadingMatch | undefined => {
  const h = matchHeading(content);
  return h && decimal && (h.style === 'arabic' || h.style === 'paren-arabic') ? undefined : h;
};

/** The first number of a style's list (`1`, `一`, `①`). */
const FIRST_NUMBER = /^(?:1|１|一|壹|\u2460)$/u;

/**
 * The numbered style whose lists restart under the unnumbered heads (`【医学影像设备】` over `1. CT`,
 * `2. 磁共振`, then `【体外诊断设备】` over `1. 流式细胞仪`): each of two heads or more is followed, before
 * the next unnumbered head, by a heading of that one style numbered first, and by none numbered
 * otherwise. The heads are then one level outside that style, not items beside its headings.
 */
const restartedUnder = (lines: readonly Line[], decimal: boolean): HeadingStyle | undefined => {
  let style: HeadingStyle | undefined;
  let heads = 0;
  let open = false;
  for (const line of lines) {
    const c = line.content;
    if (c === '' || line.tree !== undefined || BOX.test(c) || DASH_ITEM.test(c) || NUMBERED.test(c)) continue;
    const h = headingOf(c, decimal);
    if (h) {
      if (!open) continue;
      open = false;
      if ((style !== undefined && h.style !== style) || !FIRST_NUMBER.test(h.numbering)) return undefined;
      style = h.style;
      heads++;
      continue;
    }
    if (line.markdownHeading && isHeadingLike(c) && !TITLE_LINE.test(c)) {
      // A head with no numbered heading before the next head says nothing.
      open = true;
    }
  }
  return heads >= 2 ? style : undefined;
};

interface Draft extends Section {
  numbering: string;
}

/** Longest prefix of `s` that is also a suffix of `of` (a box title repeating its section's title). */
const prefixInSuffix = (s: string, of: string): string => {
  for (let n = Math.min(s.length, of.length); n >= 2; n--)
    if (of.endsWith(s.slice(0, n))) return s.slice(0, n);
  return '';
};

/**
 * Parses the sections of a plan. Offsets index `text` (UTF-16). Section 0 is the front matter and
 * spans the whole text; every other section is nested inside it.
 *
 * @example parseSections('四、跨界融合创新\n### 专栏 3 ...')[2].path // '四、跨界融合创新 > 专栏 3'
 */
export const parseSections = (text: string): Section[] => {
  const sections: Draft[] = [];
  const stack: Draft[] = [];
  let inToc = false;
  /** Lines read since a table of contents opened, while its section is still open. */
  let tocLines: number | null = null;
  let tableBox: Draft | null = null;

  const add = (
    kind: SectionKind,
    level: number,
    numbering: string,
    title: string,
    titleStart: number,
    titleEnd: number,
    start: number,
    end: number | null,
    follows: number | null = null,
    writtenLabel?: string,
  ): Draft => {
    const parent = stack.at(-1) ?? null;
    // A heading's label and path are read by people: without the blanks a Traditional text's view
    // pads shorter mainland names with (推動超音波產業發展 reads 推动超声产业发展, not 推动超声 产业发展).
    // The title keeps them, so its length still spans the heading as written.
    const label = (
      writtenLabel ??
      (kind === 'chapter' && /^\d/.test(numbering)
        ? `${numbering} ${title}`
        : kind === 'chapter'
          ? `${numbering}、${title}`
          : kind === 'subsection' && /^\d/.test(numbering)
            ? `${numbering} ${title}`
            : kind === 'subsection'
              ? `（${numbering}）${title}`
              : kind === 'box'
                ? `专栏 ${numbering}`
                : title)
    ).replaceAll(VIEW_PAD, '');
    const inPath = parent !== null && parent.kind !== 'front' && parent.kind !== 'title';
    const s: Draft = {
      index: sections.length,
      kind,
      level,
      numbering,
      title,
      label,
      path: inPath ? `${parent.path} > ${label}` : label,
      parent: parent?.index ?? null,
      follows,
      titleStart,
      titleEnd,
      start,
      end: end ?? text.length,
    };
    sections.push(s);
    return s;
  };
  const popTo = (level: number, at: number): void => {
    while (stack.length > 1 && (stack.at(-1)?.level ?? -1) >= level) {
      const top = stack.pop();
      if (top) top.end = at;
    }
  };
  const push = (s: Draft): void => {
    stack.push(s);
  };

  push(add('front', -1, '', '卷首', 0, 0, 0, text.length));

  const addItem = (title: string, ts: number, te: number, start: number, end: number): void => {
    add('item', (stack.at(-1)?.level ?? 0) + 1, '', title, ts, te, start, end);
  };

  /** Items of a box line in hist-2017 style: a short head sentence at the start or mid-line. */
  const boxItems = (line: Line, from: number): void => {
    const rest = text.slice(from, line.ce);
    const heads: { title: string; at: number }[] = [];
    const first = BOX_ITEM_HEAD.exec(rest);
    if (first?.[1]) heads.push({ title: first[1], at: from });
    for (const m of rest.matchAll(MID_ITEM_HEAD))
      if (m[1]) heads.push({ title: m[1], at: from + m.index + 1 });
    heads.forEach((h, i) => {
      const end = heads[i + 1]?.at ?? line.end;
      addItem(h.title, h.at, h.at + h.title.length, h.at, end);
    });
  };

  const lines = outerMarksFirst(
    text,
    splitLines(text).map((l) =>
      boldHead(text, l) ? { ...l, markdownHeading: true, hashes: 7 } : markedHead(l),
    ),
  );
  /**
   * A node of a text tree (`│ ├─ 医学影像设备 ★` over `│ │ ├─ 数字化X射线摄影系统（DR）⇐ …`): a node
   * with nodes under it is a head one level inside the branch above it (the first nodes one inside the
   * open section); a leaf stays a line of its branch. The head's title stops before a mark or an arrow
   * after the name (`★`, `☆`, `⇐`, `→`).
   */
  const treeNode = (line: Line, i: number): void => {
    const column = line.tree ?? 0;
    if (branches.length === 0) treeBase = stack.at(-1)?.level ?? 0;
    while (branches.length > 0 && (branches.at(-1)?.column ?? 0) >= column) branches.pop();
    const level = (branches.at(-1)?.level ?? treeBase) + 1;
    popTo(level, line.start);
    const next = lines.slice(i + 1).find((l) => l.content !== '');
    if (next?.tree === undefined || next.tree <= column) return;
    const title = line.content.split(TREE_NODE_END)[0]?.trim() ?? '';
    if (title === '') return;
    const kind = level === 1 ? 'chapter' : 'subsection';
    push(add(kind, level, '', title, line.cs, line.cs + title.length, line.start, null, null, title));
    branches.push({ column, level });
  };
  const { used, minHashes, decimal } = survey(lines);
  const restarted = restartedUnder(lines, decimal);
  const styled = styleLevels(used);
  /** The level of unnumbered heads outside a restarted style, which moves one level in with the styles inside it. */
  const outerLevel = restarted === undefined ? undefined : styled.get(restarted);
  const levels =
    outerLevel === undefined
      ? styled
      : new Map([...styled].map(([st, l]) => [st, l >= outerLevel ? l + 1 : l] as const));
  /** Chapters whose decimal heads follow (`1` of `1.1 X`), for their dotted heads (`1. Y`). */
  const decimalChapters = new Set(
    lines.flatMap((l) => {
      const m = /^(\d{1,2})\.\d{1,2}\s/.exec(l.content);
      return m?.[1] && NUMBERED.test(l.content) ? [m[1]] : [];
    }),
  );
  const numberedOf = (c: string): RegExpExecArray | null => {
    const m = NUMBERED.exec(c) ?? SUBCATALOGUE.exec(c);
    if (m) return m;
    const dotted = DOTTED_CHAPTER.exec(c);
    return dotted?.[1] && decimalChapters.has(dotted[1]) ? dotted : null;
  };
  /** The open branches of a text tree, outermost first, and the level the tree hangs from. */
  const branches: { column: number; level: number }[] = [];
  let treeBase = 0;
  for (const [i, line] of lines.entries()) {
    const c = line.content;
    if (c === '') {
      // A table of contents ends at the first blank line after its entries (`目录` over `▶ 产业基础`,
      // `▶ 链条图谱`): what follows is the text again, not entries to pass over.
      if (tocLines !== null && tocLines > 0) {
        popTo(0, line.start);
        tocLines = null;
      }
      continue;
    }
    if (tocLines !== null) tocLines++;
    if (line.tree !== undefined) {
      treeNode(line, i);
      continue;
    }
    if (branches.length > 0) {
      // A line out of the tree closes its branches.
      popTo(treeBase + 1, line.start);
      branches.length = 0;
    }
    if (tableBox && !text.slice(line.start, line.end).endsWith('\t')) {
      // hist-2017 专栏 1 is a table whose rows end with a tab; the side column resumes after it.
      popTo(tableBox.level, line.start);
      tableBox = null;
    }
    if (c === '目录') {
      popTo(0, line.start);
      push(add('toc', 0, '', '目录', line.cs, line.ce, line.start, null));
      inToc = true;
      tocLines = 0;
      continue;
    }
    if (inToc) {
      if (TOC_LINE.test(text.slice(line.start, line.end))) continue;
      inToc = false;
    }
    // A circled item (`①计算机断层扫描设备。`) is the innermost level of a list under a subsection: a box
    // stands beside that subsection, not inside its last item.
    const top = stack.at(-1);
    const besideTop = stack.findLast((s) => !CIRCLED_NUMBER.test(s.numbering));
    const inBox = stack.some((s) => s.kind === 'box');

    const box = BOX.exec(c);
    if (box?.[1]) {
      const afterNumber = line.cs + box[0].length;
      let rest = text.slice(afterNumber, line.ce).replace(/\t+$/, '');
      // meq-2021 puts boxes beside a chapter's subsections; hist-2017 nests them in numbered sections.
      const besideSubsection = besideTop?.kind === 'subsection' && !/^\d/.test(besideTop.numbering);
      const besideLevel = besideTop?.level ?? 2;
      if (besideSubsection || inBox)
        popTo(
          besideSubsection ? besideLevel : (stack.findLast((s) => s.kind === 'box')?.level ?? 99),
          line.start,
        );
      const parent = stack.at(-1);
      const level = besideSubsection ? besideLevel : (parent?.level ?? 0) + 1;
      let itemFrom: number | null = null;
      const dot = rest.indexOf('。');
      if (dot !== -1) {
        // `专栏 6：智慧医疗服务智能诊断技术。...`: the box title runs into its first item head.
        const head = rest.slice(0, dot);
        const title = prefixInSuffix(head, parent?.title ?? '') || head;
        itemFrom = afterNumber + title.length;
        rest = title;
      }
      const s = add(
        'box',
        level,
        box[1],
        rest,
        afterNumber,
        afterNumber + rest.length,
        line.start,
        null,
        besideSubsection ? (besideTop?.index ?? null) : null,
      );
      push(s);
      if (text.slice(line.start, line.end).endsWith('\t')) tableBox = s;
      if (itemFrom !== null) boxItems(line, itemFrom);
      continue;
    }
    const dash = DASH_ITEM.exec(c);
    if (dash?.[1]) {
      const raw = dash[1];
      const lead = c.indexOf(raw);
      const quoted = /^“(.*)”$/.exec(raw);
      const title = quoted?.[1] ?? raw;
      const ts = line.cs + lead + (quoted ? 1 : 0);
      addItem(title, ts, ts + title.length, line.start, line.end);
      continue;
    }
    const category = CATEGORY_LINE.exec(c);
    if (category?.[1] && category[2]) {
      // Its level counts from the catalogue's coded top category, if any (`06 医用成像器械`).
      const base = stack.findLast((s) => /^\d/.test(s.numbering))?.level ?? 0;
      const depth = base + (category[1] === '一' ? 1 : 2);
      popTo(depth, line.start);
      const title = category[2].trim();
      const ts = line.cs + c.lastIndexOf(title);
      const s = add(
        'subsection',
        depth,
        `${category[1]}级`,
        title,
        ts,
        ts + title.length,
        line.start,
        null,
        null,
        c,
      );
      push(
        Object.assign(s, { catalogue: category[1] === '二' ? ('product' as const) : ('category' as const) }),
      );
      continue;
    }
    const numbered = numberedOf(c);
    if (numbered?.[1] && numbered[2]) {
      // A catalogue indents the products of a coded category under it (`06-01 X射线诊断设备` over
      // `01 摄影X射线机`): an indented code is one level below the open category.
      const open = stack.findLast((s) => CATALOGUE_CODE.test(s.numbering));
      const indented = line.cs > line.start && /[ \t\u3000]/.test(text[line.start] ?? '');
      const product = indented && open !== undefined && /^\d{2}$/.test(numbered[1]);
      const depth = product ? open.level + 1 : numbered[1].split(/[.-]/).length;
      popTo(depth, line.start);
      const ts = line.cs + c.indexOf(numbered[2], numbered[1].length);
      const s = add(
        depth === 1 ? 'chapter' : 'subsection',
        depth,
        numbered[1],
        numbered[2],
        ts,
        ts + numbered[2].length,
        line.start,
        null,
      );
      if (product) Object.assign(s, { catalogue: 'product' as const });
      else if (CATALOGUE_CODE.test(numbered[1])) {
        // `06-01 X射线诊断设备` under `06 医用成像器械`: both are categories of the catalogue.
        Object.assign(s, { catalogue: 'category' as const });
        const parent = s.parent === null ? undefined : sections[s.parent];
        if (parent && numbered[1].startsWith(`${parent.numbering}-`))
          Object.assign(parent, { catalogue: 'category' as const });
      }
      push(s);
      continue;
    }
    const heading = headingOf(c, decimal);
    if (heading) {
      // The outermost style the plan uses is its chapter level (一、 in meq-2021, 第一章 in a law-like plan).
      const level = levels.get(heading.style) ?? 1;
      popTo(level, line.start);
      const ts = line.cs + heading.titleAt;
      const kind = level === 1 ? 'chapter' : 'subsection';
      const { numbering, title, label } = heading;
      push(add(kind, level, numbering, title, ts, ts + title.length, line.start, null, null, label));
      continue;
    }
    if (isHeadingLike(c) && (line.markdownHeading || TITLE_LINE.test(c))) {
      // A bold or marked head (depth 7 and more) is never the title: pages mark their section heads,
      // not their titles.
      if (line.markdownHeading && !TITLE_LINE.test(c) && (sections.length > 1 || line.hashes >= 7)) {
        // An unnumbered Markdown head after the first: nested by its `#` depth, or under the
        // innermost numbered heading when the plan also numbers its headings.
        // Unnumbered heads under the same numbered one are nested by their own depths, not one in the
        // next (`■ 重点引进方向` and `■ 产业链图谱` are siblings, `方向一：康复器械` inside the first).
        const numbered = stack.findLast(
          (s) => (s.kind === 'chapter' || s.kind === 'subsection') && s.numbering !== '',
        );
        const depth = Math.max(1, line.hashes - minHashes + 1);
        // Heads over lists that restart under them stand one level outside the lists' style.
        const level = outerLevel ?? (levels.size > 0 ? (numbered?.level ?? 0) + depth : depth);
        popTo(level, line.start);
        const kind = level === 1 ? 'chapter' : 'subsection';
        push(add(kind, level, '', c, line.cs, line.ce, line.start, null, null, c));
        continue;
      }
      popTo(0, line.start);
      push(add('title', 0, '', c, line.cs, line.ce, line.start, null));
      continue;
    }
    if (inBox && top?.kind === 'box' && !TOC_LINE.test(c) && !NUMBERED.test(c)) {
      boxItems(line, line.cs);
      continue;
    }
  }
  return sections;
};

/** The innermost section containing `offset`. */
export const sectionAt = (sections: readonly Section[], offset: number): Section => {
  let best = sections[0];
  for (const s of sections) {
    if (
      s.start <= offset &&
      offset < s.end &&
      (best === undefined || s.level > best.level || (s.level === best.level && s.start >= best.start))
    )
      best = s;
  }
  if (best === undefined) throw new Error('structure: no sections');
  return best;
};

/** `section` and its ancestors, innermost first. */
export const ancestry = (sections: readonly Section[], section: Section): Section[] => {
  const out: Section[] = [];
  let cur: Section | undefined = section;
  while (cur) {
    out.push(cur);
    cur = cur.parent === null ? undefined : sections[cur.parent];
  }
  return out;
};
