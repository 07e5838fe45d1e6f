// Numbered heading styles of Chinese plans and notices, from the outermost: 第一部分/第一篇, 第一章,
// 第一节, 壹、 (Taiwan's outer numbering), 一、, （一）, 1. / 1、 / 1．/ 1）, （1）. A plan's levels follow
// the styles it uses, in this order.

export type HeadingStyle =
  'part' | 'zhang' | 'jie' | 'capital' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'circled';

/** Styles from the outermost to the innermost. */
export const STYLE_ORDER: readonly HeadingStyle[] = [
  'part',
  'zhang',
  'jie',
  'capital',
  'cn',
  'paren-cn',
  'arabic',
  'paren-arabic',
  'circled',
];

export interface HeadingMatch {
  readonly style: HeadingStyle;
  /** The number as written (`一`, `3`). */
  readonly numbering: string;
  readonly title: string;
  /** Where the title starts in the line's content. */
  readonly titleAt: number;
  /** The heading as shown in a path (`（一）总体思路`, `第二章 重点任务`, `1、医学影像设备`). */
  readonly label: string;
}

const CN_NUM = '[一二三四五六七八九十]+';
const CN_ORDINAL = '[一二三四五六七八九十百零〇]+';
/**
 * `一、跨界融合创新`: the heading alone on its line (meq-2021, notices); also `一．`/`一.` as a PDF or a
 * typist writes it (`一．高端医学影像装备`), with spaces after the mark (`三、 体外诊断`).
 */
const CN = new RegExp(
  `^(${CN_NUM})[\\s\u3000]?(?:、|[．.](?!\\d))[\\s\u3000]*([^。\\s\u3000][^。]{0,29}?)[：:]?$`,
);
/**
 * `壹、計畫緣起`, `貳、重點發展領域`: the financial numerals Taiwan's plans number their outer parts with,
 * above `一、` (read on the Simplified view, where 貳 is 贰 and 參 is 参).
 */
const CAPITAL = new RegExp(
  `^([壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3})[\\s\u3000]?(?:、|[．.](?!\\d))[\\s\u3000]*([^。\\s\u3000][^。]{0,29}?)[：:]?$`,
);
/** `（一）总体思路。`, `(二)促进推广应用。` or `（一）医学影像设备：…` with the body on the same line. */
const PAREN_CN = new RegExp(`^[（(](${CN_NUM})[）)][、，,．.]?\\s*([^。：:、][^。：:]{0,29})(?:[。：:]|$)`);
/** `第一章 总则`, `第二节 重点任务`, `第三部分：保障措施`: the heading alone on its line. */
const ORDINAL = new RegExp(`^第(${CN_ORDINAL})(部分|篇|章|节)[\\s、：:．.]*([^。；]{1,30})$`);
/**
 * `1.加强组织领导。...`, `2、体外诊断产品：...`, `1）医学影像设备。`: a short title (no clause breaks), then
 * 。, ： or the end.
 */
const ARABIC = /^([\d０-９]{1,2})([.．、）)])\s*([^\d０-９。；，,;：:\s][^。；，,;：:]{0,29})(?:[。：:]|$)/;
/** `（1）高端医学影像设备。` */
const PAREN_ARABIC =
  /^[（(]([\d０-９]{1,2})[）)][、，,．.]?\s*([^。；，,;：:\s、][^。；，,;：:]{0,29})(?:[。：:]|$)/;

/**
 * `①计算机断层扫描设备。发展A、B`: a circled number before a short title, then 。 or the end. A colon after it
 * heads a labelled item (`①机械臂关节：每个关节由…组成`), which its own readings read.
 */
const CIRCLED = /^([\u2460-\u2473])\s*([^。；，,;：:\s、][^。；，,;：:]{0,29})(?:。|$)/;

/**
 * A note in brackets closing a heading's line (`（一）医学影像设备（预算6350万元）`, `2.检验设备（共18台）`,
 * `（三）强化协同（牵头单位：县卫生健康局）`): what the heading costs, counts or who leads it, no part of
 * its title. A bracketed abbreviation (`（DR）`, `（PACS）`) is the name's own and stays.
 */
const TRAILING_NOTE = /[（(]([^（）()\n]{1,40})[）)]([。：:]?)$/;
const ABBREVIATION = /^[A-Za-z0-9\-/+.·\s]+$/;

