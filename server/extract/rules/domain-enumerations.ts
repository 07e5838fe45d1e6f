// IN_DOMAIN from enumerations in running text: a news report or forum post that has no headings
// names a plan's fields as `一是诊断检验装备。要发展的有A、B……` / `二是…`: the equipment of the
// paragraph after a field's enumerator, up to the next enumerator, is in that field.
import type { EdgeDraft } from '../graph-builder';
import { sentenceEvidence } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { modifiesLongerEquipment } from './domain-members';

export const ENUMERATION_RULE = 'text:domain-enumeration';

/** `一是`, `其二`, `第三，`: an ordinal that opens a sentence or the list after its colon (`任务：一是`). */
const ENUMERATOR =
  /(?:^|[：:]\s*)(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,：:、]?|第[一二三四五六七八九十][，,：:、])\s*/;
/** What may follow the field in its enumerator's sentence: the end, or a colon or comma opening its body. */
const AFTER_FIELD = /^\s*(?:[。.；;]?\s*$|[：:，,])/;

export const domainEnumerations = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  const opens = (sentence: number): boolean => {
    const s = model.sentences[sentence];
    return s !== undefined && ENUMERATOR.test(model.text.slice(s.start, s.end));
  };
  model.sentences.forEach((s, si) => {
    const text = model.text.slice(s.start, s.end);
    const lead = ENUMERATOR.exec(text);
    if (!lead) return;
    const occs = model.bySentence.get(si) ?? [];
    // The field stands right after the ordinal and is all the enumerator says before its body.
    const at = s.start + lead.index + lead[0].length;
    const field = occs.find((o) => o.start === at && labelOf(o.nodeId) === 'Domain');
    if (!field || !AFTER_FIELD.test(model.text.slice(field.end, s.end))) return;
    const members: [Occurrence, number][] = occs
      .filter((o) => o.start >= field.end && labelOf(o.nodeId) === 'Equipment')
      .map((o) => [o, si]);
    // The paragraph goes on in the sentences after it, on the same line, until the next ordinal.
    for (let k = si + 1; k < model.sentences.length && !opens(k); k++) {
      const next = model.sentences[k];
      if (!next || model.text.slice(s.end, next.start).includes('\n')) break;
      for (const o of model.bySentence.get(k) ?? [])
        if (labelOf(o.nodeId) === 'Equipment') members.push([o, k]);
    }
    const isEquipment = (x: Occurrence): boolean => labelOf(x.nodeId) === 'Equipment';
    for (const [o, k] of members) {
      if (modifiesLongerEquipment(o, model.bySentence.get(k) ?? [], isEquipment, model.text)) continue;
      out.push({
        type: 'IN_DOMAIN',
        source: o.nodeId,
        target: field.nodeId,
        basis: 'stated',
        rule: ENUMERATION_RULE,
        evidence:
          k === si
            ? [sentenceEvidence(model, si)]
            : [sentenceEvidence(model, si), sentenceEvidence(model, k)],
      });
    }
  });
  return out;
};
