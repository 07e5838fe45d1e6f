// Accumulates nodes, mentions and edges from all rules and plans, merges duplicates (one node per
// real-world thing, one edge per type/source/target) and emits the interchange file in a stable order.
import { REL_ENDPOINTS, type Basis, type NodeLabel, type RelType } from '../../core/model/graph-model';
import type { NodeId, PlanId } from '../../core/model/ids';
import type {
  Evidence,
  GraphEdge,
  GraphFile,
  GraphNode,
  Mention,
  PlanMeta,
} from '../../core/model/interchange';
import { MAX_EVIDENCE_PER_EDGE_PER_PLAN, MAX_MENTIONS_PER_NODE_PER_PLAN, type CappedCount } from './limits';

export interface NodeDraft {
  readonly id: NodeId;
  readonly label: NodeLabel;
  readonly name: string;
  readonly nameEn: string;
  readonly aliases?: readonly string[];
  readonly discovered?: boolean;
  readonly props?: GraphNode['props'];
}

export interface EdgeDraft {
  readonly type: RelType;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly basis: Basis;
  readonly rule?: string;
  readonly evidence: readonly Evidence[];
  readonly props?: GraphEdge['props'];
}

export interface RejectedEdge {
  readonly edge: EdgeDraft;
  readonly reason: string;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const evidenceKey = (e: Evidence): string => `${e.plan}|${e.start}|${e.end}`;

export class GraphBuilder {
  private readonly nodes = new Map<
    NodeId,
    NodeDraft & { mentions: Map<string, Mention>; plans: Set<PlanId> }
  >();
  private readonly edges = new Map<string, { draft: EdgeDraft; evidence: Map<string, Evidence> }>();
  readonly rejected: RejectedEdge[] = [];
  /** Mentions and evidence kept and seen per node or edge and plan (limits.ts). */
  private readonly counts = new Map<
    string,
    { kind: CappedCount['kind']; of: string; plan: PlanId; total: number }
  >();

  constructor(private readonly planOrder: readonly PlanId[]) {}

  /** Adds a node once; later drafts of the same id only add what the first lacked. */
  addNode(draft: NodeDraft): void {
    const prev = this.nodes.get(draft.id);
    if (!prev) this.nodes.set(draft.id, { ...draft, mentions: new Map(), plans: new Set() });
    else if (prev.label !== draft.label)
      throw new Error(`extract: node ${draft.id} is both ${prev.label} and ${draft.label}`);
  }

  /** Adds names a node is also written as (a Traditional text's own wording of a lexicon name). */
  addAliases(id: NodeId, aliases: readonly string[]): void {
    const node = this.nodes.get(id);
    if (!node) return;
    const known = new Set([node.name, ...(node.aliases ?? [])]);
    const more = aliases.filter((a) => !known.has(a));
    if (more.length > 0) this.nodes.set(id, { ...node, aliases: [...(node.aliases ?? []), ...more] });
  }

  has(id: NodeId): boolean {
    return this.nodes.has(id);
  }

  labelOf(id: NodeId): NodeLabel | undefined {
    return this.nodes.get(id)?.label;
  }

  nameOf(id: NodeId): string | undefined {
    return this.nodes.get(id)?.name;
  }

  /** Records that a plan names a node without a located mention (a plan names itself). */
  addPlan(id: NodeId, plan: PlanId): void {
    this.nodes.get(id)?.plans.add(plan);
  }

  addMention(id: NodeId, mention: Mention): void {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`extract: mention of unknown node ${id}`);
    const key = `${mention.plan}|${mention.start}|${mention.end}`;
    if (node.mentions.has(key) || this.admit('mentions', id, mention.plan, MAX_MENTIONS_PER_NODE_PER_PLAN))
      node.mentions.set(key, mention);
  }

  /** Counts one more mention or passage of `of` in `plan`; false once the plan's cap is reached. */
  private admit(kind: CappedCount['kind'], of: string, plan: PlanId, max: number): boolean {
    const key = `${kind}|${of}|${plan}`;
    const c = this.counts.get(key) ?? { kind, of, plan, total: 0 };
    c.total++;
    this.counts.set(key, c);
    return c.total <= max;
  }

