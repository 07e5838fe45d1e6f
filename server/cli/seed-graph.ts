// Reads the curated seeds, the plan texts and the user's plan store from disk and runs the
// extractor: the one place that turns seeds/ (and the store, docs/plans.md) into a graph, shared by
// `npm run extract`, `npm run load`, `npm start`, `npm run plan` and the tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { InvalidInputError } from '../../core/errors';
import { PLAN_ID_PATTERN, type NodeId, type PlanId } from '../../core/model/ids';
import { graphFileSchema, type GraphFile } from '../../core/model/interchange';
import { decodePlanBytes, type PlanEncoding } from '../extract/decode';
import { extractGraph, type ExtractResult } from '../extract/extract';
import { parseCurated } from '../extract/lexicon';
import { parsePlanSeeds } from '../extract/seeds';
import { resolveDepartment } from '../extract/rules/departments-registry';
import type { Curated, DepartmentEntry, PlanInput, PlanSeed } from '../extract/types';
import type { PlanRecord } from '../plans/plan-record';
import { readStore, readStoredText } from '../plans/plan-store';
import { withoutRejected } from '../plans/rejected-terms';
import type { StoreState } from '../plans/store-layout';
import { PROJECT_ROOT } from './config';
import { PLAN_STORE_DIR } from './content-hash';

export interface PlanArg {
  file?: string;
  id?: string;
  title?: string;
  titleEn?: string;
  year?: string;
  /** `--issuer` values: department names, short names or ids, for texts that do not say who issued them. */
  issuers?: string[];
}

export const readJson = (path: string): unknown => {
  if (!existsSync(path))
    throw new InvalidInputError(
      `extract: seed file ${path} is missing; run from the project root or pass --seeds DIR`,
    );
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (cause) {
    throw new InvalidInputError(`extract: seed file ${path} is not valid JSON`, { cause });
  }
};

/** Reads a plan file in any encoding the extractor knows (`decodePlanBytes`), refusing anything else. */
export const readPlanText = (file: string): { text: string; sha256: string; encoding: PlanEncoding } => {
  if (!existsSync(file)) throw new InvalidInputError(`extract: plan file ${file} does not exist`);
  const bytes = readFileSync(file);
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) throw new InvalidInputError(`extract: plan file ${file} ${decoded.detail}`);
  return {
    text: decoded.text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
  };
};

/** The plans to extract: the seeds, with `--plan` groups overriding a seed's file or adding a plan. */
export const resolvePlans = (
  seeds: PlanSeed[],
  extra: readonly PlanArg[],
  departments: readonly DepartmentEntry[] = [],
): PlanSeed[] => {
  const plans = [...seeds];
  const issuersOf = (p: PlanArg): Pick<PlanSeed, 'issuers'> =>
    p.issuers
      ? {
          issuers: p.issuers.map((name) => {
            const id = resolveDepartment(name, departments);
            if (!id)
              throw new InvalidInputError(
                `extract: --issuer ${name} is not in the department registry; give a name (工业和信息化部), a short name (工信部) or an id (department:miit)`,
              );
            return id;
          }),
        }
      : {};
  for (const p of extra) {
    if (p.id === undefined) throw new InvalidInputError(`extract: --plan ${p.file ?? ''} needs --plan-id ID`);
    const known = plans.findIndex((s) => s.id === p.id);
    if (p.file === undefined) {
      if (known === -1)
        throw new InvalidInputError(
          `extract: unknown plan id ${p.id}; known ids are ${plans.map((s) => s.id).join(', ')}`,
        );
      const seed = plans[known];
      if (seed) plans[known] = { ...seed, ...issuersOf(p) };
      continue;
    }
    if (!PLAN_ID_PATTERN.test(p.id))
      throw new InvalidInputError(
        `extract: plan id "${p.id}" is not of the form short-name-YYYY (e.g. meq-2021)`,
      );
    const prev = plans[known];
    if (prev) {
      plans[known] = { ...prev, file: p.file, ...(p.title ? { title: p.title } : {}), ...issuersOf(p) };
      continue;
    }
    const year = Number(p.year ?? p.id.slice(-4));
    if (!Number.isInteger(year) || year < 1949 || year > 2100)
      throw new InvalidInputError(`extract: --year for ${p.id} must be a year such as 2021`);
    if (!p.title) throw new InvalidInputError(`extract: --title TEXT is required for the new plan ${p.id}`);
    plans.push({
      id: p.id as PlanId,
      title: p.title,
      titleEn: p.titleEn ?? p.title,
      file: p.file,
      year,
      ...issuersOf(p),
    });
  }
  return plans;
};

/** The curated seeds, with the user's lexicon additions appended to the lexicon. */
export const readCurated = (seedDir: string, userLexicon: readonly unknown[] = []): Curated => {
  const lexicon = readJson(join(seedDir, 'lexicon.json'));
  return parseCurated({
    lexicon: Array.isArray(lexicon) ? [...(lexicon as unknown[]), ...userLexicon] : lexicon,
    measures: readJson(join(seedDir, 'measures.json')),
    departments: readJson(join(seedDir, 'departments.json')),
    discovery: readJson(join(seedDir, 'discovery.json')),
    // Optional: a seeds folder of one's own may have no glossary (discovered terms then have no English).
    ...(existsSync(join(seedDir, 'glossary.json'))
      ? { glossary: readJson(join(seedDir, 'glossary.json')) }
      : {}),
  });
};

