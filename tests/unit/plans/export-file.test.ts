// The export file round-trips the store, and an import refuses a text that is not its record's.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../core/errors';
import { asPlanId } from '../../../core/model/ids';
import { exportDocument, parseExportDocument } from '../../../server/plans/export-file';
import { EMPTY_STORE, withPlan } from '../../../server/plans/store-layout';

const text = '国家层面的顶层设计向来是最权威、也最可靠的参照。';
const record = {
  id: asPlanId('forum-2022'),
  title: '医疗装备规划出台',
  titleEn: 'Plan published',
  year: 2022,
  issuers: [],
  file: 'texts/forum-2022.txt',
  sha256: '0'.repeat(64),
  textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  encoding: 'utf-8',
  addedAt: '2026-12-02T07:00:00.000Z',
};
const lexicon = [
  { id: 'equipment:ecmo-x', label: 'Equipment' as const, name: '体外膜肺X', nameEn: 'ECMO X', aliases: [] },
];

describe('export file', () => {
  it('round-trips the records, texts and lexicon additions', () => {
    const doc: unknown = JSON.parse(
      JSON.stringify(exportDocument({ ...withPlan(EMPTY_STORE, record), lexicon }, () => text)),
    );
    expect(parseExportDocument(doc)).toEqual({ plans: [{ record, text }], lexicon, rejected: [] });
  });

  it('carries the rejected terms, and reads a file written before they were exported', () => {
    const rejected = [
      {
        id: 'equipment:sanji-yiliao-qixie',
        label: 'Equipment',
        name: '三级医疗器械',
        plan: 'forum-2022',
        rejectedAt: '2026-12-02T08:00:00.000Z',
      },
    ];
    const doc = JSON.parse(
      JSON.stringify(exportDocument({ ...withPlan(EMPTY_STORE, record), lexicon, rejected }, () => text)),
    ) as Record<string, unknown>;
    expect(parseExportDocument(doc).rejected).toEqual(rejected);
    delete doc.rejected;
    expect(parseExportDocument(doc).rejected).toEqual([]);
  });

  it('refuses a text changed after export and a file of another format', () => {
    const doc = exportDocument(withPlan(EMPTY_STORE, record), () => `${text}改`);
    expect(() => parseExportDocument(doc)).toThrow(InvalidInputError);
    expect(() => parseExportDocument({ nodes: [] })).toThrow(InvalidInputError);
  });
});
