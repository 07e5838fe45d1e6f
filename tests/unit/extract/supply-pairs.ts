// Supply edges the phrase rules read in one sentence, for the supply tests: the seeds' lexicon plus
// names the test declares known (parts and materials discovery does not find by itself yet).
import { asNodeId, asPlanId } from '../../../core/model/ids';
import { analysePlan, titleResolver } from '../../../server/extract/plan-model';
import { supplyPhrases } from '../../../server/extract/rules/supply-phrases';
import { GraphBuilder } from '../../../server/extract/graph-builder';
import { curated } from './seed-data';

export type KnownLabel = 'Equipment' | 'Component' | 'Material';

/** The supply edges of `text`, with a reader for their ends' names. */
export const supplyEdges = (text: string, known: Readonly<Record<string, KnownLabel>> = {}) => {
  const base = curated();
  const extra = Object.entries(known).map(([name, label], i) => ({
    id: asNodeId(`${label.toLowerCase()}:test-${i}`),
    label,
    name,
    nameEn: name,
    aliases: [],
  }));
  const c = { ...base, lexicon: [...base.lexicon, ...extra] };
  const model = analysePlan(
    {
      meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 },
      text,
    },
    c,
  );
  const builder = new GraphBuilder([asPlanId('test-2024')]);
  for (const e of c.lexicon) builder.addNode({ id: e.id, label: e.label, name: e.name, nameEn: e.nameEn });
  for (const d of model.discovered) builder.addNode({ id: d.id, label: d.label, name: d.name, nameEn: '' });
  const ctx = { model, curated: c, labelOf: builder.labelOf.bind(builder), resolveTitle: titleResolver(c) };
  const names = new Map<string, string>([
    ...c.lexicon.map((e): [string, string] => [e.id, e.name]),
    ...model.discovered.map((d): [string, string] => [d.id, d.name]),
  ]);
  const edges = supplyPhrases(ctx);
  const name = (id: string): string => names.get(id) ?? id;
  return { edges, name };
};

/** `TYPE part -> whole rule` for each edge, by node name, sorted (repeats kept). */
export const linesOf = ({ edges, name }: ReturnType<typeof supplyEdges>): string[] =>
  edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)} ${e.rule ?? ''}`).sort();

/** The lines of the supply edges of `text`. */
export const supplyLines = (text: string, known: Readonly<Record<string, KnownLabel>> = {}): string[] =>
  linesOf(supplyEdges(text, known));

/** The distinct lines of `supplyLines`, in the order the graph gives them. */
export const supplyPairs = (text: string, known: Readonly<Record<string, KnownLabel>> = {}): string[] => [
  ...new Set(supplyLines(text, known)),
];