/** `content` without the note in brackets closing it, if any. */
const withoutNote = (content: string): string => {
  const m = TRAILING_NOTE.exec(content);
  if (!m?.[1] || ABBREVIATION.test(m[1]) || m.index < 3) return content;
  return content.slice(0, m.index) + (m[2] ?? '');
};

/** A numbered entry's name line (`3. 产品名称：胰岛素泵`, `（二）项目名称：…`): a label of a record and its value. */
const ENTRY_NAME_LINE =
  /^[\s\u3000]*(?:[\d０-９]{1,3}[.．、）)]|[（(][\d０-９一二三四五六七八九十]{1,3}[）)])[\s\u3000]*[\u4e00-\u9fff]{0,4}(?:名称|品名)[\s\u3000]*[：:][\s\u3000]*[^\s\u3000]/;

const ORDINAL_STYLE: Readonly<Record<string, HeadingStyle>> = {
  部分: 'part',
  篇: 'part',
  章: 'zhang',
  节: 'jie',
};

/**
 * The numbered heading a line's content opens with, if any.
 *
 * @example matchHeading('2、体外诊断产品。') // { style: 'arabic', numbering: '2', title: '体外诊断产品', titleAt: 2, label: '2、体外诊断产品' }
 * @example matchHeading('（一）医学影像设备（预算6350万元）').title // '医学影像设备'
 */
export const matchHeading = (line: string): HeadingMatch | undefined => {
  // `3. 产品名称：胰岛素泵`: a numbered entry's labelled name line; the label titles no section.
  if (ENTRY_NAME_LINE.test(line)) return undefined;
  // The title's offsets are the same in the line as written: only its end is cut.
  const content = withoutNote(line);
  let m = CN.exec(content);
  if (m?.[1] && m[2])
    return {
      style: 'cn',
      numbering: m[1],
      title: m[2],
      titleAt: content.indexOf(m[2], m[1].length + 1),
      label: `${m[1]}、${m[2]}`,
    };
  m = CAPITAL.exec(content);
  if (m?.[1] && m[2])
    return {
      style: 'capital',
      numbering: m[1],
      title: m[2],
      titleAt: content.indexOf(m[2], m[1].length + 1),
      label: `${m[1]}、${m[2]}`,
    };
  m = PAREN_CN.exec(content);
  if (m?.[1] && m[2])
    return {
      style: 'paren-cn',
      numbering: m[1],
      title: m[2],
      titleAt: content.indexOf(m[2], m[1].length),
      label: `（${m[1]}）${m[2]}`,
    };
  m = ORDINAL.exec(content);
  if (m?.[1] && m[2] && m[3]) {
    const title = m[3].trim();
    return {
      style: ORDINAL_STYLE[m[2]] ?? 'zhang',
      numbering: m[1],
      title,
      titleAt: content.lastIndexOf(title),
      label: `第${m[1]}${m[2]} ${title}`,
    };
  }
  m = ARABIC.exec(content);
  if (m?.[1] && m[2] && m[3]) {
    const title = m[3].trim();
    const sep = m[2] === '、' ? '、' : m[2] === '）' || m[2] === ')' ? '）' : '.';
    return {
      style: 'arabic',
      numbering: m[1],
      title,
      titleAt: content.indexOf(title, m[1].length),
      label: `${m[1]}${sep}${title}`,
    };
  }
  m = PAREN_ARABIC.exec(content);
  if (m?.[1] && m[2]) {
    const title = m[2].trim();
    return {
      style: 'paren-arabic',
      numbering: m[1],
      title,
      titleAt: content.indexOf(title, m[1].length),
      label: `（${m[1]}）${title}`,
    };
  }
  m = CIRCLED.exec(content);
  if (m?.[1] && m[2]) {
    const title = m[2].trim();
    return {
      style: 'circled',
      numbering: m[1],
      title,
      titleAt: content.indexOf(title, 1),
      label: `${m[1]}${title}`,
    };
  }
  return undefined;
};

/** The level of each style a plan uses: the outermost used is 1, the next 2, and so on. */
export const styleLevels = (used: ReadonlySet<HeadingStyle>): ReadonlyMap<HeadingStyle, number> => {
  const levels = new Map<HeadingStyle, number>();
  for (const s of STYLE_ORDER) if (used.has(s)) levels.set(s, levels.size + 1);
  return levels;
};
