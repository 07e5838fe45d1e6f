// The department registry (seeds/departments.json): its runtime schema, the written forms that name
// each department, and the SUCCEEDED_BY edges of the State Council reforms (2008, 2013, 2018, 2023).
import { z } from 'zod';
import { NODE_ID_PATTERN, type NodeId } from '../../../core/model/ids';
import { normalizeTerm } from '../normalize';
import type { DepartmentEntry } from '../types';
import type { RuleOutput } from './output';

export const SUCCESSION_RULE = 'registry:reform';

const nodeId = z
  .string()
  .regex(NODE_ID_PATTERN)
  .transform((s) => s as NodeId);

export const departmentsSchema = z.array(
  z.object({
    id: nodeId,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    kind: z.enum([
      'state-council',
      'ministry',
      'commission',
      'directly-affiliated',
      'administered-bureau',
      'office',
      'former',
    ]),
    aliases: z.array(z.string()).default([]),
    shortForms: z.array(z.string()).default([]),
    docPrefixes: z.array(z.string().min(1)).optional(),
    administeredBy: nodeId.optional(),
    successor: nodeId.optional(),
    successionNote: z.string().optional(),
    remit: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          zh: z.string().min(1),
          en: z.string().min(1),
          terms: z.array(z.string().min(1)),
          quoted: z.boolean(),
          source: z.string().min(1).optional(),
        }),
      )
      .min(1),
    remitSource: z.string().min(1),
  }),
);

/** A written form of a department: its name, an alias or (lists only) a short form. */
export interface DepartmentForm {
  readonly form: string;
  readonly id: NodeId;
  readonly short: boolean;
}

/** Every form of every department, normalised, longest first (so 国家卫生健康委员会 wins over 国家卫生健康委). */
export const departmentForms = (departments: readonly DepartmentEntry[]): DepartmentForm[] =>
  departments
    .flatMap((d) => [
      ...[d.name, ...d.aliases].map((f) => ({ form: normalizeTerm(f), id: d.id, short: false })),
      ...d.shortForms.map((f) => ({ form: normalizeTerm(f), id: d.id, short: true })),
    ])
    .filter((f) => f.form.length > 0)
    .sort((a, b) => b.form.length - a.form.length || (a.short ? 1 : 0) - (b.short ? 1 : 0));

/** Problems of a registry that the schema cannot see: a form naming two bodies, a dangling link. */
export const registryProblems = (departments: readonly DepartmentEntry[]): string[] => {
  const problems: string[] = [];
  const ids = new Set(departments.map((d) => d.id));
  const owner = new Map<string, NodeId>();
  for (const d of departments) {
    if (!d.id.startsWith('department:')) problems.push(`department id ${d.id} must start with department:`);
    for (const link of [d.successor, d.administeredBy])
      if (link && !ids.has(link)) problems.push(`${d.id} links to ${link}, which is not in the registry`);
    for (const f of [d.name, ...d.aliases, ...d.shortForms]) {
      const key = normalizeTerm(f);
      const prev = owner.get(key);
      if (prev && prev !== d.id) problems.push(`the form ${f} names both ${prev} and ${d.id}`);
      owner.set(key, d.id);
    }
  }
  return problems;
};

/** SUCCEEDED_BY from the registry (the reform that merged or renamed a body); no plan text states it. */
export const successions = (departments: readonly DepartmentEntry[]): RuleOutput => ({
  nodes: [],
  mentions: [],
  edges: departments.flatMap((d) =>
    d.successor
      ? [
          {
            type: 'SUCCEEDED_BY' as const,
            source: d.id,
            target: d.successor,
            basis: 'inferred' as const,
            rule: SUCCESSION_RULE,
            evidence: [],
            ...(d.successionNote ? { props: { reasonEn: d.successionNote } } : {}),
          },
        ]
      : [],
  ),
});

/** The department a user names (`工业和信息化部`, `工信部`, `department:miit`), if the registry has it. */
export const resolveDepartment = (
  nameOrId: string,
  departments: readonly DepartmentEntry[],
): NodeId | undefined => {
  const key = normalizeTerm(nameOrId);
  return departments.find(
    (d) => d.id === nameOrId || [d.name, ...d.aliases].some((f) => normalizeTerm(f) === key),
  )?.id;
};
