// A clause with no subject that says what is built in (`现代机型多采用电子流量计，内置热式质量流量传感器`,
// `袖带外层为尼龙面料，内置TPU气囊`): what is inside is inside the one thing the clause before it names.
import type { Occurrence } from '../types';
import { gapText } from '../plan-model';
import type { RuleContext } from './context';
import { outermost, type SupplyReader } from './supply-lists';

export const BUILT_IN_RULE = 'grammar:A…，内置B';

/** A clause that opens with a verb of what is inside, after a connective and before a count at most. */
const BUILT_IN =
  /[，,](?:还|并|且|另|另外)?(?:内置|内含|内设)(?:了|有)?(?:[0-9一两二三四五六七八九十多数几]+[颗个只块片根组套枚条])?$/;
/** Where a clause starts or ends. */
const CLAUSE_MARK = /[，,；;：:。]/g;
/** A housing, a shell or a cover: what it holds is the machine's. */
const HOUSING = /(?:外壳|壳体|机壳|外罩|罩壳|壳)$/;
/** Things that may hold parts. */
const HOLDERS = new Set(['Equipment', 'Component']);

/** Edges from the parts after `，内置` to the one machine or part the clause before it names. */
export const builtInEdges = (
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
    const lead = model.text.slice(Math.max(s.start, first.start - 8), first.start);
    const m = BUILT_IN.exec(lead);
    if (!m) continue;
    const comma = first.start - lead.length + m.index;
    // The clause before the comma: from the mark before it (or the sentence's start).
    const before = model.text.slice(s.start, comma);
    const from = s.start + Math.max(-1, ...[...before.matchAll(CLAUSE_MARK)].map((x) => x.index)) + 1;
    const things = outer.filter(
      (o) => o.start >= from && o.end <= comma && HOLDERS.has(labelOf(o.nodeId) ?? ''),
    );
    const [owner] = things;
    // One thing only: `呼吸机采用涡轮风机，内置锂电池` leaves open whose the battery is.
    if (!owner || things.length !== 1 || reader.generic(owner.nodeId) || reader.broad(owner.nodeId)) continue;
    // `泵体外壳为阻燃PC/ABS，内置B`: what is inside a housing is the machine's, not the housing's.
    if (HOUSING.test(model.text.slice(owner.start, owner.end))) continue;
    if (gapText(model, from, comma).length === 0) continue;
    for (const item of reader.listFrom(outer, i, ['Component']))
      if (item !== owner.nodeId && !reader.generic(item) && !reader.linked(item, owner.nodeId))
        reader.edge(item, owner.nodeId, BUILT_IN_RULE, sentence);
  }
};
