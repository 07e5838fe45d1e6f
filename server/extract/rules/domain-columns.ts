// Field columns of tables written as text: a catalogue heads one column with the things' names
// (`装备名称`) and another with the field each is for (`应用领域`, `所属领域`), so each row's name cell is a
// member of the field its field cell names:
// `9-2	质子治疗系统	由同步加速器…组成	放射治疗装备` under `序号	装备名称	主要技术指标	应用领域`. Pure.
import type { EdgeDraft } from '../graph-builder';
import { pipeRows } from '../pipe-rows';
import { spanEvidence } from '../plan-model';
import { ENTRY_NAME_LABEL, EQUIPMENT_NAME_HEADER } from '../terms/name-columns';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { modifiesLongerEquipment } from './domain-members';
import { occurrenceFinder } from './domain-tables';

export const FIELD_COLUMN_RULE = 'text:domain-field-column';

/**
 * Headers of a column of fields (`应用领域`, `所属领域`, `领域`), a classification catalogue's first-level
 * product class (`一级产品类别`) and a tender's item of the procurement catalogue (`品目`); not 类别 alone
 * (a device's regulatory class).
 */
const FIELD_HEADER =
  /^(?:(?:应用|所属|适用|产品|主要应用|服务|重点)?(?:领域|領域)|一级(?:产品)?类别|(?:所属)?产业链|(?:采购)?品目(?:名称)?)$/;
/** A header row with a catalogue's first-level class column: each of its cells is a class of products. */
export const CLASS_COLUMN = /(?:^|[\t|｜]\s*)一级(?:产品)?类别\s*(?:$|[\t|｜])/;
/**
 * A header row with a tender's item column (`包号｜品目｜采购内容｜数量`): each of its cells is a class of goods
 * of the procurement catalogue (`医用X射线设备`, `临床检验设备`), whatever its words, as a catalogue's class is.
 */
export const ITEM_COLUMN = /(?:^|[\t|｜]\s*)(?:采购)?品目(?:名称)?\s*(?:$|[\t|｜])/;
/**
 * Headers of a column of things besides the name columns': a catalogue's second-level product class
 * (`二级产品类别`, a kind of device), its examples of products (`品名举例`, a list of devices), the
 * nodes of a chain map's export (`节点名称`: machines, parts and materials; only machines join fields),
 * and what a tender buys under each item (`采购内容`, `采购标的`, `货物名称`).
 */
const KIND_HEADER = /^(?:二级(?:产品)?类别|品名举例|节点名称|采购内容|采购标的|标的名称|货物名称)$/;
/**
 * A budget's or a tender's column of a device's name with its configuration (`设备名称及主要配置`,
 * `货物名称及规格`): the cell names the device before its colon and its parts after it
 * (`256排CT：配置液态金属轴承X射线球管、宽体探测器`); only the name is the row's thing.
 */
const NAME_AND_SPEC_HEADER =
  /^(?:装备|设备|产品|器械|仪器|货物|标的)(?:名称)?(?:及|和|与)(?:主要)?(?:配置|规格|型号|参数|技术参数)$/;
/** The name part of a cell under a name-and-configuration header: up to its first colon. */
const nameOfSpec = (text: string, c: [number, number]): [number, number] => {
  const colon = text.slice(c[0], c[1]).search(/[：:]/);
  return colon > 0 ? [c[0], c[0] + colon] : c;
};
/**
 * A field cell is one short name: no list marks, clause marks or gaps; a catalogue's class may add its
 * instruments after a slash (`电疗设备/器具`).
 */
const ONE_FIELD = /^[^、，,；;。：:\s|/／]{2,14}(?:[/／](?:器具|器械|附件))?$/;
/**
 * A catalogue's code before a class (`01电疗设备/器具`, `02高频治疗设备`): no part of its name; a count of
 * a machine's rows or slices is (`256排螺旋CT`, `64层CT`).
 */
const CLASS_CODE = /^[0-9]{1,3}(?![0-9排层道通线位])[ \u3000]?(?=[\u4e00-\u9fff])/;

/** The cell less a class code opening it. */
const uncoded = (text: string, c: [number, number]): [number, number] => [
  c[0] + (CLASS_CODE.exec(text.slice(c[0], c[1]))?.[0].length ?? 0),
  c[1],
];

/** One body row of a table with a name column and a field column, as [start, end) offsets. */
export interface FieldColumnRow {
  readonly header: readonly [number, number];
  readonly row: readonly [number, number];
  readonly name: readonly [number, number];
  readonly field: readonly [number, number];
}

/**
 * The rows of tables whose header names both a column of things (`装备名称`, `产品名称`) and a column of
 * fields (`应用领域`): each row as wide as its header, its field cell one short name. A blank line or a
 * line without cells ends the table.
 */
