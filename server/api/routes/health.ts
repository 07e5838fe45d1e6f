// GET /api/health: Neo4j reachable and its version, and the loaded graph's
// counts; 503 with the same shape and a reason when Neo4j is away. GET /api/health/ping: one
// `RETURN 1` round trip, the floor the benchmarks compare against.
import { Router } from 'express';
import { AtlasError } from '../../../core/errors';
import type { HealthResponse } from '../../../core/contract';
import type { ApiContext } from '../context';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

export function healthRoutes(ctx: ApiContext): Router {
  const router = Router();

  router.get(ROUTE_PATHS.health.path, async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    let body: HealthResponse;
    try {
      const [versionRow] = await ctx.runner.read<{ version: string }>('neo4j-version');
      const graph = await ctx.currentGraph.get();
      body = {
        status: 'ok',
        neo4j: { connected: true, version: versionRow?.version ?? 'unknown' },
        graph: graph && {
          version: graph.version,
          nodes: graph.nodes,
          edges: graph.edges,
          plans: graph.plans.length,
          loadedAt: graph.loadedAt,
          hash: graph.hash,
        },
      };
      if (graph === null) body.reason = 'no graph is loaded yet; run `npm run load`';
    } catch (e) {
      if (!(e instanceof AtlasError && e.code === 'unavailable')) throw e;
      body = { status: 'unavailable', neo4j: { connected: false }, graph: null, reason: e.message };
      res.setHeader('Retry-After', '5');
      res.status(503).json(body);
      return;
    }
    res.json(body);
  });

  router.get(ROUTE_PATHS.ping.path, async (_req, res) => {
    await ctx.runner.read('ping');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });

  return router;
}
