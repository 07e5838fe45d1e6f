// fetch wrapper: JSON in, typed errors out. Network failure and HTTP errors both become an
// ApiError so the page can say what went wrong and offer a retry.

/** What a failed request tells the page: `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export interface HttpOptions {
  baseUrl: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}

const isErrorBody = (b: unknown): b is { error: { code: string; message: string } } =>
  typeof b === 'object' && b !== null && 'error' in b && typeof b.error === 'object';

/** GET a JSON document, aborting after `timeoutMs` or when `signal` fires. */
export const getJson = async <T>(
  options: HttpOptions,
  path: string,
  params: Record<string, string | number | undefined> = {},
  signal?: AbortSignal,
): Promise<T> => {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const url = `${options.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (options.fetchImpl ?? fetch)(url, {
      signal: combined,
      headers: { accept: 'application/json' },
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'unreachable', `api: ${path} could not be reached`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const { code, message } = isErrorBody(body)
      ? body.error
      : { code: `http_${response.status}`, message: `${path} answered ${response.status}` };
    throw new ApiError(response.status, code, message);
  }
  return body as T;
};
