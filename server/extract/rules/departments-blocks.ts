// Department names set on lines of their own: a notice header whose issuing offices stand one per
// line (or between blank lines) above `关于……的通知`, and a signature block of names above the date
// that closes a notice (`工业和信息化部办公厅\n国家药监局综合司\n2023年6月30日`). Sentences cannot see
// these: a name between blank lines is a sentence of its own, and a date in Chinese numerals runs
// into the lines around it. Also the document-number line (`工信厅联科函〔2025〕112号`, or with
// `[2025]`), which the sentence splitter only isolates with 〔〕. Pure: text in, blocks out.
import type { NodeId } from '../../../core/model/ids';
import { splitLines, type Line } from '../lines';
import { normalizeTerm } from '../normalize';
import type { DepartmentForm } from './departments-registry';
import { readLists } from './departments-lists';
import type { Home } from './departments-local';
import { foldVariants } from './departments-variants';

/** A run of lines read as one whole: [from, to) in the text, with the departments it names in order. */
export interface NameBlock {
  /**
   * `forwarding`: a masthead above `关于转发…`, the body that passes another's document on; `field`: a
   * page's issuer field (`发文机关：`), or its `来源：` field under a headline that is a document's title.
   */
  readonly kind: 'header' | 'signature' | 'forwarding' | 'field';
  readonly from: number;
  readonly to: number;
  /** Registry ids, or the names of departments the registry lacks. */
  readonly departments: readonly { readonly id?: NodeId; readonly name: string; readonly placeless?: true }[];
}

export interface DocNumberLine {
  readonly from: number;
  readonly to: number;
  /** The issuer's code before the year (`工信厅联科函`, `国科发社`). */
  readonly prefix: string;
}

/**
 * `关于`, also in the Japanese form 関 that no Traditional-to-Simplified table rewrites, and with 于
 * lost to a reprint's encoding (`关?;a组织开展`).
 */
export const ABOUT = /^(?:关|関)(?:于|於|[?？][^\u4e00-\u9fff]{0,3}(?=[\u4e00-\u9fff]))/;
/** `关于转发`: a header of a body that only passes another's document on (it is not the issuer). */
const FORWARDS = /^(?:关|関)(?:于|於)转发/;
/** A 关于 line of the text's own document. */
const ownAbout = (rest: string): boolean => ABOUT.test(rest) && !FORWARDS.test(rest);
/** A closing date: `2023年6月30日`, `二〇二三年六月三十日`. */
const DATE_LINE =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
/**
 * The date of a plan's cover, under the body that issues it: a year and a month (`二〇二一年九月`,
 * `2021年9月`), where a notice's signature and a page's by-line give the day.
 */
/** What follows the issuing body on an imprint line: its office or secretariat, the day, 印发. */
const IMPRINT = new RegExp(
  `^(?:办公厅|办公室)?(?:秘书处|秘书科|文电处)?(?:${DATE_LINE.source.slice(1, -1)})印发$`,
);
const COVER_DATE = /^(?:\d{4}年\d{1,2}月|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月)$/;
/** The title of a bulletin a department compiles: `医疗装备产业链工作简报`, `…快报`, `…专报`, `…专题会议纪要`. */
const BULLETIN_TITLE = /(?:简报|快报|专报|会议纪要)$/;
/** The title of a report a body writes: `关于常州市医疗器械产业集群发展情况的调研报告`. */
const REPORT_TITLE = /(?:调研报告|调查报告|考察报告|研究报告)$/;
/** A date in brackets, as a report dates itself under its author: `（2026年11月）`. */
const unbracket = (rest: string): string => rest.replace(/^[（(](.+)[）)]$/u, '$1');
/** A team of the department that compiles it, before the date: `医疗装备产业链专班`, `办公室`. */
const COMPILING_TEAM =
  /^[\u4e00-\u9fff]{0,14}?(?:工作专班|专班|工作组|领导小组办公室|办公室)(?=\d|[〇○零一二三四五六七八九]{4})/;
