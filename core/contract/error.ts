// The body of every error answer: `{ "error": { "code", "message" } }` (docs/api.md "Errors").
import { z } from 'zod';
import { ERROR_CODES } from '../errors';

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
  }),
});

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
