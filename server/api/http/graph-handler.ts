// The shape of every graph-reading route: validate the request, read the current version pointer,
// answer 304 when the client's ETag names this version, else compute the body and tag it.
import type { Request, RequestHandler } from 'express';
import { UnavailableError } from '../../model/errors';
import type { ApiContext } from '../context';
import type { CurrentGraph } from '../db/current-graph-cache';

/** The ETag of every graph answer: the loaded version plus the process, so a new load or a new server revalidates. */
export const graphEtag = (version: string, bootId: string): string => `W/"${version}.${bootId}"`;

/** True when an If-None-Match header lists the ETag (or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

export function graphHandler<P>(
  ctx: ApiContext,
  parse: (req: Request) => P,
  produce: (input: P, graph: CurrentGraph) => Promise<unknown>,
): RequestHandler {
  return async (req, res) => {
    const input = parse(req);
    const graph = await ctx.currentGraph.get();
    if (graph === null)
      throw new UnavailableError(
        'api: no graph is loaded yet; run `npm run load` (or `npm start`, which loads the plans)',
      );
    const etag = graphEtag(graph.version, ctx.bootId);
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.setHeader('ETag', etag);
      res.status(304).end();
      return;
    }
    const body = await produce(input, graph);
    // Tagged only once the answer exists: an error (an unknown id) must not look cacheable.
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Graph-Version', graph.version);
    res.json(body);
  };
}
