// The plans' texts for the source view, read from seeds/ or the user's plan store and checked
// against the loaded graph: the evidence offsets index the exact text the graph was extracted from,
// so a file that changed since (an edited seed, a graph loaded from another checkout) must fail
// loudly, not highlight wrong spans.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodePlanBytes } from '../../extract/decode';
import { UnavailableError } from '../../../core/errors';
import { PLAN_ID_PATTERN } from '../../../core/model/ids';
import type { PlanMeta } from '../../../core/model/interchange';

export interface PlanTexts {
  /**
   * The plan's text: a seed's from seeds/, any other plan's from the plan store by its id;
   * UnavailableError (503) when it is unreadable or not the loaded one.
   */
  read(meta: PlanMeta): Promise<string>;
}

/** sha256 of the file's bytes, as the extractor computes it (server/cli/seed-graph.ts). */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The text of `bytes` when they are the ones the graph was extracted from; throws UnavailableError if not. */
export function checkedPlanText(meta: PlanMeta, bytes: Uint8Array): string {
  const actual = sha256Hex(bytes);
  // Graphs written before the extractor recorded sha256 cannot be checked; they are served as before.
  if (meta.sha256 !== undefined && meta.sha256 !== actual)
    throw new UnavailableError(
      `api: plan ${meta.id}'s text on disk (${meta.file}, sha256 ${actual.slice(0, 12)}…) differs from the ` +
        `text the loaded graph was extracted from (sha256 ${meta.sha256.slice(0, 12)}…), so its evidence ` +
        'offsets would mark the wrong characters; reload the graph (`npm run load`) or restore the file',
    );
  // Decoded as the extractor decodes it (same encoding, a BOM kept), so offsets count the same characters.
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) throw new UnavailableError(`api: plan ${meta.id}'s text ${decoded.detail}`);
  return decoded.text;
}

/**
 * Where a plan's text is read: seeds/ for a file the graph places there, else the plan store's
 * `texts/<id>.txt`, a path built from the checked plan id (never from the graph's file name).
 */
export function planTextFile(meta: PlanMeta, repoRoot: string, planStoreDir: string): string {
  const seeds = path.resolve(repoRoot, 'seeds');
  const file = path.resolve(repoRoot, meta.file);
  if (file.startsWith(seeds + path.sep)) return file;
  if (!PLAN_ID_PATTERN.test(meta.id))
    throw new UnavailableError(
      `api: plan ${JSON.stringify(meta.id)} has no valid id, so its text is not read`,
    );
  return path.join(planStoreDir, 'texts', `${meta.id}.txt`);
}

export function createPlanTexts(repoRoot: string, planStoreDir: string): PlanTexts {
  // Keyed by file and expected hash: a reload that changes the file's hash reads it again, and a
  // text that passed its check stays the right one for that graph even if the file changes later.
  const cache = new Map<string, Promise<string>>();
  return {
    read(meta) {
      // Only seeds/ and the plan store are ever read: the graph, which this server did not write,
      // names the file, so a plan outside seeds/ is read by its id from the store.
      let file: string;
      try {
        file = planTextFile(meta, repoRoot, planStoreDir);
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new UnavailableError(String(e)));
      }
      const key = `${file}\0${meta.sha256 ?? ''}`;
      let text = cache.get(key);
      if (!text) {
        text = readFile(file).then(
          (bytes) => checkedPlanText(meta, bytes),
          (e: unknown) => {
            throw new UnavailableError(
              `api: cannot read plan ${meta.id}'s text from ${meta.file}; is the checkout complete, and for a plan you added, is PLAN_STORE_DIR the store it was added to?`,
              { cause: e },
            );
          },
        );
        // A failure is not remembered: a restored file or a reload answers on the next request.
        text.catch(() => cache.delete(key));
        cache.set(key, text);
      }
      return text;
    },
  };
}
