// IN_DOMAIN from sentences: a list whose shared head is a domain (`发展A、B等中医诊疗装备`) puts its
// members in it, and a clause led by one field puts the equipment that follows in it:
// `在X领域，重点发展A、B`, `X方面，重点…A`, `X主要包括A、B`, `X：A、B`, `围绕X，发展A、B`; and the rows
// of tables headed by a field (rules/domain-tables.ts).
import type { NodeId } from '../../../core/model/ids';
import type { EdgeDraft } from '../graph-builder';
import { gapText, sentenceEvidence } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { lowerBound } from '../lower-bound';
import { normalizeTerm } from '../normalize';
import {
  BUSINESS_FIELD,
  EXAMPLES_OPEN,
  FIELD_LEAD,
  INDUSTRY_LEAD,
  PRODUCTS_LISTED,
  examplesEnd,
} from './domain-fields';
import { modifiesLongerEquipment, namedAsUse } from './domain-members';
import { domainFieldColumns } from './domain-columns';
import { domainTables } from './domain-tables';

export const LIST_DOMAIN_RULE = 'text:list-head-domain';
export const FIELD_RULE = 'text:domain-field';
/** Words that say a thing is absent or not yet there (无创 and 无液氦 are kinds of devices, not denials). */
const DENIED =
  /尚未|暂未|均未|并未|未曾|未有|均无|并无|尚无|暂无|没有|无布局|不涉及|不包括|不含|未涉足|未推出|未布局/;

const CLAUSE_END = /[。；;！？]/;
/** What closes a list of fields after its last member (`三大领域`, `等领域`, `领域`). */
const FIELD_LIST_AFTER =
  /^(?:等)?[一二三四五六七八九十两\d]*(?:大|个|类)?(?:重点|细分|主要|优势)?(?:发展)?(?:领域|方向|板块|赛道)/;
const COMMA_END = /[，,。；;！？：:]/;
const CELL_END = /[|｜\t]/;

/**
 * What follows a field that leads the rest of its sentence (normalised text): 领域/方面 closing the
 * clause or followed by a verb of development (`在X领域，`, `X领域重点发展`, not `X领域最重要的`),
 * or a verb of inclusion or a colon that opens a list (`主要包括`, `涵盖`, `：`).
 */
const AFTER_FIELD = new RegExp(
  `^(?:${FIELD_LEAD.source.slice(1)}|(?:类)?(?:产品)?(?:(?:主要|重点)?(?:包括|包含|涵盖|分为|涉及)|主要有)|(?:类|的)?(?:主要|代表性?|典型|核心|重点)(?:产品|设备|装备)(?:主要)?(?:包括|包含|涵盖|为|有|是)|(?:类)?[：:](?!$))`,
);
/** What may stand before a field that leads the rest of its sentence (`围绕X，`, `聚焦X，`). */
const BEFORE_FIELD = /(?:围绕|聚焦|针对|对于|面向)$/;
/** After `围绕X` only a comma opens the clause of its members. */
const AFTER_FRAME = /^[，,]/;
/**
 * `发展院内物流装备，重点突破A、B`, `推动智能药房装备产业化，支持A、B研制`: a verb of development before a field,
 * and after its comma a clause that names what it develops first.
 */
const DEVELOP_BEFORE = /(?:发展|推动|推进|做强|做优|培育|壮大)$/;
const DEVELOP_AFTER =
  /^(?:产业化|产业|发展|建设)?[，,](?:重点|着力|优先)?(?:发展|突破|攻关|研制|研发|开发|推进|推动|支持|加快)/;
/** A field opening its clause may lead it with a verb of development (`诊断检验装备重点发展A、B`). */
const LEAD_VERB =
  /^(?:(?:要|将|应|需)?(?:(?:重点|着力|优先|主要)(?:发展|突破|攻关|研制|研发|开发|推进|推动|支持)|加快|大力发展|积极发展)|(?:则|还|也)?(?:以[^，,。；;]{2,40}?为(?:重点|主攻方向|核心|主(?!要))|覆盖|涵盖))/;
/** `X领域以A、B为主导`: a field word, then the members the field takes as its lead. */
const TAKES_AS_LEAD =
  /^(?:领域|方面|板块)(?:则|还|也)?以[^，,。；;]{2,40}?为(?:重点|主导|龙头|核心|主(?!要))/;
/**
 * A line break before a new item: a bullet, a number, a short name and a colon, or a table's next row
 * (`4 | 发展…`, a cell before a pipe or a tab) (raw text).
 */
const NEW_ITEM =
  /\n[ \t\u3000]*(?:[-*+•●·▪■◆|｜]|\d{1,3}[ \t\u3000]*[|｜\t]|\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[^\n，,。；;：:]{1,16}[：:])/;
