// ENABLES: a technology named with an enabling verb (基于, 融合, 嵌入, 应用...) in the same sentence as
// equipment it serves (`开发融合大数据、人工智能等新技术的中医特色装备`), or in a domain's section.
import { sentenceEvidence } from '../plan-model';
import type { EdgeDraft } from '../graph-builder';
import type { RuleContext } from './context';
import { domainOf } from './domain-membership';

export const ENABLING_MARKERS = ['基于', '融合', '嵌入', '应用', '采用', '结合', '利用', '依托', '赋能'] as const;

export const enables = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  for (const [sentence, occs] of model.bySentence) {
    const s = model.sentences[sentence];
    if (!s) continue;
    const text = model.text.slice(s.start, s.end);
    const marker = ENABLING_MARKERS.find((m) => text.includes(m));
    if (!marker) continue;
    const techs = occs.filter((o) => labelOf(o.nodeId) === 'Technology');
    if (techs.length === 0) continue;
    const targets = new Set(occs.filter((o) => labelOf(o.nodeId) === 'Equipment' || labelOf(o.nodeId) === 'Domain').map((o) => o.nodeId));
    const section = model.sections[s.section];
    const d = section ? domainOf(ctx, section) : undefined;
    if (d) targets.add(d.domain);
    for (const t of new Set(techs.map((o) => o.nodeId)))
      for (const target of targets) out.push({ type: 'ENABLES', source: t, target, basis: 'stated', rule: `enables:${marker}`, evidence: [sentenceEvidence(model, sentence)] });
  }
  return out;
};
