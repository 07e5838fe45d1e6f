// The plans' texts for the source view, read from seeds/ and checked against the loaded graph: the
// evidence offsets index the exact text the graph was extracted from, so a file that changed since
// (an edited seed, a graph loaded from another checkout) must fail loudly, not highlight wrong spans.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodePlanBytes } from '../../extract/decode';
import { UnavailableError } from '../../model/errors';
import type { PlanMeta } from '../../model/interchange';

export interface PlanTexts {
  /** The plan's text; UnavailableError (503) when it is outside seeds/, unreadable or not the loaded one. */
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

export function createPlanTexts(repoRoot: string): PlanTexts {
  // Keyed by file and expected hash: a reload that changes the file's hash reads it again, and a
  // text that passed its check stays the right one for that graph even if the file changes later.
  const cache = new Map<string, Promise<string>>();
  const seeds = path.resolve(repoRoot, 'seeds');
  return {
    read(meta) {
      const file = path.resolve(repoRoot, meta.file);
      // Only seeds/ is ever read: the path comes from the loaded graph, which this server did not write.
      if (!file.startsWith(seeds + path.sep))
        return Promise.reject(
          new UnavailableError(
            `api: plan ${meta.id}'s file ${meta.file} is not under seeds/, the only folder the API reads ` +
              'plan texts from; copy it into seeds/ and extract and load again',
          ),
        );
      const key = `${file}\0${meta.sha256 ?? ''}`;
      let text = cache.get(key);
      if (!text) {
        text = readFile(file).then(
          (bytes) => checkedPlanText(meta, bytes),
          (e: unknown) => {
            throw new UnavailableError(
              `api: cannot read plan ${meta.id}'s text from ${meta.file}; is the checkout complete?`,
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
