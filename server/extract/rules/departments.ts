// Departments: ISSUED from a notice header (`科技部 发展改革委 ... 关于印发《...》的通知`) and the
// signature block, RESPONSIBLE_FOR the plan from an enumeration ending in 等部门 (meq-2021 八（六）),
// and RESPONSIBLE_FOR measures inferred from each department's remit keywords.
import type { NodeId } from '../../model/ids';
import type { Evidence } from '../../model/interchange';
import { normalizeTerm } from '../normalize';
import { mentionAt, sentenceEvidence, type PlanModel } from '../plan-model';
import { planNodeId } from '../node-ids';
import type { DepartmentEntry } from '../types';
import type { RuleContext } from './context';
import type { MeasureIndex } from './measures';
import type { RuleOutput } from './output';

export const ENUMERATION_RULE = 'text:department-list';
export const ISSUER_RULE = 'text:notice-header';
export const METADATA_ISSUER_RULE = 'plan-metadata:issuer';
export const SUCCESSION_RULE = 'registry:2018-reform';
/** `remit:nmpa:注册+审批`: the department and every remit keyword that matched the measure's text. */
export const remitRule = (dept: NodeId, keywords: readonly string[]): string =>
  `remit:${dept.slice('department:'.length)}:${keywords.join('+')}`;

interface Form {
  readonly form: string;
  readonly id: NodeId;
}

const forms = (departments: readonly DepartmentEntry[], withShort: boolean): Form[] =>
  departments
    .flatMap((d) =>
      [d.name, ...d.aliases, ...(withShort ? d.shortForms : [])].map((f) => ({
        form: normalizeTerm(f),
        id: d.id,
      })),
    )
    .sort((a, b) => b.form.length - a.form.length);

