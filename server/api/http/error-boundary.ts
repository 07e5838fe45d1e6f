// The one HTTP error boundary: typed errors (core/errors.ts) become their status and code;
// body-parser's failures (and a corrupt gzip body) become 400/413; anything else is logged and
// becomes a 500, which tests treat as a bug.
import type { ErrorRequestHandler } from 'express';
import { AtlasError, ERROR_STATUS, RateLimitedError } from '../../../core/errors';
import type { Logger } from '../options';
import { sendError } from './send-error';

/** Errors thrown by Express's body parser carry `type` and `status`. */
interface ParserError {
  type: string;
  status: number;
}
const isParserError = (e: unknown): e is ParserError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as ParserError).type === 'string' &&
  typeof (e as ParserError).status === 'number';

/** zlib's errors on a corrupt gzip/deflate body (Z_DATA_ERROR, Z_BUF_ERROR): body-parser passes them on untyped. */
const isZlibError = (e: unknown): boolean =>
  e instanceof Error && ((e as NodeJS.ErrnoException).code ?? '').startsWith('Z_');

export function errorBoundary(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err instanceof AtlasError) {
      if (err.code === 'unavailable') res.setHeader('Retry-After', '5');
      if (err instanceof RateLimitedError) res.setHeader('Retry-After', String(err.retryAfterS));
      sendError(res, ERROR_STATUS[err.code], err.code, err.message);
      return;
    }
    if (isParserError(err)) {
      if (err.type === 'entity.too.large')
        return sendError(res, ERROR_STATUS.too_large, 'too_large', 'api: the request body is too large');
      if (err.type === 'entity.parse.failed')
        return sendError(
          res,
          ERROR_STATUS.invalid_input,
          'invalid_input',
          'api: the request body is not valid JSON',
        );
      if (err.status >= 400 && err.status < 500)
        return sendError(res, err.status, 'invalid_input', `api: the request body was refused (${err.type})`);
    }
    if (isZlibError(err))
      return sendError(
        res,
        ERROR_STATUS.invalid_input,
        'invalid_input',
        'api: the request body is not valid for its Content-Encoding; send it compressed whole or uncompressed',
      );
    logger.error(`api: unexpected error on ${req.method} ${req.originalUrl.slice(0, 200)}`, err);
    sendError(
      res,
      ERROR_STATUS.internal,
      'internal',
      'api: an unexpected error occurred; it has been logged',
    );
  };
}
