// Tables that say what goes into what, flattened to lines of cells (`| 材料 | 主要应用 |`, `部件 | 材料`):
// each row's material or part goes into the things its use column names (`聚四氟乙烯 | 人工血管、覆膜支架`),
// or a part's row names its material (`外壳 | 聚碳酸酯`); a table captioned with one machine's parts
// (`表2 呼吸机核心部件及国产化情况`) gives the parts of its first column to that machine.
import type { NodeId } from '../../../core/model/ids';
import { unquoted } from '../csv-view';
import { lowerBound } from '../lower-bound';
import { normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { supplyOccurrences, type SupplyReader } from './supply-lists';

export const TABLE_USE_RULE = 'table:item-use';
export const TABLE_MATERIAL_RULE = 'table:part-material';
export const TABLE_CAPTION_RULE = 'table:caption-parts';
export const TABLE_PARTS_RULE = 'table:machine-parts';
export const TABLE_WHOLE_RULE = 'table:part-assembly';

/** A column of the things the rows are about: materials or parts. */
const ITEM_HEAD =
  /^(?:(?:关键|主要|核心|常用|常见)?(?:材料|原料|原材料|材质|零部件|部件|组件|元器件)(?:名称|类别|种类)?|名称)$/;
/** A column of what each row's item goes into. */
const USE_HEAD =
  /^(?:主要|典型|代表性?|下游|适用|配套|对应|所属)?(?:应用(?:领域|场景|产品|器械|设备|整机)?|用途|产品|器械|整机|设备|用于)$/;
/** A column of machines, whose rows list their parts or materials. */
const MACHINE_HEAD = /^(?:整机|设备|产品|器械|装备)(?:名称|类别|种类)?$/;
/**
 * Columns that may stand before a table's column of machines: the row's number and the class the row is
 * filed under (`序号｜产品名称｜关键部件｜主要材料`, `| 产品线 | 产品 | 关键部件 | 主要原材料 |`).
 */
const ROW_LEAD_HEAD = /^(?:序号|编号|类别|类型|分类|产品线|产品类别|所属类别|领域|所属领域)$/;
/** A column of each row's parts. */
const PARTS_HEAD =
  /^(?:核心|关键|主要)?(?:(?:零部件|部件|组件)|(?:原材料|材料)(?:及|和|与|\/|、)(?:零部件|部件)|(?:零部件|部件)(?:及|和|与|\/|、)(?:原材料|材料))$/;
/** A column of what each row's part is made of. */
const MATERIAL_HEAD =
  /^(?:主要|常用|关键|核心)?(?:材料|材质|原材料|(?:原材料|材料)(?:及|和|与|\/|、)(?:零部件|部件)|(?:零部件|部件)(?:及|和|与|\/|、)(?:原材料|材料))(?:[/、及和与](?:工艺|技术))?$/;
/** A caption that names one machine's parts (`呼吸机核心部件及国产化情况`). */
const PARTS_CAPTION = /(?:核心|关键|主要)?(?:零部件|部件|组件)/;
/**
 * A column of the assembly each row's part belongs to (`所属组件`, a teardown's `部位`): a parts list or a
 * spare-parts table of one machine, whose rows name a part and what it is part of.
 */
const WHOLE_HEAD =
  /^(?:(?:所属|上级|父级|所在)(?:组件|部件|系统|子系统|模块|单元|总成|整机|设备|装置|部位)|(?:上级|父级|父)节点|(?:安装|所在)?部位|安装位置)$/;
/** A column of each row's part itself, by its name (`名称`, `器件`, `零件名称`, `备件`). */
const PART_NAME_HEAD =
  /^(?:(?:零部件|部件|零件|元件|元器件|器件|备件|配件|组件|材料|物料)(?:名称)?|节点名称|名称)$/;
/** What joins two parts in one cell: a separator or `+` (`IPS液晶屏+电容触摸屏`), a gloss before it. */
const CELL_JOIN = /^(?:\([^()]*\))?(?:、|和|与|及|\+|＋)$/;
/** A rule line between a header and its rows (`| --- | :---: |`). */
const RULE_LINE = /^[\s|:：\-－—]+$/;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly cells: readonly { readonly start: number; readonly end: number; readonly text: string }[];
  /** Cut at runs of spaces (a table aligned by spaces), not at pipes or tabs. */
  readonly aligned?: boolean;
}