export const fieldColumnRows = (text: string): FieldColumnRow[] => {
  const out: FieldColumnRow[] = [];
  let table:
    | {
        header: [number, number];
        names: number[];
        specs: ReadonlySet<number>;
        field: number;
        width: number;
        last?: [number, number];
      }
    | undefined;
  for (const { start, end, cells } of pipeRows(text)) {
    if (!cells) {
      table = undefined;
      continue;
    }
    const cellText = (c: [number, number] | undefined): string => (c ? text.slice(c[0], c[1]) : '');
    const specs = new Set(cells.flatMap((c, i) => (NAME_AND_SPEC_HEADER.test(cellText(c)) ? [i] : [])));
    const names = cells.flatMap((c, i) =>
      EQUIPMENT_NAME_HEADER.test(cellText(c)) || KIND_HEADER.test(cellText(c)) || specs.has(i) ? [i] : [],
    );
    const field = cells.findIndex((c) => FIELD_HEADER.test(cellText(c)));
    if (names.length > 0 && field >= 0) {
      table = { header: [start, end], names, specs, field, width: cells.length };
      continue;
    }
    if (cells.length !== table?.width) {
      table = undefined;
      continue;
    }
    const cell = cells[table.field];
    // `| | | 02 急救和转运用呼吸机 | …`: a blank field cell sits under the merged cell of the row above,
    // whose field it keeps; a cell the row above could not read ends that field.
    const blank = cell !== undefined && cellText(cell).trim() === '';
    const f = blank ? table.last : cell && uncoded(text, cell);
    if (!f || !ONE_FIELD.test(cellText(f))) {
      delete table.last;
      continue;
    }
    table.last = f;
    for (const i of table.names) {
      const n = cells[i];
      if (n)
        out.push({
          header: table.header,
          row: [start, end],
          name: table.specs.has(i) ? nameOfSpec(text, uncoded(text, n)) : uncoded(text, n),
          field: f,
        });
    }
  }
  return out;
};

/**
 * A line that names an entry's field (`应用领域：消毒灭菌设备`), or the class of products a manual's or a
 * label's product belongs to (`产品类别：血液净化设备`; not `管理类别：第三类`, its grade of regulation).
 */
const FIELD_LABEL = /^\s*(?:(?:应用|所属|适用|产品)领域|产品(?:类别|分类))\s*[：:]\s*/;
/** How far below its name line an entry's field line may stand. */
const ENTRY_LINES = 8;

/**
 * The entries of a compilation written as labelled lines (`项目名称：X` … `应用领域：Y`), read as rows of a
 * table with a name column and a field column: the field line takes the name line above it in the same
 * block (no blank line or other name line between, at most eight lines up); the field is one short name.
 */
const fieldLabelRows = (text: string): FieldColumnRow[] => {
  const out: FieldColumnRow[] = [];
  let entry: { line: [number, number]; name: [number, number]; lines: number } | undefined;
  let at = 0;
  for (const raw of text.split('\n')) {
    const lineAt = at;
    at += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      entry = undefined;
      continue;
    }
    const valueOf = (label: RegExpExecArray): [number, number] => {
      const value = line.slice(label[0].length).replace(/[\s。；;，,]+$/, '');
      return [lineAt + label[0].length, lineAt + label[0].length + value.length];
    };
    const name = ENTRY_NAME_LABEL.exec(line);
    if (name) {
      entry = { line: [lineAt, lineAt + line.length], name: valueOf(name), lines: 0 };
      continue;
    }
    if (!entry || ++entry.lines > ENTRY_LINES) {
      entry = undefined;
      continue;
    }
    const field = FIELD_LABEL.exec(line);
    if (!field) continue;
    const span = valueOf(field);
    if (ONE_FIELD.test(text.slice(span[0], span[1])))
      out.push({ header: entry.line, row: [lineAt, lineAt + line.length], name: entry.name, field: span });
    entry = undefined;
  }
  return out;
};

// The terms' field reading and the membership rule both ask for a plan's rows; one plan is read at a
// time, so remembering the last plan's rows reads each plan's lines once.
let lastRows: { readonly text: string; readonly rows: readonly FieldColumnRow[] } | undefined;

/** Every row with a name and a field: a table's rows and a compilation's labelled entries. */
export const fieldRows = (text: string): readonly FieldColumnRow[] => {
  if (lastRows?.text !== text) lastRows = { text, rows: [...fieldColumnRows(text), ...fieldLabelRows(text)] };
  return lastRows.rows;
};

/** The equipment of each row's name cell is in the field of its field cell. */
export const domainFieldColumns = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const rows = fieldRows(model.text);
  if (rows.length === 0) return [];
  const occurrencesIn = occurrenceFinder(model);
  const isEquipment = (o: Occurrence): boolean => labelOf(o.nodeId) === 'Equipment';
  const equipmentNamed = new Map(
    model.occurrences.filter(isEquipment).map((o) => [model.text.slice(o.start, o.end), o.nodeId] as const),
  );
  const out: EdgeDraft[] = [];
  for (const { header, row, name, field } of rows) {
    // The field is all its cell says.
    const domain = occurrencesIn(field[0], field[1]).find(
      (o) => labelOf(o.nodeId) === 'Domain' && o.start === field[0] && o.end === field[1],
    );
    if (!domain) continue;
    const section = model.sections[model.sentences[domain.sentence]?.section ?? -1]?.path ?? '';
    const members = occurrencesIn(name[0], name[1]);
    // An entry's name line (`项目名称：X`) may be no sentence the terms were read in; the thing it names
    // whole is the device the text names so elsewhere.
    const named = members.length === 0 ? equipmentNamed.get(model.text.slice(name[0], name[1])) : undefined;
    const ids = named
      ? [named]
      : members
          .filter((o) => isEquipment(o) && !modifiesLongerEquipment(o, members, isEquipment, model.text))
          .map((o) => o.nodeId);
    for (const id of ids)
      out.push({
        type: 'IN_DOMAIN',
        source: id,
        target: domain.nodeId,
        basis: 'stated',
        rule: FIELD_COLUMN_RULE,
        evidence: [
          spanEvidence(model, header[0], header[1], section),
          spanEvidence(model, row[0], row[1], section),
        ],
      });
  }
  return out;
};
