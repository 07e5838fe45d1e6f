// GET /api/search: full-text candidates from both indexes, kept and ranked by core/query/search-hits.
import { Router } from 'express';
import { InvalidInputError } from '../../../core/errors';
import { NODE_LABELS } from '../../../core/model/graph-model';
import { searchQuerySchema, type SearchResponse } from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { luceneQueries } from '../search/lucene-query';
import { normaliseSearchText } from '../../../core/query/normalise-search-text';
import { searchAnswer, type SearchRow } from '../../../core/query/search-hits';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

/** Index hits read per candidate kept (cypher/queries/search.cypher: a bound on the work only). */
export const SCAN_FACTOR = 20;

export function searchRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get(
    ROUTE_PATHS.search.path,
    graphHandler(
      ctx,
      (req) => {
        const query = parseRequest(searchQuerySchema, req.query, 'query parameter');
        const text = normaliseSearchText(query.q);
        if (text.compact === '')
          throw new InvalidInputError('api: query parameter q: type at least one character to search for', {
            path: 'q',
          });
        return { ...query, text };
      },
      async ({ text, labels, limit }, graph): Promise<SearchResponse> => {
        const lucene = luceneQueries(text);
        // Candidates are counted after the version and label filters (inside the query).
        const candidates = labels && labels.length < NODE_LABELS.length ? 200 : Math.max(50, limit * 4);
        const rows = await ctx.runner.read<SearchRow>('search', {
          graph: graph.version,
          cjk: lucene.cjk,
          en: lucene.en,
          labels: labels ?? [],
          candidates: cypherInt(candidates),
          scan: cypherInt(candidates * SCAN_FACTOR),
        });
        return searchAnswer(rows, text, limit);
      },
    ),
  );
  return router;
}
