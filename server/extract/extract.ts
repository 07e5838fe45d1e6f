// The pipeline: plan texts and curated seeds in, the interchange graph and a report out. Pure.
import type { NodeId } from '../../core/model/ids';
import type { GraphFile, PlanMeta } from '../../core/model/interchange';
import { InvalidInputError } from '../../core/errors';
import { PLAN_ID_PATTERN } from '../../core/model/ids';
import { GraphBuilder } from './graph-builder';
import { withFields } from './field-terms';
import { buildAliasIndex } from './lexicon';
import type { CappedCount } from './limits';
import { planNodeId } from './node-ids';
import { analysePlan, mentionAt, titleResolver, type PlanModel } from './plan-model';
import { buildReport, type ExtractReport } from './report';
import { regionalForms, writtenSpans } from './simplified-view';
import { compoundNames } from './rules/compound-names';
import type { RuleContext } from './rules/context';
import { remitResponsibilities, statedDepartments, successions } from './rules/departments';
import { withResponsibilityCounts } from './rules/departments-counts';
import { pruneDepartments } from './rules/departments-prune';
import { domainApposition } from './rules/domain-apposition';
import { domainEnumerations } from './rules/domain-enumerations';
import { domainRespective } from './rules/domain-respective';
import { domainLists } from './rules/domain-lists';
import { domainMembership } from './rules/domain-membership';
import { fieldHolds } from './rules/domain-fit';
import { enables } from './rules/enables';
import { indexMeasures, measures } from './rules/measures';
import type { RuleOutput } from './rules/output';
import { supplyChainGrammar } from './rules/supply-chain-grammar';
import { supplyPhrases } from './rules/supply-phrases';
import { targets } from './rules/targets';
import { buildGlossary, glossName } from './terms/english-gloss';
import { normalizeTerm } from './normalize';
import type { Curated, PlanInput, Section } from './types';

export interface ExtractResult {
  readonly graph: GraphFile;
  readonly report: ExtractReport;
  readonly models: readonly PlanModel[];
  /** Nodes and edges whose mentions or evidence in a plan went past the caps of limits.ts. */
  readonly capped: readonly CappedCount[];
}

const checkPlans = (plans: readonly PlanInput[]): void => {
  if (plans.length === 0)
    throw new InvalidInputError(
      'extract: no plans to extract; pass --plan FILE --plan-id ID or keep seeds/plans.json',
    );
  const seen = new Set<string>();
  for (const p of plans) {
    if (!PLAN_ID_PATTERN.test(p.meta.id))
      throw new InvalidInputError(
        `extract: plan id "${p.meta.id}" is not of the form short-name-YYYY (e.g. meq-2021)`,
      );
    if (seen.has(p.meta.id)) throw new InvalidInputError(`extract: plan id ${p.meta.id} is given twice`);
    seen.add(p.meta.id);
    if (!/[\u4e00-\u9fff]/.test(p.text))
      throw new InvalidInputError(
        `extract: plan ${p.meta.id} (${p.meta.file}) has no Chinese text; is it the right file?`,
      );
  }
};

/** The title line that names the plan itself (`医疗装备产业发展规划（2021-2025年）`), if any. */
const planTitleSection = (model: PlanModel): Section | undefined => {
  const planTitle = normalizeTerm(model.plan.title);
  return model.sections.find((s) => {
    const t = normalizeTerm(s.title);
    return s.kind === 'title' && t.length > 0 && (planTitle.includes(t) || t === planTitle);
  });
};

/**
 * Extracts the graph of `plans` with the curated seeds.
 * @throws InvalidInputError for an empty plan list, a bad or repeated plan id, or an empty plan
 */