/** `工信厅联科函〔2025〕112号`, `国科发社[2017]149号`, `（2025）`, `第112号`. */
const DOC_NUMBER = /^([\u4e00-\u9fff]{2,12})[〔[(【?？]\s*(\d{4})\s*[〕\])】?？]第?(\d+)号$/;
/**
 * What may stand between names on a line besides whitespace (dropped by normalising), including the
 * `?` a reprint leaves where its encoding lost a character, and a party committee issuing with its
 * government (`中共浙江省委 浙江省人民政府`), which is no government department.
 */
const BETWEEN_NAMES = /^(?:[、，,?？·]|中共(?:中央|[\u4e00-\u9fff]{2,6}?委(?:员会)?)(?:办公厅|办公室)?)*$/;
/** A block longer than this is a list in prose, not a header or signature. */
const MAX_BLOCK_LINES = 12;

const norm = (line: Line | undefined): string => (line ? foldVariants(normalizeTerm(line.content)) : '');

/**
 * The issuer field of a government site's record of a notice: `发文机关：工业和信息化部办公厅 国家药监局综合司`;
 * also the compiler of a handbook or a chain map under its title (`编制单位：无锡市工业和信息化局`, `编制：A B`), whose
 * document it is. Only department names count: an institute that drafted it is no issuer.
 */
const ISSUER_FIELD =
  /^(?:发文机关|发布机关|发文单位|发文机构|发文部门|发布机构|发布单位|发布部门|印发单位|印发部门|联合发文单位|成文机关|编制单位|编制部门|编制机关|编制|编印)[:：]/;
/**
 * A page's source field (`来源：浙江省人民政府办公厅`, `信息来源：省经信委`): the body whose site carries the
 * document. It issued the document when the page is the document itself (its headline is the document's
 * title), or when the page is that body's own announcement of its act (`国家药监局批准4个创新产品注册` over
 * `来源：国家药品监督管理局`); not a news item about another's act (`来源：中国医药报`, or a body other than
 * the headline's).
 */
const SOURCE_FIELD =
  /^(?:(?:发布|成文|更新)?(?:日期|时间)[:：][\d\-/.年月日时分:：\s]*)?(?:来源|信息来源|文章来源|稿件来源)[:：]/u;
/** The act a body announces of itself in a headline that opens with its name: `国家药监局批准…`. */
const OWN_ACT = /^(?:批准|核准|发布|公布|印发|通报)/;
/** Another field after the names on the same line: `浙江省经信委发布日期：2012-03-01`. */
const NEXT_FIELD = /^(?:(?:发布|成文|印发|更新)?(?:日期|时间)|浏览次数|点击数|字号|作者|编辑)[:：]/;
/**
 * A headline that is a document's own title: `关于印发…的通知`, `浙江省医疗器械产业发展规划（2011-2015年）`,
 * with no verb of news (`浙江出台医疗器械产业发展规划` reports the plan).
 */
const DOCUMENT_TITLE =
  /(?:通知|意见|规划|方案|计划|纲要|措施|办法|指南|细则|公告|通告|目录|名录|名单|清单)(?:[（(][^）)]{0,20}[）)])?$/;
/** The title of a catalogue or a list a body draws up: `…推荐目录（2026年版）`, `…产品名单`. */
const LIST_TITLE = /(?:目录|名录|名单|清单)(?:[（(][^）)]{0,20}[）)])?$/;
const NEWS_VERB = /(?:印发|出台|发布|公布|颁布|下发|出炉|亮相|启动|解读|答记者问)/;
const isDocumentTitle = (line: string): boolean =>
  DOCUMENT_TITLE.test(line) && (ABOUT.test(line) || !NEWS_VERB.test(line));
/** Its document-number field: `发文字号：工信厅联原函〔2025〕38号`. */
/** An annex's mark above its title: `附件`, `附件2`, `附件：`. */
const ANNEX = /^附件\d{0,2}[:：]?$/;
const NUMBER_FIELD = /^(?:发文字号|文号|发文号)[:：]/;
/** The field among others on one line: `索引号：…发文字号：工信部联规〔2021〕208号成文日期：…`. */
const FIELD_IN_LINE = /(?:发文字号|文号|发文号)[:：]([\u4e00-\u9fff]{2,12})[〔[(【]\d{4}[〕\])】]第?\d+号/;

type Named = NameBlock['departments'][number];

