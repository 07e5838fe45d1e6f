import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  dictionaryIds,
  indexIds,
  packIds,
  unindexIds,
  unpackIds,
} from '../../../../client/src/state/id-list-codec';

describe('packIds', () => {
  it('groups ids by label and drops the prefix each slug shares with the one before', () => {
    expect(packIds(['equipment:mr', 'equipment:ct-scanner', 'material:membrane', 'equipment:ct'])).toBe(
      'equipment:ct,B-scanner,mr;material:membrane',
    );
  });

  it('round-trips real ids, including digits, dots and plus signs, as a set', () => {
    const ids = [
      'equipment:ecmo',
      'material:hollow-fiber-membrane',
      'component:ct-x.ray+tube',
      'measure:meq-2021-tackle-key-parts',
      'measure:meq-2021-promote-adoption',
      'technology:3d-printing',
      'plan:meq-2021',
    ];
    expect(new Set(unpackIds(packIds(ids)))).toEqual(new Set(ids));
  });

  it('caps a shared prefix at 26 characters (the letters A to Z)', () => {
    const long = ['domain:abcdefghijklmnopqrstuvwxyz-one', 'domain:abcdefghijklmnopqrstuvwxyz-two'];
    const packed = packIds(long);
    expect(packed).toBe('domain:abcdefghijklmnopqrstuvwxyz-one,Z-two');
    expect(unpackIds(packed)).toEqual(long);
  });

  it('skips malformed groups instead of failing', () => {
    expect(unpackIds('nolabel;equipment:ct,,B-x;:y')).toEqual(['equipment:ct', 'equipment:ct-x']);
  });
});

/** Changes when dictionary v1 changes, which would renumber every link written with it. */
const DICTIONARY_V1_HASH = '87a0fd26a49ad00e';

describe('indexIds', () => {
  it('keeps dictionary v1 as links first numbered it (457 ids, same order)', () => {
    const ids = dictionaryIds('1');
    expect(ids).toHaveLength(457);
    expect(ids[0]).toBe('component:adc-chip');
    expect(createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16)).toBe(DICTIONARY_V1_HASH);
  });

  it('writes dictionary ids as a bit set and returns the others as they are', () => {
    const ids = ['equipment:ecmo', 'material:hollow-fiber-membrane', 'equipment:not-in-any-dictionary'];
    const { indexed, rest } = indexIds(ids);
    expect(indexed).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(rest).toEqual(['equipment:not-in-any-dictionary']);
    expect(new Set(unindexIds(indexed))).toEqual(new Set(ids.slice(0, 2)));
  });

  it('numbers 200 nodes in under 80 characters', () => {
    const ids = dictionaryIds('1')
      .filter((_, i) => i % 2 === 0)
      .slice(0, 200);
    const { indexed, rest } = indexIds(ids);
    expect(rest).toEqual([]);
    expect(indexed.length).toBeLessThan(80);
    expect(unindexIds(indexed)).toEqual(ids);
  });

  it('reads nothing from an unknown version or stray characters, without failing', () => {
    expect(unindexIds('9.ABC')).toEqual([]);
    expect(unindexIds('nodot')).toEqual([]);
    expect(unindexIds('1.B*')).toEqual([dictionaryIds('1')[0]]);
  });
});
