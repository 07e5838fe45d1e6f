// Departments in a plan, composed from small rules: the registry's successions, the lists of each
// sentence (departments-scan), issuers, stated responsibilities and remit inferences. The pipeline
// calls statedDepartments, then remitResponsibilities with the facts it returned.
import type { NodeId } from '../../../core/model/ids';
import type { RuleContext } from './context';
import { inferredResponsibilities } from './departments-inferred';
import { issuers } from './departments-issuers';
import { scanDepartments } from './departments-scan';
import { statedResponsibilities } from './departments-stated';
import type { MeasureIndex } from './measures';
import type { RuleOutput } from './output';

export { successions, SUCCESSION_RULE } from './departments-registry';
export {
  ISSUER_RULE,
  ISSUE_SENTENCE_RULE,
  DOC_NUMBER_RULE,
  METADATA_ISSUER_RULE,
} from './departments-issuers';
export { ENUMERATION_RULE, DUTY_RULE, BRACKET_RULE, TABLE_RULE } from './departments-stated';
export { remitRule } from './departments-inferred';

export interface DepartmentFacts {
  readonly output: RuleOutput;
  /** Departments the plan puts in charge: issuers and departments stated responsible. */
  readonly inCharge: ReadonlySet<NodeId>;
  /** Sentences that name departments. */
  readonly namingSentences: ReadonlySet<number>;
  /** `department|target` of every stated responsibility (an inference never repeats one). */
  readonly stated: ReadonlySet<string>;
}

/** Mentions, discovered departments, ISSUED and stated RESPONSIBLE_FOR of one plan. */
export const statedDepartments = (ctx: RuleContext, index: MeasureIndex): DepartmentFacts => {
  const { model, curated } = ctx;
  const scan = scanDepartments(model, curated.departments);
  const issued = issuers(model, curated.departments, scan);
  const responsible = statedResponsibilities(model, scan, index);
  const edges = [...issued.output.edges, ...responsible.output.edges];
  return {
    output: {
      nodes: [...scan.output.nodes, ...issued.output.nodes],
      mentions: scan.output.mentions,
      edges,
      ...(scan.output.aliases ? { aliases: scan.output.aliases } : {}),
    },
    inCharge: new Set([...issued.issuers, ...responsible.inCharge]),
    namingSentences: scan.namingSentences,
    stated: new Set(responsible.output.edges.map((e) => `${e.source}|${e.target}`)),
  };
};

/** Inferred RESPONSIBLE_FOR: a department in charge whose remit clause names a term the measure is about. */
export const remitResponsibilities = (
  ctx: RuleContext,
  index: MeasureIndex,
  facts: DepartmentFacts,
): RuleOutput =>
  inferredResponsibilities(
    ctx.model,
    ctx.curated.departments,
    index,
    facts.inCharge,
    facts.namingSentences,
    facts.stated,
  );
