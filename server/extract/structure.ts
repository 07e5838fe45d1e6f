// Section structure of a plan: chapters (一、 / `1`), subsections (（一） / `1.1`), 专栏 boxes and their
// item lines (`——X。` or a short head sentence), the table of contents and title lines.
import type { Section, SectionKind } from './types';

interface Line {
  readonly start: number;
  readonly end: number;
  /** The line without surrounding whitespace, `#` and `**` marks. */
  readonly cs: number;
  readonly ce: number;
  readonly content: string;
  readonly markdownHeading: boolean;
}

const MARK = /[\s#*\u3000]/u;

const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let cs = start;
    let ce = end;
    while (cs < ce && MARK.test(text[cs] ?? '')) cs++;
    while (ce > cs && MARK.test(text[ce - 1] ?? '')) ce--;
    lines.push({
      start,
      end,
      cs,
      ce,
      content: text.slice(cs, ce),
      markdownHeading: text[start] === '#',
    });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
};

const CN_NUM = '[一二三四五六七八九十]+';
const TOC_LINE = /^\d+(?:\.\d+)*\t.+\t\d+\s*$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\s+([^。；，\t]{1,40})$/;
const CHAPTER = new RegExp(`^(${CN_NUM})、([^。]{1,30})$`);
const SUBSECTION = new RegExp(`^[（(](${CN_NUM})[）)]\\s*([^。]{1,30})(?:。|$)`);
const BOX = /^专栏\s*(\d+)\s*[：:]?\s*/;
const DASH_ITEM = /^——\s*([^。]{1,40})。/;
/** A short head sentence opening a line inside a box (hist-2017: `数字诊疗装备。...`). */
const BOX_ITEM_HEAD = /^([^。，：；\s]{2,20})。/;
/** A head sentence in the middle of a line (hist-2017 专栏 6 runs its items together). */
const MID_ITEM_HEAD = /。([^。，、：；\s“”]{2,14}(?:技术|系统))。/g;
const TITLE_LINE = /(?:通知|规划|纲要)$/;

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
    parentOverride?: Draft,
  ): Draft => {
    const parent = parentOverride ?? stack.at(-1) ?? null;
    const label =
      kind === 'chapter' && /^\d/.test(numbering)
        ? `${numbering} ${title}`
        : kind === 'chapter'
          ? `${numbering}、${title}`
          : kind === 'subsection' && /^\d/.test(numbering)
            ? `${numbering} ${title}`
            : kind === 'subsection'
              ? `（${numbering}）${title}`
              : kind === 'box'
                ? `专栏 ${numbering}`
                : title;
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

  for (const line of splitLines(text)) {
    const c = line.content;
    if (c === '') continue;
    if (tableBox && !text.slice(line.start, line.end).endsWith('\t')) {
      // hist-2017 专栏 1 is a table whose rows end with a tab; the side column resumes after it.
      popTo(tableBox.level, line.start);
      tableBox = null;
    }
    if (c === '目录') {
      popTo(0, line.start);
      push(add('toc', 0, '', '目录', line.cs, line.ce, line.start, null));
      inToc = true;
      continue;
    }
    if (inToc) {
      if (TOC_LINE.test(text.slice(line.start, line.end))) continue;
      inToc = false;
    }
    const top = stack.at(-1);
    const inBox = stack.some((s) => s.kind === 'box');

    const box = BOX.exec(c);
    if (box?.[1]) {
      const afterNumber = line.cs + box[0].length;
      let rest = text.slice(afterNumber, line.ce).replace(/\t+$/, '');
      // meq-2021 puts boxes beside a chapter's subsections; hist-2017 nests them in numbered sections.
      const besideSubsection = top?.kind === 'subsection' && !/^\d/.test(top.numbering);
      if (besideSubsection || inBox)
        popTo(besideSubsection ? 2 : (stack.findLast((s) => s.kind === 'box')?.level ?? 99), line.start);
      const parent = stack.at(-1);
      const level = besideSubsection ? 2 : (parent?.level ?? 0) + 1;
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
        besideSubsection ? (top?.index ?? null) : null,
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
    const numbered = NUMBERED.exec(c);
    if (numbered?.[1] && numbered[2]) {
      const depth = numbered[1].split('.').length;
      popTo(depth, line.start);
      const ts = line.cs + c.indexOf(numbered[2], numbered[1].length);
      push(
        add(
          depth === 1 ? 'chapter' : 'subsection',
          depth,
          numbered[1],
          numbered[2],
          ts,
          ts + numbered[2].length,
          line.start,
          null,
        ),
      );
      continue;
    }
    const chapter = CHAPTER.exec(c);
    if (chapter?.[1] && chapter[2]) {
      popTo(1, line.start);
      const ts = line.cs + chapter[1].length + 1;
      push(add('chapter', 1, chapter[1], chapter[2], ts, ts + chapter[2].length, line.start, null));
      continue;
    }
    const sub = SUBSECTION.exec(c);
    if (sub?.[1] && sub[2]) {
      popTo(2, line.start);
      const ts = line.cs + c.indexOf(sub[2], sub[1].length);
      push(add('subsection', 2, sub[1], sub[2], ts, ts + sub[2].length, line.start, null));
      continue;
    }
    if (!c.includes('。') && c.length < 80 && (line.markdownHeading || TITLE_LINE.test(c))) {
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
