// Starts the API on an ephemeral loopback port against the suite's Neo4j, for real HTTP in tests.
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp, type AppOptions } from '../../../../server/api/app';
import { createHttpServer } from '../../../../server/api/http/create-http-server';

export interface RunningApi {
  baseUrl: string;
  close(): Promise<void>;
}

export interface Logged {
  errors: string[];
}

/** The app with the rate limit off unless asked for, and unexpected errors collected (a 500 is a bug). */
export async function startApi(
  driver: Driver,
  database: string,
  options: Partial<AppOptions> = {},
  logged: Logged = { errors: [] },
): Promise<RunningApi> {
  const app = createApp({
    driver,
    database,
    cypherConsole: true,
    rateLimit: false,
    logger: { info: () => undefined, error: (m, e) => logged.errors.push(`${m} ${String(e)}`) },
    ...options,
  });
  // The server the CLI binds with (its head limit lets long URLs reach the app's 414).
  const server = createHttpServer(app).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** GET (or POST with a JSON body) and the parsed answer. */
export async function call(
  baseUrl: string,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const res = await fetch(baseUrl + path, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    body,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // Not JSON (static files, 304): keep the text.
  }
  return { status: res.status, body: parsed, headers: res.headers };
}