/** The ids of the seed plans (seeds/plans.json), which no user plan may take. */
export const seedPlanIds = (seedDir = join(PROJECT_ROOT, 'seeds')): PlanId[] =>
  parsePlanSeeds(readJson(join(seedDir, 'plans.json'))).map((p) => p.id);

/** The curated seeds and the plans' texts, with `--plan` groups applied. */
export const readSeeds = (
  seedDir: string,
  extra: readonly PlanArg[] = [],
  userLexicon: readonly unknown[] = [],
): { curated: Curated; inputs: PlanInput[]; encodings: PlanEncoding[] } => {
  const curated = readCurated(seedDir, userLexicon);
  const plans = resolvePlans(
    parsePlanSeeds(readJson(join(seedDir, 'plans.json'))),
    extra,
    curated.departments,
  );
  const encodings: PlanEncoding[] = [];
  const inputs: PlanInput[] = plans.map((meta) => {
    const { text, sha256, encoding } = readPlanText(resolve(PROJECT_ROOT, meta.file));
    encodings.push(encoding);
    return { meta: { ...meta, sha256 }, text };
  });
  return { curated, inputs, encodings };
};

/** The user's plans to extract next to the seeds. */
export interface UserPlans {
  readonly storeDir: string;
  readonly state: StoreState;
  /** The text of a plan of `state`: a pending add's from memory, the others from the store. */
  readonly textOf: (id: PlanId) => string;
}

/** The plans of the store at `storeDir`, their texts read from it. */
export const storedUserPlans = (storeDir = PLAN_STORE_DIR): UserPlans => ({
  storeDir,
  state: readStore(storeDir),
  textOf: (id) => readStoredText(storeDir, id).toString('utf8'),
});

/**
 * How the graph names a stored text's file: relative to the project root when the store is inside
 * it (`.data/plans/texts/mi-2024.txt`), else under `$PLAN_STORE_DIR`, so no absolute path of the
 * machine reaches the API. The API reads stored texts by plan id, not by this name.
 */
export const storedFileLabel = (storeDir: string, record: PlanRecord): string => {
  const rel = relative(PROJECT_ROOT, join(storeDir, record.file));
  return rel.startsWith('..') || rel.startsWith(sep) || resolve(rel) === rel
    ? `$PLAN_STORE_DIR/${record.file}`
    : rel.split(sep).join('/');
};

/** A stored plan as the extractor's input; its graph sha256 is the stored UTF-8 text's. */
export const userPlanInput = (record: PlanRecord, text: string, storeDir: string): PlanInput => ({
  meta: {
    id: record.id,
    title: record.title,
    titleEn: record.titleEn,
    file: storedFileLabel(storeDir, record),
    year: record.year,
    ...(record.issuers.length > 0 ? { issuers: record.issuers as NodeId[] } : {}),
    sha256: record.textSha256,
  },
  text,
});

/** Extracts the seeds and the user's plans (with their lexicon additions). */
export const extractPlans = (seedDir: string, user: UserPlans): ExtractResult => {
  const { curated, inputs } = readSeeds(seedDir, [], user.state.lexicon);
  const taken = new Set(inputs.map((p) => p.meta.id as string));
  for (const p of user.state.plans)
    if (taken.has(p.id))
      throw new InvalidInputError(
        `plans: the plan store holds ${p.id}, a seed plan's id; delete its entry from ${join(user.storeDir, 'plans.json')}`,
      );
  const all = [...inputs, ...user.state.plans.map((p) => userPlanInput(p, user.textOf(p.id), user.storeDir))];
  // Terms the user rejected from a preview leave the graph (docs/plans.md).
  const result = withoutRejected(extractGraph(all, curated), user.state.rejected ?? []);
  assertInterchange(result.graph);
  return result;
};

/** Extracts the graph of the project's seeds and the user's plan store, checked against the interchange schema. */
export const extractSeeds = (
  seedDir = join(PROJECT_ROOT, 'seeds'),
  extra: readonly PlanArg[] = [],
): ExtractResult => {
  if (extra.length === 0) return extractPlans(seedDir, storedUserPlans());
  const { curated, inputs } = readSeeds(seedDir, extra);
  const result = extractGraph(inputs, curated);
  assertInterchange(result.graph);
  return result;
};

/** The graph `npm start` and `npm run load` serve: the seeds and the user's plans. */
export const extractSeedGraph = (): GraphFile => extractSeeds().graph;

export function assertInterchange(graph: unknown): asserts graph is GraphFile {
  const checked = graphFileSchema.safeParse(graph);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `extract: the graph does not match the interchange schema: ${issue?.message ?? ''} at ${issue?.path.join('.') ?? ''}`,
    );
  }
}
