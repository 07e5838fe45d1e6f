// `npm run extract -- --out graph.json [--plan FILE --plan-id ID --title TEXT --year N]...`:
// reads the seeds and plan texts, writes the interchange file atomically, prints the report to stderr.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { InvalidInputError } from '../model/errors';
import { PLAN_ID_PATTERN, type PlanId } from '../model/ids';
import { graphFileSchema } from '../model/interchange';
import { extractGraph } from '../extract/extract';
import { parseCurated } from '../extract/lexicon';
import { formatReport } from '../extract/report';
import { parsePlanSeeds } from '../extract/seeds';
import type { Curated, PlanInput, PlanSeed } from '../extract/types';

interface PlanArg {
  file?: string;
  id?: string;
  title?: string;
  titleEn?: string;
  year?: string;
}

interface Args {
  out: string;
  seeds: string;
  plans: PlanArg[];
  quiet: boolean;
}

const USAGE = 'usage: npm run extract -- --out FILE [--seeds DIR] [--plan FILE --plan-id ID --title TEXT [--title-en TEXT] --year N]...';

export const parseArgs = (argv: readonly string[]): Args => {
  const args: Args = { out: '', seeds: 'seeds', plans: [], quiet: false };
  const current = (): PlanArg => {
    const last = args.plans.at(-1);
    if (last) return last;
    const fresh: PlanArg = {};
    args.plans.push(fresh);
    return fresh;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quiet') {
      args.quiet = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new InvalidInputError(`extract: ${flag ?? ''} needs a value; ${USAGE}`);
    i++;
    if (flag === '--out') args.out = value;
    else if (flag === '--seeds') args.seeds = value;
    else if (flag === '--plan') args.plans.push({ file: value });
    else if (flag === '--plan-id') current().id = value;
    else if (flag === '--title') current().title = value;
    else if (flag === '--title-en') current().titleEn = value;
    else if (flag === '--year') current().year = value;
    else throw new InvalidInputError(`extract: unknown option ${flag ?? ''}; ${USAGE}`);
  }
  if (args.out === '') throw new InvalidInputError(`extract: --out FILE is required; ${USAGE}`);
  return args;
};

const readJson = (path: string): unknown => {
  if (!existsSync(path)) throw new InvalidInputError(`extract: seed file ${path} is missing; run from the project root or pass --seeds DIR`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (cause) {
    throw new InvalidInputError(`extract: seed file ${path} is not valid JSON`, { cause });
  }
};

/** Reads a plan file as UTF-8 text exactly as `fs.readFileSync(f, 'utf8')` would, refusing anything else. */
const readPlanText = (file: string): { text: string; sha256: string } => {
  if (!existsSync(file)) throw new InvalidInputError(`extract: plan file ${file} does not exist`);
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InvalidInputError(`extract: plan file ${file} is not UTF-8 text`, { cause });
  }
  if (text.includes('\u0000')) throw new InvalidInputError(`extract: plan file ${file} is binary, not text`);
  if (text.trim() === '') throw new InvalidInputError(`extract: plan file ${file} is empty`);
  return { text, sha256: createHash('sha256').update(bytes).digest('hex') };
};

/** The plans to extract: the seeds, with `--plan` groups overriding a seed's file or adding a plan. */
const resolvePlans = (seeds: PlanSeed[], extra: readonly PlanArg[]): PlanSeed[] => {
  const plans = [...seeds];
  for (const p of extra) {
    if (p.id === undefined) throw new InvalidInputError(`extract: --plan ${p.file ?? ''} needs --plan-id ID`);
    const known = plans.findIndex((s) => s.id === p.id);
    if (p.file === undefined) {
      if (known === -1) throw new InvalidInputError(`extract: unknown plan id ${p.id}; known ids are ${plans.map((s) => s.id).join(', ')}`);
      continue;
    }
    if (!PLAN_ID_PATTERN.test(p.id)) throw new InvalidInputError(`extract: plan id "${p.id}" is not of the form short-name-YYYY (e.g. meq-2021)`);
    const prev = plans[known];
    if (prev) {
      plans[known] = { ...prev, file: p.file, ...(p.title ? { title: p.title } : {}) };
      continue;
    }
    const year = Number(p.year ?? p.id.slice(-4));
    if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new InvalidInputError(`extract: --year for ${p.id} must be a year such as 2021`);
    if (!p.title) throw new InvalidInputError(`extract: --title TEXT is required for the new plan ${p.id}`);
    plans.push({ id: p.id as PlanId, title: p.title, titleEn: p.titleEn ?? p.title, file: p.file, year });
  }
  return plans;
};

export const main = (argv: readonly string[]): number => {
  try {
    const args = parseArgs(argv);
    const seedDir = resolve(args.seeds);
    const curated: Curated = parseCurated({
      lexicon: readJson(join(seedDir, 'lexicon.json')),
      measures: readJson(join(seedDir, 'measures.json')),
      departments: readJson(join(seedDir, 'departments.json')),
      discovery: readJson(join(seedDir, 'discovery.json')),
    });
    const plans = resolvePlans(parsePlanSeeds(readJson(join(seedDir, 'plans.json'))), args.plans);
    const inputs: PlanInput[] = plans.map((meta) => {
      const { text, sha256 } = readPlanText(resolve(meta.file));
      return { meta: { ...meta, sha256 }, text };
    });
    const t0 = performance.now();
    const { graph, report } = extractGraph(inputs, curated);
    const elapsed = performance.now() - t0;
    const checked = graphFileSchema.safeParse(graph);
    if (!checked.success) throw new Error(`extract: the graph does not match the interchange schema: ${checked.error.issues[0]?.message ?? ''} at ${checked.error.issues[0]?.path.join('.') ?? ''}`);
    const out = resolve(args.out);
    if (!existsSync(dirname(out))) throw new InvalidInputError(`extract: the folder of ${args.out} does not exist`);
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify(graph, null, 2)}\n`);
      renameSync(tmp, out);
    } finally {
      rmSync(tmp, { force: true });
    }
    if (!args.quiet) process.stderr.write(formatReport(report, elapsed));
    process.stderr.write(`extract: wrote ${graph.nodes.length} nodes and ${graph.edges.length} edges to ${args.out}\n`);
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${message.startsWith('extract: ') ? message : `extract: ${message}`}\n`.split('\n')[0] + '\n');
    return err instanceof InvalidInputError ? 1 : 2;
  }
};

process.exitCode = main(process.argv.slice(2));
