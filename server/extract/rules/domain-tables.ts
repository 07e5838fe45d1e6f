// Fields in tables: a row whose first cell names a field (`| 诊断检验装备 | 全自动生化分析仪、… |`,
// or cells separated by tabs) puts the equipment of its other cells in that field. Pure.
import type { EdgeDraft } from '../graph-builder';
import { spanEvidence, type PlanModel } from '../plan-model';
import { lowerBound } from '../lower-bound';
import { normalizeTerm } from '../normalize';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { fittedTo, madeUpOf, modifiesLongerEquipment, PUT_ELSEWHERE } from './domain-members';
import { VIEW_PAD } from '../simplified-view';
import { rightColumns } from '../page-columns';

export const TABLE_RULE = 'text:domain-table';

/** One row of a table written as text: its line and its cells, as [start, end) offsets of the text. */
export interface TableRow {
  readonly start: number;
  readonly end: number;
  readonly cells: readonly (readonly [number, number])[];
}

/** A bullet and a number that may open a line before its head (`●`, `（1）`, `2.`, `一是`). */
const LINE_LEAD =
  '\\s*(?:[●◆■▲•·▪◇○◎★☆▶►]|——|—)?\\s*(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）.、．]|[0-9]{1,2}(?=\\s)|【(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})】|[一二三四五六七八九十]是|[其第][一二三四五六七八九十][，,、]?)?\\s*【?';
/** A short note in brackets after a head alone on its line (`【一】口腔诊疗设备（锻长板）`). */
const HEAD_NOTE = '[（(][^（()）\\n]{1,8}[）)]';
/**
 * A line led by a short head and a mark that ends it (`●医学影像设备：A、B`, `医学影像设备  A、B`,
 * `◆ 康复器械。A、B`), or a head alone on its line: group 1 is the head, group 2 the mark. The
 * view's padding is no gap (`電腦斷層掃描儀與…` is no head CT扫描仪 before its row).
 */
const LINE_HEAD = new RegExp(
  `^${LINE_LEAD}([\\u4e00-\\u9fffA-Za-z0-9]{3,12})(】[：:]?|[。：:]|[^\\S${VIEW_PAD}]{2,}|\\u3000+|\\s*$)`,
);
/**
 * A head numbered in square brackets, alone on its line but for a short note on it
 * (`【一】口腔诊疗设备（锻长板）`): group 1 the head, group 2 the note. Only this numbering vouches for a
 * note: a head with a note after another number may be a heading read elsewhere.
 */
const BRACKET_NUMBERED_HEAD = new RegExp(
  `^\\s*【(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})】\\s*([\\u4e00-\\u9fffA-Za-z0-9]{3,12})(${HEAD_NOTE}\\s*)$`,
);
/** A head alone on its line (then the next line holds its members). */
const LINE_HEAD_ALONE = new RegExp(`^${LINE_LEAD}[\\u4e00-\\u9fffA-Za-z0-9]{3,12}(?:】[：:]?|[。：:])?\\s*$`);
/** A numbered or bulleted item line (`1.光子计数CT`, `◆ 质子治疗系统`). */
const ITEM_LINE = /^\s*(?:[（(]?\d{1,2}[)）.、．](?!\d)|[●◆■▲•·▪◇○◎★☆▶►-])\s*\S/;
/** A cell that only numbers its row (`1`, `（2）`, `三`, `序号`). */
const ROW_NUMBER = /^[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3}|序号)[)）.、．]?$/;
/** A Markdown divider row (`| --- | :---: |`): no content. */
const DIVIDER = /^[\s|:\-–—]+$/;

/**
 * The rows of the tables in `text`: lines with at least two non-empty cells separated by `|` or a
 * tab, trimmed of spaces. `| 治疗装备 | 手术机器人、质子治疗系统 |` has cells `治疗装备` and
 * `手术机器人、质子治疗系统`.
 */