  /** Nodes and edges whose mentions or evidence in a plan went past the caps of limits.ts. */
  get capped(): CappedCount[] {
    return [...this.counts.values()]
      .map((c) => ({
        ...c,
        kept: Math.min(
          c.total,
          c.kind === 'mentions' ? MAX_MENTIONS_PER_NODE_PER_PLAN : MAX_EVIDENCE_PER_EDGE_PER_PLAN,
        ),
      }))
      .filter((c) => c.total > c.kept)
      .sort((a, b) => cmp(a.of, b.of) || cmp(a.plan, b.plan) || cmp(a.kind, b.kind));
  }

  /** Adds or merges an edge; an edge whose endpoints break REL_ENDPOINTS is set aside, not written. */
  addEdge(draft: EdgeDraft): void {
    const from = this.labelOf(draft.source);
    const to = this.labelOf(draft.target);
    const allowed = REL_ENDPOINTS[draft.type];
    if (draft.source === draft.target) return;
    if (!from || !to || !allowed.from.includes(from) || !allowed.to.includes(to)) {
      this.rejected.push({
        edge: draft,
        reason: `${draft.type} does not join ${from ?? '?'} -> ${to ?? '?'}`,
      });
      return;
    }
    const key = `${draft.type}|${draft.source}|${draft.target}`;
    const prev = this.edges.get(key);
    const edge = prev ?? { draft, evidence: new Map<string, Evidence>() };
    if (!prev) this.edges.set(key, edge);
    // A stated reading outranks an inferred one; the evidence of both is kept, up to the cap per plan.
    else if (prev.draft.basis === 'inferred' && draft.basis === 'stated') prev.draft = draft;
    const of = `${draft.type} ${draft.source} -> ${draft.target}`;
    for (const e of draft.evidence)
      if (
        edge.evidence.has(evidenceKey(e)) ||
        this.admit('evidence', of, e.plan, MAX_EVIDENCE_PER_EDGE_PER_PLAN)
      )
        edge.evidence.set(evidenceKey(e), e);
  }

  /** The interchange file: nodes by id, edges by type/source/target, evidence and mentions by plan and offset. */
  build(plans: readonly PlanMeta[]): GraphFile {
    const planRank = (p: string): number => this.planOrder.indexOf(p as PlanId);
    const byPlanThenOffset = (
      a: { plan: string; start: number; end: number },
      b: { plan: string; start: number; end: number },
    ): number => planRank(a.plan) - planRank(b.plan) || a.start - b.start || a.end - b.end;
    // A plan whose sentence states an edge names both ends, even inside a compound (`多模态设备模拟前端芯片`).
    for (const { draft, evidence } of this.edges.values())
      if (draft.basis === 'stated')
        for (const e of evidence.values())
          for (const id of [draft.source, draft.target]) this.nodes.get(id)?.plans.add(e.plan);
    const nodes: GraphNode[] = [...this.nodes.values()]
      .map((n): GraphNode => {
        const mentions = [...n.mentions.values()].sort(byPlanThenOffset);
        const plans = [...new Set<PlanId>([...n.plans, ...mentions.map((m) => m.plan)])].sort(
          (a, b) => planRank(a) - planRank(b),
        );
        return {
          id: n.id,
          label: n.label,
          name: n.name,
          nameEn: n.nameEn,
          aliases: [...(n.aliases ?? [])],
          plans,
          mentions,
          ...(n.discovered ? { discovered: true } : {}),
          ...(n.props ? { props: n.props } : {}),
        };
      })
      .sort((a, b) => cmp(a.id, b.id));
    const edges: GraphEdge[] = [...this.edges.values()]
      .map(({ draft, evidence }): GraphEdge => ({
        type: draft.type,
        source: draft.source,
        target: draft.target,
        basis: draft.basis,
        ...(draft.rule !== undefined ? { rule: draft.rule } : {}),
        evidence: [...evidence.values()].sort(byPlanThenOffset),
        ...(draft.props && Object.keys(draft.props).length > 0 ? { props: draft.props } : {}),
      }))
      .sort((a, b) => cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target));
    return { plans: [...plans], nodes, edges };
  }
}