export const extractGraph = (plans: readonly PlanInput[], curated: Curated): ExtractResult => {
  checkPlans(plans);
  const builder = new GraphBuilder(plans.map((p) => p.meta.id));
  const aliasIndex = buildAliasIndex(curated.lexicon);
  const resolveTitle = titleResolver(curated);
  for (const e of curated.lexicon)
    builder.addNode({ id: e.id, label: e.label, name: e.name, nameEn: e.nameEn, aliases: e.aliases });
  for (const d of curated.departments)
    builder.addNode({
      id: d.id,
      label: 'Department',
      name: d.name,
      nameEn: d.nameEn,
      aliases: [...d.aliases, ...d.shortForms],
      props: {
        kind: d.kind,
        remitSource: d.remitSource,
        remit: d.remit.map((c) => c.zh),
        remitEn: d.remit.map((c) => c.en),
        ...(d.successionNote ? { successionNote: d.successionNote } : {}),
      },
    });
  for (const p of plans)
    builder.addNode({
      id: planNodeId(p.meta.id),
      label: 'Plan',
      name: p.meta.title,
      nameEn: p.meta.titleEn,
      aliases: [],
      props: { year: p.meta.year },
    });

  // Fields named in running text join each model before any rule reads it (field-terms.ts).
  const fielded = withFields(
    plans.map((p) => analysePlan(p, curated, aliasIndex)),
    curated,
  );
  const models = fielded.map((f) => f.model);
  const glossary = buildGlossary(curated.glossary ?? {}, curated.lexicon);
  const discoveredIds = new Set<NodeId>();
  for (const m of models) {
    // A Hong Kong or Taiwan text's own wording of a name its view reads in mainland terms.
    const written = regionalForms(
      m.original,
      m.text,
      m.discovered.map((d) => d.name),
    );
    for (const [k, d] of m.discovered.entries()) {
      const nameEn = glossName(d.name, glossary);
      builder.addNode({
        id: d.id,
        label: d.label,
        name: d.name,
        nameEn,
        aliases: written[k] ?? [],
        discovered: true,
        props: {
          ...(nameEn !== '' ? { nameEnBy: 'glossary' } : {}),
          confidence: d.confidence,
          foundBy: d.foundBy,
          ...(d.completedFrom ? { completedFrom: d.completedFrom } : {}),
        },
      });
      discoveredIds.add(d.id);
    }
  }
  const apply = (o: RuleOutput): void => {
    for (const n of o.nodes) builder.addNode(n);
    for (const m of o.mentions) builder.addMention(m.id, m.mention);
    for (const e of o.edges) builder.addEdge(e);
    for (const a of o.aliases ?? []) builder.addAliases(a.id, a.aliases);
  };
  for (const [i, model] of models.entries()) {
    builder.addPlan(planNodeId(model.plan.id), model.plan.id);
    const title = planTitleSection(model);
    if (title)
      builder.addMention(
        planNodeId(model.plan.id),
        mentionAt(model.plan.id, title.path, title.titleStart, title.titleEnd),
      );
    // A lexicon name the view reads in a Hong Kong or Taiwan text is also named as the text words it.
    const spans = writtenSpans(model.original, model.text, model.occurrences);
    for (const [k, o] of model.occurrences.entries()) {
      const section = model.sections[model.sentences[o.sentence]?.section ?? 0]?.path ?? '';
      builder.addMention(o.nodeId, mentionAt(model.plan.id, section, o.start, o.end));
      const form = spans[k];
      if (form) builder.addAliases(o.nodeId, [form]);
    }
    const ctx: RuleContext = { model, curated, labelOf: (id) => builder.labelOf(id), resolveTitle };
    const index = indexMeasures(ctx);
    apply(measures(ctx, index));
    apply(targets(ctx));
    const depts = statedDepartments(ctx, index);
    apply(depts.output);
    apply(remitResponsibilities(ctx, index, depts));
    for (const e of [
      ...supplyChainGrammar(ctx),
      ...supplyPhrases(ctx),
      ...compoundNames(ctx),
      ...domainMembership(ctx),
      ...domainLists(ctx),
      ...domainApposition(ctx, fielded[i]?.appositions ?? []),
      ...domainEnumerations(ctx),
      ...domainRespective(ctx),
      ...enables(ctx),
    ]) {
      // Whatever rule read a membership, a class of consumables holds no machine (rules/domain-fit.ts).
      if (
        e.type === 'IN_DOMAIN' &&
        !fieldHolds(builder.nameOf(e.target) ?? '', builder.nameOf(e.source) ?? '')
      )
        continue;
      builder.addEdge(e);
    }
  }
  apply(successions(curated.departments));
  const metas: PlanMeta[] = plans.map((p) => ({
    id: p.meta.id,
    title: p.meta.title,
    titleEn: p.meta.titleEn,
    file: p.meta.file,
    year: p.meta.year,
    ...(p.meta.issuers ? { issuers: [...p.meta.issuers] } : {}),
    ...(p.meta.sha256 ? { sha256: p.meta.sha256 } : {}),
  }));
  const graph = withResponsibilityCounts(pruneDepartments(builder.build(metas)));
  return {
    graph,
    report: buildReport(
      graph,
      curated,
      discoveredIds,
      builder.rejected,
      plans.map((p) => p.meta.id),
      models,
    ),
    models,
    capped: builder.capped,
  };
};