export const tableRows = (text: string): TableRow[] => {
  const rows: TableRow[] = [];
  // A page of two columns: a line's row is its left column's part (the right one is another text).
  const right = rightColumns(text);
  let r = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    while (r < right.length && (right[r]?.[0] ?? 0) < lineStart) r++;
    const cut = r < right.length && (right[r]?.[0] ?? 0) <= lineEnd ? right[r]?.[0] : undefined;
    if (cut !== undefined) {
      const left = text.slice(lineStart, cut).replace(/[\s\u3000]+$/u, '');
      const led = LINE_HEAD.exec(left);
      if (led?.[1] && left.length > led[0].length) {
        const at = lineStart + led[0].length - led[1].length - (led[2]?.length ?? 0);
        const head: [number, number] = [at, at + led[1].length];
        rows.push({
          start: lineStart,
          end: lineStart + left.length,
          cells: [head, [lineStart + led[0].length, lineStart + left.length]],
        });
      }
      lineStart = lineEnd + 1;
      continue;
    }
    const line = text.slice(lineStart, lineEnd);
    const led = LINE_HEAD.exec(line) ?? BRACKET_NUMBERED_HEAD.exec(line);
    if (led?.[1] && !/[|\t]/.test(line)) {
      // `●医学影像设备：A、B`, `医学影像设备  A、B`, or a head alone over the line of its members.
      const head: [number, number] = [lineStart + led[0].length - led[1].length - (led[2]?.length ?? 0), 0];
      head[1] = head[0] + led[1].length;
      const rest = line.slice(led[0].length).trim();
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      const next =
        lineEnd < text.length ? text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd) : '';
      if (rest !== '')
        rows.push({ start: lineStart, end: lineEnd, cells: [head, [lineStart + led[0].length, lineEnd]] });
      else if (
        next.trim() !== '' &&
        !LINE_HEAD_ALONE.test(next) &&
        !BRACKET_NUMBERED_HEAD.test(next) &&
        /[、，,]/.test(next)
      )
        rows.push({
          start: lineStart,
          end: lineEnd + 1 + next.length,
          cells: [head, [lineEnd + 1, lineEnd + 1 + next.length]],
        });
      else if (/[：:】]\s*$/.test(line)) {
        // `医学影像设备：`, `【医学影像设备】` over numbered or bulleted item lines (`1.光子计数CT`, `2.…`):
        // the items are its members.
        let end = lineEnd;
        while (end < text.length) {
          const to = text.indexOf('\n', end + 1);
          const item = text.slice(end + 1, to === -1 ? text.length : to);
          // An item line closed by a colon heads items of its own (and a run of them stays linear).
          if (!ITEM_LINE.test(item) || /[：:】]\s*$/.test(item)) break;
          end = to === -1 ? text.length : to;
        }
        if (end > lineEnd) rows.push({ start: lineStart, end, cells: [head, [lineEnd + 1, end]] });
      }
    }
    if (/[|\t]/.test(line) && !DIVIDER.test(line)) {
      const cells: [number, number][] = [];
      let from = 0;
      // `| | | 02 心肺复苏设备 | …`: a row whose first cell is blank sits under the merged cell of the row
      // above (a catalogue's class, a row's number); its first written cell is no head of its own. Only
      // a row drawn with bars tells: a tab may indent a line.
      let merged = false;
      const border = /^\s*\|/.test(line);
      let segment = 0;
      for (let i = 0; i <= line.length; i++)
        if (i === line.length || line[i] === '|' || line[i] === '\t') {
          let a = from;
          let b = i;
          while (a < b && /\s/.test(line[a] ?? '')) a++;
          while (b > a && /\s/.test(line[b - 1] ?? '')) b--;
          if (b > a) cells.push([lineStart + a, lineStart + b]);
          else if (border && cells.length === 0 && segment === 1 && i < line.length) merged = true;
          segment++;
          from = i + 1;
        }
      if (merged) {
        lineStart = lineEnd + 1;
        continue;
      }
      // `| 1 | 医学影像设备 | A、B |`: a row's number is no head; the field is the cell after it.
      while (
        cells.length > 2 &&
        ROW_NUMBER.test(line.slice((cells[0]?.[0] ?? 0) - lineStart, (cells[0]?.[1] ?? 0) - lineStart))
      )
        cells.shift();
      if (cells.length >= 2) rows.push({ start: lineStart, end: lineEnd, cells });
    }
    lineStart = lineEnd + 1;
  }
  return rows;
};

/**
 * Tables whose columns are fields: runs of `|` or tab rows (a divider line may follow the first), as a
 * header row and the rows below it, each with as many cells as the header.
 */
export const columnTables = (text: string): { header: TableRow; body: TableRow[] }[] => {
  const out: { header: TableRow; body: TableRow[] }[] = [];
  let run: TableRow[] = [];
  const flush = (): void => {
    const [header, ...body] = run;
    const width = header?.cells.length ?? 0;
    const rows = body.filter((r) => r.cells.length === width);
    if (header && width >= 2 && rows.length > 0) out.push({ header, body: rows });
    run = [];
  };
  for (const row of tableRows(text)) {
    if (!/[|\t]/.test(text.slice(row.start, row.end))) continue;
    const prev = run.at(-1);
    const gap = prev ? text.slice(prev.end, row.start) : '';
    if (prev && !/^\n(?:[\s|:\-–—]*\n)?$/.test(gap)) flush();
    run.push(row);
  }
  flush();
  return out;
};

/** Occurrences of the model within [start, end), by binary search over their sorted starts. */
export const occurrenceFinder = (
  model: PlanModel,
): ((start: number, end: number) => PlanModel['occurrences']) => {
  const starts = model.occurrences.map((o) => o.start);
  return (start, end) => {
    const found = [];
    for (let i = lowerBound(starts, start); i < starts.length && (starts[i] ?? end) < end; i++) {
      const o = model.occurrences[i];
      if (o && o.end <= end) found.push(o);
    }
    return found;
  };
};

