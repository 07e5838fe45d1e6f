// The shape of every graph-reading route: validate the request, read the current version pointer,
// answer 304 when the client's ETag names this version, else compute the body and tag it (a 404
// under a cached pointer asks for the pointer once more, see below).
import type { Request, RequestHandler } from 'express';
import { NotFoundError, UnavailableError } from '../../../core/errors';
import type { ApiContext } from '../context';
import type { CurrentGraph } from '../../load/types';
import { VersionGoneError } from '../../../core/query/rows';

/** The ETag of every graph answer: the loaded version plus the process, so a new load or a new server revalidates. */
export const graphEtag = (version: string, bootId: string): string => `W/"${version}.${bootId}"`;

/** True when an If-None-Match header lists the ETag (or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

function loaded(graph: CurrentGraph | null): CurrentGraph {
  if (graph === null)
    throw new UnavailableError(
      'api: no graph is loaded yet; run `npm run load` (or `npm start`, which loads the plans)',
    );
  return graph;
}

export function graphHandler<P>(
  ctx: ApiContext,
  parse: (req: Request) => P,
  produce: (input: P, graph: CurrentGraph) => Promise<unknown>,
): RequestHandler {
  return async (req, res) => {
    const input = parse(req);
    let graph = loaded(await ctx.currentGraph.get());
    const etagOf = (g: CurrentGraph) => graphEtag(g.version, ctx.bootId);
    if (etagMatches(req.headers['if-none-match'], etagOf(graph))) {
      res.setHeader('ETag', etagOf(graph));
      res.status(304).end();
      return;
    }
    let body: unknown;
    try {
      body = await produce(input, graph);
    } catch (e) {
      // Not found under a cached version may mean a load switched versions since and is deleting
      // this one: ask for the pointer once more and answer from the new version if there is one.
      if (!(e instanceof NotFoundError)) throw e;
      const fresh = loaded(await ctx.currentGraph.refresh(graph.version));
      if (fresh.version === graph.version) {
        if (e instanceof VersionGoneError) throw new UnavailableError(e.message, { cause: e });
        throw e;
      }
      graph = fresh;
      body = await produce(input, graph);
    }
    const etag = etagOf(graph);
    // Tagged only once the answer exists: an error (an unknown id) must not look cacheable.
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Graph-Version', graph.version);
    res.json(body);
  };
}
