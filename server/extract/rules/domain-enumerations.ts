// IN_DOMAIN from enumerations in running text: a news report or forum post that has no headings
// names a plan's fields as `一是诊断检验装备。要发展的有A、B……` / `二是…`: the equipment of the
// paragraph after a field's enumerator, up to the next enumerator or another field, is in that field.
import type { EdgeDraft } from '../graph-builder';
import { sentenceEvidence } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { modifiesLongerEquipment } from './domain-members';
import { COUNTED_ORDINAL, ORDINAL_DIGIT } from './ordinals';

export const ENUMERATION_RULE = 'text:domain-enumeration';

/**
 * `一是`, `其二`, `第三，`, `第一类是`, `第三块是` (spoken): an ordinal that opens a sentence, the list after its colon (`任务：一是`) or
 * an item after a semicolon (`…；二是`).
 */
const ENUMERATOR = new RegExp(
  String.raw`(?:^|[：:；;]\s*)(?:${ORDINAL_DIGIT}是|其${ORDINAL_DIGIT}[，,：:、]?|${COUNTED_ORDINAL}|第${ORDINAL_DIGIT}[，,：:、])\s*`,
  'g',
);
/** Examples that stand for the field after them (`以A、B为代表的`), within one clause. */
const REPRESENTED = /^以[^，,。；;：:]{2,60}为代表的$/;
/** What may follow the field in its item: the end, or a colon or comma opening its body. */
const AFTER_FIELD = /^\s*(?:[。.；;]?\s*$|[：:，,])/;

/** Where the ordinals of [start, end) of `text` open their items: [ordinal start, body start]. */
const ordinals = (text: string, start: number, end: number): [number, number][] =>
  [...text.slice(start, end).matchAll(ENUMERATOR)].map((m) => [
    start + m.index + m[0].search(/[一二三四五六七八九十其第]/),
    start + m.index + m[0].length,
  ]);

export const domainEnumerations = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  const isEquipment = (x: Occurrence): boolean => labelOf(x.nodeId) === 'Equipment';
  model.sentences.forEach((s, si) => {
    const items = ordinals(model.text, s.start, s.end);
    items.forEach(([, at], n) => {
      const occs = model.bySentence.get(si) ?? [];
      // The item runs to the next ordinal of its sentence, or on through the sentences after it on the
      // same line until one holds an ordinal.
      const stop = items[n + 1]?.[0] ?? s.end;
      // The field stands right after the ordinal and is all the item says before its body, or closes
      // the examples that stand for it (`二是以A、B为代表的X，…`).
      const field = occs.find(
        (o) =>
          labelOf(o.nodeId) === 'Domain' &&
          o.end <= stop &&
          (o.start === at || REPRESENTED.test(model.text.slice(at, o.start))),
      );
      if (!field || !AFTER_FIELD.test(model.text.slice(field.end, stop))) return;
      // The item is the field's; another field named in it takes over the rest.
      const members: [Occurrence, number][] = [];
      let open = true;
      const take = (o: Occurrence, k: number, until: number): void => {
        if (o.start < field.end || o.end > until) return;
        if (labelOf(o.nodeId) === 'Domain' && o.nodeId !== field.nodeId) open = false;
        // No thing is put in a field of its own name (`二是手术机器人，包括…经自然腔道手术机器人`).
        const own = model.text.slice(o.start, o.end) === model.text.slice(field.start, field.end);
        if (open && isEquipment(o) && !own) members.push([o, k]);
      };
      for (const o of occs) take(o, si, stop);
      // An item that names its members in its own sentence ends there (`五是X，包括A和B。同时，对C…`:
      // what follows turns to another matter); one that only names its field goes on to the next
      // sentences for them (`三是手术机器人。重点发展A、B`).
      if (n + 1 === items.length && members.length === 0)
        for (let k = si + 1; k < model.sentences.length; k++) {
          const next = model.sentences[k];
          if (!next || model.text.slice(s.end, next.start).includes('\n')) break;
          const until = ordinals(model.text, next.start, next.end)[0]?.[0] ?? next.end;
          for (const o of model.bySentence.get(k) ?? []) take(o, k, until);
          if (until < next.end) break;
        }
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
  });
  return out;
};
