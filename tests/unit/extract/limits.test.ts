// A sentence repeated a thousand times gives bounded mentions and evidence, and the report counts the rest.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import {
  MAX_EVIDENCE_PER_EDGE_PER_PLAN,
  MAX_MENTIONS_PER_NODE_PER_PLAN,
  formatCapped,
} from '../../../server/extract/limits';
import { asPlanId } from '../../../core/model/ids';
import { curated, seedResult } from './seed-data';

const SENTENCE = '攻关有创呼吸机用比例阀；';
const text = `一、重点任务\n（一）攻关关键零部件。\n${SENTENCE.repeat(1000)}\n`;
const meta = { id: asPlanId('rep-2024'), title: 'X', titleEn: 'X', file: 'x.txt', year: 2024 };

describe('mention and evidence caps', () => {
  const result = extractGraph([{ meta, text }], curated());

  it(`keeps at most ${MAX_MENTIONS_PER_NODE_PER_PLAN} mentions of 比例阀 from 1000 repeats of ${SENTENCE}`, () => {
    const valve = result.graph.nodes.find((n) => n.id === 'component:proportional-valve');
    expect(valve?.mentions).toHaveLength(MAX_MENTIONS_PER_NODE_PER_PLAN);
    // The first ones in text order are kept.
    expect(valve?.mentions[0]?.start).toBe(text.indexOf('比例阀'));
  });

  it(`keeps at most ${MAX_EVIDENCE_PER_EDGE_PER_PLAN} passages per edge and plan`, () => {
    const longest = Math.max(...result.graph.edges.map((e) => e.evidence.length));
    expect(longest).toBe(MAX_EVIDENCE_PER_EDGE_PER_PLAN);
  });

  it('counts what was left out, for the report', () => {
    expect(result.capped).toContainEqual({
      kind: 'mentions',
      of: 'component:proportional-valve',
      plan: 'rep-2024',
      total: 1000,
      kept: MAX_MENTIONS_PER_NODE_PER_PLAN,
    });
    expect(formatCapped(result.capped)).toMatch(
      /mentions {2}component:proportional-valve in rep-2024: 50 of 1000 kept/,
    );
  });

  it('caps nothing in the seed plans', () => {
    expect(seedResult().capped).toEqual([]);
    expect(formatCapped(seedResult().capped)).toBe('');
  });
});
