// The commands of `npm run plan` (docs/plans.md): each one validates, extracts the seeds and the
// user's plans, loads the graph with the versioned loader, and only then writes the plan store, so
// a refused input or a failed load leaves both the store and the served graph as they were.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodePlanBytes } from '../extract/decode';
import { resolveDepartment } from '../extract/rules/departments-registry';
import type { LoadSummary } from '../load/index';
import { InvalidInputError } from '../../core/errors';
import type { PlanId } from '../../core/model/ids';
import type { GraphFile } from '../../core/model/interchange';
import { exportDocument, parseExportDocument } from '../plans/export-file';
import type { AcceptArgs, AddArgs, PlanArgs } from '../plans/plan-args';
import {
  checkChinese,
  checkNewPlanId,
  checkSize,
  checkTitle,
  checkYear,
  storedTextFile,
  type PlanRecord,
} from '../plans/plan-record';
import { formatFindings, planCounts, planFindings, type PlanFindings } from '../plans/plan-summary';
import { writeStore } from '../plans/plan-store';
import {
  lexiconEntrySchema,
  storeFiles,
  withLexiconEntry,
  withoutPlan,
  withPlan,
  withRejected,
  type StoreState,
  type UserLexiconEntry,
} from '../plans/store-layout';
import { PROJECT_ROOT } from './config';
import { GRAPH_INPUTS, hashPaths } from './content-hash';
import { extractPlans, readCurated, seedPlanIds, storedUserPlans, type UserPlans } from './seed-graph';
import { withStoreLock } from './store-lock';

export interface PlanCommandDeps {
  readonly storeDir: string;
  readonly seedDir: string;
  /** Loads a graph under a content hash (the versioned loader, or a test's stand-in). */
  readonly load: (graph: GraphFile, hash: string) => Promise<LoadSummary>;
  readonly out: (line: string) => void;
  /** The clock of `addedAt` (tests fix it). */
  readonly now?: () => Date;
}

/** An export file holds several plans; each is still under MAX_PLAN_BYTES. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Extracts the seeds and `user`, prints the new or removed plan's findings, loads, then commits. */
const extractLoadCommit = async (
  deps: PlanCommandDeps,
  next: UserPlans,
  newTexts: ReadonlyMap<PlanId, string>,
  describe: (graph: GraphFile, result: ReturnType<typeof extractPlans>) => void,
): Promise<LoadSummary> => {
  const result = extractPlans(deps.seedDir, next);
  describe(result.graph, result);
  const hash = hashPaths(GRAPH_INPUTS, PROJECT_ROOT, {
    dir: deps.storeDir,
    files: storeFiles(next.state, next.textOf),
  });
  deps.out(
    `plan: loading ${result.graph.nodes.length} nodes and ${result.graph.edges.length} edges of ${result.graph.plans.length} plans\n`,
  );
  const summary = await deps.load(result.graph, hash).catch((e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    throw new InvalidInputError(
      `plans: loading failed, so the plan store is unchanged and the previous graph stays served: ${message.split('\n')[0] ?? ''}`,
      { cause: e },
    );
  });
  writeStore(deps.storeDir, next.state, newTexts);
  deps.out(
    `plan: loaded version ${summary.version} (${summary.nodes} nodes, ${summary.edges} edges, ${summary.plans} plans) in ${(summary.timings.totalMs / 1000).toFixed(1)} s; the plan store is updated\n`,
  );
  return summary;
};

/** A new plan's metadata as given (command-line flags or upload parameters). */
export type NewPlan = Omit<AddArgs, 'command' | 'file'>;

/** Decodes and checks a new plan's bytes; the record it would be stored under. `name` names it in messages. */
export const preparePlan = (
  plan: NewPlan,
  bytes: Uint8Array,
  name: string,
  deps: Pick<PlanCommandDeps, 'seedDir' | 'now'>,
  state: StoreState,
): { record: PlanRecord; text: string } => {
  const id = checkNewPlanId(
    plan.id,
    seedPlanIds(deps.seedDir),
    state.plans.map((p) => p.id),
  );
  const title = checkTitle(plan.title);
  const titleEn = plan.titleEn === undefined ? title : checkTitle(plan.titleEn, '--title-en');
  const year = checkYear(plan.year, id);
  checkSize(bytes.length, name);
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) throw new InvalidInputError(`plans: ${name} ${decoded.detail}`);
  checkChinese(decoded.text, name);
  // The store keeps UTF-8: it must decode to the very same text, or the offsets would drift.
  const again = decodePlanBytes(Buffer.from(decoded.text, 'utf8'));
  if (!again.ok || again.text !== decoded.text)
    throw new InvalidInputError(
      `plans: ${name} (${decoded.encoding}) does not survive conversion to UTF-8 unchanged; save it as UTF-8 and add it again`,
    );
  const departments = readCurated(deps.seedDir).departments;
  const issuers = plan.issuers.map((issuer) => {
    const dept = resolveDepartment(issuer, departments);
    if (!dept)
      throw new InvalidInputError(
        `plans: issuer ${issuer} is not in the department registry; give a name (工业和信息化部), a short name (工信部) or an id (department:miit)`,
      );
    return dept;
  });
  const record: PlanRecord = {
    id,
    title,
    titleEn,
    year,
    issuers,
    file: storedTextFile(id),
    sha256: sha256(bytes),
    textSha256: sha256(Buffer.from(decoded.text, 'utf8')),
    encoding: decoded.encoding,
    addedAt: (deps.now?.() ?? new Date()).toISOString(),
  };
  return { record, text: decoded.text };
};

