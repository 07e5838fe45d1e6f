// `npm run extract -- --out graph.json [--plan FILE --plan-id ID --title TEXT --year N]...`:
// reads the seeds, the user's plan store (docs/plans.md; `--seeds-only` leaves it out) and plan
// texts, writes the interchange file atomically, prints the report to stderr.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '../../core/errors';
import { extractGraph } from '../extract/extract';
import { formatCapped } from '../extract/limits';
import { formatReport } from '../extract/report';
import { assertInterchange, readSeeds, storedUserPlans, userPlanInput, type PlanArg } from './seed-graph';

interface Args {
  out: string;
  seeds: string;
  plans: PlanArg[];
  quiet: boolean;
  /** Leave the user's plan store (its plans and lexicon additions) out: the seeds' graph alone. */
  seedsOnly: boolean;
  /** Where to write the report as JSON (discovered terms and candidates for curators). */
  report: string;
}

const USAGE =
  'usage: npm run extract -- --out FILE [--seeds DIR] [--seeds-only] [--report FILE] [--plan FILE --plan-id ID --title TEXT [--title-en TEXT] --year N [--issuer DEPT]...]...';

export const parseArgs = (argv: readonly string[]): Args => {
  const args: Args = { out: '', seeds: 'seeds', plans: [], quiet: false, seedsOnly: false, report: '' };
  const current = (): PlanArg => {
    const last = args.plans.at(-1);
    if (last) return last;
    const fresh: PlanArg = {};
    args.plans.push(fresh);
    return fresh;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quiet' || flag === '--seeds-only') {
      if (flag === '--quiet') args.quiet = true;
      else args.seedsOnly = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new InvalidInputError(`extract: ${flag ?? ''} needs a value; ${USAGE}`);
    i++;
    if (flag === '--out') args.out = value;
    else if (flag === '--seeds') args.seeds = value;
    else if (flag === '--report') args.report = value;
    else if (flag === '--plan') args.plans.push({ file: value });
    else if (flag === '--plan-id') current().id = value;
    else if (flag === '--title') current().title = value;
    else if (flag === '--title-en') current().titleEn = value;
    else if (flag === '--year') current().year = value;
    else if (flag === '--issuer') (current().issuers ??= []).push(value);
    else throw new InvalidInputError(`extract: unknown option ${flag ?? ''}; ${USAGE}`);
  }
  if (args.out === '') throw new InvalidInputError(`extract: --out FILE is required; ${USAGE}`);
  return args;
};

export const main = (argv: readonly string[]): number => {
  try {
    const args = parseArgs(argv);
    const user = args.seedsOnly ? undefined : storedUserPlans();
    const {
      curated,
      inputs: seedInputs,
      encodings,
    } = readSeeds(resolve(args.seeds), args.plans, user?.state.lexicon);
    // A `--plan` with a stored plan's id replaces the stored one, as it replaces a seed's file.
    const stored = (user?.state.plans ?? []).filter((p) => !seedInputs.some((i) => i.meta.id === p.id));
    const inputs = [
      ...seedInputs,
      ...stored.map((p) => userPlanInput(p, user?.textOf(p.id) ?? '', user?.storeDir ?? '')),
    ];
    if (!args.quiet) {
      seedInputs.forEach((p, i) =>
        process.stderr.write(`extract: read ${p.meta.id} (${p.meta.file}) as ${encodings[i] ?? '?'}\n`),
      );
      stored.forEach((p) =>
        process.stderr.write(
          `extract: read ${p.id} from the plan store (stored as utf-8, added as ${p.encoding})\n`,
        ),
      );
    }
    const t0 = performance.now();
    const { graph, report, capped } = extractGraph(inputs, curated);
    const elapsed = performance.now() - t0;
    assertInterchange(graph);
    const out = resolve(args.out);
    if (!existsSync(dirname(out)))
      throw new InvalidInputError(`extract: the folder of ${args.out} does not exist`);
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify(graph, null, 2)}\n`);
      renameSync(tmp, out);
    } finally {
      rmSync(tmp, { force: true });
    }
    if (args.report !== '') writeFileSync(resolve(args.report), `${JSON.stringify(report, null, 2)}\n`);
    if (!args.quiet) process.stderr.write(formatReport(report, elapsed) + formatCapped(capped));
    process.stderr.write(
      `extract: wrote ${graph.nodes.length} nodes and ${graph.edges.length} edges to ${args.out}\n`,
    );
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `${message.startsWith('extract: ') ? message : `extract: ${message}`}\n`.split('\n')[0] + '\n',
    );
    return err instanceof InvalidInputError ? 1 : 2;
  }
};

// Run only as a script, so that tests can import parseArgs without side effects.
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
