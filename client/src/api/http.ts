// fetch wrapper: JSON in, typed errors out. Network failure and HTTP errors both become an
// ApiError so the page can say what went wrong and offer a retry.
import { isApiErrorCode, PageError, type PageErrorCode } from '../page-error';

/** What a failed request tells the page: `status` 0 means the server could not be reached. */
export class ApiError extends PageError {
  constructor(
    readonly status: number,
    code: PageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'ApiError';
  }
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export interface HttpOptions {
  /** The API's root (`./api`): request paths are relative to it. */
  baseUrl: string;
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}

/** A query parameter's value: lists are sent comma-separated, empty values are left out. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface JsonRequest {
  method: 'get' | 'post';
  /** Relative to `HttpOptions.baseUrl`, starting with `/`. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  /** Bytes are sent as application/octet-stream, anything else as JSON. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** The API's error body, `{ "error": { "code", "message" } }`, with a code from the one list. */
const errorOf = (b: unknown): { code: PageErrorCode; message: string } | undefined => {
  if (typeof b !== 'object' || b === null || !('error' in b)) return undefined;
  const e = b.error as { code?: unknown; message?: unknown } | null;
  if (typeof e !== 'object' || e === null || !isApiErrorCode(e.code)) return undefined;
  return { code: e.code, message: typeof e.message === 'string' ? e.message : '' };
};

const queryString = (query: Readonly<Record<string, QueryValue>>): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    const text = Array.isArray(v) ? v.join(',') : v === undefined ? '' : String(v);
    if (text !== '') params.set(k, text);
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
};

const requestBody = (body: unknown): { body?: BodyInit; type?: string } => {
  if (body === undefined) return {};
  if (body instanceof Blob || body instanceof ArrayBuffer || body instanceof Uint8Array)
    return { body: body as BodyInit, type: 'application/octet-stream' };
  return { body: JSON.stringify(body), type: 'application/json' };
};

/** Sends one request and reads its JSON answer, aborting after `timeoutMs` or when `signal` fires. */
export const requestJson = async <T>(options: HttpOptions, request: JsonRequest): Promise<T> => {
  const { path, signal } = request;
  const url = `${options.baseUrl}${path}${queryString(request.query ?? {})}`;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const { body, type } = requestBody(request.body);
  let response: Response;
  try {
    response = await (options.fetchImpl ?? fetch)(url, {
      method: request.method.toUpperCase(),
      signal: combined,
      headers: { accept: 'application/json', ...(type ? { 'content-type': type } : {}) },
      ...(body !== undefined ? { body } : {}),
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'unreachable', `api: ${path} could not be reached`, { cause: err });
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const { code, message } = errorOf(answer) ?? {
      code: 'bad_answer',
      message: `api: ${path} answered ${response.status} without an error body`,
    };
    throw new ApiError(response.status, code, message);
  }
  return answer as T;
};

/** GET a JSON document. Prefer `callRoute`, which takes the path from the route table. */
export const getJson = <T>(
  options: HttpOptions,
  path: string,
  params: Readonly<Record<string, QueryValue>> = {},
  signal?: AbortSignal,
): Promise<T> => requestJson<T>(options, { method: 'get', path, query: params, signal });