/** A column gap of a row aligned by spaces: an ideographic space, or two spaces or more. */
const COLUMN_GAP = /(?:[ \u3000]*\u3000[ \u3000]*| {2,})/g;

/**
 * The cells of a line aligned by spaces (`零部件`, `所属整机`, `国产化率`, `主要短板` parted by runs of ideographic spaces, a survey's
 * table copied as text): two column gaps or more inside the line, as `aligned-cells.ts` reads such rows for discovery; none for a
 * line with fewer (an indented paragraph, a run-in label) or one a bar or a tab already cuts.
 */
const alignedCellsOf = (text: string, start: number, end: number): Line['cells'] => {
  const line = text.slice(start, end);
  if (/[|｜\t\u2500-\u257f]/.test(line)) return [];
  const lead = line.length - line.trimStart().length;
  const body = line.trim();
  const cells: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (const m of body.matchAll(COLUMN_GAP)) {
    cells.push({ start: start + lead + from, end: start + lead + m.index, text: body.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  cells.push({ start: start + lead + from, end: start + lead + body.length, text: body.slice(from) });
  return cells.length >= 3 ? cells : [];
};

/**
 * The cells of a line split at pipes (or at tabs, a table copied from a sheet), each with its span in the
 * text; none if the line has neither.
 */
export const cellsOf = (text: string, start: number, end: number): Line['cells'] => {
  const line = text.slice(start, end);
  const piped = line.includes('|') || line.includes('｜');
  if (!piped && !line.includes('\t')) return [];
  const isMark = (c: string | undefined): boolean => (piped ? c === '|' || c === '｜' : c === '\t');
  const cells: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (let at = 0; at <= line.length; at++) {
    if (at < line.length && !isMark(line[at])) continue;
    const raw = line.slice(from, at);
    const lead = raw.length - raw.trimStart().length;
    const [cellStart, cellEnd] = unquoted(text, start + from + lead, start + from + lead + raw.trim().length);
    cells.push({ start: cellStart, end: cellEnd, text: text.slice(cellStart, cellEnd) });
    from = at + 1;
  }
  // A leading or trailing pipe leaves an empty cell at the edge (a CSV field's `""` is a cell).
  const bare = (c: (typeof cells)[number] | undefined): boolean =>
    c?.text === '' && text[c.start - 1] !== '"';
  if (bare(cells[0])) cells.shift();
  if (bare(cells.at(-1))) cells.pop();
  return cells;
};

/** Edges the tables of the text state, gathered by `reader`. */
export const tableEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const lines: Line[] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const cells = cellsOf(text, start, end);
    const aligned = cells.length === 0 ? alignedCellsOf(text, start, end) : [];
    lines.push({ start, end, cells: aligned.length > 0 ? aligned : cells, aligned: aligned.length > 0 });
    start = end + 1;
  }
  const occs = [...supplyOccurrences(model).values()].flat();
  // Asked once per cell: the names by start and the first name of each span, not a scan of all per cell.
  const byStart = occs.map((_, k) => k).sort((a, b) => (occs[a]?.start ?? 0) - (occs[b]?.start ?? 0));
  const starts = byStart.map((k) => occs[k]?.start ?? 0);
  const firstOfSpan = new Map<string, number>();
  occs.forEach((o, k) => {
    if (!firstOfSpan.has(`${o.start}:${o.end}`)) firstOfSpan.set(`${o.start}:${o.end}`, k);
  });
  /** The outermost names inside [start, end). */
  const inside = (start: number, end: number): Occurrence[] => {
    const ks: number[] = [];
    for (let i = lowerBound(starts, start); i < byStart.length && (starts[i] ?? 0) <= end; i++) {
      const k = byStart[i] ?? 0;
      if ((occs[k]?.end ?? 0) <= end) ks.push(k);
    }
    // One name per span (a curated name and a discovered one may be written at the same place).
    const here = ks
      .sort((a, b) => a - b)
      .flatMap((k) => {
        const o = occs[k];
        return o && firstOfSpan.get(`${o.start}:${o.end}`) === k ? [o] : [];
      });
    return here.filter(
      (o) =>
        !here.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ),
    );
  };
  const of = (list: readonly Occurrence[], labels: readonly string[]): NodeId[] =>
    list.filter((o) => labels.includes(labelOf(o.nodeId) ?? '')).map((o) => o.nodeId);
  /** Whether `at` is inside brackets opened after `from`. */
  const inBrackets = (from: number, at: number): boolean => {
    const before = normalizeTerm(text.slice(from, at));
    return before.split('(').length > before.split(')').length;
  };
  /** The names a cell lists, joined by separators only (a gloss after each at most), else none. */
  const listedNames = (c: Line['cells'][number] | undefined): Occurrence[] => {
    // A name inside a gloss (`计算机断层扫描系统（CT）`) is the name before it again.
    const here = c ? inside(c.start, c.end).filter((o) => !inBrackets(c.start, o.start)) : [];
    if (!c || here.length === 0 || here[0]?.start !== c.start) return [];
    for (let k = 1; k < here.length; k++)
      if (!CELL_JOIN.test(normalizeTerm(text.slice(here[k - 1]?.end ?? 0, here[k]?.start ?? 0)))) return [];
    return /^(?:\([^()]*\))?$/.test(normalizeTerm(text.slice(here.at(-1)?.end ?? c.end, c.end))) ? here : [];
  };
  /**
   * `部件号 | 名称 | 所属组件 | 材质`, `部位 | 器件 | 来源/备注`: a table with a column of the assembly each row's
   * part belongs to. The row's part (or parts, `IPS液晶屏+电容触摸屏`) is part of the device or part its
   * assembly cell names alone, and the materials its material column names go into the part.
   */
  const wholeColumnEdges = (i: number): void => {
    const header = lines[i];
    if (!header) return;
    const heads = header.cells.map((c) => normalizeTerm(c.text));
    const wholeCol = heads.findIndex((h) => WHOLE_HEAD.test(h));
    const partCol = heads.findIndex((h) => PART_NAME_HEAD.test(h));
    if (wholeCol < 0 || partCol < 0) return;
    const materialCols = heads.flatMap((h, k) => (k !== partCol && MATERIAL_HEAD.test(h) ? [k] : []));
    const headerSentence = sentenceAt(model.sentences, header.cells[0]?.start ?? header.start);
    for (let r = i + 1; r < lines.length; r++) {
      const row = lines[r];
      if (!row || row.cells.length === 0) break;
      if (RULE_LINE.test(text.slice(row.start, row.end)) || row.cells.length !== header.cells.length)
        continue;
      // `CT、DR` under `上级节点`: a part common to machines is part of each.
      const wholes = listedNames(row.cells[wholeCol]);
      const parts = listedNames(row.cells[partCol]).filter((o) =>
        ['Component', 'Material'].includes(labelOf(o.nodeId) ?? ''),
      );
      const sentence = sentenceAt(model.sentences, row.cells[partCol]?.start ?? row.start);
      if (!model.sentences[sentence] || !model.sentences[headerSentence]) continue;
      for (const whole of wholes)
        if (['Equipment', 'Component'].includes(labelOf(whole.nodeId) ?? '') && !reader.broad(whole.nodeId))
          for (const p of parts)
            if (!reader.broad(p.nodeId))
              reader.edge(p.nodeId, whole.nodeId, TABLE_WHOLE_RULE, sentence, headerSentence);
      const [part] = parts;
      if (parts.length !== 1 || !part || labelOf(part.nodeId) !== 'Component' || reader.broad(part.nodeId))
        continue;
      for (const k of materialCols) {
        const cell = row.cells[k];
        if (!cell) continue;
        for (const m of of(inside(cell.start, cell.end), ['Material']))
          if (!reader.generic(m)) reader.edge(m, part.nodeId, TABLE_MATERIAL_RULE, sentence, headerSentence);
      }
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (!header || header.cells.length < 2 || (i > 0 && (lines[i - 1]?.cells.length ?? 0) > 0)) continue;
    const heads = header.cells.map((c) => normalizeTerm(c.text));
    const itemCol = heads.findIndex((h) => ITEM_HEAD.test(h));
    const machineCol = heads.findIndex((h) => MACHINE_HEAD.test(h));
    wholeColumnEdges(i);
    // The machines' column opens the row, or follows only the row's number and class.
    const machineAt =
      machineCol >= 0 && heads.slice(0, machineCol).every((h) => ROW_LEAD_HEAD.test(h)) ? machineCol : -1;
    if (itemCol !== 0 && machineAt < 0) continue;
    const first = machineAt >= 0 ? machineAt : 0;
    const useCols = heads.flatMap((h, k) => (k > first && USE_HEAD.test(h) ? [k] : []));
    const partCols = heads.flatMap((h, k) => (k > first && PARTS_HEAD.test(h) ? [k] : []));
    const materialCols = heads.flatMap((h, k) => (k > first && MATERIAL_HEAD.test(h) ? [k] : []));
    // The caption: the last line with words before the header.
    let c = i - 1;
    while (c >= 0 && (lines[c]?.start ?? 0) === (lines[c]?.end ?? 0)) c--;
    const caption = lines[c];
    // A table whose rows name their own machine (`部件 | 所属整机 | …`) is captioned by a class of them
    // (`表5-1 放疗设备核心部件国产化情况`): the caption's machine owns no row.
    const rowsNameMachine = heads.some((h, k) => k !== 0 && (WHOLE_HEAD.test(h) || USE_HEAD.test(h)));
    const captionMachines =
      !rowsNameMachine &&
      caption?.cells.length === 0 &&
      PARTS_CAPTION.test(text.slice(caption.start, caption.end))
        ? [...new Set(of(inside(caption.start, caption.end), ['Equipment']))]
        : [];
    const headerSentence = sentenceAt(model.sentences, header.cells[0]?.start ?? header.start);
    for (let r = i + 1; r < lines.length; r++) {
      const row = lines[r];
      if (!row || row.cells.length === 0) break;
      if (RULE_LINE.test(text.slice(row.start, row.end))) continue;
      // A row aligned by spaces with a cell left empty would shift its columns: read only full rows.
      if ((row.aligned || header.aligned) && row.cells.length !== header.cells.length) continue;
      const cell = (k: number) => row.cells[k];
      const itemCell = cell(first);
      if (!itemCell) continue;
      const items = inside(itemCell.start, itemCell.end);
      const sentence = sentenceAt(model.sentences, itemCell.start);
      if (!model.sentences[sentence] || !model.sentences[headerSentence]) continue;
      // The item cell is one name (a gloss after it at most): a cell that says more is a description.
      const [item] = items;
      if (
        !item ||
        items.length !== 1 ||
        item.start !== itemCell.start ||
        !/^(?:\([^()]*\))?$/.test(normalizeTerm(text.slice(item.end, itemCell.end)))
      )
        continue;
      if (reader.broad(item.nodeId)) continue;
      const itemLabel = labelOf(item.nodeId) ?? '';
      // `CT | 球管、探测器`: a machine's row lists its parts.
      if (machineAt >= 0 && (itemLabel === 'Equipment' || itemLabel === 'Component'))
        for (const k of partCols) {
          const parts = cell(k);
          if (!parts) continue;
          for (const p of of(inside(parts.start, parts.end), ['Component']))
            if (!reader.broad(p)) reader.edge(p, item.nodeId, TABLE_PARTS_RULE, sentence, headerSentence);
        }
      // `外壳 | 聚碳酸酯`, `人工晶状体 | 疏水性丙烯酸酯`: a part's or a machine's row names its material.
      if (itemLabel === 'Component' || (machineAt >= 0 && itemLabel === 'Equipment'))
        for (const k of materialCols) {
          const materials = cell(k);
          if (!materials) continue;
          for (const m of of(inside(materials.start, materials.end), ['Material']))
            if (!reader.generic(m))
              reader.edge(m, item.nodeId, TABLE_MATERIAL_RULE, sentence, headerSentence);
          // A machine's `主要原材料` as a prospectus lists them: the parts it buys are its parts.
          if (machineAt >= 0 && !partCols.includes(k))
            for (const p of of(inside(materials.start, materials.end), ['Component']))
              if (!reader.broad(p)) reader.edge(p, item.nodeId, TABLE_PARTS_RULE, sentence, headerSentence);
        }
      if (itemCol !== 0 || itemLabel === 'Equipment') continue;
      // `聚四氟乙烯 | 人工血管、覆膜支架`: a material or part goes into what its use column names.
      for (const k of useCols) {
        const users = cell(k);
        if (!users) continue;
        for (const u of of(inside(users.start, users.end), ['Equipment', 'Component']))
          reader.edge(item.nodeId, u, TABLE_USE_RULE, sentence, headerSentence);
      }
      const captionSentence = caption ? sentenceAt(model.sentences, caption.start) : -1;
      if (
        itemLabel === 'Component' &&
        captionMachines.length === 1 &&
        captionMachines[0] &&
        model.sentences[captionSentence]
      )
        reader.edge(item.nodeId, captionMachines[0], TABLE_CAPTION_RULE, sentence, captionSentence);
    }
  }
};

export const CONTINUED_CELL_RULE = 'table:continued-description';
/** A row's number before the name in its cell (`01 治疗呼吸机`, `02麻醉蒸发器`). */
const ROW_CODE = /^[0-9]{1,3}[\s\u3000]*/;
/** What opens a description cell up to its first part: the hedges of 由 (`通常由`). */
const DESCRIPTION_LEAD = /^(?:通常|一般|主要|基本|均)*由$/;
/** The verb that closes a make-up list. */
const MAKE_UP_VERB = /组成|构成|组合而成|组装而成/;
/**
 * What may stand between two parts of a make-up list: separators, glosses, members the reading did not name;
 * never a clause mark. One character at a time (see `supply-composition.ts`).
 */
const MAKE_UP_FILLER = /^(?:[^，,。；;:：()]|\([^()]*\))*$/;

/**
 * A Markdown table whose description cell wraps over continuation lines (`| 01 | 呼吸设备 | 01 治疗呼吸机 | 通常由
 * 气源部分、呼吸回路、流量传感器、 | … |` then `| | | | 呼气阀、控制系统和监测报警系统组成。 | … |`): a line whose
 * cells up to the name's column are empty goes on with the row above, cell by cell. The description read across
 * its pieces (`通常由B、C…组成`) gives its parts to the thing the row's name cell names alone, as the one-line
 * description does (`rules/supply-composition.ts`). Only rows that do wrap: a description on one line is that
 * reading's.
 */
export const continuedCellEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const occs = [...supplyOccurrences(model).values()].flat().sort((a, b) => a.start - b.start);
  const starts = occs.map((o) => o.start);
  /** The outermost names inside [start, end), one per span. */
  const inside = (start: number, end: number): Occurrence[] => {
    const here: Occurrence[] = [];
    for (let i = lowerBound(starts, start); i < occs.length && (occs[i]?.start ?? end) < end; i++) {
      const o = occs[i];
      if (o && o.end <= end && !here.some((x) => x.start === o.start && x.end === o.end)) here.push(o);
    }
    return here.filter(
      (o) =>
        !here.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ),
    );
  };
  const lines: Line[] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    lines.push({ start, end, cells: /^\s*\|/.test(line) ? cellsOf(text, start, end) : [] });
    start = end + 1;
  }
  for (let r = 0; r < lines.length; r++) {
    const row = lines[r];
    if (!row || row.cells.length < 2 || RULE_LINE.test(text.slice(row.start, row.end))) continue;
    for (let c = 0; c + 1 < row.cells.length; c++) {
      const nameCell = row.cells[c];
      const first = row.cells[c + 1];
      if (!nameCell || !first || nameCell.text === '' || first.text === '') continue;
      // The pieces of the description: this row's cell and the same cell of each line that goes on with it.
      const pieces = [first];
      for (let k = r + 1; k < lines.length; k++) {
        const next = lines[k];
        if (next?.cells.length !== row.cells.length) break;
        if (!next.cells.slice(0, c + 1).every((x) => x.text === '')) break;
        const piece = next.cells[c + 1];
        if (!piece || piece.text === '') break;
        pieces.push(piece);
      }
      if (pieces.length < 2) continue;
      // The name cell: one thing, after the row's number at most.
      const code = ROW_CODE.exec(nameCell.text)?.[0].length ?? 0;
      const named = inside(nameCell.start + code, nameCell.end);
      const [whole] = named;
      if (
        named.length !== 1 ||
        whole?.start !== nameCell.start + code ||
        whole.end !== nameCell.end ||
        !['Equipment', 'Component'].includes(labelOf(whole.nodeId) ?? '')
      )
        continue;
      // The list up to its verb, across the pieces.
      const verbAt = pieces.findIndex((p) => MAKE_UP_VERB.test(text.slice(p.start, p.end)));
      const verbPiece = pieces[verbAt];
      if (verbAt < 1 || !verbPiece) continue;
      const verb =
        verbPiece.start + (MAKE_UP_VERB.exec(text.slice(verbPiece.start, verbPiece.end))?.index ?? 0);
      const items = pieces.flatMap((p, k) =>
        inside(p.start, k === verbAt ? verb : p.end).map((o) => ({ o, k })),
      );
      const head = items[0];
      if (head?.k !== 0 || !DESCRIPTION_LEAD.test(gapText(model, first.start, head.o.start))) continue;
      /** The text from `at` in piece `from` to `to` in piece `k`, the pieces' borders left out. */
      const across = (from: number, at: number, k: number, to: number): string =>
        from === k
          ? gapText(model, at, to)
          : gapText(model, at, pieces[from]?.end ?? at) +
            pieces
              .slice(from + 1, k)
              .map((p) => gapText(model, p.start, p.end))
              .join('') +
            gapText(model, pieces[k]?.start ?? to, to);
      const joined = items.every(
        (x, i) =>
          i === 0 ||
          MAKE_UP_FILLER.test(across(items[i - 1]?.k ?? 0, items[i - 1]?.o.end ?? 0, x.k, x.o.start)),
      );
      const last = items.at(-1) ?? head;
      if (!joined || !MAKE_UP_FILLER.test(across(last.k, last.o.end, verbAt, verb))) continue;
      const nameSentence = sentenceAt(model.sentences, nameCell.start);
      const verbSentence = sentenceAt(model.sentences, verb);
      if (!model.sentences[nameSentence] || !model.sentences[verbSentence]) continue;
      for (const { o } of items)
        if (
          ['Component', 'Material'].includes(labelOf(o.nodeId) ?? '') &&
          !reader.broad(o.nodeId) &&
          o.nodeId !== whole.nodeId
        )
          reader.edge(o.nodeId, whole.nodeId, CONTINUED_CELL_RULE, verbSentence, nameSentence);
    }
  }
};
