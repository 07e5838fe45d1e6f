// The page's error family: each class is a PageError with its name and code.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../client/src/api/http';
import { RestoreIncompleteError } from '../../../client/src/app/restore-nodes';
import { isApiErrorCode, PageError } from '../../../client/src/page-error';
import { parseTour, TourInvalidError } from '../../../client/src/tours/tour-schema';

describe('PageError', () => {
  it.each([
    [new ApiError(404, 'not_found', 'm'), ApiError, 'not_found'],
    [new ApiError(0, 'unreachable', 'm'), ApiError, 'unreachable'],
    [new RestoreIncompleteError(['equipment:ecmo']), RestoreIncompleteError, 'restore_incomplete'],
    [new TourInvalidError('m'), TourInvalidError, 'tour_invalid'],
  ] as const)('%o is a PageError named after its class, with its code', (error, cls, code) => {
    expect(error).toBeInstanceOf(PageError);
    expect(error.name).toBe(cls.name);
    expect(error.code).toBe(code);
  });

  it('parseTour throws a TourInvalidError', () => {
    expect(() => parseTour({})).toThrow(TourInvalidError);
  });

  it("tells the API's codes from the page's own", () => {
    expect(isApiErrorCode('rate_limited')).toBe(true);
    expect(isApiErrorCode('unreachable')).toBe(false);
    expect(isApiErrorCode(404)).toBe(false);
  });
});

describe('ApiError', () => {
  it('counts no answer and gateway or outage statuses as unreachable', () => {
    expect(new ApiError(0, 'unreachable', 'm').unreachable).toBe(true);
    expect(new ApiError(503, 'unavailable', 'm').unreachable).toBe(true);
    expect(new ApiError(404, 'not_found', 'm').unreachable).toBe(false);
  });
});
