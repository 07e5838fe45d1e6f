// The typed error family. Tests assert the class or `name`; one HTTP boundary maps `code` to a status.

export type ErrorCode =
  'invalid_input' | 'not_found' | 'conflict' | 'unavailable' | 'forbidden' | 'too_large' | 'rate_limited';

export class AtlasError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AtlasError';
  }
}

/** Bad input from a user: a parameter, a file, a command-line flag. */
export class InvalidInputError extends AtlasError {
  constructor(message: string, options?: { cause?: unknown; path?: string }) {
    super('invalid_input', message, options);
    this.name = 'InvalidInputError';
    this.path = options?.path;
  }
  readonly path: string | undefined;
}

export class NotFoundError extends AtlasError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('not_found', message, options);
    this.name = 'NotFoundError';
  }
}

/** Another operation holds what this one needs (e.g. a load already running). */
export class ConflictError extends AtlasError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}

/** A dependency (Neo4j, Java, Maven) cannot be reached or started. */
export class UnavailableError extends AtlasError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
    this.name = 'UnavailableError';
  }
}

export class ForbiddenError extends AtlasError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('forbidden', message, options);
    this.name = 'ForbiddenError';
  }
}
