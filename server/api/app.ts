// createApp: the Express 5 app of the HTTP API (docs/design.md "HTTP API", docs/api.md), composed from its
// guards, routes and one error boundary. server/cli/start.ts binds it; tests bind it on port 0.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { API_PREFIX, ROUTE_PATHS } from '../../core/contract/route-paths';
import { NotFoundError } from '../../core/errors';
import type { ApiContext } from './context';
import { createCurrentGraphCache } from './db/current-graph-cache';
import { createReadRunner } from './db/read-runner';
import { warmUp } from './db/warm-up';
import { errorBoundary } from './http/error-boundary';
import { corsGuard, rateLimitGuard, urlLengthGuard } from './http/guards';
import { hostGuard } from './http/host-guard';
import { jsonDepthGuard } from './http/json-depth';
import { hstsWhenSecure, securityHeaders } from './http/security-headers';
import { staticClient } from './http/static-client';
import { openApiDocument } from './openapi';
import { resolveAppOptions, type AppOptions } from './options';
import { bottleneckRoutes } from './routes/bottlenecks';
import { cypherConsoleRoutes } from './routes/cypher-console';
import { healthRoutes } from './routes/health';
import { nodeRoutes } from './routes/nodes';
import { overviewRoutes } from './routes/overview';
import { pathRoutes } from './routes/paths';
import { planUploadRoutes } from './routes/plan-upload';
import { planRoutes } from './routes/plans';
import { responsibilityRoutes } from './routes/responsibilities';
import { searchRoutes } from './routes/search';
import { supplyChainRoutes } from './routes/supply-chain';

export type { AppOptions, Logger, RateLimitOptions } from './options';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function createApp(appOptions: AppOptions): Express {
  const options = resolveAppOptions(appOptions, REPO_ROOT);
  const runner = createReadRunner({
    driver: options.driver,
    database: options.database,
    timeoutMs: options.queryTimeoutMs,
  });
  const ctx: ApiContext = {
    runner,
    currentGraph: createCurrentGraphCache(runner, options.graphPointerTtlMs),
    options,
    bootId: randomBytes(4).toString('hex'),
  };

  const app = express();
  app.disable('x-powered-by');
  // Graph answers carry their own ETag (the graph version); Express's body hash would cost a pass.
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy);
  // Express 5's default "simple" parser: repeated keys become arrays, which the schemas refuse.
  app.set('query parser', 'simple');

  app.use(hostGuard(options.allowedHosts));
  app.use(urlLengthGuard(options.maxUrlLength));
  app.use(securityHeaders());
  app.use(hstsWhenSecure());
  if (options.corsOrigins.length > 0) app.use(API_PREFIX, corsGuard(options.corsOrigins));
  if (options.rateLimit !== false) app.use(API_PREFIX, rateLimitGuard(options.rateLimit));
  app.use(API_PREFIX, express.json({ limit: options.maxBodySize, strict: true }));
  app.use(API_PREFIX, jsonDepthGuard());

  const openApi = openApiDocument();
  app.get(ROUTE_PATHS.openApi.path, (_req, res) => {
    res.json(openApi);
  });
  for (const routes of [
    healthRoutes,
    searchRoutes,
    nodeRoutes,
    supplyChainRoutes,
    pathRoutes,
    bottleneckRoutes,
    overviewRoutes,
    responsibilityRoutes,
    planRoutes,
    planUploadRoutes,
    cypherConsoleRoutes,
  ]) {
    app.use(routes(ctx));
  }
  app.use(API_PREFIX, (req) => {
    throw new NotFoundError(
      `api: no endpoint ${req.method} ${req.baseUrl}${req.path.slice(0, 100)}; see ${ROUTE_PATHS.openApi.path}`,
    );
  });
  if (options.clientDir) app.use(staticClient(options.clientDir));
  app.use(errorBoundary(options.logger));
  if (options.warmUp) void warmUp(runner, ctx.currentGraph);
  return app;
}
