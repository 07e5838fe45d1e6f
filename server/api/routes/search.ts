// GET /api/search: full-text candidates from both indexes, kept and ranked by core/query/search-hits.
import { Router } from 'express';
import { InvalidInputError } from '../../../core/errors';
import { searchQuerySchema, type SearchResponse } from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { luceneQueries } from '../search/lucene-query';
import { searchText } from '../../../core/query/simplified-query';
import { searchAnswer, type SearchRow } from '../../../core/query/search-hits';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

/** Index hits read per candidate kept (cypher/queries/search.cypher: a bound on the work only). */
export const SCAN_FACTOR = 20;

/**
 * Candidates taken from each index: every node the query's terms reach, up to this bound on the
 * work of a huge graph. The ranking is not the index's score, so a cut by score dropped hits the
 * offline snapshot, which ranks every node, keeps (医疗装备 reaches 117 nodes of the seeds' graph:
 * the first 50 by score missed prefix and head matches).
 */
export const SEARCH_CANDIDATES = 1000;

export function searchRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get(
    ROUTE_PATHS.search.path,
    graphHandler(
      ctx,
      (req) => {
        const query = parseRequest(searchQuerySchema, req.query, 'query parameter');
        const text = searchText(query.q);
        if (text.compact === '')
          throw new InvalidInputError('api: query parameter q: type at least one character to search for', {
            path: 'q',
          });
        return { ...query, text };
      },
      async ({ text, labels, limit }, graph): Promise<SearchResponse> => {
        const lucene = luceneQueries(text);
        // Candidates are counted after the version and label filters (inside the query).
        const candidates = SEARCH_CANDIDATES;
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