/** The names that open a line (with their offices, side by side or separated) and the text after them. */
const leadingNames = (
  text: string,
  forms: readonly DepartmentForm[],
  home: Home = {},
): { names: Named[]; rest: string } => {
  const names: Named[] = [];
  let at = 0;
  for (const i of readLists(text, forms, home).flatMap((l) => l.items)) {
    if (!BETWEEN_NAMES.test(text.slice(at, i.from))) break;
    names.push({
      ...(i.id ? { id: i.id } : {}),
      name: i.name,
      ...(i.placeless ? { placeless: i.placeless } : {}),
    });
    at = i.to;
  }
  const rest = text.slice(at);
  return { names, rest: BETWEEN_NAMES.test(rest) ? '' : rest };
};

/** The departments of a line that is nothing but department names (with their offices), else none. */
const namesOnly = ({ names, rest }: { names: Named[]; rest: string }): Named[] =>
  // `工业和信息化部 国家卫生健康委员会文件`: the masthead of a joint document names its issuers; a
  // signature may note its seal (`江苏省科学技术厅（盖章）`).
  rest === '' || rest === '文件' || SEAL.test(rest) ? names : [];
const SEAL = /^[（(](?:盖章|印章|公章|印|章)[）)]$/;

/** Index of the next line at or after `i` that is not blank. */
const nextFilled = (lines: readonly Line[], i: number): number => {
  let j = i;
  while (j < lines.length && lines[j]?.content === '') j++;
  return j;
};

/**
 * Header and signature blocks of `text` (the text the rules read, Simplified view if Traditional).
 * A header block is followed (past blank and document-number lines) by a line that opens with
 * 关于, or with more names and then 关于; a signature block by a date line.
 */
