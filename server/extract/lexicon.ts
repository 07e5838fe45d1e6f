// The curated lexicon: runtime validation of the seed files and the alias index the matcher uses.
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors';
import { NODE_ID_PATTERN, type NodeId } from '../../core/model/ids';
import { normalizeTerm } from './normalize';
import { departmentsSchema, registryProblems } from './rules/departments-registry';
import type { Curated, DepartmentEntry, DiscoveryConfig, LexiconEntry, MeasureNames } from './types';

const nodeId = z
  .string()
  .regex(NODE_ID_PATTERN)
  .transform((s) => s as NodeId);

const lexiconSchema = z.array(
  z.object({
    id: nodeId,
    label: z.enum(['Domain', 'Equipment', 'Component', 'Material', 'Technology']),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    userForms: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  }),
);

const measuresSchema = z.record(
  z.string(),
  z.record(
    z.string(),
    z.object({ slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), nameEn: z.string().min(1) }),
  ),
);

const glossarySchema = z.object({
  pieces: z.record(
    z.string().regex(/[\u4e00-\u9fff]/, 'a piece holds Chinese characters'),
    z.string().min(1),
  ),
});

const discoverySchema = z.object({
  heads: z.object({
    Equipment: z.array(z.string()),
    Component: z.array(z.string()),
    Material: z.array(z.string()),
  }),
  leadingVerbs: z.array(z.string()),
  genericModifiers: z.array(z.string()),
  stopTerms: z.array(z.string()),
  notHeads: z.array(z.string()).default([]),
  maxLength: z.number().int().positive(),
  labelOverrides: z.record(z.string(), z.enum(['Equipment', 'Component', 'Material'])).optional(),
  listQuantifiers: z.array(z.string()).optional(),
  stopWords: z.array(z.string()).optional(),
  sharedModifiers: z.array(z.string()).optional(),
});

const PREFIX: Record<LexiconEntry['label'], string> = {
  Domain: 'domain:',
  Equipment: 'equipment:',
  Component: 'component:',
  Material: 'material:',
  Technology: 'technology:',
};

/**
 * Validates the curated seed data: shapes, id prefixes matching labels, unique ids and no alias
 * shared by two entities (a shared alias would make a mention ambiguous).
 * @throws InvalidInputError naming the offending entry
 */
export const parseCurated = (raw: {
  lexicon: unknown;
  measures: unknown;
  departments: unknown;
  discovery: unknown;
  glossary?: unknown;
}): Curated => {
  const parse = <T>(schema: z.ZodType<T>, value: unknown, what: string): T => {
    const r = schema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new InvalidInputError(
        `extract: ${what} is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
      );
    }
    return r.data;
  };
  const lexicon: LexiconEntry[] = parse(lexiconSchema, raw.lexicon, 'the lexicon');
  const measures: MeasureNames = parse(measuresSchema, raw.measures, 'the measure names');
  const departments: DepartmentEntry[] = parse(departmentsSchema, raw.departments, 'the department registry');
  const discovery: DiscoveryConfig = parse(discoverySchema, raw.discovery, 'the discovery configuration');
  const glossary =
    raw.glossary === undefined ? undefined : parse(glossarySchema, raw.glossary, 'the glossary').pieces;
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const e of lexicon) {
    if (!e.id.startsWith(PREFIX[e.label]))
      throw new InvalidInputError(`extract: lexicon id ${e.id} does not start with ${PREFIX[e.label]}`);
    if (ids.has(e.id)) throw new InvalidInputError(`extract: lexicon id ${e.id} is listed twice`);
    ids.add(e.id);
    for (const form of [e.name, ...e.aliases]) {
      const key = normalizeTerm(form);
      const prev = owner.get(key);
      if (prev !== undefined && prev !== e.id)
        throw new InvalidInputError(`extract: lexicon alias "${form}" belongs to both ${prev} and ${e.id}`);
      owner.set(key, e.id);
    }
  }
  const problem = registryProblems(departments)[0];
  if (problem) throw new InvalidInputError(`extract: the department registry is invalid: ${problem}`);
  return { lexicon, measures, departments, discovery, ...(glossary ? { glossary } : {}) };
};

/** A normalised form and the entity it names. */
export interface AliasForm {
  readonly form: string;
  readonly nodeId: NodeId;
  /**
   * A part's or material's short alias that is only a modifier inside its name (`血糖` of
   * 柔性血糖传感器): it names the entry as a member of a list (`…/血糖及压力传感器`), never as the first
   * word of a longer one (`血糖仪`, `连续血糖监测系统`). A device's (`超声` of 超声诊断设备) still opens the
   * names of its parts (`超声探头`).
   */
  readonly modifier?: true;
}

/** Han characters only, at most two: the short aliases plans use for a member of a list. */
const SHORT_HAN = /^[\u4e00-\u9fff]{1,2}$/u;

/** Every name and alias of the lexicon, normalised, grouped by first character, longest first. */
export const buildAliasIndex = (lexicon: readonly LexiconEntry[]): Map<string, AliasForm[]> => {
  const index = new Map<string, AliasForm[]>();
  for (const e of lexicon) {
    const forms = [e.name, ...e.aliases].map(normalizeTerm);
    // Hybrid devices are written with a hyphen or a slash alike (`PET-CT`, `PET/CT`): without the
    // slash form, `PET/CT` would be read as the `CT` inside it.
    const slashed = forms
      .filter((f) => /[a-z]-[a-z]/.test(f))
      .map((f) => f.replace(/([a-z])-(?=[a-z])/g, '$1/'));
    const name = forms[0] ?? '';
    for (const form of new Set([...forms, ...slashed])) {
      const first = form[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      const modifier =
        (e.label === 'Component' || e.label === 'Material') &&
        form !== name &&
        SHORT_HAN.test(form) &&
        name.includes(form) &&
        !name.endsWith(form);
      list.push({ form, nodeId: e.id, ...(modifier ? { modifier: true as const } : {}) });
      index.set(first, list);
    }
  }
  // Forms of one length are ordered by code unit: no reader depends on that order beyond its being
  // fixed (two forms of one length cannot both match at one offset), and code units need neither
  // ICU's collation data (tens of ms on a cold run) nor the machine's locale.
  for (const list of index.values())
    list.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  return index;
};
