// Finds every department list of a plan, sentence by sentence, with the plan offsets of its names;
// names the registry lacks become discovered Department nodes. The issuer and responsibility rules
// read this scan instead of the text.
import type { NodeId } from '../../../core/model/ids';
import { asNodeId } from '../../../core/model/ids';
import { mentionAt, type PlanModel } from '../plan-model';
import { pinyinSlug } from '../slug';
import type { DepartmentEntry } from '../types';
import { docNumberLines } from './departments-blocks';
import { provinceOfPrefix } from './departments-doc-prefixes';
import { departmentForms } from './departments-registry';
import { affiliateParents, departmentLists, type DepartmentList } from './departments-lists';
import { homePlace, placeOf, type Home } from './departments-local';
import { foldVariants } from './departments-variants';
import type { RuleOutput } from './output';
import { lowerBound } from '../lower-bound';
import { normalizeTerm } from '../normalize';
import { isByline } from '../bylines';

/** A list item resolved to a node, with offsets into the plan text. */
export interface FoundDepartment {
  readonly id: NodeId;
  readonly start: number;
  readonly end: number;
  readonly discovered: boolean;
}

export interface FoundList {
  readonly sentence: number;
  readonly list: DepartmentList;
  readonly departments: readonly FoundDepartment[];
}

export interface DepartmentScan {
  readonly lists: readonly FoundList[];
  /** Mentions of every named department and the nodes of discovered ones. */
  readonly output: RuleOutput;
  /** Sentences that name departments (their words are names, not remit terms: 市场监管 is no 监管). */
  readonly namingSentences: ReadonlySet<number>;
  /** The province and city the text is about, for bodies written with a bare level word or code. */
  readonly home: Home;
}

/** First normalised index at or after original offset `at`. */
export const normIndex = (model: PlanModel, at: number): number => lowerBound(model.norm.starts, at);

/** The normalised text of a sentence (variants folded: 関於, 辦公庁) and where it starts in the normalised plan. */
export const sentenceNorm = (model: PlanModel, i: number): { from: number; text: string } => {
  const s = model.sentences[i];
  if (!s) return { from: 0, text: '' };
  const from = normIndex(model, s.start);
  return { from, text: foldVariants(model.norm.text.slice(from, normIndex(model, s.end))) };
};

/**
 * Offsets in sentence `i`'s normalised text where a line (or a table cell after a tab) of the original
 * starts (normalising drops the break): a place's name starts there and never runs over one.
 */
export const sentenceBreaks = (model: PlanModel, i: number): ReadonlySet<number> => {
  const s = model.sentences[i];
  const breaks = new Set<number>();
  if (!s) return breaks;
  const from = normIndex(model, s.start);
  const to = normIndex(model, s.end);
  for (let k = from + 1; k < to; k++) {
    const end = model.norm.ends[k - 1] ?? 0;
    const start = model.norm.starts[k] ?? 0;
    // Most characters follow the one before with nothing dropped between them.
    if (end >= start) continue;
    const gap = model.text.slice(end, start);
    // A tab parts the cells of a table row as a line break parts lines: `…关键技术\t省科技厅`.
    if (gap.includes('\n') || gap.includes('\t')) breaks.add(k - from);
  }
  return breaks;
};

/** A local body's short name with its place (`安徽省疾控局` of `省疾控局`), when the text writes a level word. */
const placedShortName = (name: string, written: string | undefined): string | undefined => {
  const place = placeOf(name);
  const level = written?.[0];
  if (!place || !written || !level || !/[省市]/.test(level) || !place.endsWith(level)) return undefined;
  return place + written.slice(1);
};

/** A discovered department's id; a body of no named place (`省科技厅` alone) is `plan`'s own. */
export const discoveredDepartmentId = (name: string, plan?: string): NodeId =>
  asNodeId(`department:${pinyinSlug(name)}${plan ? `.${plan}` : ''}`);

