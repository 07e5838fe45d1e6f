// IN_DOMAIN from lists written in the order of a list of fields: `围绕骨科植入、医学影像、微创介入和康复器械
// 四个细分领域，重点支持A、B，C、D，E、F，以及G、H等产品` names one group of products per field, in the
// fields' order, each group parted from the next by a comma. Pure.
import type { EdgeDraft } from '../graph-builder';
import { sentenceEvidence, spanEvidence } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { modifiesLongerEquipment } from './domain-members';

export const RESPECTIVE_RULE = 'text:domain-respective';

/** What joins two fields of the list. */
const FIELD_JOINT = /^(?:、|和|及|与|以及|，)$/;
/** What closes the list of fields before its comma (`四个细分领域`, `三大方向`, `等领域`). */
const LIST_CLOSE =
  /^(?:等)?(?:[二三四五六七八九十两\d]+(?:个|大|项)?)?(?:细分|重点|主要|优势|核心)?(?:领域|方向|板块|赛道|产业|产品)$/;
/** What may open a later group: a conjunction, then the group's first product. */
const GROUP_OPEN = /^(?:以及|和|及|与|还有|并)?$/;
/**
 * Two fields and two groups line up by chance (`聚焦医学影像、体外诊断两大领域，主要产品有CT、DR，以及呼吸机`):
 * so few are read in order only when the text says so.
 */
const MIN_UNSAID = 3;
const RESPECTIVELY = '分别';

/**
 * Links each comma-parted group of equipment to the field of the same rank, when the sentence lists
 * as many groups as fields (three at least, or two with 分别), every group names equipment and no
 * field, and every group after the first opens with a product (a bare list, not a new clause with its
 * own verb).
 */
export const domainRespective = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  const text = model.text;
  const isEquipment = (x: Occurrence): boolean => labelOf(x.nodeId) === 'Equipment';
  model.sentences.forEach((s, si) => {
    const occs = model.bySentence.get(si) ?? [];
    const fields = occs.filter((o) => labelOf(o.nodeId) === 'Domain');
    if (fields.length < 2) return;
    // The longest run of fields joined only by list marks, closed by the list's noun and a comma.
    for (let a = 0; a < fields.length - 1; a++) {
      let b = a;
      while (b + 1 < fields.length) {
        const gap = text.slice(fields[b]?.end ?? 0, fields[b + 1]?.start ?? 0).trim();
        if (!FIELD_JOINT.test(gap)) break;
        b++;
      }
      const run = fields.slice(a, b + 1);
      const last = run[run.length - 1];
      if (run.length < 2 || !last) continue;
      const comma = text.indexOf('，', last.end);
      if (comma === -1 || comma >= s.end || !LIST_CLOSE.test(text.slice(last.end, comma).trim())) {
        a = b;
        continue;
      }
      // Groups parted by `；` run on through the sentences of the same line, up to its `。`.
      const stops = [text.indexOf('。', comma), text.indexOf('\n', comma)].filter((x) => x !== -1);
      const end = Math.max(s.end, Math.min(...stops, text.length));
      if (run.length < MIN_UNSAID && !text.slice(comma + 1, end).includes(RESPECTIVELY)) {
        a = b;
        continue;
      }
      const groups = groupsAfter(text, comma + 1, end);
      const around = model.occurrences.filter((o) => o.start > comma && o.end <= end);
      const members = groups.map(([from, to]) => around.filter((o) => o.start >= from && o.end <= to));
      const parallel =
        groups.length === run.length &&
        members.every(
          (m, g) =>
            m.some(isEquipment) &&
            !m.some((o) => labelOf(o.nodeId) === 'Domain') &&
            (g === 0 || GROUP_OPEN.test(text.slice(groups[g]?.[0] ?? 0, m[0]?.start ?? 0).trim())),
        );
      if (parallel)
        members.forEach((m, g) => {
          const field = run[g];
          if (!field) return;
          for (const o of m)
            if (isEquipment(o) && !modifiesLongerEquipment(o, m, isEquipment, text))
              out.push({
                type: 'IN_DOMAIN',
                source: o.nodeId,
                target: field.nodeId,
                basis: 'stated',
                rule: RESPECTIVE_RULE,
                evidence: [
                  end > s.end
                    ? spanEvidence(model, s.start, end, model.sections[s.section]?.path ?? '')
                    : sentenceEvidence(model, si),
                ],
              });
        });
      a = b;
    }
  });
  return out;
};

/** The comma-parted groups of [from, to) (also parted by `；`), as offsets, trimmed of the final mark. */
const groupsAfter = (text: string, from: number, to: number): [number, number][] => {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text[i] : '';
    if (i === to || c === '，' || c === '；' || c === ',' || c === ';') {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
};
