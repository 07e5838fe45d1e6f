// GET /api/search: entities by Chinese, English, alias or pinyin.
import { z } from 'zod';
import { NODE_LABELS } from '../model/graph-model';
import { nodeSummarySchema } from './graph';
import { intParam, listParam, textParam } from './fields';
import { LIMITS } from './limits';

export const searchQuerySchema = z.object({
  q: textParam(LIMITS.searchText.maxLength),
  labels: listParam(NODE_LABELS),
  limit: intParam(1, LIMITS.search.default, LIMITS.search.max),
});

export const searchResultSchema = nodeSummarySchema.extend({
  score: z.number(),
  /** Which rank the hit earned: exact > prefix > head (a name that ends with the query: 压力传感器 for 传感器) > fuzzy. */
  match: z.enum(['exact', 'prefix', 'head', 'fuzzy']),
});

export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });

export type SearchQuery = z.input<typeof searchQuerySchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
