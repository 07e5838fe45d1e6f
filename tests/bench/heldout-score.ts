// Scores an extracted graph against the hand-written gold of one held-out text
// (tests/fixtures/heldout/README.md): recall of entities, links, departments and issuers, and noise. Pure.
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import { PLAN_ID_PATTERN } from '../../core/model/ids';
import type { GraphEdge, GraphFile, GraphNode } from '../../core/model/interchange';

export const GOLD_LABELS = [
  'Equipment',
  'Component',
  'Material',
  'Technology',
  'Domain',
  'Department',
] as const;
export type GoldLabel = (typeof GOLD_LABELS)[number];

const names = z.array(z.string().min(1));
const pair = z.tuple([z.string().min(1), z.string().min(1)]);

export const goldSchema = z.object({
  text: z.string().min(1),
  encoding: z.string().min(1),
  script: z.enum(['simplified', 'traditional']),
  source: z.object({
    title: z.string(),
    url: z.string(),
    publisher: z.string(),
    date: z.string(),
    note: z.string().optional(),
  }),
  plan: z.object({ id: z.string().regex(PLAN_ID_PATTERN), title: z.string().min(1), year: z.number().int() }),
  entities: z.object({
    Equipment: names,
    Component: names,
    Material: names,
    Technology: names,
    Domain: names,
    Department: names,
  }),
  domainLinks: z.array(pair),
  supply: z.array(pair),
  issuers: names,
  acceptable: names,
});
export type HeldoutGold = z.infer<typeof goldSchema>;

export interface Ratio {
  found: number;
  total: number;
}

export interface TextScore {
  entities: Record<GoldLabel, Ratio>;
  /** Over all labels: found gold entities / gold entities. */
  entityAll: Ratio;
  domainLinks: Ratio;
  supply: Ratio;
  departments: Ratio;
  issuers: Ratio;
  /**
   * Links judged against the gold: of the graph's IN_DOMAIN (or supply) edges whose two ends both name
   * gold entities, those the gold states. An edge between two gold entities that the gold does not
   * state is taken as wrong (a link the writer missed counts against it too: a lower bound).
   */
  domainPrecision: Ratio;
  supplyPrecision: Ratio;
  /** Edges between gold entities the gold does not state, e.g. `domain:三维电子内窥镜->手术机器人`. */
  wrongLinks: string[];
  /** New nodes with a mention in the text that match nothing in the gold, out of all such new nodes. */
  noise: Ratio;
  /** Missed gold items, e.g. `Component:CT球管`, `supply:CT球管->CT`, `issuer:工业和信息化部`. */
  missed: string[];
  /** Noise nodes as `Label:name`. */
  noiseNodes: string[];
  /** Each new node counted in `noise`, with its confidence and rule and how it stands. */
  judged: Judged[];
}

/** How a node stands against the gold: one of its entities, an acceptable name, or noise. */
export type Verdict = 'gold' | 'acceptable' | 'noise';

export interface Judged {
  label: string;
  name: string;
  /** props.confidence; none on a new node that no term reader made. */
  confidence?: number;
  /** props.foundBy. */
  foundBy?: string;
  verdict: Verdict;
}

/** A term the extractor reported below the confidence threshold (report.candidates). */
export interface Candidate {
  label: string;
  name: string;
  confidence: number;
  foundBy: string;
}

export interface ScoreOptions {
  /** Ids of curated lexicon and registry nodes: never new, so never noise. */
  curatedIds?: ReadonlySet<string>;
}

const toSimplified = [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];

/**
 * The form names are compared in: NFKC (full-width folded), no whitespace, Latin lower-cased,
 * Traditional folded to Simplified. `normaliseName('ＣＴ 球管') === normaliseName('ct球管')`.
 */
export const normaliseName = (s: string): string => {
  let t = s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
  for (const convert of toSimplified) t = convert(t);
  return t;
};

const alternatives = (gold: string): string[] => gold.split('|').map(normaliseName).filter(Boolean);
const first = (gold: string): string => gold.split('|')[0] ?? gold;

const nodeForms = (n: GraphNode): string[] => [n.name, ...n.aliases].map(normaliseName);

/** Nodes (optionally of one label) whose name or an alias matches one of the alternatives. */
const matching = (nodes: readonly GraphNode[], gold: string, label?: string): GraphNode[] => {
  const alts = new Set(alternatives(gold));
  return nodes.filter(
    (n) => (label === undefined || n.label === label) && nodeForms(n).some((f) => alts.has(f)),
  );
};

const ratio = (found: number, total: number): Ratio => ({ found, total });

/** `found / total`, or NaN when there is nothing to find. */
export const share = (r: Ratio): number => (r.total === 0 ? NaN : r.found / r.total);

const hasEdge = (
  edges: readonly GraphEdge[],
  types: readonly string[],
  from: readonly GraphNode[],
  to: readonly GraphNode[],
): boolean => {
  const sources = new Set(from.map((n) => n.id));
  const targets = new Set(to.map((n) => n.id));
  return edges.some((e) => types.includes(e.type) && sources.has(e.source) && targets.has(e.target));
};

