// Limits of the HTTP API: every list and traversal has a default and a maximum
// (docs/design.md "Conventions"). Server and page read the same numbers.

export const LIMITS = {
  searchText: { maxLength: 100 },
  search: { default: 10, max: 50 },
  neighbors: { default: 50, max: 200 },
  supplyChainDepth: { min: 1, default: 3, max: 6 },
  supplyChainNodes: { default: 500, max: 2000 },
  impact: { default: 200, max: 1000 },
  paths: { k: { default: 3, max: 5 }, maxHops: { default: 6, max: 8 } },
  bottlenecks: { default: 20, max: 100 },
  responsibilities: { default: 500, max: 2000 },
  compare: { default: 5000, max: 20000 },
  overview: { default: 50, max: 200 },
  cypher: { maxQueryLength: 5000, maxRows: 1000, maxBytes: 2_000_000, timeoutMs: 5000, concurrent: 2 },
} as const;
