import { describe, expect, it } from 'vitest';
import { packIds, unpackIds } from '../../../../client/src/state/id-list-codec';

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
