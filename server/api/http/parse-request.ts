// Validates one part of a request (path parameters, query, body) against its contract schema and
// turns a failure into an InvalidInputError that names the parameter and says why.
import type { z } from 'zod';
import { InvalidInputError } from '../../../core/errors';

export type RequestPart = 'path parameter' | 'query parameter' | 'body field';

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${part} ${issue.path.map(String).join('.')}` : part;
  const message = issue?.message ?? 'invalid';
  throw new InvalidInputError(`api: ${where}: ${message}`, { path: issue?.path.map(String).join('.') });
}
