// The source view's text must be the one the loaded graph was extracted from, byte for byte.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkedPlanText, sha256Hex } from '../../../server/api/files/plan-texts';
import { UnavailableError } from '../../../core/errors';
import type { PlanMeta } from '../../../core/model/interchange';

const bytes = new TextEncoder().encode('\ufeff一、总体要求\n中空纤维膜');
const meta = (sha256?: string): PlanMeta => ({
  id: 'meq-2021' as PlanMeta['id'],
  title: '规划',
  titleEn: 'Plan',
  file: 'seeds/meq-2021.txt',
  year: 2021,
  ...(sha256 === undefined ? {} : { sha256 }),
});

describe('checkedPlanText', () => {
  it('returns the text, BOM kept as the extractor keeps it, when the hash matches the graph', () => {
    expect(checkedPlanText(meta(sha256Hex(bytes)), bytes)).toBe('\ufeff一、总体要求\n中空纤维膜');
  });

  it('refuses a file whose hash differs from the graph as unavailable', () => {
    const other = new TextEncoder().encode('一、总体要求\n中空纤维膜');
    expect(() => checkedPlanText(meta(sha256Hex(bytes)), other)).toThrow(UnavailableError);
    expect(() => checkedPlanText(meta(sha256Hex(bytes)), other)).toThrow(
      expect.objectContaining({ code: 'unavailable' }),
    );
  });

  it('decodes a GB18030 plan as the extractor does, so that evidence offsets match', () => {
    const gb = iconv.encode('一、总体要求\n中空纤维膜', 'gb18030');
    expect(checkedPlanText(meta(sha256Hex(gb)), gb)).toBe('一、总体要求\n中空纤维膜');
  });

  it('serves a graph written before plans carried a hash unchecked', () => {
    expect(checkedPlanText(meta(), bytes)).toContain('中空纤维膜');
  });
});