export interface AddOutcome {
  readonly record: PlanRecord;
  readonly findings: PlanFindings;
  readonly summary: LoadSummary;
}

/** Adds a plan from its bytes: checks, extraction, load, then the store (under the store's lock). */
export const addPlanBytes = (
  plan: NewPlan,
  bytes: Uint8Array,
  name: string,
  deps: PlanCommandDeps,
): Promise<AddOutcome> =>
  withStoreLock(deps.storeDir, async () => {
    const current = storedUserPlans(deps.storeDir);
    const { record, text } = preparePlan(plan, bytes, name, deps, current.state);
    deps.out(
      `plan: read ${name} as ${record.encoding} (${text.length} characters, sha256 ${record.sha256.slice(0, 12)}…)\n`,
    );
    const next: UserPlans = {
      ...current,
      state: withPlan(current.state, record),
      textOf: (id) => (id === record.id ? text : current.textOf(id)),
    };
    const findings: PlanFindings[] = [];
    const summary = await extractLoadCommit(deps, next, new Map([[record.id, text]]), (graph, result) => {
      deps.out(`plan: extracted ${result.graph.plans.map((p) => p.id).join(', ')}\n`);
      findings.push(planFindings(graph, result.report, record.id));
      deps.out(formatFindings(record.id, findings[0]!));
    });
    return { record, findings: findings[0]!, summary };
  });

const addPlan = async (args: AddArgs, deps: PlanCommandDeps): Promise<void> => {
  if (!existsSync(args.file) || !statSync(args.file).isFile())
    throw new InvalidInputError(`plans: ${args.file} does not exist or is not a file`);
  // Checked before reading, so a huge file is not read into memory.
  checkSize(statSync(args.file).size, args.file);
  const plan: NewPlan = {
    id: args.id,
    issuers: args.issuers,
    ...(args.title !== undefined ? { title: args.title } : {}),
    ...(args.titleEn !== undefined ? { titleEn: args.titleEn } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
  };
  await addPlanBytes(plan, readFileSync(args.file), args.file, deps);
};

/** Removes an added plan (a seed is refused): extraction without it, load, then the store (under its lock). */
export const removePlan = (id: string, deps: PlanCommandDeps): Promise<LoadSummary> =>
  withStoreLock(deps.storeDir, () => removeUnlocked(id, deps));

const removeUnlocked = async (id: string, deps: PlanCommandDeps): Promise<LoadSummary> => {
  if (seedPlanIds(deps.seedDir).includes(id as PlanId))
    throw new InvalidInputError(
      `plans: ${id} is a seed plan (seeds/plans.json); only plans you added can be removed`,
    );
  const current = storedUserPlans(deps.storeDir);
  if (!current.state.plans.some((p) => p.id === id))
    throw new InvalidInputError(
      `plans: no plan ${id} in the plan store; added plans: ${current.state.plans.map((p) => p.id).join(', ') || 'none'}`,
    );
  const next: UserPlans = { ...current, state: withoutPlan(current.state, id as PlanId) };
  return extractLoadCommit(deps, next, new Map(), () => deps.out(`plan: removing ${id}\n`));
};

const listPlans = (deps: PlanCommandDeps): void => {
  const user = storedUserPlans(deps.storeDir);
  const { graph } = extractPlans(deps.seedDir, user);
  const stored = new Map(user.state.plans.map((p) => [p.id as string, p]));
  deps.out('id               source  year  nodes  mentions  sha256        title\n');
  for (const meta of graph.plans) {
    const c = planCounts(graph, meta.id);
    const record = stored.get(meta.id);
    deps.out(
      `${meta.id.padEnd(16)} ${record ? 'added ' : 'seed  '}  ${meta.year}  ${String(c.nodes).padStart(5)}  ${String(c.mentions).padStart(8)}  ${(record?.sha256 ?? meta.sha256 ?? '').slice(0, 12)}  ${meta.title}\n`,
    );
  }
};

const exportPlans = (file: string, deps: PlanCommandDeps): void => {
  const user = storedUserPlans(deps.storeDir);
  const out = path.resolve(file);
  if (!existsSync(path.dirname(out)))
    throw new InvalidInputError(`plans: the folder of ${file} does not exist`);
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(exportDocument(user.state, user.textOf), null, 2)}\n`);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
  deps.out(
    `plan: exported ${user.state.plans.length} plans and ${user.state.lexicon.length} lexicon additions to ${file}\n`,
  );
};

/** The union of the store and an export file: identical plans are kept, a differing one is refused. */
const importPlans = async (file: string, deps: PlanCommandDeps): Promise<void> => {
  if (!existsSync(file)) throw new InvalidInputError(`plans: ${file} does not exist`);
  if (statSync(file).size > MAX_IMPORT_BYTES)
    throw new InvalidInputError(
      `plans: ${file} is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the limit of an import file`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (cause) {
    throw new InvalidInputError(`plans: ${file} is not valid JSON`, { cause });
  }
  const doc = parseExportDocument(raw);
  const current = storedUserPlans(deps.storeDir);
  const seeds = seedPlanIds(deps.seedDir);
  let state = current.state;
  const texts = new Map<PlanId, string>();
  for (const { record, text } of doc.plans) {
    if (seeds.includes(record.id))
      throw new InvalidInputError(`plans: the import file holds ${record.id}, a seed plan's id`);
    checkChinese(text, `${record.id} in ${file}`);
    const have = state.plans.find((p) => p.id === record.id);
    if (have && have.textSha256 !== record.textSha256)
      throw new InvalidInputError(
        `plans: ${record.id} is already in the plan store with another text; remove it first (npm run plan -- remove ${record.id})`,
      );
    if (!have) {
      state = withPlan(state, record);
      texts.set(record.id, text);
    }
  }
  const lexicon = new Map<string, UserLexiconEntry>(state.lexicon.map((e) => [e.id, e]));
  for (const e of doc.lexicon) {
    const have = lexicon.get(e.id);
    if (have && JSON.stringify(have) !== JSON.stringify(e))
      throw new InvalidInputError(`plans: lexicon entry ${e.id} differs between the store and ${file}`);
    lexicon.set(e.id, e);
  }
  state = withRejected({ ...state, lexicon: [...lexicon.values()] }, doc.rejected);
  const known = new Set((current.state.rejected ?? []).map((t) => t.id));
  const newRejected = doc.rejected.filter((t) => !known.has(t.id));
  if (texts.size === 0 && state.lexicon.length === current.state.lexicon.length && newRejected.length === 0) {
    deps.out(`plan: nothing to import; the store already holds everything in ${file}\n`);
    return;
  }
  const next: UserPlans = { ...current, state, textOf: (id) => texts.get(id) ?? current.textOf(id) };
  await extractLoadCommit(deps, next, texts, (graph, result) => {
    for (const id of texts.keys()) deps.out(formatFindings(id, planFindings(graph, result.report, id)));
  });
};

