// Adding, previewing and removing plans for the HTTP API (docs/plans.md "From the page"): extraction
// in a child process (extract-runner.ts), one change at a time in this process (a second gets a
// ConflictError, 409), the store's lock against `npm run plan`, the load before the store is written.
import { randomBytes } from 'node:crypto';
import { ConflictError, InvalidInputError, NotFoundError } from '../../core/errors';
import type { PlanId } from '../../core/model/ids';
import type { GraphFile } from '../../core/model/interchange';
import type {
  PlanCancelResponse,
  PlanConfirmResponse,
  PlanPreviewResponse,
  TermDecisionsBody,
  TermDecisionsResponse,
} from '../../core/contract/plan-preview';
import type { PlanRemoveResponse, PlanUploadResponse } from '../../core/contract/plans';
import type { NewPlan } from '../cli/plan-commands';
import { seedPlanIds } from '../cli/seed-graph';
import { withStoreLock } from '../cli/store-lock';
import type { LoadSummary } from '../load/index';
import type { ExtractJob, ExtractJobResult } from './extract-job';
import { runExtractChild } from './extract-runner';
import type { PlanRecord } from './plan-record';
import type { PlanFindings } from './plan-summary';
import { readStore, writeStore } from './plan-store';
import { decisionEntries, decisionsOf, previewTerms, recordDecisions, type Decisions } from './preview-terms';
import { withLexiconEntry, withoutPlan, withPlan, withRejected, type StoreState } from './store-layout';

export interface PlanChangesOptions {
  readonly storeDir: string;
  readonly seedDir: string;
  /** Loads a graph under a content hash (the versioned loader). */
  readonly load: (graph: GraphFile, hash: string) => Promise<LoadSummary>;
  /** Runs an extraction job; a child process by default. */
  readonly runJob?: (job: ExtractJob) => Promise<ExtractJobResult>;
  readonly now?: () => Date;
  /** How long a preview waits for its confirmation. */
  readonly previewTtlMs?: number;
  /** Previews kept at once (each holds its text); the oldest is forgotten first. */
  readonly maxPreviews?: number;
}

const DEFAULTS = { previewTtlMs: 15 * 60_000, maxPreviews: 4 };

interface Preview {
  readonly record: PlanRecord;
  readonly text: string;
  readonly findings: PlanFindings;
  readonly expiresAt: number;
  readonly decisions: Decisions;
}

export interface PlanChanges {
  preview(plan: NewPlan, bytes: Uint8Array): Promise<PlanPreviewResponse>;
  decide(token: string, body: TermDecisionsBody): TermDecisionsResponse;
  confirm(token: string): Promise<PlanConfirmResponse>;
  cancel(token: string): PlanCancelResponse;
  upload(plan: NewPlan, bytes: Uint8Array): Promise<PlanUploadResponse>;
  remove(id: PlanId): Promise<PlanRemoveResponse>;
}

const NAME = 'the uploaded file';