/** What ends a clause inside a table: a comma, a stop, brackets, a cell's bar or tab, a line. */
const CLAUSE_BREAK = /[，,。；;！？!?\n（）()|｜\t]/;

export const domainTables = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  const occurrencesIn = occurrenceFinder(model);
  const isEquipment = (o: Occurrence): boolean => labelOf(o.nodeId) === 'Equipment';
  /**
   * A cell's clause that puts its things outside the row's field: a denial (`不包括`, `不含`) or a
   * referral to another category (`见05…`, `按07…管理`), as rules/domain-membership.ts reads a section.
   */
  const putElsewhere = (o: Occurrence): boolean => {
    const { text } = model;
    let cs = o.start;
    while (cs > 0 && !CLAUSE_BREAK.test(text[cs - 1] ?? '')) cs--;
    let ce = o.end;
    while (ce < text.length && !CLAUSE_BREAK.test(text[ce] ?? '')) ce++;
    return PUT_ELSEWHERE.test(normalizeTerm(text.slice(cs, ce)));
  };
  /** The equipment among a cell's occurrences, each in the field (`放疗` of `术中放疗装备` is none). */
  const memberEdges = (
    members: readonly Occurrence[],
    field: Occurrence,
    evidence: EdgeDraft['evidence'],
  ): void => {
    // No thing is put in a field of its own name (`三是手术机器人。重点发展…经皮穿刺手术机器人`).
    const own = model.text.slice(field.start, field.end);
    for (const o of members)
      if (
        isEquipment(o) &&
        model.text.slice(o.start, o.end) !== own &&
        !modifiesLongerEquipment(o, members, isEquipment, model.text) &&
        !putElsewhere(o) &&
        !madeUpOf(o, model.text) &&
        !fittedTo(o, members, isEquipment, model.text)
      )
        out.push({
          type: 'IN_DOMAIN',
          source: o.nodeId,
          target: field.nodeId,
          basis: 'stated',
          rule: TABLE_RULE,
          evidence: [...evidence],
        });
  };
  for (const row of tableRows(model.text)) {
    // The first cell names the row's field; the other cells hold its members.
    const head = row.cells[0];
    if (!head) continue;
    const field = occurrencesIn(row.start, row.end).find(
      (o) => labelOf(o.nodeId) === 'Domain' && covers(model.text, head, o),
    );
    if (!field) continue;
    const section = model.sections[model.sentences[field.sentence]?.section ?? -1]?.path ?? '';
    // `X：A、B；Y：C`: the members of X end where another field or another head takes over.
    const next = /[；;][^，。；：,;:]{2,14}[：:]/.exec(model.text.slice(head[1], row.end));
    const other = occurrencesIn(head[1], row.end).find(
      (o) => labelOf(o.nodeId) === 'Domain' && o.nodeId !== field.nodeId,
    );
    const until = Math.min(next ? head[1] + next.index : row.end, other?.start ?? row.end);
    memberEdges(occurrencesIn(head[1], until), field, [spanEvidence(model, row.start, row.end, section)]);
  }
  // `| 医学影像装备 | 体外诊断装备 |` over `| 光子计数CT | 化学发光免疫分析仪 |`: when every cell of a
  // header row is a field, the equipment below each is in its column's field.
  for (const { header, body } of columnTables(model.text)) {
    const fields = header.cells.map((cell) =>
      occurrencesIn(cell[0], cell[1]).find(
        (o) => labelOf(o.nodeId) === 'Domain' && covers(model.text, cell, o),
      ),
    );
    if (fields.some((f) => f === undefined)) continue;
    for (const row of body)
      row.cells.forEach((cell, j) => {
        const field = fields[j];
        if (!field) return;
        const section = model.sections[model.sentences[field.sentence]?.section ?? -1]?.path ?? '';
        memberEdges(occurrencesIn(cell[0], cell[1]), field, [
          spanEvidence(model, header.start, header.end, section),
          spanEvidence(model, row.start, row.end, section),
        ]);
      });
  }
  return out;
};

/** True when the mention is all the cell says, apart from marks (`**治疗装备**`, `治疗装备：`). */
const covers = (text: string, cell: readonly [number, number], o: { start: number; end: number }): boolean =>
  o.start >= cell[0] &&
  o.end <= cell[1] &&
  // `先看透析耗材。`: a word that walks the reader to the topic stands before it.
  /^[\s*#（(【[]*(?:(?:先看|再看|来看|接着看|最后看|首先|其次|再次|最后)[，,]?)?$/.test(
    text.slice(cell[0], o.start),
  ) &&
  /^(?:领域|領域|类|類)?(?:的)?(?:重点|重點|主要)?(?:发展|發展)?(?:产品|產品|方向)?[\s*#）)】\]。：:]*$/.test(
    text.slice(o.end, cell[1]),
  );
