// The load's per-label and per-type Cypher: templates from cypher/load/ with the label or type
// filled in from the allow-lists of graph-model.ts, and nothing else, ever.
import { loadCypher } from '../db/cypher-files';
import { isNodeLabel, isRelType, type NodeLabel, type RelType } from '../model/graph-model';

const nodeStatements = new Map<NodeLabel, string>();
const edgeStatements = new Map<RelType, string>();

export function createNodesCypher(label: NodeLabel): string {
  if (!isNodeLabel(label)) throw new Error(`loader: "${String(label)}" is not a label of the graph model`);
  let text = nodeStatements.get(label);
  if (text === undefined) {
    text = loadCypher('load/create-nodes.cypher').replaceAll('__LABEL__', label);
    nodeStatements.set(label, text);
  }
  return text;
}

export function createEdgesCypher(type: RelType): string {
  if (!isRelType(type)) throw new Error(`loader: "${String(type)}" is not a relationship type of the graph model`);
  let text = edgeStatements.get(type);
  if (text === undefined) {
    text = loadCypher('load/create-edges.cypher').replaceAll('__TYPE__', type);
    edgeStatements.set(type, text);
  }
  return text;
}