/** Scores `graph` (the extractor's output for the gold's text alone) against `gold`. */
export const scoreText = (graph: GraphFile, gold: HeldoutGold, options: ScoreOptions = {}): TextScore => {
  const missed: string[] = [];
  const entities = {} as Record<GoldLabel, Ratio>;
  for (const label of GOLD_LABELS) {
    const list = gold.entities[label];
    let found = 0;
    for (const g of list) {
      if (matching(graph.nodes, g, label).length > 0) found++;
      else missed.push(`${label}:${first(g)}`);
    }
    entities[label] = ratio(found, list.length);
  }
  const entityAll = ratio(
    GOLD_LABELS.reduce((s, l) => s + entities[l].found, 0),
    GOLD_LABELS.reduce((s, l) => s + entities[l].total, 0),
  );

  const linkRecall = (
    pairs: readonly (readonly [string, string])[],
    types: string[],
    kind: string,
  ): Ratio => {
    let found = 0;
    for (const [a, b] of pairs) {
      if (hasEdge(graph.edges, types, matching(graph.nodes, a), matching(graph.nodes, b))) found++;
      else missed.push(`${kind}:${first(a)}->${first(b)}`);
    }
    return ratio(found, pairs.length);
  };
  const domainLinks = linkRecall(gold.domainLinks, ['IN_DOMAIN'], 'domain');
  const supply = linkRecall(gold.supply, ['USED_IN', 'PART_OF'], 'supply');

  const wrongLinks: string[] = [];
  const entityForms = new Set(
    GOLD_LABELS.filter((l) => l !== 'Department').flatMap((l) => gold.entities[l].flatMap(alternatives)),
  );
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const linkPrecision = (
    pairs: readonly (readonly [string, string])[],
    types: readonly string[],
    kind: string,
  ): Ratio => {
    const stated = pairs.map(([a, b]) => [new Set(alternatives(a)), new Set(alternatives(b))] as const);
    let right = 0;
    let judgedLinks = 0;
    for (const e of graph.edges) {
      const from = byId.get(e.source);
      const to = byId.get(e.target);
      if (!types.includes(e.type) || !from || !to) continue;
      const fromForms = nodeForms(from);
      const toForms = nodeForms(to);
      if (!fromForms.some((f) => entityForms.has(f)) || !toForms.some((f) => entityForms.has(f))) continue;
      judgedLinks++;
      if (stated.some(([a, b]) => fromForms.some((f) => a.has(f)) && toForms.some((f) => b.has(f)))) right++;
      else wrongLinks.push(`${kind}:${from.name}->${to.name}`);
    }
    return ratio(right, judgedLinks);
  };
  const domainPrecision = linkPrecision(gold.domainLinks, ['IN_DOMAIN'], 'domain');
  const supplyPrecision = linkPrecision(gold.supply, ['USED_IN', 'PART_OF'], 'supply');

  const planNode = graph.nodes.filter((n) => n.label === 'Plan' && n.id === `plan:${gold.plan.id}`);
  let issuersFound = 0;
  for (const d of gold.issuers) {
    if (hasEdge(graph.edges, ['ISSUED'], matching(graph.nodes, d, 'Department'), planNode)) issuersFound++;
    else missed.push(`issuer:${first(d)}`);
  }

  const known = new Set<string>([
    ...GOLD_LABELS.flatMap((l) => gold.entities[l].flatMap(alternatives)),
    ...gold.acceptable.flatMap(alternatives),
  ]);
  const labels: readonly string[] = GOLD_LABELS;
  const fresh = graph.nodes.filter(
    (n) =>
      labels.includes(n.label) &&
      n.mentions.some((m) => m.plan === gold.plan.id) &&
      (n.discovered === true || (options.curatedIds !== undefined && !options.curatedIds.has(n.id))),
  );
  const noisy = fresh.filter((n) => !nodeForms(n).some((f) => known.has(f)));
  const goldForms = new Set(GOLD_LABELS.flatMap((l) => gold.entities[l].flatMap(alternatives)));
  const judged = fresh.map((n): Judged => {
    const forms = nodeForms(n);
    const { confidence, foundBy } = n.props ?? {};
    return {
      label: n.label,
      name: n.name,
      ...(typeof confidence === 'number' ? { confidence } : {}),
      ...(typeof foundBy === 'string' ? { foundBy } : {}),
      verdict: forms.some((f) => goldForms.has(f))
        ? 'gold'
        : forms.some((f) => known.has(f))
          ? 'acceptable'
          : 'noise',
    };
  });

  return {
    entities,
    entityAll,
    domainLinks,
    supply,
    domainPrecision,
    supplyPrecision,
    wrongLinks,
    departments: entities.Department,
    issuers: ratio(issuersFound, gold.issuers.length),
    noise: ratio(noisy.length, fresh.length),
    missed,
    noiseNodes: noisy.map((n) => `${n.label}:${n.name}`),
    judged,
  };
};

/**
 * The candidates below the threshold against the gold: `gold` when the candidate names a gold entity
 * the graph misses (raising it would find it), `acceptable` when it names one found otherwise or an
 * acceptable name, else `noise` (the threshold kept it out rightly).
 */
export const judgeCandidates = (
  graph: GraphFile,
  gold: HeldoutGold,
  candidates: readonly Candidate[],
): Judged[] => {
  const missed = new Set(
    GOLD_LABELS.flatMap((l) =>
      gold.entities[l].filter((g) => matching(graph.nodes, g, l).length === 0).flatMap(alternatives),
    ),
  );
  const known = new Set<string>([
    ...GOLD_LABELS.flatMap((l) => gold.entities[l].flatMap(alternatives)),
    ...gold.acceptable.flatMap(alternatives),
  ]);
  return candidates.map((c): Judged => {
    const f = normaliseName(c.name);
    const verdict = missed.has(f) ? 'gold' : known.has(f) ? 'acceptable' : 'noise';
    return { label: c.label, name: c.name, confidence: c.confidence, foundBy: c.foundBy, verdict };
  });
};

/** Mean of the shares over texts, skipping texts with nothing to find (NaN when none has any). */
export const meanShare = (rs: readonly Ratio[]): number => {
  const xs = rs.map(share).filter((x) => !Number.isNaN(x));
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
};
