// The source viewer's answer for one plan (GET /api/plans/:id/text): the text, its sections (parsed
// by the extractor's section parser, on the server per request, for a snapshot when it is built) and
// every entity mention span, from the rows of cypher/queries/plan-mentions.cypher. Pure.
import type { PlanSummary, PlanTextResponse } from '../contract';
import type { NodeId } from '../model/ids';
import { byCodePoint, modelLabel } from './rows';

export interface MentionRow {
  id: string;
  labels: string[];
  mentionsJson: string | null;
  [key: string]: unknown;
}

interface StoredMention {
  plan: string;
  section: string;
  start: number;
  end: number;
}

export function planTextAnswer(
  plan: PlanSummary,
  text: string,
  sections: PlanTextResponse['sections'],
  rows: readonly MentionRow[],
): PlanTextResponse {
  const mentions = rows
    .flatMap((row) => {
      const label = modelLabel(row.labels);
      const stored = row.mentionsJson ? (JSON.parse(row.mentionsJson) as StoredMention[]) : [];
      return stored
        .filter((m) => m.plan === plan.id && m.end > m.start && m.end <= text.length)
        .map((m) => ({ node: row.id as NodeId, label, start: m.start, end: m.end, section: m.section }));
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || byCodePoint(a.node, b.node));
  return { plan, text, sections, mentions };
}
