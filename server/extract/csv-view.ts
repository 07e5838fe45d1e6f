// A table exported as CSV (`序号,节点名称,上级节点,关键材料` over rows of quoted cells) is a table like one
// copied from a sheet: the view writes its separating commas as tabs, keeping its length, so every
// reading of tab-separated rows reads it and every offset found in the view is the offset of the same
// character in the text as written. A comma inside quotes (`"苏州A公司,常州B公司"`) stays a comma; a line
// break inside quotes joins the record's lines. The quotes stay: a quoted cell is one term, and a table's
// cell is read inside them (`unquoted`).

/** Fewest fields of a CSV record worth reading as a table row. */
const MIN_FIELDS = 3;
/** Fewest records of one width, the header included, that make a table. */
const MIN_RECORDS = 3;
/** Lines one quoted cell may run over. */
const MAX_RECORD_LINES = 4;
/** A header's cell: a short name of a column, not a clause. */
const HEADER_CELL = /^[^，。；,;：:\s"]{1,16}$/u;

interface CsvRecord {
  readonly start: number;
  readonly end: number;
  /** Offsets of the commas that part the fields. */
  readonly commas: readonly number[];
  /** Offsets of line breaks inside quotes. */
  readonly breaks: readonly number[];
  readonly fields: readonly string[];
}

/** The CSV record starting at `start`, or none when a quote stays open past a few lines. */
const recordAt = (text: string, start: number): CsvRecord | undefined => {
  const commas: number[] = [];
  const breaks: number[] = [];
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  let lines = 1;
  let at = start;
  for (; at < text.length; at++) {
    const c = text[at];
    if (quoted) {
      if (c === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (c === '"') quoted = false;
      else if (c === '\n') {
        if (++lines > MAX_RECORD_LINES) return undefined;
        breaks.push(at);
        field += ' ';
      } else field += c;
      continue;
    }
    if (c === '\n' || (c === '\r' && text[at + 1] === '\n')) break;
    if (c === '"' && fieldStart) quoted = true;
    else if (c === ',') {
      commas.push(at);
      fields.push(field);
      field = '';
      fieldStart = true;
      continue;
    } else field += c;
    fieldStart = false;
  }
  if (quoted) return undefined;
  fields.push(field);
  return { start, end: at, commas, breaks, fields };
};

/**
 * `text` with each CSV table written as tab-separated rows (same length). A table is a header of short
 * column names, three or more, over records of as many fields; prose with commas is none.
 *
 * @example csvView('名称,部件,材料\n"CT","球管","钨"\nMR,磁体,铌钛\n').split('\n')[1] // '"CT"\t"球管"\t"钨"'
 */
export const csvView = (text: string): string => {
  if (!text.includes(',')) return text;
  const records: CsvRecord[] = [];
  for (let start = 0; start < text.length;) {
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
    // A line with neither a comma nor a quote is one field: it only ends a run of records.
    const r = line.includes(',') || line.includes('"') ? recordAt(text, start) : undefined;
    const nl = text.indexOf('\n', r?.end ?? start);
    if (r) records.push(r);
    if (nl === -1) break;
    start = nl + 1;
  }
  const tabs: number[] = [];
  const spaces: number[] = [];
  for (let i = 0; i < records.length;) {
    const header = records[i];
    if (!header) break;
    let j = i + 1;
    while (
      records[j]?.fields.length === header.fields.length &&
      records[j]?.start === nextLine(text, records[j - 1])
    )
      j++;
    const isTable =
      header.fields.length >= MIN_FIELDS &&
      j - i >= MIN_RECORDS &&
      header.fields.every((f) => HEADER_CELL.test(f.trim()));
    if (!isTable) {
      i++;
      continue;
    }
    for (const r of records.slice(i, j)) {
      tabs.push(...r.commas);
      spaces.push(...r.breaks);
    }
    i = j;
  }
  if (tabs.length === 0) return text;
  const view = text.split('');
  for (const at of tabs) view[at] = '\t';
  for (const at of spaces) view[at] = ' ';
  return view.join('');
};

/** Where the line after a record starts. */
const nextLine = (text: string, r: CsvRecord | undefined): number => {
  if (!r) return -1;
  const nl = text.indexOf('\n', r.end);
  return nl === -1 ? text.length : nl + 1;
};

/** A cell's span less the quotes of a quoted CSV field (`"CT球管"`). */
export const unquoted = (text: string, from: number, to: number): [number, number] =>
  to - from >= 2 && text[from] === '"' && text[to - 1] === '"' ? [from + 1, to - 1] : [from, to];
