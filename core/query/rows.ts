// The shapes the API's Cypher returns (cypher/queries/*.cypher project nodes and relationships into
// these maps) and their conversion into the wire types of the contract. The server reads them from
// Neo4j, the offline snapshot computes them from its embedded graph; both hand them to core/query. Pure.
import type { ApiEdge, ApiNode, NodeSummary } from '../contract';
import { isNodeLabel, isRelType, type NodeLabel } from '../model/graph-model';
import type { NodeId, PlanId } from '../model/ids';
import { edgeKey } from '../model/interchange';
import { NotFoundError } from '../errors';

/**
 * A node deleted while a query read it comes back without labels or properties: its version was
 * being deleted. A NotFoundError, so the graph handler reads the pointer again and answers from
 * the current version (never a 500).
 */
export class VersionGoneError extends NotFoundError {
  constructor(labels: readonly string[]) {
    super(
      `api: a node with labels [${labels.join(', ')}] has no model label: its graph version was deleted during the request; ask again`,
    );
    this.name = 'VersionGoneError';
  }
}

/** `n {.id, .name, .nameEn, .aliases, .plans, .discovered, .mentionsJson, .propsJson, labels: labels(n)}` */
export interface NodeRow {
  id: string;
  labels: string[];
  name?: string | null;
  nameEn?: string | null;
  aliases?: string[] | null;
  plans?: string[] | null;
  discovered?: boolean | null;
  mentionsJson?: string | null;
  propsJson?: string | null;
}

/** `{type: type(r), source: startNode(r).id, target: endNode(r).id, basis, rule, evidenceJson, propsJson}` */
export interface EdgeRow {
  type: string;
  source: string;
  target: string;
  basis?: string | null;
  rule?: string | null;
  evidenceJson?: string | null;
  propsJson?: string | null;
}

/** The model label of a node (every entity also carries `:Entity`). */
export function modelLabel(labels: readonly string[]): NodeLabel {
  const label = labels.find(isNodeLabel);
  if (label === undefined) throw new VersionGoneError(labels);
  return label;
}

const parseJsonArray = <T>(json: string | null | undefined): T[] => {
  if (json === null || json === undefined || json === '') return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? (parsed as T[]) : [];
};

export function toNodeSummary(row: NodeRow): NodeSummary {
  return {
    id: row.id as NodeId,
    label: modelLabel(row.labels),
    name: row.name ?? row.id,
    nameEn: row.nameEn ?? '',
  };
}

/** A node as the interchange file has it; `mentions` and `props` only when asked (details, text). */
export function toApiNode(row: NodeRow, detail: { mentions?: boolean } = {}): ApiNode {
  const node: ApiNode = {
    ...toNodeSummary(row),
    aliases: row.aliases ?? [],
    plans: (row.plans ?? []) as PlanId[],
  };
  if (row.discovered === true) node.discovered = true;
  if (detail.mentions === true) {
    node.mentions = parseJsonArray<NonNullable<ApiNode['mentions']>[number]>(row.mentionsJson);
    if (row.propsJson) node.props = JSON.parse(row.propsJson) as NonNullable<ApiNode['props']>;
  }
  return node;
}

export function toApiEdge(row: EdgeRow): ApiEdge {
  if (!isRelType(row.type)) throw new VersionGoneError([String(row.type)]);
  const edge: ApiEdge = {
    type: row.type,
    source: row.source as NodeId,
    target: row.target as NodeId,
    basis: row.basis === 'inferred' ? 'inferred' : 'stated',
    evidence: parseJsonArray<ApiEdge['evidence'][number]>(row.evidenceJson),
  };
  if (row.rule) edge.rule = row.rule;
  if (row.propsJson) edge.props = JSON.parse(row.propsJson) as NonNullable<ApiEdge['props']>;
  return edge;
}

/** Nodes and edges deduplicated by id and by (type, source, target), first occurrence kept. */
export function uniqueGraph(
  nodes: readonly ApiNode[],
  edges: readonly ApiEdge[],
): { nodes: ApiNode[]; edges: ApiEdge[] } {
  const byId = new Map<string, ApiNode>();
  for (const n of nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const byKey = new Map<string, ApiEdge>();
  for (const e of edges) if (!byKey.has(edgeKey(e))) byKey.set(edgeKey(e), e);
  return { nodes: [...byId.values()], edges: [...byKey.values()] };
}

/** Cypher orders strings by code point (UTF-16 code units for the BMP), not by locale. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One fixed order for the edges of an answer, whatever order the store iterated them in. */
export const byEdgeKey = (a: Pick<ApiEdge, 'type' | 'source' | 'target'>, b: typeof a): number =>
  byCodePoint(edgeKey(a), edgeKey(b));
