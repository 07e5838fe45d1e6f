// Name columns of tables written as text: a catalogue, a tender or a procurement list heads one column
// `装备名称` (`产品名称`, `设备名称`, `品名`…), and each row's cell under it is one thing's whole name
// (`11-5	腹腔镜手术机器人系统	由医生控制台…组成	深圳某某机器人有限公司`). Pure; offsets of the text as written.

import { pipeRows } from '../pipe-rows';
import type { TermLabel } from './heads';

/** A cell of a name column: [from, to) of the text as written, trimmed. */
export interface NameCell {
  readonly from: number;
  readonly to: number;
  /**
   * A glossary's term column: the label its table's caption gives its terms (`表C-2 部件类`), or `head`
   * when the caption names no class (the term's head says which).
   */
  readonly term?: TermLabel | 'head';
}

/** Headers of a column of equipment names; not 药品名称, 企业名称, 项目名称 (no things of the graph). */
export const EQUIPMENT_NAME_HEADER =
  /^(?:(?:装备|设备|产品|器械|医疗器械|医疗设备|仪器|耗材|医用耗材)(?:名称|品名)|品名|设备|装备)$/;
/**
 * Headers of a glossary's column of terms (`序号	中文术语	英文术语	缩写	释义`): each cell is one term defined
 * in its row, a device, a part or a material alike.
 */
export const GLOSSARY_TERM_HEADER = /^(?:中文)?(?:术语|名词)(?:名称)?$|^中文名称$/;
/**
 * Headers of a column of parts (`部件｜材料`, `关键部件名称`): a manual's or a bill's table of materials names one
 * part in each row's cell.
 */
export const PART_NAME_HEADER = /^(?:关键|核心|主要)?(?:零部件|部件|组件|元器件)(?:名称)?$/;
/** A part's name: no joining word, no bracket but a Latin gloss at its end (`聚四氟乙烯（PTFE）`). */
const ONE_PART = /^[^与和及或（(）)]+(?:[（(][A-Za-z0-9\-/ ]{1,15}[)）])?$/;
/** Classes of a supply chain that a table's part column may hold as values. */
const CHAIN_CLASS = /^(?:原料|原材料|材料|整机|耗材|部件|零部件|配件|其他|其它)$/;
/** A glossary table's caption that says what class its terms are (`表C-2 部件类`, `（三）材料类术语`). */
const CAPTION_CLASSES: readonly (readonly [RegExp, TermLabel | 'none'])[] = [
  [/(?:整机|设备|装备|器械|仪器|产品)类?(?:术语)?$/, 'Equipment'],
  [/(?:零部件|部件|组件|元器件|器件)类?(?:术语)?$/, 'Component'],
  [/(?:原材料|材料)类?(?:术语)?$/, 'Material'],
  // Techniques, methods, terms of regulation: no things of the supply graph.
  [/(?:技术|工艺|方法|算法|法规|管理|临床|其他|其它)类?(?:术语)?$/, 'none'],
];
/** The class a glossary's caption line gives its terms: `head` when it names none. */
const captionClass = (caption: string): TermLabel | 'head' | 'none' =>
  CAPTION_CLASSES.find(([re]) => re.test(caption.trim()))?.[1] ?? 'head';
/** A cell that is one name: no list marks, clause marks or inner gaps; 2 to 30 characters. */
const ONE_NAME = /^[^、，,；;。：:\s|]{2,30}$/;
/** A line between rows of one table that does not end it: a section's short heading (`（二）治疗装备`). */
const SHORT_LINE = 24;

/** The last line before the line at `at` with anything on it (a table's caption), or ''. */
const lineAbove = (text: string, at: number): string => {
  for (let end = at - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    end = start - 1;
  }
  return '';
};

/**
 * The cells of the equipment-name columns of the tables in `text`. A table starts at a header row
 * (two or more cells, one a name header) and runs over rows with as many cells, past short heading
 * lines between them; a blank or long line ends it.
 */
