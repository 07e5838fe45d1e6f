// English names of discovered terms are composed from the glossary's pieces and the lexicon's English
// names, only when the whole name is covered, and say that they were composed.
import { describe, expect, it } from 'vitest';
import { buildGlossary, glossName } from '../../../../server/extract/terms/english-gloss';
import type { LexiconEntry } from '../../../../server/extract/types';
import { curated, seedResult } from '../seed-data';

const entry = (name: string, nameEn: string, aliases: string[] = []): LexiconEntry =>
  ({ id: `equipment:${name}`, label: 'Equipment', name, nameEn, aliases }) as unknown as LexiconEntry;

describe('glossName', () => {
  const g = buildGlossary({ 咽拭子采集: 'throat-swab sampling', 机器人: 'robot', 精密: 'precision' }, [
    entry('减速器', 'Reducer'),
    entry('体外膜肺氧合机', 'ECMO (extracorporeal membrane oxygenator)'),
    entry('手术机器人', 'Surgical robot'),
  ]);

  it('composes the pieces in their order, in sentence case: 咽拭子采集机器人', () => {
    expect(glossName('咽拭子采集机器人', g)).toBe('Throat-swab sampling robot');
  });

  it('takes a lexicon name as one piece, without its aside: 体外膜肺氧合机', () => {
    expect(glossName('精密体外膜肺氧合机', g)).toBe('Precision ECMO');
  });

  it('reads A用B as "B for A": 手术机器人用精密减速器', () => {
    expect(glossName('手术机器人用精密减速器', g)).toBe('Precision reducer for surgical robot');
  });

  it('gives no name when any character is not covered, rather than half a translation', () => {
    expect(glossName('贝朗机器人', g)).toBe('');
    expect(glossName('分段结构让精密减速器', g)).toBe('');
  });

  it('keeps Latin runs as written and a Latin-only name as its own English: 3.0T, DSA', () => {
    expect(glossName('3.0T精密减速器', g)).toBe('3.0T precision reducer');
    expect(glossName('DSA', g)).toBe('DSA');
  });
});

describe('discovered terms in the graph', () => {
  it('carry a composed English name marked nameEnBy: glossary (导诊机器人 of the 2021 plan)', () => {
    const node = seedResult().graph.nodes.find((n) => n.name === '导诊机器人');
    expect(node?.discovered).toBe(true);
    expect(node?.nameEn).toBe('Patient-guidance robot');
    expect(node?.props?.nameEnBy).toBe('glossary');
  });

  it('every discovered term of the seed plans has an English name', () => {
    const bare = seedResult()
      .graph.nodes.filter((n) => n.discovered === true && n.label !== 'Department' && n.nameEn === '')
      .map((n) => n.name);
    expect(bare).toEqual([]);
  });

  it('with the real glossary, a firm before a head noun is not covered: 贝朗机 gets no English', () => {
    const real = buildGlossary(curated().glossary ?? {}, curated().lexicon);
    expect(glossName('贝朗机', real)).toBe('');
    expect(glossName('血液透析机', real)).toBe('Haemodialysis machine');
  });
});
