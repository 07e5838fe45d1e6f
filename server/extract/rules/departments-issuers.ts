// Who issued a plan: ISSUED edges from a notice header (`A B C关于印发《...》的通知`), its document
// number (工信部联规〔2021〕NNN号), a signature block, and sentences such as
// `工业和信息化部联合国家卫生健康委等十部门印发《...》`; issuers the text does not name come from the
// plan's metadata or `--issuer` (inferred). Co-issuing is ISSUED, never RESPONSIBLE_FOR.
import type { NodeId } from '../../model/ids';
import { planNodeId } from '../node-ids';
import { sentenceEvidence, type PlanModel } from '../plan-model';
import type { DepartmentEntry } from '../types';
import type { DepartmentScan, FoundList } from './departments-scan';
import { sentenceNorm } from './departments-scan';
import type { RuleOutput } from './output';

export const ISSUER_RULE = 'text:notice-header';
export const ISSUE_SENTENCE_RULE = 'text:issue-sentence';
export const DOC_NUMBER_RULE = 'text:document-number';
export const METADATA_ISSUER_RULE = 'plan-metadata:issuer';

/** Sentences this close to the top may report the plan's issue (a news item, a notice). */
const OPENING_SENTENCES = 12;
const COUNT = '(?:等?(?:\\d+|[一二两三四五六七八九十]+)?个?(?:部门|部委|单位))?';
/** When news puts a date or a time word between the list and its verb: `等10部门于12月28日联合印发`. */
const WHEN =
  '(?:于|在)?(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|近日|日前|今天|今日|近期|最近|正式|已经|已|再次)';
/** `…等十部门联合印发`, `…近日印发`, `…于12月28日联合发布了`. */
const ISSUE_VERB = new RegExp(`^${COUNT}${WHEN}{0,2}(?:联合|共同)?${WHEN}?(?:印发|发布|出台|颁布|下发|公布)`);
const HEADER = /^关于(?:联合)?(?:印发|发布|下达)?/;
const DOC_NUMBER = /^([\u4e00-\u9fff]+)〔(\d{4})〕(\d+)号$/;

const inFront = (model: PlanModel, sentence: number): boolean => {
  const kind = model.sections[model.sentences[sentence]?.section ?? -1]?.kind;
  return kind === 'front' || kind === 'title' || sentence < OPENING_SENTENCES;
};

/** A signature block: a sentence that is department names and a date, nothing else. */
const isSignature = (model: PlanModel, f: FoundList): boolean => {
  const { text } = sentenceNorm(model, f.sentence);
  const named = f.list.items.reduce((n, i) => n + i.to - i.from, 0);
  return f.list.items.length >= 2 && named >= text.replace(/\d+年\d+月\d+日/, '').length * 0.8;
};

const issuesThePlan = (model: PlanModel, f: FoundList): string | undefined => {
  const { after } = f.list;
  const front = inFront(model, f.sentence);
  if (front && HEADER.test(after)) return ISSUER_RULE;
  if (ISSUE_VERB.test(after) && (front || after.includes(model.plan.title))) return ISSUE_SENTENCE_RULE;
  if (isSignature(model, f) && (front || f.sentence >= model.sentences.length - 6)) return ISSUER_RULE;
  return undefined;
};

export interface IssuerFacts {
  readonly output: RuleOutput;
  readonly issuers: ReadonlySet<NodeId>;
}

export const issuers = (
  model: PlanModel,
  registry: readonly DepartmentEntry[],
  scan: DepartmentScan,
): IssuerFacts => {
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const found = new Set<NodeId>();
  const plan = planNodeId(model.plan.id);
  const issue = (id: NodeId, sentence: number, rule: string, lead: boolean, f?: FoundList): void => {
    found.add(id);
    // `等十部门` says how many issued it: kept for audit, with a flag when a closed list disagrees.
    const count = f?.list.claimed;
    out.edges.push({
      type: 'ISSUED',
      source: id,
      target: plan,
      basis: 'stated',
      rule,
      evidence: [sentenceEvidence(model, sentence)],
      props: {
        role: lead ? 'lead' : 'co-issuer',
        ...(count !== undefined ? { issuerCount: count } : {}),
        ...(f?.list.countMismatch ? { countMismatch: true } : {}),
      },
    });
  };
  for (const f of scan.lists) {
    const rule = issuesThePlan(model, f);
    if (!rule) continue;
    // The first names (those before 联合/会同) lead; a header's first name is its lead issuer.
    const leads = f.list.leadCount < f.list.items.length ? f.list.leadCount : 1;
    f.departments.forEach((d, k) => issue(d.id, f.sentence, rule, k < leads, f));
  }
  // 工信部联规〔2021〕NNN号 on a line of its own near the top: the prefix names the lead issuer.
  model.sentences.forEach((_, i) => {
    if (!inFront(model, i)) return;
    const m = DOC_NUMBER.exec(sentenceNorm(model, i).text);
    const prefix = m?.[1];
    if (!prefix) return;
    const d = registry.find((r) => (r.docPrefixes ?? []).some((p) => prefix.startsWith(p)));
    if (d) issue(d.id, i, DOC_NUMBER_RULE, true);
  });
  // Issuers the text does not name (meq-2021's draft names none): from seeds/plans.json or --issuer.
  for (const id of model.plan.issuers ?? []) {
    if (found.has(id)) continue;
    found.add(id);
    out.edges.push({
      type: 'ISSUED',
      source: id,
      target: plan,
      basis: 'inferred',
      rule: METADATA_ISSUER_RULE,
      evidence: [],
      props: {
        reasonZh: '原文未写明发文部门，取自规划元数据（seeds/plans.json 或 --issuer）',
        reasonEn: 'The text names no issuer; taken from the plan metadata (seeds/plans.json or --issuer)',
      },
    });
  }
  return { output: out, issuers: found };
};
