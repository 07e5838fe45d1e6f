// The body of every error answer: `{ "error": { "code", "message" } }` (docs/api.md "Errors").
import { z } from 'zod';

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid_input',
      'not_found',
      'conflict',
      'unavailable',
      'forbidden',
      'too_large',
      'uri_too_long',
      'rate_limited',
      'misdirected',
      'internal',
    ]),
    message: z.string(),
  }),
});

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
