// The one shape of every error answer: `{ "error": { "code", "message" } }` (docs/design.md "Conventions").
import type { Response } from 'express';
import type { ErrorResponse } from '../../../core/contract';
import type { ErrorCode } from '../../../core/errors';

/** Only the error boundary calls this: everything else throws a typed error (core/errors.ts). */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  const body: ErrorResponse = { error: { code, message } };
  res.status(status).json(body);
}