export const equipmentNameCells = (text: string): NameCell[] => {
  const out: NameCell[] = [];
  let column = -1;
  let width = 0;
  let term: TermLabel | 'head' | 'none' | undefined;
  let afterRow = false;
  for (const { start, end, cells } of pipeRows(text)) {
    const opens = !afterRow;
    afterRow = cells !== undefined;
    if (!cells) {
      const line = text.slice(start, end).trim();
      if (line === '' || line.length > SHORT_LINE) column = -1;
      continue;
    }
    const header = cells.findIndex(([f, t]) => EQUIPMENT_NAME_HEADER.test(text.slice(f, t)));
    const termHeader = cells.findIndex(([f, t]) => GLOSSARY_TERM_HEADER.test(text.slice(f, t)));
    // A row that opens its table: `核心部件` inside a table's rows is a value of a class column, no header.
    const partHeader = opens ? cells.findIndex(([f, t]) => PART_NAME_HEADER.test(text.slice(f, t))) : -1;
    if ((header >= 0 || termHeader >= 0 || partHeader >= 0) && cells.length >= 2) {
      column = header >= 0 ? header : termHeader >= 0 ? termHeader : partHeader;
      term = header >= 0 ? undefined : termHeader >= 0 ? captionClass(lineAbove(text, start)) : 'Component';
      width = cells.length;
      continue;
    }
    if (column < 0 || cells.length !== width) {
      column = -1;
      continue;
    }
    const cell = cells[column];
    const name = cell ? text.slice(cell[0], cell[1]) : '';
    if (term === 'none') continue;
    // A part's cell that joins two (`助针器与导针`) or explains itself in brackets (`传感器（含酶与膜）`) is no one
    // name; nor is a class of the chain (`原料`, `整机`).
    if (term === 'Component' && (!ONE_PART.test(name) || CHAIN_CLASS.test(name))) continue;
    if (cell && ONE_NAME.test(name) && /[\u4e00-\u9fffA-Za-z]/.test(name))
      out.push(term ? { from: cell[0], to: cell[1], term } : { from: cell[0], to: cell[1] });
  }
  return [...out, ...entryNameCells(text), ...productHeadingCells(text)].sort((a, b) => a.from - b.from);
};

/**
 * A compilation entry's name line (`项目名称：低温过氧化氢等离子体灭菌器`, `产品名称：…`): its label, after the
 * entry's number when the entries are numbered (`3. 产品名称：胰岛素泵`, `（二）项目名称：…`).
 */
export const ENTRY_NAME_LABEL =
  /^[ \t\u3000]*(?:(?:[0-9]{1,3}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*)?(?:项目|产品|装备|设备|器械)名称[ \t\u3000]*[：:][ \t\u3000]*/;
/** A title that describes rather than names (`一种…`, `基于…的…`, `面向…`): no name cell. */
const DESCRIBED = /^(?:一种|基于|面向|用于|关于)|的/;

/**
 * The names of entries written as labelled lines (a technology-transfer compilation, a product list):
 * the value of a `项目名称：` line, read like a cell under `装备名称` when it is one name.
 */
const entryNameCells = (text: string): NameCell[] => {
  const out: NameCell[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lineAt = at;
    at += line.length + 1;
    const label = ENTRY_NAME_LABEL.exec(line);
    if (!label) continue;
    const name = line.slice(label[0].length).replace(/[\s。；;，,]+$/, '');
    if (ONE_NAME.test(name) && !DESCRIBED.test(name) && /[\u4e00-\u9fff]/.test(name))
      out.push({ from: lineAt + label[0].length, to: lineAt + label[0].length + name.length });
  }
  return out;
};

/**
 * A brochure's product heading: a model code and the product's name in square brackets, alone on its line
 * (`【KR-V600 重症呼吸机】`, `【KR-S3 输注泵系列】`). The code holds a hyphen or a digit, as models' codes do;
 * `系列` after the name says the heading covers a range of the product, no part of its name.
 */
const PRODUCT_HEADING =
  /^[ \t\u3000]*【[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?<=[-0-9][A-Za-z0-9]*)[ \u3000]+([^【】\s、，,；;。：:]{2,30}?)(?:系列)?】[ \t\u3000]*$/;

/** The names of a brochure's product headings, read like a cell under `产品名称`. */
const productHeadingCells = (text: string): NameCell[] => {
  const out: NameCell[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lineAt = at;
    at += line.length + 1;
    const m = PRODUCT_HEADING.exec(line.replace(/\r$/, ''));
    const name = m?.[1];
    if (!m || !name || !/[\u4e00-\u9fff]/.test(name)) continue;
    const from = lineAt + m[0].indexOf('【') + 1 + m[0].slice(m[0].indexOf('【') + 1).indexOf(name);
    out.push({ from, to: from + name.length });
  }
  return out;
};