/** Lines at the top of a text among which its headline stands. */
const OPENING_LINES = 10;
/** A headline's verb of issue. */
const ANNOUNCES = /(?:出台|印发|发布|公布|推出|出炉)(?!时间|日期|于|者|人|会)/;
/** A page's field lines (`发布时间：…`, `来源：…`), which announce nothing. */
const FIELD_LINE = /^\s*[\u4e00-\u9fff]{2,4}[:：]/;
/** A sentence this long at least is prose: the first one says what the text reports. */
const PROSE = 20;

/**
 * The province of a local document number among the text's opening lines (`苏科社发〔2017〕120号`), for
 * a notice that writes its bodies with a bare `省`; none when a State Council body's prefix reads it.
 */
const numberedProvince = (model: PlanModel, registry: readonly DepartmentEntry[]): string | undefined => {
  const top = model.sentences[OPENING_LINES]?.start ?? model.text.length;
  const line = docNumberLines(model.text).find((l) => l.from < top);
  if (!line || registry.some((r) => (r.docPrefixes ?? []).some((p) => line.prefix.startsWith(p))))
    return undefined;
  return provinceOfPrefix(line.prefix);
};

/**
 * The value of a by-line's source field (`资料来源：国家药品监督管理局，华夏证券研究所`, `来源：江苏省药品监督管理局` before the page's view count):
 * up to a gap of blanks, a bar or a bracket that opens the page's next field.
 */
