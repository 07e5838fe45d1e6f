// Pure mapping from interchange elements to the property rows the load Cypher writes
// (docs/team-contracts.md, "Storage in Neo4j"): provenance travels as JSON strings.
import { isNodeLabel, isRelType, type NodeLabel, type RelType } from '../../core/model/graph-model';
import type { GraphEdge, GraphNode } from '../../core/model/interchange';
import { pinyinForms } from './pinyin-forms';

/** One node to create: its model label and its properties. */
export interface NodeRow {
  label: NodeLabel;
  props: NodeProps;
}

/** The properties of one entity node, exactly as stored. */
export interface NodeProps {
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
  type: RelType;
  source: string;
  target: string;
  props: {
    graph: string;
    basis: string;
    /** Absent when the edge is stated. */
    rule?: string;
    evidenceJson: string;
    /** JSON of the edge's type-specific extras; absent (not null) when it has none. */
    propsJson?: string;
  };
}

// Labels and types reach Cypher as dynamic labels: refuse anything outside the allow-lists even if
// a caller skipped validation.
const checkedLabel = (label: string): NodeLabel => {
  if (!isNodeLabel(label)) throw new Error(`loader: "${label}" is not a label of the graph model`);
  return label;
};
const checkedType = (type: string): RelType => {
  if (!isRelType(type)) throw new Error(`loader: "${type}" is not a relationship type of the graph model`);
  return type;
};

export function nodeRow(node: GraphNode, graph: string): NodeRow {
  const forms = pinyinForms(node.name, node.aliases);
  const props: NodeProps = {
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
  if (node.props !== undefined && Object.keys(node.props).length > 0)
    props.propsJson = JSON.stringify(node.props);
  return { label: checkedLabel(node.label), props };
}

export function edgeRow(edge: GraphEdge, graph: string): EdgeRow {
  const props: EdgeRow['props'] = { graph, basis: edge.basis, evidenceJson: JSON.stringify(edge.evidence) };
  if (edge.rule !== undefined) props.rule = edge.rule;
  if (edge.props !== undefined && Object.keys(edge.props).length > 0)
    props.propsJson = JSON.stringify(edge.props);
  return { type: checkedType(edge.type), source: edge.source, target: edge.target, props };
}
