// callRoute: the request each route's call sends (method, URL, body) and what a failure throws.
import { describe, expect, it } from 'vitest';
import { ApiError, type HttpOptions } from '../../../../client/src/api/http';
import { callRoute } from '../../../../client/src/api/route-call';

interface Sent {
  url: string;
  method: string;
  body: unknown;
  type: string | null;
}

/** HttpOptions whose fetch records each request and answers `status` with `answer`. */
const recording = (status = 200, answer: unknown = {}) => {
  const sent: Sent[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    sent.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      body: init?.body,
      type: new Headers(init?.headers).get('content-type'),
    });
    return Promise.resolve(new Response(JSON.stringify(answer), { status }));
  };
  const http: HttpOptions = { baseUrl: './api', timeoutMs: 1000, fetchImpl };
  return { http, sent };
};

describe('callRoute', () => {
  it('fills path parameters from the route table, URI-encoded, under the base URL', async () => {
    const { http, sent } = recording();
    await callRoute(http, 'node', { params: { id: 'equipment:ecmo' } });
    expect(sent).toEqual([
      { url: './api/nodes/equipment%3Aecmo', method: 'GET', body: undefined, type: null },
    ]);
  });

  it('sends lists comma-separated and leaves out empty values', async () => {
    const { http, sent } = recording();
    await callRoute(http, 'neighbors', {
      params: { id: 'equipment:ecmo' },
      query: { types: ['USED_IN', 'PART_OF'], direction: undefined, limit: 5 },
    });
    await callRoute(http, 'paths', { query: { from: 'a:b', to: 'c:d', types: [] } });
    expect(sent.map((s) => s.url)).toEqual([
      './api/nodes/equipment%3Aecmo/neighbors?types=USED_IN%2CPART_OF&limit=5',
      './api/paths?from=a%3Ab&to=c%3Ad',
    ]);
  });

  it("posts with the route's method: JSON for objects, octet-stream for bytes", async () => {
    const { http, sent } = recording();
    await callRoute(http, 'cypher', { body: { query: 'RETURN 1' } });
    await callRoute(http, 'planUpload', { query: { id: 'x-2024', title: 'X' }, body: new Uint8Array([1]) });
    expect(sent.map(({ url, method, type }) => ({ url, method, type }))).toEqual([
      { url: './api/cypher', method: 'POST', type: 'application/json' },
      { url: './api/plans?id=x-2024&title=X', method: 'POST', type: 'application/octet-stream' },
    ]);
    expect(sent[0]?.body).toBe('{"query":"RETURN 1"}');
  });

  it("throws an ApiError with the answer's status and code", async () => {
    const { http } = recording(404, { error: { code: 'not_found', message: 'api: no node x:y' } });
    const failure = callRoute(http, 'node', { params: { id: 'x:y' } });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('throws a bad_answer ApiError for an error status without an error body', async () => {
    const { http } = recording(502, '<html>Bad Gateway</html>');
    const failure = callRoute(http, 'health');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 502, code: 'bad_answer', unreachable: true });
  });

  it('throws an unreachable ApiError when the request cannot be sent', async () => {
    const http: HttpOptions = {
      baseUrl: './api',
      timeoutMs: 1000,
      fetchImpl: () => Promise.reject(new TypeError('fetch failed')),
    };
    const failure = callRoute(http, 'health');
    await expect(failure).rejects.toMatchObject({ status: 0, unreachable: true });
  });
});
