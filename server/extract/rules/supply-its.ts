// A part said to be a machine's with 其 (its): `某企业血液透析机通过省药品监督管理局优先审批，其血泵和电导率传感器实现
// 自主生产`. 其 opening a clause points back at the thing the sentence spoke of before it; when that is one
// machine and nothing else the sentence names, the parts right after 其 are its parts.
import type { Occurrence } from '../types';
import { gapText } from '../plan-model';
import type { RuleContext } from './context';
import { POSSESSED_RULE } from './supply-composition';
import { outermost, type SupplyReader } from './supply-lists';

/** What stands before 其 when it opens a clause: a clause mark, and a connective at most. */
const ITS_LEAD = /[，,；;](?:而|但|且|并且|同时|目前)?其$/;
/**
 * What may stand right before the machine: no name's character, or a maker, a verb of making, showing or buying,
 * a count (`某企业血液透析机`, `推出一款A`); after any other word the machine may be the tail of a longer name the
 * reading did not know (`柔性手术机器人`), whose parts they are.
 */
const OWNER_BEFORE =
  /(?:^|[^\u4e00-\u9fff]|企业|公司|厂商|厂家|集团|团队|医院|研制|研发|开发|推出|发布|展示|展出|引进|购置|采购|了|[一每][台款套个种])$/;
/** The things a sentence may name besides machines, parts and materials are no antecedent of 其. */
const THINGS = new Set(['Equipment', 'Component', 'Material']);

/** Edges from the parts right after a clause's 其 to the one machine named before it in the sentence. */
export const itsPartEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  const outer = outermost(occs);
  for (let i = 0; i < outer.length; i++) {
    const first = outer[i];
    if (!first || labelOf(first.nodeId) !== 'Component') continue;
    if (!ITS_LEAD.test(gapText(model, Math.max(s.start, first.start - 6), first.start))) continue;
    // One machine before 其, and no other thing (a part or a material there may be what 其 means).
    const before = outer.slice(0, i).filter((o) => THINGS.has(labelOf(o.nodeId) ?? ''));
    const owners = new Set(before.map((o) => o.nodeId));
    const [owner] = before;
    if (!owner || owners.size !== 1 || labelOf(owner.nodeId) !== 'Equipment') continue;
    if (!OWNER_BEFORE.test(model.text.slice(Math.max(s.start, owner.start - 4), owner.start))) continue;
    for (const item of reader.listFrom(outer, i, ['Component']))
      if (!reader.generic(item) && !reader.linked(item, owner.nodeId))
        reader.edge(item, owner.nodeId, POSSESSED_RULE, sentence);
  }
};
