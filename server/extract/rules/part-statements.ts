// Statements of what a thing is made of: `电子内窥镜则一般由A、B和C组合而成` makes each part named in
// the list PART_OF the thing named right before 由; `加速器系统包括A、B` does the same for a part.
import type { NodeId } from '../../../core/model/ids';
import { sentenceEvidence } from '../plan-model';
import type { EdgeDraft } from '../graph-builder';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';

export const PART_STATEMENT_RULE = 'part-statement';

/** `由` and the hedges that may stand between the whole and it (`则一般由`). */
const MADE_OF = /^[\s则一般通常主要均都也]*由([^。；;]*?)(?:组成|构成|组合而成|组装而成)/;
const INCLUDES = /^[\s:：]*(?:主要)?(?:包括|包含)[:：]?([^。；;,，]*)/;

/** PART_OF edges from the parts listed in a 由…组成 or 包括 statement to the thing before it. */
export const partStatements = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  for (const [sentence, occurrences] of model.bySentence) {
    const s = model.sentences[sentence];
    if (!s) continue;
    for (const whole of occurrences) {
      const wholeLabel = labelOf(whole.nodeId);
      if (wholeLabel !== 'Equipment' && wholeLabel !== 'Component') continue;
      // `电子内窥镜` holds the curated `内窥镜`: the longer name is the whole, not the one inside it.
      if (occurrences.some((o) => o.start < whole.start && o.end === whole.end)) continue;
      const rest = model.text.slice(whole.end, s.end);
      const madeOf = MADE_OF.exec(rest);
      // 包括 lists parts only after a part (`加速器系统包括…`); after a device it may list kinds.
      const includes = wholeLabel === 'Component' ? INCLUDES.exec(rest) : null;
      const m = madeOf ?? includes;
      if (!m?.[1]) continue;
      const listFrom = whole.end + m[0].indexOf(m[1]);
      const listTo = listFrom + m[1].length;
      const parts = occurrences.filter(
        (o: Occurrence) =>
          o.start >= listFrom &&
          o.end <= listTo &&
          o.nodeId !== whole.nodeId &&
          labelOf(o.nodeId) === 'Component',
      );
      const seen = new Set<NodeId>();
      for (const p of parts) {
        if (seen.has(p.nodeId)) continue;
        seen.add(p.nodeId);
        out.push({
          type: 'PART_OF',
          source: p.nodeId,
          target: whole.nodeId,
          basis: 'stated',
          rule: PART_STATEMENT_RULE,
          evidence: [sentenceEvidence(model, sentence)],
        });
      }
    }
  }
  return out;
};
