// Terms the user rejected from a preview of a plan (`rejected.json` in the plan store): a rejected
// discovered term is kept out of the graph in every plan and not proposed again. Curated entities
// (seeds or the user lexicon) are never removed this way. Pure.
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors';
import type { GraphFile } from '../../core/model/interchange';
import type { ExtractResult } from '../extract/extract';

export const REJECTED_FILE = 'rejected.json';

export const rejectedTermSchema = z.strictObject({
  id: z.string().regex(/^(domain|equipment|component|material|technology):[a-z0-9][a-z0-9.+-]*$/),
  label: z.string().min(1).max(40),
  name: z.string().min(1).max(100),
  /** The plan whose preview it was rejected in. */
  plan: z.string().min(1).max(100),
  rejectedAt: z.string().max(40),
});
export type RejectedTerm = z.infer<typeof rejectedTermSchema>;

export const parseRejectedFile = (raw: unknown): RejectedTerm[] => {
  const r = z.array(rejectedTermSchema).max(10_000).safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InvalidInputError(
      `plans: ${REJECTED_FILE} is invalid at ${issue?.path.join('.') || '?'}: ${issue?.message ?? ''}`,
    );
  }
  return r.data;
};

/**
 * The graph without the rejected terms that the extractor discovered (and without the edges that
 * touch them); the report no longer lists them. A rejected id that is curated stays.
 */
export const withoutRejected = (result: ExtractResult, rejected: readonly RejectedTerm[]): ExtractResult => {
  if (rejected.length === 0) return result;
  const ids = new Set(rejected.map((r) => r.id));
  const drop = new Set(
    result.graph.nodes.filter((n) => ids.has(n.id) && n.discovered === true).map((n) => n.id as string),
  );
  if (drop.size === 0) return result;
  const graph: GraphFile = {
    ...result.graph,
    nodes: result.graph.nodes.filter((n) => !drop.has(n.id)),
    edges: result.graph.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)),
  };
  const keep = <T extends { id: string }>(terms: readonly T[]): T[] => terms.filter((t) => !drop.has(t.id));
  return {
    ...result,
    graph,
    report: { ...result.report, discovered: keep(result.report.discovered) },
  };
};