export const nameBlocks = (text: string, forms: readonly DepartmentForm[], home: Home = {}): NameBlock[] => {
  const official = forms.filter((f) => !f.short);
  const lines = splitLines(text);
  const blocks: NameBlock[] = [];
  // A line is read once though a block's loop looks at it again: reading a line is a tokenization.
  const leads = new Map<number, { names: Named[]; rest: string }>();
  const leadOf = (k: number): { names: Named[]; rest: string } => {
    let lead = leads.get(k);
    if (!lead) {
      lead = leadingNames(norm(lines[k]), official, home);
      leads.set(k, lead);
    }
    return lead;
  };
  // The page opens with its title, after an annex mark (`附件`, `附件2`) if any; a PDF's cover may
  // break the title over two lines (`推动…高质量发展⏎实施方案（2026—2030年）`).
  let top = lines.findIndex((l) => norm(l) !== '');
  if (top >= 0 && ANNEX.test(norm(lines[top]))) top = nextFilled(lines, top + 1);
  const second = top >= 0 ? nextFilled(lines, top + 1) : -1;
  const titleLast =
    top >= 0 && isDocumentTitle(norm(lines[top]))
      ? top
      : second < lines.length &&
          !/[。；，,]/.test(norm(lines[top])) &&
          isDocumentTitle(norm(lines[top]) + norm(lines[second]))
        ? second
        : -1;
  const documentPage = titleLast >= 0;
  const announcer = ((): Named | undefined => {
    if (top < 0 || documentPage) return undefined;
    const { names, rest } = leadOf(top);
    return names.length === 1 && OWN_ACT.test(rest) ? names[0] : undefined;
  })();
  const sameBody = (a: Named, b: Named | undefined): boolean =>
    b !== undefined && (a.id !== undefined && b.id !== undefined ? a.id === b.id : a.name === b.name);
  // A bulletin (`医疗装备产业链工作简报`) names the body that compiles it under its title and issue number.
  const bulletin = top >= 0 && BULLETIN_TITLE.test(norm(lines[top]));
  const report = top >= 0 && REPORT_TITLE.test(norm(lines[top]));
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    const field =
      ISSUER_FIELD.exec(norm(first)) ??
      ((documentPage || announcer) && i <= top + 3 ? SOURCE_FIELD.exec(norm(first)) : null);
    if (first && field) {
      const { names, rest } = leadingNames(norm(first).slice(field[0].length), official, home);
      const own =
        documentPage || ISSUER_FIELD.test(norm(first)) || names.every((n) => sameBody(n, announcer));
      if (names.length > 0 && own && (rest === '' || rest === '文件' || NEXT_FIELD.test(rest)))
        blocks.push({ kind: 'field', from: first.cs, to: first.ce, departments: names });
      i += 1;
      continue;
    }
    const names = namesOnly(leadOf(i));
    // A notice signs after its body; names and a date above any prose are a page's by-line.
    const afterProse = (): boolean => lines.slice(0, i).some((l) => /[。；！？]$/.test(l.content));
    if (!first || names.length === 0) {
      // One line: `A B关于……的通知`, or a signature with its date (`国家药监局综合司 2025年4月3日`).
      const { names: lead, rest } = leadOf(i);
      if (first && lead.length > 0 && ownAbout(rest))
        blocks.push({ kind: 'header', from: first.cs, to: first.ce, departments: lead });
      else if (first && lead.length > 0 && DATE_LINE.test(rest) && afterProse())
        blocks.push({ kind: 'signature', from: first.cs, to: first.ce, departments: lead });
      // The imprint that closes an official document (`山东省工业和信息化厅办公室 2026年12月5日印发`): the office
      // of the body that issues it prints it, on the last line, after the text and its 抄送 or 分送 line.
      else if (
        first &&
        lead.length === 1 &&
        nextFilled(lines, i + 1) >= lines.length &&
        afterProse() &&
        IMPRINT.test(rest)
      )
        blocks.push({ kind: 'signature', from: first.cs, to: first.ce, departments: lead });
      // `江苏省工业和信息化厅医疗装备产业链专班 … 2026年11月30日` under a bulletin's title: its compiler, a
      // department or a team of it, with the day of the issue.
      else if (
        first &&
        bulletin &&
        lead.length === 1 &&
        i <= top + 6 &&
        !afterProse() &&
        DATE_LINE.test(rest.replace(COMPILING_TEAM, ''))
      )
        blocks.push({ kind: 'header', from: first.cs, to: first.ce, departments: lead });
      i += 1;
      continue;
    }
    const departments = [...names];
    let j = nextFilled(lines, i + 1);
    let count = 1;
    for (;;) {
      const line = lines[j];
      const more = namesOnly(leadOf(j));
      if (!line || more.length === 0 || count >= MAX_BLOCK_LINES) break;
      departments.push(...more);
      count += 1;
      j = nextFilled(lines, j + 1);
    }
    while (j < lines.length && DOC_NUMBER.test(norm(lines[j]))) j = nextFilled(lines, j + 1);
    const next = lines[j];
    // More names may open the 关于 line or the date line: `国家药监局综合司关于组织开展……的通知`.
    const { names: more, rest } = leadOf(j);
    // A reply or a letter may close on the year and month alone (`工业和信息化部\n2024年7月`): a
    // signature only where nothing follows it, since a month under names elsewhere dates a cover.
    const last = nextFilled(lines, j + 1) >= lines.length;
    // A plan's cover: its title, the issuing bodies on a line of their own, the year and month. A
    // catalogue's or a list's cover gives the day too (`湖北省优秀国产医疗装备产品推荐目录（2026年版）⏎
    // 湖北省经济和信息化厅 湖北省卫生健康委员会⏎2026年12月1日`); under a plan's name, names and a day are
    // a page's by-line.
    const cover = documentPage && i <= titleLast + 4 && !afterProse();
    if (next && DATE_LINE.test(rest) && cover && LIST_TITLE.test(norm(lines[titleLast]))) {
      blocks.push({ kind: 'header', from: first.cs, to: next.ce, departments: [...departments, ...more] });
    } else if (next && (DATE_LINE.test(rest) || (last && COVER_DATE.test(rest)))) {
      if (afterProse())
        blocks.push({
          kind: 'signature',
          from: first.cs,
          to: next.ce,
          departments: [...departments, ...more],
        });
    } else if (next && ownAbout(rest)) {
      blocks.push({ kind: 'header', from: first.cs, to: next.ce, departments: [...departments, ...more] });
    } else if (next && COVER_DATE.test(rest) && cover) {
      blocks.push({ kind: 'header', from: first.cs, to: next.ce, departments: [...departments, ...more] });
    } else if (
      next &&
      report &&
      i <= top + 4 &&
      !afterProse() &&
      (COVER_DATE.test(unbracket(rest)) || DATE_LINE.test(unbracket(rest)))
    ) {
      // A report's author, on a line of its own under the title, over the date: `常州市人民政府研究室⏎（2026年11月）`.
      blocks.push({ kind: 'header', from: first.cs, to: next.ce, departments: [...departments, ...more] });
    } else if (next && FORWARDS.test(rest)) {
      const all = [...departments, ...more];
      blocks.push({ kind: 'forwarding', from: first.cs, to: next.ce, departments: all });
    }
    i = j;
  }
  return blocks;
};

