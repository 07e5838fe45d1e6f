// The error family and the one list of codes: every class has its name and a listed code, and the
// wire schema's codes are that list.
import { describe, expect, it } from 'vitest';
import { errorResponseSchema } from '../../../core/contract';
import {
  AtlasError,
  ConflictError,
  ERROR_CODES,
  ERROR_STATUS,
  ForbiddenError,
  InvalidInputError,
  MisdirectedError,
  NotFoundError,
  RateLimitedError,
  TooLargeError,
  UnavailableError,
  UriTooLongError,
} from '../../../core/errors';

const FAMILY = [
  [new InvalidInputError('m', { path: 'q' }), InvalidInputError, 'invalid_input'],
  [new NotFoundError('m'), NotFoundError, 'not_found'],
  [new ConflictError('m'), ConflictError, 'conflict'],
  [new UnavailableError('m'), UnavailableError, 'unavailable'],
  [new ForbiddenError('m'), ForbiddenError, 'forbidden'],
  [new TooLargeError('m'), TooLargeError, 'too_large'],
  [new UriTooLongError('m'), UriTooLongError, 'uri_too_long'],
  [new MisdirectedError('m'), MisdirectedError, 'misdirected'],
  [new RateLimitedError('m', 3), RateLimitedError, 'rate_limited'],
] as const;

describe('the error family', () => {
  it.each(FAMILY)('%o is an AtlasError named after its class, with its code', (error, cls, code) => {
    expect(error).toBeInstanceOf(AtlasError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(cls.name);
    expect(error.code).toBe(code);
  });

  it('gives every code but internal (a bug, never thrown on purpose) a class', () => {
    const coded = new Set<string>(FAMILY.map(([, , code]) => code));
    expect(ERROR_CODES.filter((c) => !coded.has(c))).toEqual(['internal']);
  });

  it('keeps the cause and the place of bad input', () => {
    const cause = new Error('inner');
    const e = new InvalidInputError('m', { cause, path: 'edges[3].target' });
    expect(e.cause).toBe(cause);
    expect(e.path).toBe('edges[3].target');
  });
});

describe('ERROR_STATUS', () => {
  it('maps each code to a client or server error status', () => {
    for (const code of ERROR_CODES) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(ERROR_STATUS.internal).toBe(500);
    expect(ERROR_STATUS.not_found).toBe(404);
  });

  it('is the list the wire schema accepts, and nothing else', () => {
    for (const code of ERROR_CODES)
      expect(errorResponseSchema.safeParse({ error: { code, message: '' } }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ error: { code: 'http_500', message: '' } }).success).toBe(false);
  });
});
