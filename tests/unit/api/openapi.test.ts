// The OpenAPI document is generated from the route table and the one list of error codes.
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../core/contract';
import { ERROR_STATUS } from '../../../core/errors';
import { openApiDocument } from '../../../server/api/openapi';

const doc = openApiDocument() as {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
};

describe('openApiDocument', () => {
  it('has an operation for every route of the table, under its method and path', () => {
    for (const route of Object.values(ROUTES)) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method], `${route.method} ${path}`).toBeDefined();
    }
  });

  it('documents every status of the error list on every operation', () => {
    const statuses = [...new Set(Object.values(ERROR_STATUS).map(String))].sort();
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(operations))
        expect(
          Object.keys(op.responses).filter((s) => statuses.includes(s)),
          `${method} ${path}`,
        ).toEqual(statuses);
  });
});
