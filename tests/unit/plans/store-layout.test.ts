// The plan store's files for a state: sorted records, no file for an empty part, texts by id.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../core/errors';
import { asPlanId } from '../../../core/model/ids';
import type { PlanRecord } from '../../../server/plans/plan-record';
import {
  EMPTY_STORE,
  metadataFiles,
  parseLexiconFile,
  parsePlansFile,
  storeFiles,
  withLexiconEntry,
  withPlan,
  withoutPlan,
} from '../../../server/plans/store-layout';

const plan = (id: string): PlanRecord => ({
  id: asPlanId(id),
  title: `规划 ${id}`,
  titleEn: `Plan ${id}`,
  year: Number(id.slice(-4)),
  issuers: [],
  file: `texts/${id}.txt`,
  sha256: '0'.repeat(64),
  textSha256: '1'.repeat(64),
  encoding: 'gb18030',
  addedAt: '2026-12-02T07:00:00.000Z',
});

describe('store layout', () => {
  it('writes no file for an empty store, so the content hash is the seeds alone', () => {
    expect([...metadataFiles(EMPTY_STORE).values()]).toEqual([null, null, null]);
    expect(storeFiles(EMPTY_STORE, () => '').size).toBe(3);
  });

  it('keeps records sorted by id whatever the order of adds', () => {
    const a = withPlan(withPlan(EMPTY_STORE, plan('zz-2020')), plan('aa-2021'));
    const b = withPlan(withPlan(EMPTY_STORE, plan('aa-2021')), plan('zz-2020'));
    expect(metadataFiles(a).get('plans.json')).toBe(metadataFiles(b).get('plans.json'));
    expect(a.plans.map((p) => p.id)).toEqual(['aa-2021', 'zz-2020']);
  });

  it('holds each text under texts/<id>.txt and drops it with its plan', () => {
    const state = withPlan(EMPTY_STORE, plan('forum-2022'));
    expect(storeFiles(state, (id) => `text of ${id}`).get('texts/forum-2022.txt')).toBe('text of forum-2022');
    expect(metadataFiles(withoutPlan(state, asPlanId('forum-2022'))).get('plans.json')).toBeNull();
  });

  it('writes accepted terms to lexicon.json, one entry per id, sorted', () => {
    const entry = (id: string, nameEn: string) => ({
      id,
      label: 'Equipment' as const,
      name: '聚焦超声治疗系统',
      nameEn,
      aliases: [],
    });
    const state = withLexiconEntry(
      withLexiconEntry(withLexiconEntry(EMPTY_STORE, entry('equipment:z', 'Z')), entry('equipment:a', 'A')),
      entry('equipment:z', 'Z2'),
    );
    expect(state.lexicon.map((e) => `${e.id} ${e.nameEn}`)).toEqual(['equipment:a A', 'equipment:z Z2']);
    expect(parseLexiconFile(JSON.parse(metadataFiles(state).get('lexicon.json') ?? '[]'))).toEqual(
      state.lexicon,
    );
  });

  it('reads back what it writes', () => {
    const state = withPlan(EMPTY_STORE, plan('forum-2022'));
    const written = metadataFiles(state).get('plans.json') ?? '';
    expect(parsePlansFile(JSON.parse(written))).toEqual(state.plans);
  });

  it('refuses a plans file listing an id twice, and a lexicon entry of an unknown label', () => {
    expect(() => parsePlansFile([plan('a-2020'), plan('a-2020')])).toThrow(InvalidInputError);
    expect(() =>
      parseLexiconFile([{ id: 'equipment:x', label: 'Gadget', name: 'X', nameEn: 'X', aliases: [] }]),
    ).toThrow(/lexicon.json is invalid at 0.label/);
  });
});
