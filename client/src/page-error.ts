// The page's error family: what the page throws on purpose is a PageError with `name` set and a `code`
// from one list, so handlers and tests check the class or the code, never the wording.
import { ERROR_CODES, type ErrorCode } from '../../core/errors';

/**
 * The API's codes (core/errors.ts) and the page's own: `unreachable` (no answer at all), `bad_answer`
 * (an error status without an error body), `restore_incomplete`, `tour_invalid`.
 */
export type PageErrorCode = ErrorCode | 'unreachable' | 'bad_answer' | 'restore_incomplete' | 'tour_invalid';

/** True for a code the API sends (`{ "error": { "code" } }`). */
export const isApiErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

export class PageError extends Error {
  constructor(
    readonly code: PageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PageError';
  }
}
