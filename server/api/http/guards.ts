// Request guards in front of every route: URL length (414), per-client rate limit (429) and CORS
// (off unless origins are configured).
import type { RequestHandler } from 'express';
import { RateLimiter } from './rate-limiter';
import type { RateLimitOptions } from '../options';
import { RateLimitedError, UriTooLongError } from '../../../core/errors';

export function urlLengthGuard(maxLength: number): RequestHandler {
  return (req, _res, next) => {
    if (req.originalUrl.length > maxLength) {
      next(new UriTooLongError(`api: the URL is longer than ${maxLength} characters; shorten the query`));
      return;
    }
    next();
  };
}

export function rateLimitGuard(options: RateLimitOptions, now: () => number = Date.now): RequestHandler {
  const limiter = new RateLimiter(options.max, options.windowMs);
  return (req, res, next) => {
    const decision = limiter.hit(req.ip ?? 'unknown', now());
    res.setHeader('RateLimit-Limit', String(options.max));
    res.setHeader('RateLimit-Remaining', String(decision.remaining));
    if (!decision.allowed) {
      next(
        new RateLimitedError(
          `api: too many requests; try again in ${decision.retryAfterS} s`,
          decision.retryAfterS,
        ),
      );
      return;
    }
    next();
  };
}

/** Answers CORS for the listed origins only; other origins get no CORS headers (the browser blocks). */
export function corsGuard(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin !== undefined && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Expose-Headers', 'ETag');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Content-Type, If-None-Match');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
