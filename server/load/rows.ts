// Pure mapping from interchange elements to the property rows the load Cypher writes
// (docs/team-contracts.md, "Storage in Neo4j"): provenance travels as JSON strings.
import type { GraphEdge, GraphNode } from '../model/interchange';
import { pinyinForms } from './pinyin-forms';

/** The properties of one entity node, exactly as stored. */
export interface NodeRow {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  plans: string[];
  discovered: boolean;
  graph: string;
  pinyin: string[];
  initials: string[];
  mentionsJson: string;
  /** Absent (not null) when the node has no label-specific extras. */
  propsJson?: string;
}

/** One relationship to create: its endpoints (looked up within the version) and its properties. */
export interface EdgeRow {
  source: string;
  target: string;
  props: {
    graph: string;
    basis: string;
    /** Absent when the edge is stated. */
    rule?: string;
    evidenceJson: string;
  };
}

export function nodeRow(node: GraphNode, graph: string): NodeRow {
  const forms = pinyinForms(node.name, node.aliases);
  const row: NodeRow = {
    id: node.id,
    name: node.name,
    nameEn: node.nameEn,
    aliases: node.aliases,
    plans: node.plans,
    discovered: node.discovered ?? false,
    graph,
    pinyin: forms.pinyin,
    initials: forms.initials,
    mentionsJson: JSON.stringify(node.mentions),
  };
  if (node.props !== undefined && Object.keys(node.props).length > 0) row.propsJson = JSON.stringify(node.props);
  return row;
}

export function edgeRow(edge: GraphEdge, graph: string): EdgeRow {
  const props: EdgeRow['props'] = { graph, basis: edge.basis, evidenceJson: JSON.stringify(edge.evidence) };
  if (edge.rule !== undefined) props.rule = edge.rule;
  return { source: edge.source, target: edge.target, props };
}
