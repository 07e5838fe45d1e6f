// Seed validation: a shared alias or a wrong id prefix is refused with a typed error.
import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../../server/extract/lexicon';
import { InvalidInputError } from '../../../core/errors';
import { curated } from './seed-data';

const base = () => {
  const c = curated();
  return {
    lexicon: c.lexicon.map((e) => ({ ...e })),
    measures: c.measures,
    departments: c.departments,
    discovery: c.discovery,
  };
};

describe('parseCurated', () => {
  it('accepts the seeds', () => {
    expect(curated().lexicon.length).toBeGreaterThan(200);
  });

  it('refuses an alias that names two entities', () => {
    const raw = base();
    raw.lexicon.push({
      id: 'equipment:ct-copy' as never,
      label: 'Equipment',
      name: 'CT 扫描',
      nameEn: 'copy',
      aliases: ['CT'],
    });
    expect(() => parseCurated(raw)).toThrow(InvalidInputError);
  });

  it('refuses an id whose prefix does not match the label', () => {
    const raw = base();
    raw.lexicon.push({
      id: 'material:robot' as never,
      label: 'Equipment',
      name: '机器人X',
      nameEn: 'x',
      aliases: [],
    });
    expect(() => parseCurated(raw)).toThrow(InvalidInputError);
  });
});
