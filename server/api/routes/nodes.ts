// GET /api/nodes/:id (details, evidence, neighbour counts) and GET /api/nodes/:id/neighbors (by type
// and direction, capped, with the total for "+N more").
import { Router } from 'express';
import { NotFoundError } from '../../../core/errors';
import {
  neighborsQuerySchema,
  nodeParamsSchema,
  type NeighborsResponse,
  type NodeDetailsResponse,
} from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { toApiEdge, toApiNode, uniqueGraph, type EdgeRow, type NodeRow } from '../wire/rows';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

/** Relationships whose evidence node details return; a hub's evidence beyond this is in /neighbors. */
const MAX_EVIDENCE_EDGES = 500;

interface DetailsRow {
  node: NodeRow;
  neighborCounts: NodeDetailsResponse['neighborCounts'];
  evidence: (Omit<EdgeRow, 'basis' | 'rule'> & { evidenceJson: string })[];
  [key: string]: unknown;
}

interface NeighborsRow {
  center: NodeRow;
  total: number;
  items: { node: NodeRow; edge: EdgeRow }[];
  [key: string]: unknown;
}

export const notFound = (id: string) =>
  new NotFoundError(`api: no node ${id} in the loaded graph; search for it with /api/search?q=`);

export function nodeRoutes(ctx: ApiContext): Router {
  const router = Router();

  router.get(
    ROUTE_PATHS.node.path,
    graphHandler(
      ctx,
      (req) => parseRequest(nodeParamsSchema, req.params, 'path parameter'),
      async ({ id }, graph): Promise<NodeDetailsResponse> => {
        const [row] = await ctx.runner.read<DetailsRow>('node-details', {
          graph: graph.version,
          id,
          maxEvidenceEdges: cypherInt(MAX_EVIDENCE_EDGES),
        });
        if (!row) throw notFound(id);
        const evidence = row.evidence.flatMap((e) => {
          const edge = toApiEdge({ ...e, basis: 'stated' });
          return edge.evidence.map((ev) => ({
            ...ev,
            edge: { type: edge.type, source: edge.source, target: edge.target },
          }));
        });
        const neighborCounts = [...row.neighborCounts].sort(
          (a, b) => a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
        );
        return { node: toApiNode(row.node, { mentions: true }), evidence, neighborCounts };
      },
    ),
  );

  router.get(
    ROUTE_PATHS.neighbors.path,
    graphHandler(
      ctx,
      (req) => ({
        ...parseRequest(nodeParamsSchema, req.params, 'path parameter'),
        ...parseRequest(neighborsQuerySchema, req.query, 'query parameter'),
      }),
      async ({ id, types, direction, limit }, graph): Promise<NeighborsResponse> => {
        const [row] = await ctx.runner.read<NeighborsRow>('neighbors', {
          graph: graph.version,
          id,
          types: types ?? [],
          direction,
          limit: cypherInt(limit),
        });
        if (!row) throw notFound(id);
        const center = toApiNode(row.center);
        const { nodes, edges } = uniqueGraph(
          [center, ...row.items.map((i) => toApiNode(i.node))],
          row.items.map((i) => toApiEdge(i.edge)),
        );
        return {
          center: id,
          nodes,
          edges,
          total: row.total,
          returned: row.items.length,
        };
      },
    ),
  );

  return router;
}
