// Stated responsibilities: `由A牵头`, `A负责`, `A、B按职责分工负责`, `A会同B负责`, a bracketed list
// closing a task paragraph (`（A、B）`), `A、B等部门要围绕规划目标任务...` (the whole plan, meq-2021 八（六）),
// and the rows of a task-division table (牵头单位 / 参与单位). Each edge has its sentence and its role.
import type { NodeId } from '../../../core/model/ids';
import { planNodeId } from '../node-ids';
import { sentenceEvidence, spanEvidence, type PlanModel } from '../plan-model';
import type { DepartmentScan, FoundList } from './departments-scan';
import type { MeasureIndex } from './measures';
import type { RuleOutput } from './output';

export const ENUMERATION_RULE = 'text:department-list';
export const DUTY_RULE = 'text:duty-phrase';
export const BRACKET_RULE = 'text:bracketed-departments';
export const TABLE_RULE = 'text:task-table';

export type Role = 'lead' | 'participant';

/** `等十部门`, `等有关部门`, `会同有关部门` (helpers the text does not name). */
const COUNT = '(?:(?:会同|联合)?等?(?:\\d+|[一二两三四五六七八九十]+)?个?(?:有关|相关)?(?:部门|部委|单位))?';
/** `…牵头`, `…按职责分工负责`, `…会同有关部门负责`, `…配合`, `…按职责分工协同推进`. */
const DUTY = new RegExp(
  `^${COUNT}(?:要|应|分别)?(?:按职责分工|按照职责分工|按职责|根据职能分工|依职责)?(?:共同|分别)?(牵头|负责|配合|参与|协同)`,
);
/** Verbs of helpers: the names before them take part, none leads. */
const HELPS = new Set(['配合', '参与', '协同']);
/**
 * A labelled list closing a task (`（牵头单位：A；责任单位：B、C）`, `（责任单位：A、B）`): the label
 * says the role. 责任单位 beside a 牵头单位 take part; alone, the first of them leads, as such lists
 * put the lead first.
 */
const LABEL =
  /(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|参与单位|参与部门|协同单位|协办单位)[:：]$/;
/** `…等部门要围绕规划目标任务，根据职能分工制定配套政策措施`: the plan as a whole. */
const PLAN_WIDE = /^等?(?:\d+|[一二两三四五六七八九十]+)?个?部门(?:要|应)/;
const ABOUT_PLAN = /规划目标|本规划|规划确定|规划实施|规划任务|职能分工|职责分工/;

interface Cell {
  readonly id: NodeId;
  readonly role: Role;
}

/** The cells of a labelled list (`牵头单位：A；责任单位：B、C`), if the list follows a label. */
const labelledCells = (model: PlanModel, f: FoundList): Cell[] | undefined => {
  const label = LABEL.exec(f.list.before)?.[1];
  if (!label) return undefined;
  // The label's own bracket, from the last opening bracket before it (a ； may have split the sentence).
  const start = f.departments[0]?.start ?? 0;
  const near = model.text.slice(Math.max(0, start - 80), start);
  const bracket = near.slice(Math.max(near.lastIndexOf('（'), near.lastIndexOf('(')));
  const leads = label.startsWith('牵头')
    ? f.departments.length
    : label.startsWith('责任') && !/牵头(?:单位|部门)/.test(bracket)
      ? 1
      : 0;
  return f.departments.map((d, k) => ({ id: d.id, role: k < leads ? 'lead' : 'participant' }));
};

const dutyCells = (model: PlanModel, f: FoundList): { cells: Cell[]; rule: string } | undefined => {
  const { list } = f;
  const labelled = labelledCells(model, f);
  if (labelled) return { cells: labelled, rule: BRACKET_RULE };
  const duty = DUTY.exec(list.after);
  const bracket = /[（(]$/.test(list.before) && /^(?:等)?[）)]/.test(list.after);
  if (!duty && !bracket) return undefined;
  const verb = duty?.[1];
  // 配合/参与 name helpers; otherwise the names before 会同/联合 lead (all of them when there is none),
  // and a bracket's first name leads by the usual convention of task lists.
  const leads = verb && HELPS.has(verb) ? 0 : bracket && !duty ? 1 : list.leadCount;
  return {
    cells: f.departments.map((d, k) => ({ id: d.id, role: k < leads ? 'lead' : 'participant' })),
    rule: duty ? DUTY_RULE : BRACKET_RULE,
  };
};