/** First normalised index at or after original offset `at`. */
const normIndex = (model: PlanModel, at: number): number => {
  let lo = 0;
  let hi = model.norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((model.norm.starts[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

interface Hit {
  readonly id: NodeId;
  readonly start: number;
  readonly end: number;
}

/** Reads department forms one after another from normalised index `from`, separated by `sep`. */
const readList = (
  model: PlanModel,
  from: number,
  to: number,
  fs: readonly Form[],
  sep: RegExp,
): { hits: Hit[]; next: number } => {
  const hits: Hit[] = [];
  let i = from;
  for (;;) {
    const f = fs.find((x) => model.norm.text.startsWith(x.form, i) && i + x.form.length <= to);
    if (!f) break;
    hits.push({
      id: f.id,
      start: model.norm.starts[i] ?? 0,
      end: model.norm.ends[i + f.form.length - 1] ?? 0,
    });
    i += f.form.length;
    const gap = sep.exec(model.norm.text.slice(i, to));
    if (!gap) break;
    i += gap[0].length;
  }
  return { hits, next: i };
};

export interface DepartmentFacts {
  readonly output: RuleOutput;
  /** Departments the plan puts in charge: issuers and enumerated departments. */
  readonly inCharge: ReadonlySet<NodeId>;
  /** Sentences that name departments. */
  readonly namingSentences: ReadonlySet<number>;
}

/** Stated facts: enumerations (等部门) and notice headers/signatures. */
export const statedDepartments = (ctx: RuleContext): DepartmentFacts => {
  const { model, curated } = ctx;
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const inCharge = new Set<NodeId>();
  const namingSentences = new Set<number>();
  const all = forms(curated.departments, true);
  const official = forms(curated.departments, false);
  const firstChars = new Set(all.map((f) => f.form[0]));
  const plan = planNodeId(model.plan.id);
  const mention = (h: Hit, sentence: number): void => {
    namingSentences.add(sentence);
    const s = model.sentences[sentence];
    out.mentions.push({
      id: h.id,
      mention: mentionAt(model.plan.id, model.sections[s?.section ?? 0]?.path ?? '', h.start, h.end),
    });
  };
  model.sentences.forEach((s, i) => {
    const from = normIndex(model, s.start);
    const to = normIndex(model, s.end);
    const text = model.norm.text.slice(from, to);
    // `工信、发改、科技...药监等部门要...`
    for (let at = 0; at < text.length; at++) {
      if (!firstChars.has(text[at] ?? '')) continue;
      const { hits, next } = readList(model, from + at, to, all, /^、/);
      if (hits.length >= 2 && /^等?部门/.test(model.norm.text.slice(next, to))) {
        for (const h of hits) {
          mention(h, i);
          inCharge.add(h.id);
          out.edges.push({
            type: 'RESPONSIBLE_FOR',
            source: h.id,
            target: plan,
            basis: 'stated',
            rule: ENUMERATION_RULE,
            evidence: [sentenceEvidence(model, i)],
          });
        }
        break;
      }
    }
    // Front matter: the notice title (`... 关于印发《...》的通知`) and the signature block.
    const section = model.sections[s.section];
    if (section?.kind !== 'title' && section?.kind !== 'front') return;
    const issuedAt = text.indexOf('关于印发');
    const { hits } = readList(model, from, issuedAt === -1 ? to : from + issuedAt, official, /^[\s、,]*/);
    const covered = hits.reduce((n, h) => n + normalizeTerm(model.text.slice(h.start, h.end)).length, 0);
    const signature =
      issuedAt === -1 && hits.length >= 2 && covered >= text.replace(/\d+年\d+月\d+日/, '').length * 0.8;
    if (hits.length >= 1 && (issuedAt !== -1 || signature)) {
      for (const h of hits) {
        mention(h, i);
        inCharge.add(h.id);
        out.edges.push({
          type: 'ISSUED',
          source: h.id,
          target: plan,
          basis: 'stated',
          rule: ISSUER_RULE,
          evidence: [sentenceEvidence(model, i)],
        });
      }
    }
  });
  // Issuers known only from the plan's metadata (meq-2021 is led by 工信部 but its text names no issuer).
  if (!model.plan.issuersInText)
    for (const id of model.plan.issuers ?? []) {
      inCharge.add(id);
      out.edges.push({
        type: 'ISSUED',
        source: id,
        target: plan,
        basis: 'inferred',
        rule: METADATA_ISSUER_RULE,
        evidence: [],
      });
    }
  return { output: out, inCharge, namingSentences };
};

/** Inferred RESPONSIBLE_FOR: a department in charge whose remit keyword occurs in a measure's own scope. */
export const remitResponsibilities = (
  ctx: RuleContext,
  index: MeasureIndex,
  facts: DepartmentFacts,
): RuleOutput => {
  const { model, curated } = ctx;
  const { inCharge } = facts;
  // Sentences that name departments (八（六）) would match remits by their names (市场监管 -> 监管).
  const excluded = facts.namingSentences;
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const scope = new Map<NodeId, number[]>();
  model.sentences.forEach((s, i) => {
    const section = model.sections[s.section];
    const m = section ? index.innermost(section) : undefined;
    if (m) scope.set(m, [...(scope.get(m) ?? []), i]);
  });
  for (const d of curated.departments) {
    if (!inCharge.has(d.id)) continue;
    for (const [measure, sentences] of scope) {
      const keywords: string[] = [];
      const evidence: Evidence[] = [];
      for (const keyword of d.remit) {
        const k = normalizeTerm(keyword);
        for (const i of sentences) {
          const s = model.sentences[i];
          if (!s || excluded.has(i) || !(model.sentenceNorms[i] ?? '').includes(k)) continue;
          if (!keywords.includes(keyword)) keywords.push(keyword);
          if (evidence.length < 3 && !evidence.some((e) => e.start === s.start))
            evidence.push(sentenceEvidence(model, i));
        }
      }
      if (keywords.length > 0)
        out.edges.push({
          type: 'RESPONSIBLE_FOR',
          source: d.id,
          target: measure,
          basis: 'inferred',
          rule: remitRule(d.id, keywords),
          evidence,
        });
    }
  }
  return out;
};

/** SUCCEEDED_BY from the registry (2018 State Council reform); no plan text states it. */
export const successions = (departments: readonly DepartmentEntry[]): RuleOutput => ({
  nodes: [],
  mentions: [],
  edges: departments.flatMap((d) =>
    d.successor
      ? [
          {
            type: 'SUCCEEDED_BY' as const,
            source: d.id,
            target: d.successor,
            basis: 'inferred' as const,
            rule: SUCCESSION_RULE,
            evidence: [],
          },
        ]
      : [],
  ),
});
