// Refuses JSON bodies nested deeper than a limit before they reach a route or the Neo4j driver: a
// deeply nested console parameter overflows the stack of Neo4j's Bolt reader, which then drops the
// connection (the driver calls that "unreachable").
import type { RequestHandler } from 'express';
import { InvalidInputError } from '../../../core/errors';

/** Arrays and objects inside one another; `{ "a": [1] }` is 2 deep, a scalar 0. */
export const MAX_JSON_DEPTH = 32;

/**
 * The nesting depth of a parsed JSON value, walked with an explicit stack (a recursive walk would
 * itself overflow on the bodies it exists to refuse); stops as soon as `limit` is passed.
 * @example jsonDepth({ a: [1, { b: 2 }] }) === 3
 */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>))
      if (typeof child === 'object' && child !== null) stack.push([child, here]);
  }
  return deepest;
}

/** 400 for a parsed body nested deeper than `maxDepth`. */
export function jsonDepthGuard(maxDepth: number = MAX_JSON_DEPTH): RequestHandler {
  return (req, _res, next) => {
    const body: unknown = req.body;
    if (jsonDepth(body, maxDepth) > maxDepth)
      throw new InvalidInputError(
        `api: the request body is nested more than ${maxDepth} levels deep; flatten the parameters`,
      );
    next();
  };
}
