// The extraction work of adding, previewing and removing a plan, run in a child process
// (extract-child.ts) so that the server keeps answering for the 1-3 s it takes. Input and output
// are plain data (structured clone); the child reads the seeds and the store's texts from disk.
import { GRAPH_INPUTS, hashPaths } from '../cli/content-hash';
import { PROJECT_ROOT } from '../cli/config';
import { preparePlan, type NewPlan } from '../cli/plan-commands';
import { extractPlans, readCurated, type UserPlans } from '../cli/seed-graph';
import type { PlanId } from '../../core/model/ids';
import type { GraphFile } from '../../core/model/interchange';
import type { PlanRecord } from './plan-record';
import { planFindings, type PlanFindings } from './plan-summary';
import { readStore, readStoredText } from './plan-store';
import { storeFiles, withPlan, type StoreState } from './store-layout';

export interface ExtractJob {
  readonly seedDir: string;
  readonly storeDir: string;
  /**
   * The store to extract. Absent: the store as it is on disk. With `add`, the new plan is checked
   * against it and added to it.
   */
  readonly state?: StoreState;
  /** A new plan's bytes and metadata, checked as `plan add` checks them. */
  readonly add?: { readonly plan: NewPlan; readonly bytes: Uint8Array; readonly name: string };
  /** Texts of `state` not yet in the store (a previewed plan being confirmed). */
  readonly texts?: readonly (readonly [PlanId, string])[];
  /** The plan whose findings to return (the added one by default). */
  readonly findingsOf?: PlanId;
  /** Return the graph and the content hash it loads under (not needed for a preview). */
  readonly forLoad: boolean;
}

export interface ExtractJobResult {
  /** The store the graph was extracted from (with the added plan). */
  readonly state: StoreState;
  /** The added plan, its decoded text, and the store's pending texts. */
  readonly record?: PlanRecord;
  readonly texts: readonly (readonly [PlanId, string])[];
  readonly findings?: PlanFindings;
  readonly graph?: GraphFile;
  /** The content hash the graph is loaded under: the one the store has once written. */
  readonly hash?: string;
}

/** Runs one job (in the child). Throws the same InvalidInputError as `npm run plan` for a bad plan. */
export const runExtractJob = (job: ExtractJob): ExtractJobResult => {
  let state = job.state ?? readStore(job.storeDir);
  const texts = new Map<PlanId, string>(job.texts ?? []);
  let record: PlanRecord | undefined;
  if (job.add) {
    const prepared = preparePlan(job.add.plan, job.add.bytes, job.add.name, { seedDir: job.seedDir }, state);
    record = prepared.record;
    state = withPlan(state, record);
    texts.set(record.id, prepared.text);
  }
  // An alias another entry owns is refused here, before anything is loaded.
  readCurated(job.seedDir, state.lexicon);
  const user: UserPlans = {
    storeDir: job.storeDir,
    state,
    textOf: (id) => texts.get(id) ?? readStoredText(job.storeDir, id).toString('utf8'),
  };
  const result = extractPlans(job.seedDir, user);
  const of = job.findingsOf ?? record?.id;
  return {
    state,
    ...(record ? { record } : {}),
    texts: [...texts],
    ...(of ? { findings: planFindings(result.graph, result.report, of) } : {}),
    ...(job.forLoad
      ? {
          graph: result.graph,
          hash: hashPaths(GRAPH_INPUTS, PROJECT_ROOT, {
            dir: job.storeDir,
            files: storeFiles(state, user.textOf),
          }),
        }
      : {}),
  };
};
