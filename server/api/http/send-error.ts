// The one shape of every error answer: `{ "error": { "code", "message" } }` (docs/design.md "Conventions").
import type { Response } from 'express';
import type { ErrorResponse } from '../../../core/contract';

export function sendError(
  res: Response,
  status: number,
  code: ErrorResponse['error']['code'],
  message: string,
): void {
  const body: ErrorResponse = { error: { code, message } };
  res.status(status).json(body);
}