const CLAUSE_OPEN = /(?:^|[，,；;：:]|[，,；;：:]其中)$/;
/** A field listed with others (`在A和B领域`): it does not lead the clause alone. */
const LISTED_BEFORE = /(?:、|和|及|与|或|以及)$/;

export const domainLists = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const out: EdgeDraft[] = [];
  const edge = (source: NodeId, target: NodeId, rule: string, sentence: number): void => {
    // A curated class read as a field (`手术机器人领域聚焦A、B`) holds the kinds listed, not its own name.
    if (sameName(source, target)) return;
    out.push({
      type: 'IN_DOMAIN',
      source,
      target,
      basis: 'stated',
      rule,
      evidence: [sentenceEvidence(model, sentence)],
    });
  };
  /** Where the examples after a field at `from` end (`医学影像设备，如A、B；`), if examples follow it. */
  const examplesAfter = (from: number, until: number): number | undefined => {
    const { norm } = model;
    const nf = lowerBound(norm.starts, from);
    const s = norm.text.slice(nf, lowerBound(norm.starts, until));
    // Read in the whole text, so that 如 right after a class noun sees the noun before it.
    const sticky = new RegExp(EXAMPLES_OPEN.source, 'y');
    sticky.lastIndex = nf;
    const open = sticky.exec(norm.text);
    let end = open ? examplesEnd(s, 0, open[0]) : undefined;
    // `体外诊断（化学发光免疫分析仪）`: after a field one example in brackets is named in words; a Latin
    // gloss (`体外诊断（IVD）`) is the field's own short name.
    const inside = open?.[0] === '(' ? /^\(([^()]{3,20})\)/.exec(s) : null;
    if (end === undefined && inside && /[\u4e00-\u9fff]/.test(inside[1] ?? '')) end = inside[0].length - 1;
    return end === undefined ? undefined : (norm.starts[nf + end] ?? until);
  };
  const isDomain = (o: Occurrence): boolean => labelOf(o.nodeId) === 'Domain';
  // Every name a node goes by: its mentions here, and its curated name and aliases.
  const namesOf = new Map<NodeId, Set<string>>();
  const named = (id: NodeId, name: string): void => {
    namesOf.set(id, (namesOf.get(id) ?? new Set()).add(normalizeTerm(name)));
  };
  for (const o of model.occurrences) named(o.nodeId, model.text.slice(o.start, o.end));
  for (const e of ctx.curated.lexicon) for (const n of [e.name, ...e.aliases]) named(e.id, n);
  const sameName = (a: NodeId, b: NodeId): boolean =>
    [...(namesOf.get(b) ?? [])].some((n) => namesOf.get(a)?.has(n) === true);
  const isEquipment = (o: Occurrence): boolean => labelOf(o.nodeId) === 'Equipment';
  /** A device the clause says is not there (`在眼科领域，公司的CT和监护仪均无布局`, `尚未推出`). */
  const denied = (o: Occurrence, from: number, to: number, applied = true): boolean => {
    const before = gapText(model, from, o.start);
    const clause =
      before.slice(before.search(/[^,;]*$/)) + '|' + (/^[^,;。]*/.exec(gapText(model, o.end, to))?.[0] ?? '');
    // A device named only as the use of a material (`加快血液透析器关键材料国产化替代`; after a field's own
    // sentence, `产品用于中心静脉导管和球囊导管` too) is no member either (rules/domain-members.ts).
    return DENIED.test(clause) || namedAsUse(o, model.text, applied);
  };
  const orig = (from: number, to: number): [number, number] => [
    model.norm.starts[from] ?? 0,
    model.norm.ends[to - 1] ?? 0,
  ];
  for (const list of model.lists) {
    const [hs, he] = orig(list.headFrom, list.headTo);
    const domain = model.bySentence
      .get(sentenceAt(model.sentences, hs))
      ?.find((o) => o.end === he && o.start >= hs && isDomain(o));
    // `体外诊断和康复器械三大领域`: a list of fields, not the members of its last one.
    if (!domain || FIELD_LIST_AFTER.test(gapText(model, domain.end, domain.end + 8))) continue;
    for (const [f, t] of list.spans) {
      const [cs, ce] = orig(f, t);
      for (const o of model.bySentence.get(domain.sentence) ?? [])
        if (o.start >= cs && o.end <= ce && isEquipment(o))
          edge(o.nodeId, domain.nodeId, LIST_DOMAIN_RULE, domain.sentence);
    }
  }
  for (const [sentence, occs] of model.bySentence) {
    const s = model.sentences[sentence];
    if (!s) continue;
    occs.forEach((d, i) => {
      if (!isDomain(d)) return;
      // `在「醫學影像」領域，…`: quotes around the field's name are no part of what frames it.
      // `- **医学影像**：CT、MR`: Markdown emphasis around the name is no part of it either.
      const after = gapText(model, d.end, Math.min(s.end, d.end + 12))
        .replace(/^[」』”’"]/, '')
        .replace(/^(?:\*\*|__)(?=[：:])/, '');
      const before = gapText(model, Math.max(s.start, d.start - 5), d.start)
        .replace(/[「『“‘"]$/, '')
        .replace(/(?:\*\*|__)$/, '');
      const examples = examplesAfter(d.end, s.end);
      // `医学影像设备（A、B）、体外诊断设备（C、D）`: a field after another's closed examples is no pair.
      if (examples && (!LISTED_BEFORE.test(before) || /[）)](?:[、，,]|和|及|与|以及)$/.test(before))) {
        for (const o of occs.slice(i + 1)) {
          if (o.start >= examples) break;
          if (
            isEquipment(o) &&
            !modifiesLongerEquipment(o, occs, isEquipment, model.text) &&
            !headedElsewhere(o, occs, d, model.text, labelOf, examples) &&
            // `手术室基础装备（不含手术机器人和内窥镜）`: what the brackets leave out is no example.
            !denied(o, d.end, examples)
          )
            edge(o.nodeId, d.nodeId, FIELD_RULE, sentence);
        }
        return;
      }
      // `主营业务为医学影像设备的研发…，主要产品包括A、B`: the products a firm in the field lists.
      const lead = gapText(model, s.start, Math.min(s.end, d.end + 1));
      const business = BUSINESS_FIELD.exec(lead);
      if (business && business.index + business[0].length === gapText(model, s.start, d.end).length) {
        const rest = gapText(model, d.end, s.end);
        const products = PRODUCTS_LISTED.exec(rest);
        for (const o of occs.slice(i + 1)) {
          if (!products || isDomain(o)) break;
          const gap = gapText(model, d.end, o.start);
          if (gap.length < products.index + products[0].length) continue;
          // The list ends with its clause: `，此外公司还代理CT和呼吸机` names no product of the field.
          if (/[，,；;。]/.test(gap.slice(products.index + products[0].length))) break;
          if (isEquipment(o) && !modifiesLongerEquipment(o, occs, isEquipment, model.text))
            edge(o.nodeId, d.nodeId, FIELD_RULE, sentence);
        }
        if (products) return;
      }
      // `医学影像领域的A、B等产品`: the list right after 领域的, up to its comma.
      const next = occs[i + 1];
      const listed =
        after.startsWith('领域的') &&
        next !== undefined &&
        isEquipment(next) &&
        gapText(model, d.end, next.start) === '领域的';
      const otherFrame =
        listed ||
        (BEFORE_FIELD.test(before) && AFTER_FRAME.test(after)) ||
        (DEVELOP_BEFORE.test(before) && DEVELOP_AFTER.test(after)) ||
        // `在治疗类设备中，A和B需求增长明显`: the clause after 在X中 is about X.
        (before.endsWith('在') && /^中[，,]/.test(after));
      // Led by its verb (`体外诊断产品加快发展，同时呼吸机…产量大幅增长`), the field speaks of no
      // thing that opens a later clause as that clause's own subject.
      const led = !otherFrame && CLAUSE_OPEN.test(before) && LEAD_VERB.test(gapText(model, d.end, s.end));
      // `医用耗材产业持续壮大，A、B产量居全省首位`: a class's industry opening its sentence frames the
      // clauses after its comma.
      const industry =
        !otherFrame &&
        !led &&
        CLAUSE_OPEN.test(before) &&
        INDUSTRY_LEAD.test(gapText(model, d.end, Math.min(s.end, d.end + 14)));
      const framed = otherFrame || led || industry;
      // `在医学影像领域，国产替代推进最快。医院新购的A、B…`, `X是国产化程度最高的领域。多家医院的A、B…`: a
      // field opening its paragraph, in a sentence that names no device, holds the devices of the
      // sentences after it on the line, up to one that names another field or a field word.
      // The field may open a line its sentence began on the line before (a caption without a full
      // stop, `▲ 7.1馆影像展区现场` over `影像展区：…`).
      const lineStart = model.text.lastIndexOf('\n', d.start - 1) + 1;
      const opensSentence =
        /^\s*(?:在|于)?$/.test(before.slice(-(d.start - s.start))) &&
        d.start - s.start <= 3 &&
        /^\s*$/.test(model.text.slice(model.text.lastIndexOf('\n', s.start - 1) + 1, s.start));
      const opensLine =
        lineStart > s.start && /^\s*(?:在|于|於)?$/.test(model.text.slice(lineStart, d.start));
      if (
        (opensSentence || opensLine) &&
        !occs.some(isEquipment) &&
        (AFTER_FIELD.test(after) || /^是[^，,。；;]{0,24}领域/.test(gapText(model, d.end, s.end)))
      ) {
        const lineEnd = model.text.indexOf('\n', s.end);
        for (let k = sentence + 1; k < model.sentences.length; k++) {
          const next = model.sentences[k];
          if (!next || (lineEnd !== -1 && next.start >= lineEnd)) break;
          const nocc = model.bySentence.get(k) ?? [];
          const said = gapText(model, next.start, next.end).trim();
          // `此外，…`, `同时…`: a sentence that turns to another topic ends the field's paragraph.
          if (
            nocc.some(isDomain) ||
            /领域|方面/.test(said) ||
            /^(?:同时|此外|另外|与此同时|另一方面|而|但)/.test(said)
          )
            break;
          for (const o of nocc)
            if (
              isEquipment(o) &&
              !modifiesLongerEquipment(o, nocc, isEquipment, model.text) &&
              !denied(o, next.start, next.end, false)
            )
              if (!sameName(o.nodeId, d.nodeId))
                out.push({
                  type: 'IN_DOMAIN',
                  source: o.nodeId,
                  target: d.nodeId,
                  basis: 'stated',
                  rule: FIELD_RULE,
                  evidence: [sentenceEvidence(model, sentence), sentenceEvidence(model, k)],
                });
        }
        return;
      }
      // `血液净化领域以A、B为主导`: the members the field takes as its lead, up to 为主导 and no further.
      const takes = TAKES_AS_LEAD.exec(gapText(model, d.end, s.end));
      if (!framed && !takes && (!AFTER_FIELD.test(after) || LISTED_BEFORE.test(before))) return;
      if (takes && LISTED_BEFORE.test(before)) return;
      if (listed && LISTED_BEFORE.test(before)) return;
      for (const o of occs.slice(i + 1)) {
        const gap = gapText(model, d.end, o.start);
        if (CLAUSE_END.test(gap) || (listed && /[，,]/.test(gap))) break;
        if (takes && !framed && gapText(model, d.end, o.end).length > takes[0].length) break;
        // `…，骨科领域重点发展C`: a later clause led by another field word is that field's, named or not.
        if (/[，,；;](?:在|其中)?[\u4e00-\u9fffa-z0-9]{2,10}(?:领域|方面|板块|产业(?![园区链基]))/.test(gap))
          break;
        // `…，生命支持类主要产品为C`: so is one that lists another category's products.
        if (
          /[，,；;][\u4e00-\u9fff]{2,10}类(?:主要|代表性?|典型|核心|重点)?(?:产品|设备|装备|器械)(?:主要)?(?:包括|包含|涵盖|为|有|是)/.test(
            gap,
          )
        )
          break;
        if (led && /[，,](?:同时|而|但|此外|另外)?$/.test(gap)) break;
        // `- 体外诊断：A、B` then `- 生命支持：C` on the next line: a new item of a list, or a new line
        // headed by its own name and a colon, is not this field's, though no 。 closed the line before.
        if (NEW_ITEM.test(model.text.slice(d.end, o.start))) break;
        // Another field takes over what follows it (`…，以及呼吸机等治疗装备`).
        if (isDomain(o)) break;
        if (!isEquipment(o) || headedElsewhere(o, occs, d, model.text, labelOf)) continue;
        if (modifiesLongerEquipment(o, occs, isEquipment, model.text) || denied(o, s.start, s.end)) continue;
        edge(o.nodeId, d.nodeId, FIELD_RULE, sentence);
      }
    });
  }
  return [...out, ...domainTables(ctx), ...domainFieldColumns(ctx)];
};

/**
 * True when the equipment's own comma-clause closes on another field (`A、B等治疗装备`), looking no
 * further than `until` (the end of the examples in brackets the equipment stands in).
 */
const headedElsewhere = (
  o: Occurrence,
  occs: readonly Occurrence[],
  field: Occurrence,
  text: string,
  labelOf: RuleContext['labelOf'],
  until = text.length,
): boolean => {
  let end = o.end;
  // A table's cell ends the clause as a comma does (`…机器人研制 | 市经信局 | …`).
  while (end < until && !COMMA_END.test(text[end] ?? '') && !CELL_END.test(text[end] ?? '')) end++;
  return occs.some(
    (x) => x.start >= o.end && x.end <= end && x.nodeId !== field.nodeId && labelOf(x.nodeId) === 'Domain',
  );
};