/** The cells of a table row, split at tabs, wide gaps and pipes, with their offsets in the line. */
const rowCells = (line: string): { text: string; from: number }[] => {
  const cells: { text: string; from: number }[] = [];
  let from = 0;
  for (const m of line.matchAll(/\t| {2,}|\u3000+|[|｜]/g)) {
    cells.push({ text: line.slice(from, m.index), from });
    from = m.index + m[0].length;
  }
  cells.push({ text: line.slice(from), from });
  return cells;
};
/** A column of the bodies that lead a task. */
const LEAD_COLUMN = /^(?:牵头|主责|责任牵头|牵头责任)(?:单位|部门)$/;
/** A column of the bodies in charge: alone, its first body leads (as `（责任单位：A、B）`); beside a lead column, they take part. */
const CHARGE_COLUMN = /^(?:责任|主要责任|负责)(?:单位|部门)$/;
const PART_COLUMN = /^(?:参与|配合|协同|协办|参加)(?:单位|部门)$/;
/** A table's header cell without its marks and spaces (`**牵头单位**`, `牽頭 單位`). */
const headerCell = (cell: string): string => cell.replace(/[\s*#:：]/g, '');

/**
 * Rows of a task-division table (tab-separated, aligned with spaces, or a Markdown pipe table) whose
 * header names 牵头单位 (and maybe 参与单位 / 配合单位), or only 责任单位: in each row the lead column's
 * bodies lead and the others take part; a 责任单位 column alone is led by its first body.
 */
const tableCells = (
  model: PlanModel,
  scan: DepartmentScan,
  index: MeasureIndex,
): { target: NodeId; cell: Cell; start: number; end: number; section: string }[] => {
  // `text` is the Simplified view of a Traditional table (牽頭單位 reads 牵头单位), of the same length.
  const lines = model.text.split('\n');
  const out: { target: NodeId; cell: Cell; start: number; end: number; section: string }[] = [];
  let at = 0;
  let leadCol = -1;
  let chargeCol = -1;
  let partCol = -1;
  for (const line of lines) {
    const cells = rowCells(line);
    const heads = cells.map((c) => headerCell(c.text));
    const lead = heads.findIndex((c) => LEAD_COLUMN.test(c));
    const charge = heads.findIndex((c) => CHARGE_COLUMN.test(c));
    if (lead !== -1 || charge !== -1) {
      leadCol = lead;
      chargeCol = charge;
      partCol = heads.findIndex((c) => PART_COLUMN.test(c));
    } else if ((leadCol !== -1 || chargeCol !== -1) && cells.length > Math.max(leadCol, chargeCol)) {
      const sentence = model.sentences.findIndex((s) => s.start <= at && at < s.end);
      const section = model.sections[model.sentences[sentence]?.section ?? -1];
      const target = (section ? index.innermost(section) : undefined) ?? planNodeId(model.plan.id);
      cells.forEach((c, col) => {
        const role: Role | 'charge' | undefined =
          col === leadCol
            ? 'lead'
            : col === partCol
              ? 'participant'
              : col === chargeCol
                ? leadCol === -1
                  ? 'charge'
                  : 'participant'
                : undefined;
        if (!role) return;
        const from = at + c.from;
        const to = from + c.text.length;
        let k = 0;
        for (const f of scan.lists)
          for (const d of f.departments)
            if (d.start >= from && d.end <= to) {
              const cellRole: Role = role === 'charge' ? (k === 0 ? 'lead' : 'participant') : role;
              k += 1;
              out.push({
                target,
                cell: { id: d.id, role: cellRole },
                start: at,
                end: at + line.length,
                section: section?.path ?? '',
              });
            }
      });
    } else if (!/^[\s|｜:：\-—]*$/.test(line)) {
      leadCol = -1;
      chargeCol = -1;
    }
    at += line.length + 1;
  }
  // Rows outside any measure all name the plan: a body that leads one task leads, whatever it helps with.
  return [...out.filter((t) => t.cell.role === 'lead'), ...out.filter((t) => t.cell.role !== 'lead')];
};

export const statedResponsibilities = (
  model: PlanModel,
  scan: DepartmentScan,
  index: MeasureIndex,
): { output: RuleOutput; inCharge: ReadonlySet<NodeId> } => {
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const inCharge = new Set<NodeId>();
  const plan = planNodeId(model.plan.id);
  for (const f of scan.lists) {
    const sentence = model.sentences[f.sentence];
    const section = model.sections[sentence?.section ?? -1];
    const measure = section ? index.innermost(section) : undefined;
    const planWide = PLAN_WIDE.test(f.list.after) && ABOUT_PLAN.test(f.list.after);
    const duty = planWide ? undefined : dutyCells(model, f);
    const cells = planWide
      ? f.departments.map((d): Cell => ({ id: d.id, role: 'participant' }))
      : (duty?.cells ?? []);
    const target = planWide || !measure ? plan : measure;
    for (const c of cells) {
      inCharge.add(c.id);
      out.edges.push({
        type: 'RESPONSIBLE_FOR',
        source: c.id,
        target,
        basis: 'stated',
        rule: planWide ? ENUMERATION_RULE : (duty?.rule ?? DUTY_RULE),
        evidence: [sentenceEvidence(model, f.sentence)],
        props: { role: c.role },
      });
    }
  }
  for (const t of tableCells(model, scan, index)) {
    inCharge.add(t.cell.id);
    out.edges.push({
      type: 'RESPONSIBLE_FOR',
      source: t.cell.id,
      target: t.target,
      basis: 'stated',
      rule: TABLE_RULE,
      evidence: [spanEvidence(model, t.start, t.end, t.section)],
      props: { role: t.cell.role },
    });
  }
  return { output: out, inCharge };
};
