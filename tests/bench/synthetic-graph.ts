// Synthetic graphs with the real graph's shape (label mix, heavy-tailed degrees, evidence sizes) at
// any size, as generators: a 1M-relationship graph streams without ever existing as one array.
// Pure and deterministic: the same options give the same graph.
import { REL_ENDPOINTS, REL_TYPES, type NodeLabel, type RelType } from '../../core/model/graph-model';
import type { Evidence, GraphEdge, GraphNode, Mention, PlanMeta } from '../../core/model/interchange';
import { asNodeId, asOffset, asPlanId, type PlanId } from '../../core/model/ids';

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

export interface SyntheticGraph {
  plans: PlanMeta[];
  /** Fresh generators on every call. */
  nodes: () => Generator<GraphNode>;
  edges: () => Generator<GraphEdge>;
  /** `edges` is the requested count unless the node pools are too small to hold that many. */
  counts: { nodes: number; edges: number };
}

// Share of each label among the nodes, after the two real plans' extracted graph (materials,
// components and equipment dominate; domains and departments are few).
const SHARES: Record<NodeLabel, number> = {
  Plan: 0.002,
  Domain: 0.02,
  Equipment: 0.26,
  Component: 0.2,
  Material: 0.17,
  Technology: 0.05,
  Measure: 0.22,
  Department: 0.03,
  Target: 0.048,
};

const CJK =
  '医疗装备材料关键零部件高端设备系统诊断检验治疗监护生命支持膜纤维合金芯片探测器球管传感器' +
  '影像超声内窥镜手术机器人呼吸机血液净化透析氧合人工智能数字化标准体系产业链协同创新攻关推广应用';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const text = (rand: () => number, length: number): string => {
  let s = '';
  for (let i = 0; i < length; i++) s += CJK[Math.floor(rand() * CJK.length)];
  return s;
};
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

export function syntheticGraph(options: SyntheticOptions): SyntheticGraph {
  const seed = options.seed ?? 1;
  const labels = Object.keys(SHARES) as NodeLabel[];
  const sizes = new Map<NodeLabel, number>(
    labels.map((l) => [l, Math.max(2, Math.round(options.nodes * SHARES[l]))]),
  );
  const nodeCount = [...sizes.values()].reduce((a, b) => a + b, 0);
  const planCount = sizes.get('Plan') ?? 2;
  const plans: PlanMeta[] = Array.from({ length: planCount }, (_, i) => ({
    id: asPlanId(`plan${i}-${2000 + (i % 30)}`),
    title: `合成规划${i}`,
    titleEn: `Synthetic plan ${i}`,
    file: `seeds/synthetic-${i}.txt`,
    year: 2000 + (i % 30),
  }));
  const planIds = plans.map((p) => p.id);
  const idOf = (label: NodeLabel, i: number) =>
    label === 'Plan' ? asNodeId(`plan:${planIds[i] ?? i}`) : asNodeId(`${label.toLowerCase()}:n${i}`);
  const somePlans = (rand: () => number): PlanId[] => {
    const out = new Set<PlanId>();
    const n = between(rand, 1, 3);
    for (let i = 0; i < n; i++) out.add(planIds[Math.floor(rand() ** 2 * planIds.length)] ?? planIds[0]!);
    return [...out];
  };
  const passage = (rand: () => number, plan: PlanId, length: number) => {
    const start = between(rand, 0, 90_000);
    return {
      plan,
      section: `${text(rand, 4)} > 专栏 ${between(rand, 1, 9)}`,
      start: asOffset(start),
      end: asOffset(start + length),
    };
  };

  function* nodes(): Generator<GraphNode> {
    const rand = prng(seed);
    for (const label of labels) {
      const size = sizes.get(label) ?? 0;
      for (let i = 0; i < size; i++) {
        const name = `${text(rand, between(rand, 3, 9))}${i}`;
        const inPlans = somePlans(rand);
        const mentions: Mention[] = Array.from({ length: between(rand, 1, 4) }, () =>
          passage(rand, inPlans[0]!, name.length),
        );
        yield {
          id: idOf(label, i),
          label,
          name,
          nameEn: `synthetic ${label.toLowerCase()} ${i}`,
          aliases: rand() < 0.3 ? [`${label.slice(0, 3).toUpperCase()}${i}`] : [],
          plans: inPlans,
          mentions,
          ...(rand() < 0.1 ? { discovered: true } : {}),
        };
      }
    }
  }

  // Out-degrees are heavy-tailed (a few hubs such as 国家卫生健康委员会 or CT), and targets are
  // picked with a skew so that some components and materials are shared by many machines. One pass
  // over the sources, unique by construction; the structure has its own PRNG so that a dry run can
  // find the degree scale that reaches the requested count.
  const typesFrom = new Map<NodeLabel, RelType[]>();
  for (const type of REL_TYPES)
    for (const l of REL_ENDPOINTS[type].from) typesFrom.set(l, [...(typesFrom.get(l) ?? []), type]);
  const sources = labels.filter((l) => typesFrom.has(l));
  const sourceCount = sources.reduce((a, l) => a + (sizes.get(l) ?? 0), 0);

  function* structure(scale: number): Generator<[RelType, NodeLabel, number, NodeLabel, number]> {
    const rand = prng(seed + 1);
    const mean = (options.edges / sourceCount) * scale;
    for (const label of sources) {
      const types = typesFrom.get(label) ?? [];
      for (let i = 0; i < (sizes.get(label) ?? 0); i++) {
        const degree = Math.max(1, Math.round(-mean * Math.log(1 - rand() * 0.999)));
        const seen = new Set<string>();
        for (let k = 0; k < degree * 3 && seen.size < degree; k++) {
          const type = types[Math.floor(rand() * types.length)]!;
          const to = REL_ENDPOINTS[type].to;
          const tl = to[Math.floor(rand() * to.length)]!;
          const ti = Math.floor(rand() ** 2.5 * (sizes.get(tl) ?? 1));
          const key = `${type}|${tl}|${ti}`;
          if ((tl === label && ti === i) || seen.has(key)) continue;
          seen.add(key);
          yield [type, label, i, tl, ti];
        }
      }
    }
  }
  let scale = 1.15;
  /** How many edges one pass at `s` gives, up to the requested count. */
  const reach = (s: number) => {
    let n = 0;
    const gen = structure(s);
    while (n < options.edges && !gen.next().done) n++;
    return n;
  };
  for (let tries = 0; tries < 12 && reach(scale) < options.edges; tries++) scale *= 1.4;
  const edgeCount = reach(scale);

  function* edges(): Generator<GraphEdge> {
    const rand = prng(seed + 2);
    let made = 0;
    for (const [type, label, i, tl, ti] of structure(scale)) {
      if (made++ >= edgeCount) return;
      const inferred = rand() < 0.1;
      const evidence: Evidence[] = Array.from({ length: between(rand, 1, 2) }, () => {
        const quote = text(rand, between(rand, 15, 60));
        return { ...passage(rand, planIds[0]!, quote.length), quote };
      });
      yield {
        type,
        source: idOf(label, i),
        target: idOf(tl, ti),
        basis: inferred ? 'inferred' : 'stated',
        ...(inferred ? { rule: 'synthetic-remit' } : {}),
        evidence,
      };
    }
  }

  return { plans, nodes, edges, counts: { nodes: nodeCount, edges: edgeCount } };
}