export function createPlanChanges(options: PlanChangesOptions): PlanChanges {
  const o = { ...DEFAULTS, ...options };
  const runJob = o.runJob ?? ((job: ExtractJob) => runExtractChild(job));
  const now = () => (o.now?.() ?? new Date()).getTime();
  const previews = new Map<string, Preview>();
  let running: string | undefined;

  /** One extraction or load at a time: a second is refused at once, never interleaved. */
  const exclusive = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    if (running !== undefined)
      throw new ConflictError(
        `api: ${running} is under way; try again when it is done (one plan change at a time)`,
      );
    running = what;
    try {
      return await run();
    } finally {
      running = undefined;
    }
  };

  const prune = (): void => {
    for (const [token, p] of previews) if (p.expiresAt <= now()) previews.delete(token);
  };
  const previewOf = (token: string): Preview => {
    prune();
    const p = previews.get(token);
    if (!p)
      throw new NotFoundError(
        'api: no such preview; it was confirmed, cancelled or has expired (previews last 15 minutes): preview the plan again',
      );
    return p;
  };

  const load = async (graph: GraphFile | undefined, hash: string | undefined): Promise<LoadSummary> => {
    if (!graph || hash === undefined) throw new Error('plans: the extraction job returned no graph to load');
    return o.load(graph, hash).catch((e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      throw new InvalidInputError(
        `plans: loading failed, so the plan store is unchanged and the previous graph stays served: ${message.split('\n')[0] ?? ''}`,
        { cause: e },
      );
    });
  };

  /** Extracts `state` in the child, loads it, then writes the store: a failure before the write changes nothing. */
  const extractLoadCommit = async (
    job: ExtractJob,
  ): Promise<{ result: ExtractJobResult; summary: LoadSummary }> => {
    const result = await runJob(job);
    const summary = await load(result.graph, result.hash);
    writeStore(o.storeDir, result.state, new Map(result.texts));
    return { result, summary };
  };

  return {
    preview: (plan, bytes) =>
      exclusive('extracting a plan', async () => {
        const r = await runJob({
          seedDir: o.seedDir,
          storeDir: o.storeDir,
          add: { plan, bytes, name: NAME },
          forLoad: false,
        });
        const record = r.record;
        const text = record && new Map(r.texts).get(record.id);
        if (!record || text === undefined || !r.findings)
          throw new Error('plans: the preview job returned no plan');
        prune();
        while (previews.size >= o.maxPreviews) previews.delete(previews.keys().next().value!);
        const token = randomBytes(16).toString('hex');
        const expiresAt = now() + o.previewTtlMs;
        const preview: Preview = { record, text, findings: r.findings, expiresAt, decisions: new Map() };
        previews.set(token, preview);
        return {
          token,
          expiresAt: new Date(expiresAt).toISOString(),
          id: record.id,
          title: record.title,
          encoding: record.encoding,
          sha256: record.sha256,
          characters: text.length,
          ...r.findings.counts,
          byLabel: r.findings.byLabel,
          discovered: previewTerms(r.findings, record.id, text, preview.decisions),
          candidates: r.findings.candidates,
          departments: r.findings.departments,
          issuers: r.findings.issuers,
          forwarders: r.findings.forwarders,
          rejectedEarlier: (r.state.rejected ?? [])
            .filter((t) => text.includes(t.name))
            .map((t) => ({ id: t.id as PlanPreviewResponse['rejectedEarlier'][number]['id'], name: t.name })),
        };
      }),

    decide(token, body) {
      const p = previewOf(token);
      recordDecisions(p.decisions, p.findings, body);
      return decisionsOf(p.decisions);
    },

    confirm: (token) =>
      exclusive('adding a plan', () =>
        withStoreLock(o.storeDir, async () => {
          const p = previewOf(token);
          const current = readStore(o.storeDir);
          if (current.plans.some((x) => x.id === p.record.id) || seedPlanIds(o.seedDir).includes(p.record.id))
            throw new ConflictError(
              `api: a plan ${p.record.id} was added since the preview; preview it under another id`,
            );
          const { accepted, rejected } = decisionEntries(p, new Date(now()));
          let state: StoreState = withPlan(current, p.record);
          for (const e of accepted) state = withLexiconEntry(state, e);
          state = withRejected(state, rejected);
          const { result, summary } = await extractLoadCommit({
            seedDir: o.seedDir,
            storeDir: o.storeDir,
            state,
            texts: [[p.record.id, p.text]],
            findingsOf: p.record.id,
            forLoad: true,
          });
          previews.delete(token);
          const counts = result.findings?.counts ?? { nodes: 0, mentions: 0, edges: 0 };
          return {
            id: p.record.id,
            version: summary.version,
            ...counts,
            accepted: accepted.map((e) => e.name),
            rejected: rejected.map((e) => e.name),
          };
        }),
      ),

    cancel(token) {
      prune();
      return { cancelled: previews.delete(token) };
    },

    upload: (plan, bytes) =>
      exclusive('adding a plan', () =>
        withStoreLock(o.storeDir, async () => {
          const { result, summary } = await extractLoadCommit({
            seedDir: o.seedDir,
            storeDir: o.storeDir,
            add: { plan, bytes, name: NAME },
            forLoad: true,
          });
          const { record, findings } = result;
          if (!record || !findings) throw new Error('plans: the upload job returned no plan');
          return {
            id: record.id,
            encoding: record.encoding,
            sha256: record.sha256,
            version: summary.version,
            ...findings.counts,
            discovered: previewTerms(findings, record.id, undefined, new Map()).map(
              ({ decision: _d, ...t }) => t,
            ),
            candidates: findings.candidates,
            departments: findings.departments,
            issuers: findings.issuers,
            forwarders: findings.forwarders,
          };
        }),
      ),

    remove: (id) =>
      exclusive('removing a plan', () =>
        withStoreLock(o.storeDir, async () => {
          if (seedPlanIds(o.seedDir).includes(id))
            throw new InvalidInputError(
              `plans: ${id} is a seed plan (seeds/plans.json); only plans you added can be removed`,
            );
          const current = readStore(o.storeDir);
          if (!current.plans.some((p) => p.id === id))
            throw new InvalidInputError(
              `plans: no plan ${id} in the plan store; added plans: ${current.plans.map((p) => p.id).join(', ') || 'none'}`,
            );
          const { summary } = await extractLoadCommit({
            seedDir: o.seedDir,
            storeDir: o.storeDir,
            state: withoutPlan(current, id),
            forLoad: true,
          });
          return { removed: id, version: summary.version };
        }),
      ),
  };
}