/**
 * Accepts a term the extractor discovered into the user lexicon under the same id, with an English
 * name and aliases: from the next extraction on it is matched as a curated entity.
 */
const acceptTerm = async (args: AcceptArgs, deps: PlanCommandDeps): Promise<void> => {
  const current = storedUserPlans(deps.storeDir);
  const { report } = extractPlans(deps.seedDir, current);
  const term = [...report.discovered, ...report.candidates].find((t) => t.name === args.name);
  if (!term)
    throw new InvalidInputError(
      `plans: ${args.name} is not a term the extractor discovered in the seeds or the stored plans; the report of plan add names them, as does npm run extract -- --out g.json --report r.json`,
    );
  const parsed = lexiconEntrySchema.safeParse({
    id: term.id,
    label: term.label,
    name: term.name,
    nameEn: args.nameEn,
    aliases: args.aliases,
  });
  if (!parsed.success)
    throw new InvalidInputError(
      `plans: ${args.name} cannot enter the lexicon: ${parsed.error.issues[0]?.message ?? 'invalid entry'}`,
    );
  const next: UserPlans = { ...current, state: withLexiconEntry(current.state, parsed.data) };
  // parseCurated refuses an alias another entry owns, before anything is loaded.
  readCurated(deps.seedDir, next.state.lexicon);
  await extractLoadCommit(deps, next, new Map(), () =>
    deps.out(`plan: accepting ${term.label} ${term.name} (${args.nameEn}) as ${term.id}\n`),
  );
};

/** Runs one parsed command against the store; InvalidInputError and ConflictError are the user's. */
export const runPlanCommand = async (args: PlanArgs, deps: PlanCommandDeps): Promise<void> => {
  switch (args.command) {
    case 'list':
      return listPlans(deps);
    case 'export':
      return exportPlans(args.file, deps);
    case 'add':
      return addPlan(args, deps);
    case 'remove':
      await removePlan(args.id, deps);
      return;
    case 'accept':
      return withStoreLock(deps.storeDir, () => acceptTerm(args, deps));
    case 'import':
      return withStoreLock(deps.storeDir, () => importPlans(args.file, deps));
  }
};
