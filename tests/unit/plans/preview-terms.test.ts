// The preview's terms and decisions, and rejected terms leaving an extraction: pure, on small
// hand-made findings and graphs.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../core/errors';
import { asPlanId } from '../../../core/model/ids';
import type { GraphFile } from '../../../core/model/interchange';
import type { ExtractResult } from '../../../server/extract/extract';
import type { TermEntry } from '../../../server/extract/terms/term-report';
import type { PlanFindings } from '../../../server/plans/plan-summary';
import type { PlanRecord } from '../../../server/plans/plan-record';
import {
  decisionEntries,
  decisionsOf,
  previewTerms,
  recordDecisions,
  type Decisions,
} from '../../../server/plans/preview-terms';
import { withoutRejected } from '../../../server/plans/rejected-terms';

const PLAN = asPlanId('forum-2022');
const TEXT = '产品技术水平进步很快，骨科手术机器人、聚焦超声治疗系统等产品已达国际先进水平。';
const SENTENCE = TEXT.slice(11);

const term = (id: string, name: string, label = 'Equipment'): TermEntry => {
  const start = TEXT.indexOf(name);
  return {
    id,
    label,
    name,
    confidence: 0.75,
    foundBy: 'list:class',
    plans: [PLAN],
    mentions: [{ plan: PLAN, start, end: start + name.length, section: '', sentence: SENTENCE }],
    probableDuplicates: [],
  };
};
const robot = term('equipment:gukeshoushujiqiren', '骨科手术机器人');
const hifu = term('equipment:jujiaochaoshengzhiliaoxitong', '聚焦超声治疗系统');
const findings: PlanFindings = {
  counts: { nodes: 3, mentions: 2, edges: 0 },
  byLabel: { Equipment: 2 },
  discovered: [robot, hifu],
  candidates: 0,
  departments: [],
  issuers: [],
  forwarders: [],
};
const record = { id: PLAN } as PlanRecord;

describe('previewTerms', () => {
  it('quotes each term exactly where the text has it, with its sentence', () => {
    const [a] = previewTerms(findings, PLAN, TEXT, new Map());
    expect(a?.quote).toBe('骨科手术机器人');
    expect(TEXT.slice(a?.start, a?.end)).toBe(a?.quote);
    expect(a?.sentence).toBe(SENTENCE);
    expect(a?.decision).toBeNull();
  });
});

describe('recordDecisions', () => {
  it('records accept and reject, and null withdraws', () => {
    const d: Decisions = new Map();
    recordDecisions(d, findings, {
      decisions: [
        { id: robot.id, decision: 'accept', nameEn: 'Orthopaedic surgical robot' },
        { id: hifu.id, decision: 'reject' },
      ],
    });
    expect(decisionsOf(d)).toEqual({ accepted: [robot.id], rejected: [hifu.id] });
    recordDecisions(d, findings, { decisions: [{ id: hifu.id, decision: null }] });
    expect(decisionsOf(d)).toEqual({ accepted: [robot.id], rejected: [] });
  });

  it('refuses a term the preview did not discover and records nothing of that body', () => {
    const d: Decisions = new Map();
    expect(() =>
      recordDecisions(d, findings, {
        decisions: [
          { id: robot.id, decision: 'accept' },
          { id: 'equipment:ecmo', decision: 'reject' },
        ],
      }),
    ).toThrow(InvalidInputError);
    expect(d.size).toBe(0);
  });
});

describe('decisionEntries', () => {
  it('gives lexicon entries (English name defaulting to the name) and rejected-term records', () => {
    const d: Decisions = new Map([
      [robot.id, { decision: 'accept' }],
      [hifu.id, { decision: 'reject' }],
    ]);
    const { accepted, rejected } = decisionEntries({ record, findings, decisions: d }, new Date(0));
    expect(accepted).toEqual([
      { id: robot.id, label: 'Equipment', name: '骨科手术机器人', nameEn: '骨科手术机器人', aliases: [] },
    ]);
    expect(rejected).toEqual([
      {
        id: hifu.id,
        label: 'Equipment',
        name: '聚焦超声治疗系统',
        plan: PLAN,
        rejectedAt: '1970-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('offers the English name composed from the glossary, and takes it when the user gives none', () => {
    const glossed = { ...hifu, nameEn: 'Focused ultrasound therapy system' };
    const withGloss: PlanFindings = { ...findings, discovered: [robot, glossed] };
    expect(previewTerms(withGloss, PLAN, TEXT, new Map())[1]?.nameEn).toBe(
      'Focused ultrasound therapy system',
    );
    expect(previewTerms(withGloss, PLAN, TEXT, new Map())[0]?.nameEn).toBeUndefined();
    const d: Decisions = new Map([
      [robot.id, { decision: 'accept' }],
      [hifu.id, { decision: 'accept' }],
    ]);
    const { accepted } = decisionEntries({ record, findings: withGloss, decisions: d }, new Date(0));
    expect(accepted.map((e) => e.nameEn)).toEqual(['骨科手术机器人', 'Focused ultrasound therapy system']);
    const typed: Decisions = new Map([[hifu.id, { decision: 'accept', nameEn: 'HIFU system' }]]);
    expect(
      decisionEntries({ record, findings: withGloss, decisions: typed }, new Date(0)).accepted[0]?.nameEn,
    ).toBe('HIFU system');
  });
});

describe('withoutRejected', () => {
  const node = (id: string, discovered: boolean) => ({
    id,
    label: 'Equipment' as const,
    name: id,
    nameEn: '',
    aliases: [],
    plans: [PLAN],
    mentions: [],
    ...(discovered ? { discovered: true } : {}),
  });
  const graph = {
    plans: [],
    nodes: [node('equipment:a', true), node('equipment:b', false), node('domain:c', false)],
    edges: [
      { type: 'IN_DOMAIN', source: 'equipment:a', target: 'domain:c', basis: 'stated', evidence: [] },
      { type: 'IN_DOMAIN', source: 'equipment:b', target: 'domain:c', basis: 'stated', evidence: [] },
    ],
  } as unknown as GraphFile;
  const result = { graph, report: { discovered: [{ id: 'equipment:a' }] } } as unknown as ExtractResult;
  const rejected = (id: string) => ({ id, label: 'Equipment', name: id, plan: PLAN, rejectedAt: '' });

  it('drops a rejected discovered node, its edges and its report entry', () => {
    const out = withoutRejected(result, [rejected('equipment:a')]);
    expect(out.graph.nodes.map((n) => n.id)).toEqual(['equipment:b', 'domain:c']);
    expect(out.graph.edges.map((e) => e.source)).toEqual(['equipment:b']);
    expect(out.report.discovered).toEqual([]);
  });

  it('never drops a curated node', () => {
    expect(withoutRejected(result, [rejected('equipment:b')])).toBe(result);
  });
});