const SOURCE_FIELD = /(?:资料|数据|信息|文章|图表)?来源\s*[：:]\s*([^\s|｜【（(]{2,40})/g;

/**
 * Departments a by-line's source field names: a chart's data note or a page's source. By-lines are
 * no sentences (nothing else is read in them), but the body the text draws on is a body it names.
 */
const sourceFields = (model: PlanModel): { from: number; to: number }[] => {
  const fields: { from: number; to: number }[] = [];
  let at = 0;
  for (const line of model.text.split('\n')) {
    if (line.includes('来源') && isByline(line))
      for (const m of line.matchAll(SOURCE_FIELD)) {
        const value = m[1] ?? '';
        const from = at + (m.index ?? 0) + m[0].length - value.length;
        fields.push({ from, to: from + value.length });
      }
    at += line.length + 1;
  }
  return fields;
};

/** What may follow a body in a source field: nothing, the next name, or the body's own site. */
const SOURCE_ITEM_END = /^(?:$|[，,、；;／/和及与]|(?:官方)?(?:门户)?(?:网站|官网|网(?![\u4e00-\u9fff])))/;

/** The path of the innermost section holding offset `at`. */
const sectionPathAt = (model: PlanModel, at: number): string => {
  let path = '';
  for (const s of model.sections) if (s.start <= at && at < s.end) path = s.path;
  return path;
};

export const scanDepartments = (model: PlanModel, registry: readonly DepartmentEntry[]): DepartmentScan => {
  const forms = departmentForms(registry);
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const lists: FoundList[] = [];
  const namingSentences = new Set<number>();
  // Discovered departments by id, with the other forms the text writes them in (their aliases).
  const discovered = new Map<NodeId, { name: string; aliases: Set<string> }>();
  // Registry bodies written with their office (`国家药监局综合司`): the office stands for the body, and
  // its name is one the body is written in.
  const offices = new Map<NodeId, Set<string>>();
  const formsOf = new Set(forms.map((f) => `${f.id}|${f.form}`));
  // `省政府`, `省经信委` name the province the text is about.
  // A reprint's first line may be a forum's or a site's; its headline is then the first line that
  // announces the document (`[转帖]深圳出台……若干措施`).
  const opening = model.text.trimStart().split('\n').slice(0, OPENING_LINES);
  const announcing = opening.find((l) => ANNOUNCES.test(l) && !FIELD_LINE.test(l)) ?? '';
  // The first sentence of prose names the place a news item reports from (`近日，深圳四部门联合印发…`).
  const first = model.sentences.find((s) => s.end - s.start >= PROSE);
  const prose = first ? model.text.slice(first.start, first.end) : '';
  const headline = normalizeTerm(`${opening[0] ?? ''}\n${announcing}\n${prose}`);
  const title = normalizeTerm(model.plan.title);
  // Each line normalised on its own, so that no place's name is read across a line break.
  const lines = model.text.split('\n').map(normalizeTerm).join('\n');
  const home = homePlace(
    foldVariants(lines),
    foldVariants(headline),
    title,
    numberedProvince(model, registry),
  );
  model.sentences.forEach((s, i) => {
    const { from, text } = sentenceNorm(model, i);
    const section = model.sections[s.section]?.path ?? '';
    const breaks = sentenceBreaks(model, i);
    for (const list of departmentLists(text, forms, home, breaks)) {
      const departments = list.items.map((item): FoundDepartment => {
        const start = model.norm.starts[from + item.from] ?? s.start;
        const end = model.norm.ends[from + item.to - 1] ?? s.end;
        const id = item.id ?? discoveredDepartmentId(item.name, item.placeless ? model.plan.id : undefined);
        if (!item.id) {
          const d = discovered.get(id) ?? { name: item.name, aliases: new Set<string>() };
          if (item.written && item.written !== d.name) d.aliases.add(item.written);
          // `省疾控局` of 安徽省疾病预防控制局 is also written `安徽省疾控局`.
          const placed = placedShortName(item.name, item.written);
          if (placed && placed !== d.name) d.aliases.add(placed);
          discovered.set(id, d);
        } else if (!formsOf.has(`${id}|${item.name}`)) {
          const written = model.text.slice(start, end);
          if (!/\s/.test(written)) offices.set(id, (offices.get(id) ?? new Set()).add(written));
        }
        out.mentions.push({ id, mention: mentionAt(model.plan.id, section, start, end) });
        return { id, start, end, discovered: !item.id };
      });
      namingSentences.add(i);
      lists.push({ sentence: i, list, departments });
    }
    // `国家药品监督管理局医疗器械技术审评中心`: the text names the department, in no list of its own.
    for (const p of affiliateParents(text, forms, home, breaks)) {
      const start = model.norm.starts[from + p.from] ?? s.start;
      const end = model.norm.ends[from + p.to - 1] ?? s.end;
      out.mentions.push({ id: p.id, mention: mentionAt(model.plan.id, section, start, end) });
    }
  });
  for (const field of sourceFields(model)) {
    const from = normIndex(model, field.from);
    const text = foldVariants(model.norm.text.slice(from, normIndex(model, field.to)));
    const section = sectionPathAt(model, field.from);
    for (const list of departmentLists(text, forms, home))
      for (const item of list.items) {
        // `来源：四川政府采购网`: a name inside a site's name is no body; `工业和信息化部网站` is the ministry's.
        if (!SOURCE_ITEM_END.test(text.slice(item.to))) continue;
        const start = model.norm.starts[from + item.from] ?? field.from;
        const end = model.norm.ends[from + item.to - 1] ?? field.to;
        const id = item.id ?? discoveredDepartmentId(item.name, item.placeless ? model.plan.id : undefined);
        if (!item.id && !discovered.has(id))
          discovered.set(id, { name: item.name, aliases: new Set<string>() });
        out.mentions.push({ id, mention: mentionAt(model.plan.id, section, start, end) });
      }
  }
  for (const [id, d] of discovered)
    out.nodes.push({
      id,
      label: 'Department',
      name: d.name,
      nameEn: '',
      ...(d.aliases.size > 0 ? { aliases: [...d.aliases] } : {}),
      discovered: true,
    });
  const aliases = [...offices].map(([id, a]) => ({ id, aliases: [...a] }));
  return { lists, output: { ...out, aliases }, namingSentences, home };
};