/** Document-number lines of `text`: a whole line `<prefix>〔YYYY〕N号` (any of 〔〕 [] () 【】), or a 发文字号 field. */
export const docNumberLines = (text: string): DocNumberLine[] =>
  splitLines(text).flatMap((line) => {
    const content = norm(line);
    const prefix =
      DOC_NUMBER.exec(content.replace(NUMBER_FIELD, ''))?.[1] ?? FIELD_IN_LINE.exec(content)?.[1];
    return prefix ? [{ from: line.cs, to: line.ce, prefix }] : [];
  });

/** A document number written in running text, with whitespace allowed: `工信部联规〔2021〕208号`. */
const NUMBER_IN_TEXT = '([\\u4e00-\\u9fff]{2,12})\\s*[〔[【]\\s*\\d{4}\\s*[〕\\]】]\\s*第?\\s*\\d+\\s*号';
/** `《规划》（工信部联规〔2021〕208号，以下简称《规划》）`: the number in brackets after a title. */
const TITLE_NUMBER = new RegExp(`》\\s*[（(]\\s*${NUMBER_IN_TEXT}[^）)。]{0,20}[）)]`, 'g');
/** `关于印发……的通知（工信部联规〔2021〕208号）`: a header line closed by its number. */
const HEADER_NUMBER = new RegExp(`^(?:关|関)(?:于|於).{2,80}?[（(]\\s*${NUMBER_IN_TEXT}\\s*[）)]$`);
/** What the clause after a titled number says: the document was issued (`正式印发`, `近日发布`). */
const ISSUED_AFTER = /^[^。；;]{0,16}?(?:印发|发布|出台|颁布|公布)(?!会)/;
/** Words before a title that make it a document the text cites (`为贯彻落实《…》（…）`). */
const CITING =
  /(?:根据|按照|依据|依照|贯彻|落实|参照|对照|执行|转发|结合|遵照|见|学习|解读|对)[^，,。；]{0,6}$/;

/** `关于转发《…》`, `X转发Y《…》`: the title after it is the forwarded document, the text's own. */
const FORWARDING_BEFORE = /转发[^，,。；《]{0,16}$/;
/** `（国科办社〔2017〕44号）转发给你们`: the clause passes the document on. */
const PASSED_ON_AFTER = /^[^。；;，,]{0,8}?转发(?:给|至|到)/;
/**
 * Document numbers in running text that name the issuer of the text's own document: in brackets after
 * a title whose clause says it was issued (`《规划》（工信部联规〔2021〕208号）正式印发`), not after a
 * cited one; or closing a header line (`关于印发……的通知（工信部联规〔2021〕208号）`).
 */
export const inlineDocNumbers = (text: string): DocNumberLine[] =>
  splitLines(text).flatMap((line) => {
    const content = foldVariants(line.content);
    const header = HEADER_NUMBER.exec(content);
    if (header?.[1]) return [{ from: line.cs, to: line.ce, prefix: header[1] }];
    return [...content.matchAll(TITLE_NUMBER)].flatMap((m) => {
      const open = content.lastIndexOf('《', m.index);
      const end = m.index + m[0].length;
      if (!m[1] || open < 0) return [];
      // A forwarded document is the text's own: `现将《…》（国科办社〔2017〕44号）转发给你们`,
      // `关于转发《…》（…）的通知`.
      const passedOn =
        FORWARDING_BEFORE.test(content.slice(0, open)) || PASSED_ON_AFTER.test(content.slice(end));
      if (!passedOn && CITING.test(content.slice(0, open))) return [];
      if (!passedOn && !ISSUED_AFTER.test(content.slice(end))) return [];
      return [{ from: line.cs + open, to: line.cs + end, prefix: m[1] }];
    });
  });
