// The identity of an edge on the page, matching the interchange file's `edgeKey` (type|source|target).
// Kept here so the client bundle does not pull in the zod schemas of core/model/interchange.ts.

export const edgeId = (e: { type: string; source: string; target: string }): string =>
  `${e.type}|${e.source}|${e.target}`;
