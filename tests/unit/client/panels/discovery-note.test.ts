import { describe, expect, it } from 'vitest';
import type { FieldRule } from '../../../../server/extract/rules/domain-fields';
import type { TermRule } from '../../../../server/extract/terms/confidence';
import { translator } from '../../../../client/src/i18n/i18n';
import { discoveryNote, ruleLabel } from '../../../../client/src/panels/discovery-note';

const en = translator('en');
const zh = translator('zh');

// 抽血机器人 of the 2021 plan: completed from the list `…等系列医疗机器人`, its English composed.
const completed = {
  discovered: true,
  props: { confidence: 0.8, foundBy: 'coordination:etc', completedFrom: '医疗机器人', nameEnBy: 'glossary' },
};

describe('discoveryNote', () => {
  it('says a completed term was read, how sure, by which rule and from which head, in English', () => {
    expect(discoveryNote(completed, en)).toEqual({
      found: 'Found by reading the text (not in the curated lexicon)',
      confidence: '0.80',
      confidenceLine: 'Confidence: 0.80',
      rule: 'Found by: a list of kinds (A、B等X)',
      completed: 'Name completed from “医疗机器人” in the same list',
      english: 'English name composed from the glossary’s word pieces, not reviewed by hand',
    });
  });

  it('says the same in Chinese', () => {
    expect(discoveryNote(completed, zh)).toEqual({
      found: '从文本中读出（未收录于词表）',
      confidence: '0.80',
      confidenceLine: '置信度：0.80',
      rule: '识别规则：“A、B等X”式列举',
      completed: '名称据同一列举中的“医疗机器人”补全',
      english: '英文名由术语表的词素拼合，未经人工审定',
    });
  });

  it('rounds the confidence to two decimals and leaves out a head it was not completed from', () => {
    const note = discoveryNote({ discovered: true, props: { confidence: 0.7234, foundBy: 'head-noun' } }, en);
    expect(note?.confidence).toBe('0.72');
    expect(note?.completed).toBeNull();
    expect(note?.english).toBeNull();
    expect(note?.rule).toBe('Found by: a name ending in a head noun (装备, 仪器, 材料…)');
  });

  it('names a rule the page has no words for by its id', () => {
    expect(ruleLabel('text:field-new', en)).toBe('text:field-new');
    expect(ruleLabel('toString', zh)).toBe('toString');
    expect(discoveryNote({ discovered: true, props: { foundBy: 'text:field-new' } }, zh)).toMatchObject({
      confidence: null,
      confidenceLine: null,
      rule: '识别规则：text:field-new',
    });
  });

  it('says nothing of a curated node, whatever its props', () => {
    expect(discoveryNote({ props: { confidence: 1, foundBy: 'head-noun' } }, en)).toBeNull();
    expect(discoveryNote({ discovered: false }, zh)).toBeNull();
  });

  it('has words in both languages for every rule the extractor records', () => {
    // Typed by the extractor's own rule unions: a rule added there fails the typecheck here until
    // it has words.
    const every: Record<TermRule | FieldRule, true> = {
      'coordination:etc': true,
      'coordination:shared': true,
      'coordination:member': true,
      'coordination:counted': true,
      'head-noun': true,
      'head-noun:curated': true,
      'head-noun:technology': true,
      'heading:domain': true,
      'list:class': true,
      'list:propagated': true,
      'list:shape': true,
      'list:parts': true,
      'list:configuration': true,
      'label:parameter': true,
      'table:name-column': true,
      'shape:implant': true,
      'shape:polymer': true,
      'shape:material-prefix': true,
      'shape:polymer-context': true,
      'shape:material': true,
      'shape:material-context': true,
      'noise:organisation': true,
      'noise:model': true,
      'noise:clause': true,
      'use:material': true,
      'use:part': true,
      'text:field-apposition': true,
      'text:field-class': true,
      'text:field-list': true,
      'text:field-word': true,
      'text:field-coordinated': true,
      'text:field-industry': true,
      'text:field-qualified': true,
      'text:field-table': true,
    };
    const rules = Object.keys(every);
    for (const r of rules) {
      expect(ruleLabel(r, en)).not.toBe(r);
      expect(ruleLabel(r, zh)).not.toBe(r);
    }
  });
});
