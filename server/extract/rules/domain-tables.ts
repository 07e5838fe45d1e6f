// Fields in tables: a row whose first cell names a field (`| 诊断检验装备 | 全自动生化分析仪、… |`,
// or cells separated by tabs) puts the equipment of its other cells in that field. Pure.
import type { EdgeDraft } from '../graph-builder';
import { spanEvidence, type PlanModel } from '../plan-model';
import { lowerBound } from '../lower-bound';
import type { RuleContext } from './context';

export const TABLE_RULE = 'text:domain-table';

/** One row of a table written as text: its line and its cells, as [start, end) offsets of the text. */
export interface TableRow {
  readonly start: number;
  readonly end: number;
  readonly cells: readonly (readonly [number, number])[];
}

/** A Markdown divider row (`| --- | :---: |`): no content. */
const DIVIDER = /^[\s|:\-–—]+$/;

/**
 * The rows of the tables in `text`: lines with at least two non-empty cells separated by `|` or a
 * tab, trimmed of spaces. `| 治疗装备 | 手术机器人、质子治疗系统 |` has cells `治疗装备` and
 * `手术机器人、质子治疗系统`.
 */
export const tableRows = (text: string): TableRow[] => {
  const rows: TableRow[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (/[|\t]/.test(line) && !DIVIDER.test(line)) {
      const cells: [number, number][] = [];
      let from = 0;
      for (let i = 0; i <= line.length; i++)
        if (i === line.length || line[i] === '|' || line[i] === '\t') {
          let a = from;
          let b = i;
          while (a < b && /\s/.test(line[a] ?? '')) a++;
          while (b > a && /\s/.test(line[b - 1] ?? '')) b--;
          if (b > a) cells.push([lineStart + a, lineStart + b]);
          from = i + 1;
        }
      if (cells.length >= 2) rows.push({ start: lineStart, end: lineEnd, cells });
    }
    lineStart = lineEnd + 1;
  }
  return rows;
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

export const domainTables = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  const occurrencesIn = occurrenceFinder(model);
  for (const row of tableRows(model.text)) {
    // The first cell names the row's field; the other cells hold its members.
    const head = row.cells[0];
    if (!head) continue;
    const field = occurrencesIn(row.start, row.end).find(
      (o) => labelOf(o.nodeId) === 'Domain' && covers(model.text, head, o),
    );
    if (!field) continue;
    const section = model.sections[model.sentences[field.sentence]?.section ?? -1]?.path ?? '';
    for (const o of occurrencesIn(head[1], row.end))
      if (labelOf(o.nodeId) === 'Equipment')
        out.push({
          type: 'IN_DOMAIN',
          source: o.nodeId,
          target: field.nodeId,
          basis: 'stated',
          rule: TABLE_RULE,
          evidence: [spanEvidence(model, row.start, row.end, section)],
        });
  }
  return out;
};

/** True when the mention is all the cell says, apart from marks (`**治疗装备**`, `治疗装备：`). */
const covers = (text: string, cell: readonly [number, number], o: { start: number; end: number }): boolean =>
  o.start >= cell[0] &&
  o.end <= cell[1] &&
  /^[\s*#（(【[]*$/.test(text.slice(cell[0], o.start)) &&
  /^[\s*#）)】\]。：:]*$/.test(text.slice(o.end, cell[1]));
