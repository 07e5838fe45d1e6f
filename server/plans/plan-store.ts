// The plan store's I/O edge: reads the store's files and writes a new state atomically (each file
// to a temporary name, then renamed; `plans.json` last, as the commit point). Layout: store-layout.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidInputError } from '../../core/errors';
import { PLAN_ID_PATTERN, type PlanId } from '../../core/model/ids';
import { storedTextFile } from './plan-record';
import {
  EMPTY_STORE,
  LEXICON_FILE,
  PLANS_FILE,
  TEXTS_DIR,
  metadataFiles,
  parseLexiconFile,
  parsePlansFile,
  type StoreState,
} from './store-layout';
import { REJECTED_FILE, parseRejectedFile } from './rejected-terms';

const readJsonFile = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (cause) {
    throw new InvalidInputError(
      `plans: ${file} is not valid JSON; restore it or remove the plan store folder to start again`,
      { cause },
    );
  }
};

/** The store's state; an absent store is an empty one. */
export const readStore = (dir: string): StoreState => {
  const plansFile = path.join(dir, PLANS_FILE);
  const lexiconFile = path.join(dir, LEXICON_FILE);
  const rejectedFile = path.join(dir, REJECTED_FILE);
  return {
    plans: existsSync(plansFile) ? parsePlansFile(readJsonFile(plansFile)) : EMPTY_STORE.plans,
    lexicon: existsSync(lexiconFile) ? parseLexiconFile(readJsonFile(lexiconFile)) : EMPTY_STORE.lexicon,
    rejected: existsSync(rejectedFile) ? parseRejectedFile(readJsonFile(rejectedFile)) : [],
  };
};

/**
 * The stored text of a plan, by id: the path is built from the id (checked against the plan-id
 * form), so no input ever names a file.
 */
export const storedTextPath = (dir: string, id: string): string => {
  if (!PLAN_ID_PATTERN.test(id)) throw new InvalidInputError(`plans: "${id}" is not a plan id`);
  return path.join(dir, storedTextFile(id as PlanId));
};

export const readStoredText = (dir: string, id: PlanId): Buffer => {
  const file = storedTextPath(dir, id);
  if (!existsSync(file))
    throw new InvalidInputError(`plans: the text of ${id} is missing from the plan store (${file})`);
  return readFileSync(file);
};

const writeAtomic = (file: string, bytes: string | Uint8Array): void => {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
};

/**
 * Writes `next` over the store: new texts first, then the lexicon, then `plans.json` (until it is
 * renamed, readers see the previous state), then deletes the texts of removed plans.
 */
export const writeStore = (dir: string, next: StoreState, newTexts: ReadonlyMap<PlanId, string>): void => {
  mkdirSync(path.join(dir, TEXTS_DIR), { recursive: true });
  for (const [id, text] of newTexts) writeAtomic(storedTextPath(dir, id), Buffer.from(text, 'utf8'));
  const files = metadataFiles(next);
  for (const name of [LEXICON_FILE, REJECTED_FILE, PLANS_FILE]) {
    const content = files.get(name) ?? null;
    const file = path.join(dir, name);
    if (content === null) rmSync(file, { force: true });
    else writeAtomic(file, content);
  }
  const kept = new Set(next.plans.map((p) => p.id as string));
  for (const id of readStoredIds(dir)) if (!kept.has(id)) rmSync(storedTextPath(dir, id), { force: true });
};

/** Ids of the texts present in the store folder (orphans of an interrupted write included). */
const readStoredIds = (dir: string): string[] => {
  const texts = path.join(dir, TEXTS_DIR);
  if (!existsSync(texts)) return [];
  return readdirSync(texts)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => n.slice(0, -'.txt'.length))
    .filter((id) => PLAN_ID_PATTERN.test(id));
};
