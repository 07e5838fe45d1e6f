// IN_DOMAIN from apposition: `影像设备、医用机器人等高性能诊疗设备` puts each equipment member of the
// list in the field named after 等 (rules/domain-fields.ts decides that the class phrase is a field).
import type { NodeId } from '../../../core/model/ids';
import type { EdgeDraft } from '../graph-builder';
import { sentenceEvidence } from '../plan-model';
import { POINTED_PRODUCT, type Apposition } from './domain-fields';
import type { RuleContext } from './context';
import { modifiesLongerEquipment } from './domain-members';
import { headedWhole } from './supply-headed';

export const APPOSITION_RULE = 'text:domain-apposition';
export const POINTED_RULE = 'text:标题A…该产品属于X';

/**
 * What may follow a list member: a list separator, 等, 为代表 (`以A、B为代表的X`) or 这样/之类
 * (`像A、B这样的X`), after an optional gloss in brackets; a gloss may stand inside the member's name,
 * before its generic head (`体外膜肺氧合（ECMO）系统`, `即时检验（POCT）设备`: the name, or the short
 * name the gloss is, names the thing).
 */
const MEMBER_END =
  /^\s*(?:(?:[（(][^（()）]{1,30})?[）)](?:系统|设备|装置|装备)?)?\s*(?:、|，|,|和|及|与|或|以及|等|为代表|这样|这些|这类|一类|之类|(?:均|都|也|同|皆)?属于|$)/;

/**
 * The equipment members of each apposition: mentions inside the list clause that end a member
 * (followed by a separator or 等), so `推动X升级、Y等…` does not count X's clause words as members.
 */
export const domainApposition = (
  ctx: RuleContext,
  appositions: readonly (Apposition & { readonly domain: NodeId })[],
): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  for (const a of appositions) {
    if (labelOf(a.domain) !== 'Domain') continue;
    // `一、光子计数能谱CT` … `创新点：该产品属于高端医学影像设备`: the product pointed at is the thing the entry's
    // heading names; under no such heading the pointer names nothing.
    if (POINTED_PRODUCT.test(model.text.slice(a.listStart, a.listEnd))) {
      const headed = headedWhole(ctx, a.field.sentence);
      if (headed && labelOf(headed.id) === 'Equipment')
        out.push({
          type: 'IN_DOMAIN',
          source: headed.id,
          target: a.domain,
          basis: 'stated',
          rule: POINTED_RULE,
          evidence: [sentenceEvidence(model, headed.sentence), sentenceEvidence(model, a.field.sentence)],
        });
      continue;
    }
    const occs = model.bySentence.get(a.field.sentence) ?? [];
    const isEquipment = (x: (typeof occs)[number]): boolean => labelOf(x.nodeId) === 'Equipment';
    for (const o of occs) {
      if (o.start < a.listStart || o.end > a.listEnd || !isEquipment(o)) continue;
      if (modifiesLongerEquipment(o, occs, isEquipment, model.text)) continue;
      if (!MEMBER_END.test(model.text.slice(o.end, a.field.start))) continue;
      out.push({
        type: 'IN_DOMAIN',
        source: o.nodeId,
        target: a.domain,
        basis: 'stated',
        rule: APPOSITION_RULE,
        evidence: [sentenceEvidence(model, a.field.sentence)],
      });
    }
  }
  return out;
};
