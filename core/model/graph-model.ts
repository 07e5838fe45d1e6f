// The graph model of docs/design.md: node labels, relationship types and which labels each type joins.
// These lists are the allow-lists for every Cypher that varies by label or type.

export const NODE_LABELS = [
  'Plan',
  'Domain',
  'Equipment',
  'Component',
  'Material',
  'Technology',
  'Measure',
  'Department',
  'Target',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'USED_IN',
  'PART_OF',
  'IN_DOMAIN',
  'ENABLES',
  'TARGETS',
  'SUBMEASURE_OF',
  'RESPONSIBLE_FOR',
  'ISSUED',
  'SETS',
  'SUCCEEDED_BY',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Allowed (source label -> target labels) per relationship type, written upstream -> downstream. */
export const REL_ENDPOINTS: Record<RelType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  USED_IN: { from: ['Material'], to: ['Component', 'Equipment'] },
  PART_OF: { from: ['Component'], to: ['Component', 'Equipment'] },
  IN_DOMAIN: { from: ['Equipment'], to: ['Domain'] },
  ENABLES: { from: ['Technology'], to: ['Equipment', 'Domain'] },
  TARGETS: { from: ['Measure'], to: ['Domain', 'Equipment', 'Component', 'Material', 'Technology'] },
  SUBMEASURE_OF: { from: ['Measure'], to: ['Measure'] },
  RESPONSIBLE_FOR: { from: ['Department'], to: ['Measure', 'Plan'] },
  ISSUED: { from: ['Department'], to: ['Plan'] },
  SETS: { from: ['Plan'], to: ['Target'] },
  SUCCEEDED_BY: { from: ['Department'], to: ['Department'] },
};

/** The supply chain reads left to right along these types (material -> component -> equipment -> domain). */
export const SUPPLY_CHAIN_TYPES: readonly RelType[] = ['USED_IN', 'PART_OF', 'IN_DOMAIN'];

/** Layer order for layered layouts, upstream first. */
export const SUPPLY_CHAIN_LAYERS: readonly NodeLabel[] = ['Material', 'Component', 'Equipment', 'Domain'];

export const BASES = ['stated', 'inferred'] as const;
export type Basis = (typeof BASES)[number];

export const isNodeLabel = (s: string): s is NodeLabel => (NODE_LABELS as readonly string[]).includes(s);
export const isRelType = (s: string): s is RelType => (REL_TYPES as readonly string[]).includes(s);
