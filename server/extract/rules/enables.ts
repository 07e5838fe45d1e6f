// ENABLES: a technology named in the same comma-clause as an enabling verb (基于, 融合, 嵌入, 应用...),
// towards the equipment of its sentence (`开发融合大数据、人工智能等新技术的中医特色装备`) and the
// domain of its section.
import { sentenceEvidence } from '../plan-model';
import type { EdgeDraft } from '../graph-builder';
import type { RuleContext } from './context';
import { domainOf } from './domain-membership';

const CLAUSE_BREAKS = ['，', ',', '；', '。'];

export const ENABLING_MARKERS = [
  '基于',
  '融合',
  '嵌入',
  '应用',
  '采用',
  '结合',
  '利用',
  '依托',
  '赋能',
] as const;

export const enables = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  for (const [sentence, occs] of model.bySentence) {
    const s = model.sentences[sentence];
    if (!s) continue;
    // The clause of each technology must hold the verb: `推动人工智能、5G...等新技术嵌入医疗装备`.
    // Searched within the sentence: a break missing from the rest of a long text must not be sought to its end.
    const sentenceText = model.text.slice(s.start, s.end);
    const markerOf = (at: number): string | undefined => {
      const rel = at - s.start;
      const from = Math.max(0, ...CLAUSE_BREAKS.map((b) => sentenceText.lastIndexOf(b, rel) + 1));
      const next = CLAUSE_BREAKS.map((b) => sentenceText.indexOf(b, rel)).filter((i) => i !== -1);
      const clause = sentenceText.slice(from, Math.min(sentenceText.length, ...next));
      return ENABLING_MARKERS.find((m) => clause.includes(m));
    };
    const techs = occs.flatMap((o) => {
      const marker = labelOf(o.nodeId) === 'Technology' ? markerOf(o.start) : undefined;
      return marker ? [{ id: o.nodeId, marker }] : [];
    });
    if (techs.length === 0) continue;
    const targets = new Set(
      occs
        .filter((o) => labelOf(o.nodeId) === 'Equipment' || labelOf(o.nodeId) === 'Domain')
        .map((o) => o.nodeId),
    );
    const section = model.sections[s.section];
    const d = section ? domainOf(ctx, section) : undefined;
    if (d) targets.add(d.domain);
    for (const t of techs)
      for (const target of targets)
        out.push({
          type: 'ENABLES',
          source: t.id,
          target,
          basis: 'stated',
          rule: `enables:${t.marker}`,
          evidence: [sentenceEvidence(model, sentence)],
        });
  }
  return out;
};
