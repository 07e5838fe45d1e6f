// The OpenAPI 3.1 document of /api/openapi.json, generated from the contract's route table and
// schemas, never written by hand; its error answers come from the one list of codes (core/errors.ts).
import { z } from 'zod';
import { ROUTES, errorResponseSchema, type RouteSpec } from '../../core/contract';
import { ERROR_STATUS, type ErrorCode } from '../../core/errors';

type JsonSchema = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const json = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;
  // The document declares its own dialect; per-schema $schema keys would repeat it.
  delete json.$schema;
  return json;
};

/** One OpenAPI parameter per property of a query or path schema. */
function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

/** When each code is answered; the record type makes a new code in the list a compile error here. */
const WHEN: Record<ErrorCode, string> = {
  invalid_input: 'Invalid input: the message names the parameter and says why',
  forbidden: 'Forbidden (the console when disabled or for anything but a read; plan changes when off)',
  not_found: 'No such node or plan in the loaded graph, or no such endpoint',
  conflict: 'Another plan change or load is running; try again when it is done',
  too_large: 'Request body too large',
  uri_too_long: 'URL too long',
  misdirected: 'A Host this server does not answer for',
  rate_limited: 'Too many requests from this client (Retry-After)',
  internal: 'A bug: logged with the request line',
  unavailable: 'Neo4j unreachable or no graph loaded; retry later (Retry-After)',
};

const ERRORS: Record<string, string> = Object.fromEntries(
  Object.entries(WHEN).map(([code, when]) => [String(ERROR_STATUS[code as ErrorCode]), `${code}: ${when}`]),
);

export function openApiDocument(): JsonSchema {
  const errorSchema = schemaOf(errorResponseSchema, 'output');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, route] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    const operation: JsonSchema = {
      operationId: name,
      summary: route.summary,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      responses: {
        '200': {
          description: 'OK',
          content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
        },
        ...(route.method === 'get' && name !== 'health' && name !== 'ping'
          ? { '304': { description: 'Not modified: the ETag names the loaded graph version' } }
          : {}),
        ...Object.fromEntries(
          Object.entries(ERRORS).map(([status, description]) => [
            status,
            { description, content: { 'application/json': { schema: errorSchema } } },
          ]),
        ),
      },
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
      };
    }
    paths[openApiPath] = { ...paths[openApiPath], [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Plan Atlas API',
      version: '1.0.0',
      description:
        'China\'s medical-equipment and health-industry plans as a knowledge graph (see docs/design.md, "HTTP API").',
    },
    paths,
  };
}
