// IN_DOMAIN from sentences: a list whose shared head is a domain (`发展A、B等中医诊疗装备`) puts its
// members in it, and `X领域…A、B` puts the equipment that follows in the same clause in X.
import type { NodeId } from '../../../core/model/ids';
import type { EdgeDraft } from '../graph-builder';
import { gapText, sentenceEvidence } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';

export const LIST_DOMAIN_RULE = 'text:list-head-domain';
export const FIELD_RULE = 'text:domain-field';

const CLAUSE_END = /[。；;！？]/;

export const domainLists = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  const edge = (source: NodeId, target: NodeId, rule: string, sentence: number): void => {
    out.push({
      type: 'IN_DOMAIN',
      source,
      target,
      basis: 'stated',
      rule,
      evidence: [sentenceEvidence(model, sentence)],
    });
  };
  const isDomain = (o: Occurrence): boolean => labelOf(o.nodeId) === 'Domain';
  const isEquipment = (o: Occurrence): boolean => labelOf(o.nodeId) === 'Equipment';
  const orig = (from: number, to: number): [number, number] => [
    model.norm.starts[from] ?? 0,
    model.norm.ends[to - 1] ?? 0,
  ];
  for (const list of model.lists) {
    const [hs, he] = orig(list.headFrom, list.headTo);
    const domain = model.bySentence
      .get(sentenceAt(model.sentences, hs))
      ?.find((o) => o.end === he && o.start >= hs && isDomain(o));
    if (!domain) continue;
    for (const [f, t] of list.spans) {
      const [cs, ce] = orig(f, t);
      for (const o of model.bySentence.get(domain.sentence) ?? [])
        if (o.start >= cs && o.end <= ce && isEquipment(o))
          edge(o.nodeId, domain.nodeId, LIST_DOMAIN_RULE, domain.sentence);
    }
  }
  for (const [sentence, occs] of model.bySentence)
    occs.forEach((d, i) => {
      if (
        !isDomain(d) ||
        !model.text
          .slice(d.end, d.end + 4)
          .replace(/\s/g, '')
          .startsWith('领域')
      )
        return;
      for (const o of occs.slice(i + 1)) {
        if (CLAUSE_END.test(gapText(model, d.end, o.start))) break;
        if (isEquipment(o)) edge(o.nodeId, d.nodeId, FIELD_RULE, sentence);
      }
    });
  return out;
};
