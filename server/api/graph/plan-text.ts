// The source viewer's answer for one plan: the text, its sections (parsed by the extractor's own
// section parser, so paths match the evidence's `section`) and every entity mention span. Pure.
import { parseSections } from '../../extract/structure';
import { modelLabel, type NodeRow } from '../wire/rows';
import type { NodeId } from '../../../core/model/ids';
import type { PlanSummary, PlanTextResponse } from '../../../core/contract';

interface MentionRow {
  id: string;
  labels: string[];
  mentionsJson: string | null;
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
  rows: readonly MentionRow[],
): PlanTextResponse {
  const sections = parseSections(text)
    .filter((s) => s.kind !== 'front')
    .map((s) => ({ path: s.path, title: s.label, level: s.level, start: s.start, end: s.end }));
  const mentions = rows
    .flatMap((row) => {
      const label = modelLabel(row.labels);
      const stored = row.mentionsJson ? (JSON.parse(row.mentionsJson) as StoredMention[]) : [];
      return stored
        .filter((m) => m.plan === plan.id && m.end > m.start && m.end <= text.length)
        .map((m) => ({ node: row.id as NodeId, label, start: m.start, end: m.end, section: m.section }));
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { plan, text, sections, mentions };
}

export type { MentionRow, NodeRow };
