// Test helper: the real curated seeds and plan texts (read once), and models of arbitrary text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractGraph, type ExtractResult } from '../../../server/extract/extract';
import { parseCurated } from '../../../server/extract/lexicon';
import { analysePlan, titleResolver, type PlanModel } from '../../../server/extract/plan-model';
import type { RuleContext } from '../../../server/extract/rules/context';
import { parsePlanSeeds } from '../../../server/extract/seeds';
import type { Curated, PlanInput } from '../../../server/extract/types';
import { GraphBuilder } from '../../../server/extract/graph-builder';
import { asPlanId } from '../../../core/model/ids';

const root = join(import.meta.dirname, '../../..');
const json = (file: string): unknown => JSON.parse(readFileSync(join(root, 'seeds', file), 'utf8'));

let curatedCache: Curated | undefined;
export const curated = (): Curated =>
  (curatedCache ??= parseCurated({
    lexicon: json('lexicon.json'),
    measures: json('measures.json'),
    departments: json('departments.json'),
    discovery: json('discovery.json'),
    glossary: json('glossary.json'),
  }));

export const seedPlans = (): PlanInput[] =>
  parsePlanSeeds(json('plans.json')).map((meta) => ({
    meta,
    text: readFileSync(join(root, meta.file), 'utf8'),
  }));

export const planText = (id: string): string => seedPlans().find((p) => p.meta.id === id)?.text ?? '';

export const fixtureText = (name: string): string =>
  readFileSync(join(root, 'tests/fixtures/extract', name), 'utf8');

let seedGraph: ExtractResult | undefined;
/** The graph of both seed plans, extracted once per test file. */
export const seedResult = (): ExtractResult => (seedGraph ??= extractGraph(seedPlans(), curated()));

/** The graph the extractor makes of one text, with the real lexicon (`test-2024` by default). */
export const graphOf = (text: string, id = 'test-2024'): ExtractResult['graph'] =>
  extractGraph(
    [{ meta: { id: asPlanId(id), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 }, text }],
    curated(),
  ).graph;

/** `label:name` of every thing node of the text's graph (graphed terms and curated mentions). */
export const thingsOf = (text: string): string[] =>
  graphOf(text)
    .nodes.filter((n) => ['Equipment', 'Component', 'Material', 'Technology'].includes(n.label))
    .filter((n) => n.mentions.length > 0)
    .map((n) => `${n.label}:${n.name}`);

/** The fields a text names and its memberships (`member -> field`), by node name. */
export const fieldsOf = (text: string): { fields: string[]; links: string[] } => {
  const graph = graphOf(text);
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    fields: graph.nodes.filter((n) => n.label === 'Domain' && n.mentions.length > 0).map((n) => n.name),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${node.get(e.source)?.name ?? ''} -> ${node.get(e.target)?.name ?? ''}`),
  };
};

/** A plan model and rule context for any text, with the real lexicon (`test-2024` by default). */
export const contextOf = (text: string, id = 'test-2024'): { model: PlanModel; ctx: RuleContext } => {
  const c = curated();
  const model = analysePlan(
    { meta: { id: asPlanId(id), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 }, text },
    c,
  );
  const builder = new GraphBuilder([asPlanId(id)]);
  for (const e of c.lexicon) builder.addNode({ id: e.id, label: e.label, name: e.name, nameEn: e.nameEn });
  for (const d of model.discovered) builder.addNode({ id: d.id, label: d.label, name: d.name, nameEn: '' });
  return {
    model,
    ctx: { model, curated: c, labelOf: (x) => builder.labelOf(x), resolveTitle: titleResolver(c) },
  };
};

/** The equipment discovered in a text, by name, and the quoted mentions of one of them by name. */
export const equipmentOf = (text: string): { names: string[]; quotes: (name: string) => string[] } => {
  const { model } = contextOf(text);
  const equipment = model.discovered.filter((d) => d.label === 'Equipment');
  return {
    names: equipment.map((d) => d.name).sort(),
    quotes: (name: string) => {
      const id = equipment.find((d) => d.name === name)?.id;
      return model.occurrences.filter((o) => o.nodeId === id).map((o) => text.slice(o.start, o.end));
    },
  };
};
