// The one list of error codes, each with the HTTP status it answers with, and the typed error family
// thrown by server, loader, extractor and the pure queries. Tests assert the class or `code`, never
// the wording; one HTTP boundary (server/api/http/error-boundary.ts) maps `code` to the status.

/** Every code an error answer may carry (`{ "error": { "code", "message" } }`) and its status. */
export const ERROR_STATUS = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  uri_too_long: 414,
  misdirected: 421,
  rate_limited: 429,
  /** A bug: logged by the boundary; no class, since nothing throws it on purpose. */
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

interface ErrorOptions {
  cause?: unknown;
}

/** The base of the family: `code` says what kind of failure it is, `message` what to do about it. */
export class AtlasError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AtlasError';
  }
}

/** Bad input from a user: a parameter, a file, a command-line flag. */
export class InvalidInputError extends AtlasError {
  constructor(message: string, options?: ErrorOptions & { path?: string }) {
    super('invalid_input', message, options);
    this.name = 'InvalidInputError';
    this.path = options?.path;
  }
  /** Where in the input the problem is (`q`, `edges[3].target`), when it is one place. */
  readonly path: string | undefined;
}

export class NotFoundError extends AtlasError {
  constructor(message: string, options?: ErrorOptions) {
    super('not_found', message, options);
    this.name = 'NotFoundError';
  }
}

/** Another operation holds what this one needs (e.g. a load already running). */
export class ConflictError extends AtlasError {
  constructor(message: string, options?: ErrorOptions) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}

/** A dependency (Neo4j, Java, Maven) cannot be reached or started. */
export class UnavailableError extends AtlasError {
  constructor(message: string, options?: ErrorOptions) {
    super('unavailable', message, options);
    this.name = 'UnavailableError';
  }
}

export class ForbiddenError extends AtlasError {
  constructor(message: string, options?: ErrorOptions) {
    super('forbidden', message, options);
    this.name = 'ForbiddenError';
  }
}

/** A request body or file over its size limit. */
export class TooLargeError extends AtlasError {
  constructor(message: string, options?: ErrorOptions) {
    super('too_large', message, options);
    this.name = 'TooLargeError';
  }
}

export class UriTooLongError extends AtlasError {
  constructor(message: string, options?: ErrorOptions) {
    super('uri_too_long', message, options);
    this.name = 'UriTooLongError';
  }
}

/** A request for a host name this server does not answer for (DNS rebinding). */
export class MisdirectedError extends AtlasError {
  constructor(message: string, options?: ErrorOptions) {
    super('misdirected', message, options);
    this.name = 'MisdirectedError';
  }
}

/** Too many requests from one client; `retryAfterS` is when the next one is allowed. */
export class RateLimitedError extends AtlasError {
  constructor(
    message: string,
    readonly retryAfterS: number,
    options?: ErrorOptions,
  ) {
    super('rate_limited', message, options);
    this.name = 'RateLimitedError';
  }
}
