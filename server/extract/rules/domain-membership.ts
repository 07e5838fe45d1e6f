// IN_DOMAIN from structure: equipment named in a domain's paragraph (meq-2021 三（一）诊断检验装备)
// or on a 专栏 line headed by a domain (`——监护与生命支持装备。攻关体外膜肺氧合机（ECMO）...`).
import type { NodeId } from '../../../core/model/ids';
import type { Evidence } from '../../../core/model/interchange';
import { normalizeTerm } from '../normalize';
import { ancestry } from '../structure';
import { headingSentence, sentenceEvidence, spanEvidence } from '../plan-model';
import type { EdgeDraft } from '../graph-builder';
import type { Occurrence, Section } from '../types';
import type { RuleContext } from './context';
import { fittedTo, madeUpOf, modifiesLongerEquipment, namedAsUse, PUT_ELSEWHERE } from './domain-members';
import { inSpans, rightColumns } from '../page-columns';

export const DOMAIN_RULE = 'structure:domain-section';

/**
 * A section of application (`## 4 应用`, `2 可降解材料在心血管器械中的应用`, `下游：应用终端`): what its text
 * says a material is used in is the field's own. Not a measure of putting things to use (`推广应用`,
 * `示范应用`, `临床应用`), which says nothing of what a material is for.
 */
const APPLICATION_TITLE = /(?:^|[^\u4e00-\u9fff])应用(?:终端|领域)?$|的应用$/;
/**
 * A clause that puts its things outside the section's field: a denial (`不包括`, `不在本子目录列出`) or a
 * referral to another category of a catalogue (`按07医用诊察和监护器械管理`, `见01有源手术器械`), or a
 * page's links to its neighbours (`上一篇：11 X`, `下一篇：13 Y`).
 */
const OUTSIDE_CLAUSE = new RegExp(`${PUT_ELSEWHERE.source}|[上下]一[篇页章]`);
const CLAUSE_BREAK = /[，,。；;！？!?\n（）()]/;
/** A chain map's arrow back from a thing to its parts and materials (`呼吸机 ⇐ 涡轮风机、比例电磁阀`). */
const BACK_ARROW = /[⇐←⟵⟸]/;

/**
 * A heading or a line's label over a field's parts, materials or techniques, not its devices
 * (`2．关键部件。攻关高精度谐波减速器、三维电子内窥镜`, `部件：PET探测器模块`): its things are no members.
 */
const MAKE_UP_LABEL =
  /^(?:关键|核心|主要|重点|共性|基础|上游|配套)?(?:零部件|部件|元器件|器件|组件|配套件|原材料|材料|技术|工艺)(?:攻关)?$/;
const MAKE_UP_LINE =
  /^[\s\u3000]*(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）.．、]\s*)?(?:关键|核心|主要|重点|共性|基础|上游|配套)?(?:零部件|部件|元器件|器件|组件|配套件|原材料|材料|技术|工艺)[：:]/;

/** The whole industry, with or without a qualifier: no field to hold an inner field's things. */
const WHOLE_INDUSTRY = /^(?:高端|先进|新型|创新)?(?:医疗|医用|医学|医药)?(?:装备|设备|器械|产品|耗材|仪器)$/;

/** The innermost section around `section` whose heading names a domain, with that domain. */
export const domainOf = (
  ctx: RuleContext,
  section: Section,
): { section: Section; domain: NodeId } | undefined => {
  for (const s of ancestry(ctx.model.sections, section)) {
    // A heading read as a field wins over its curated name of another label (`1.放射治疗装备。` among fields).
    const id = ctx.model.headingDomains.get(s.index) ?? ctx.resolveTitle(s.title);
    if (id && ctx.labelOf(id) === 'Domain') return { section: s, domain: id };
  }
  return undefined;
};

/** The heading and the sentence as one passage when they share a line, else as two. */
const domainEvidence = (ctx: RuleContext, domainSection: Section, sentence: number): Evidence[] => {
  const { model } = ctx;
  const s = model.sentences[sentence];
  const head = headingSentence(model, domainSection);
  if (!s || head === sentence) return [sentenceEvidence(model, sentence)];
  // The next sentence after a heading on the same line reads as one passage (`——监护与生命支持装备。攻关...`).
  if (sentence === head + 1 && !model.text.slice(domainSection.titleStart, s.start).includes('\n'))
    return [spanEvidence(model, domainSection.titleStart, s.end, model.sections[s.section]?.path ?? '')];
  return [sentenceEvidence(model, head), sentenceEvidence(model, sentence)];
};

export const domainMembership = (ctx: RuleContext): EdgeDraft[] => {
  const out: EdgeDraft[] = [];
  const isEquipment = (x: Occurrence): boolean => ctx.labelOf(x.nodeId) === 'Equipment';
  // A page of two columns: the sections are the left column's (headings open lines), so what the right
  // column names beside them is in none of its fields.
  const right = rightColumns(ctx.model.text);
  // The fields of the sections a thing heads (`【医学影像设备】 > 2. 磁共振`): a thing with a section of its
  // own under one field is named again under another (`比如CT，最卡脖子的是球管` closing the last field's
  // section) as a comparison, not as a member of that field.
  const headedIn = new Map<NodeId, Set<NodeId>>();
  const heads = (id: NodeId, section: Section): void => {
    const d = domainOf(ctx, section);
    if (!d || d.section === section) return;
    const set = headedIn.get(id) ?? new Set<NodeId>();
    set.add(d.domain);
    headedIn.set(id, set);
  };
  for (const o of ctx.model.occurrences) {
    const section = ctx.model.sections[ctx.model.sentences[o.sentence]?.section ?? -1];
    if (isEquipment(o) && section && o.start >= section.titleStart && o.end <= section.titleEnd)
      heads(o.nodeId, section);
  }
  // The names the text reads as fields: a class the text found both as a field and as a new thing
  // (`常规放射治疗类设备` listed under `乙类大型医用设备` and heading a column of counts) is a field inside the
  // field, no member. A curated device keeps its memberships.
  const fieldNames = new Set(
    ctx.model.occurrences
      .filter((o) => ctx.labelOf(o.nodeId) === 'Domain')
      .map((o) => normalizeTerm(ctx.model.text.slice(o.start, o.end))),
  );
  // Every name each field goes by in the text.
  const domainNames = new Map<NodeId, Set<string>>();
  for (const o of ctx.model.occurrences)
    if (ctx.labelOf(o.nodeId) === 'Domain')
      domainNames.set(
        o.nodeId,
        (domainNames.get(o.nodeId) ?? new Set<string>()).add(
          normalizeTerm(ctx.model.text.slice(o.start, o.end)),
        ),
      );
  const discoveredNames = new Map(ctx.model.discovered.map((t) => [t.id, normalizeTerm(t.name)] as const));
  const discovered = new Map(ctx.model.discovered.map((t) => [normalizeTerm(t.name), t.id] as const));
  /** The thing each section heading names alone (`2. 磁共振`), if any. */
  const thingOf = new Map<number, NodeId>();
  for (const section of ctx.model.sections) {
    const id = ctx.resolveTitle(section.title) ?? discovered.get(normalizeTerm(section.title));
    if (!id || !isEquipment({ nodeId: id } as Occurrence)) continue;
    thingOf.set(section.index, id);
    heads(id, section);
    // `【医学影像设备】 > 4. DR`: a heading that is a thing's name alone puts it in the field above it, as
    // its body would.
    const d = domainOf(ctx, section);
    const named = ctx.model.occurrences.some(
      (o) => o.nodeId === id && o.start >= section.titleStart && o.end <= section.titleEnd,
    );
    if (!d || d.section === section || named) continue;
    const path = section.path;
    out.push({
      type: 'IN_DOMAIN',
      source: id,
      target: d.domain,
      basis: 'stated',
      rule: DOMAIN_RULE,
      evidence: [
        sentenceEvidence(ctx.model, headingSentence(ctx.model, d.section)),
        spanEvidence(ctx.model, section.titleStart, section.titleEnd, path),
      ],
    });
  }
  for (const o of ctx.model.occurrences) {
    if (!isEquipment(o)) continue;
    if (right.length > 0 && inSpans(right, o.start)) continue;
    if (modifiesLongerEquipment(o, ctx.model.bySentence.get(o.sentence) ?? [], isEquipment, ctx.model.text))
      continue;
    const section = ctx.model.sections[ctx.model.sentences[o.sentence]?.section ?? -1];
    if (!section) continue;
    const d = domainOf(ctx, section);
    if (!d) continue;
    // Inside another thing's section, a thing with a section of its own under another field is compared.
    const headed = headedIn.get(o.nodeId);
    const other = thingOf.get(section.index);
    if (headed && !headed.has(d.domain) && other !== undefined && other !== o.nodeId) continue;
    const { text } = ctx.model;
    let cs = o.start;
    while (cs > 0 && !CLAUSE_BREAK.test(text[cs - 1] ?? '')) cs--;
    let ce = o.end;
    while (ce < text.length && !CLAUSE_BREAK.test(text[ce] ?? '')) ce++;
    if (OUTSIDE_CLAUSE.test(normalizeTerm(text.slice(cs, ce)))) continue;
    // A device named only as the use of a material (`发展用于血管支架的镍钛合金丝材`), unless the section is
    // one of application (`## 2 可降解材料在心血管器械中的应用`: what its materials are used in is the field's).
    if (namedAsUse(o, text, APPLICATION_TITLE.test(normalizeTerm(d.section.title)))) continue;
    // One of the pieces a thing is made up of (`由4K摄像主机、摄像头、LED冷光源和荧光腹腔镜组成`).
    if (madeUpOf(o, text)) continue;
    if (fieldNames.has(discoveredNames.get(o.nodeId) ?? '')) continue;
    // What another device of the clause is fitted with (`医用直线加速器应配备多叶准直器、电子射野影像装置`).
    if (fittedTo(o, ctx.model.bySentence.get(o.sentence) ?? [], isEquipment, text)) continue;
    // `光学相干断层扫描仪（OCT）⇐ 扫频光源、光纤干涉仪`: what a chain map's arrow back points to on its line is
    // the make-up of the thing before it, no member of the field.
    if (BACK_ARROW.test(text.slice(text.lastIndexOf('\n', o.start - 1) + 1, o.start))) continue;
    // What a heading or a line's label of parts, materials or techniques holds inside the field's section.
    if (MAKE_UP_LINE.test(text.slice(text.lastIndexOf('\n', o.start - 1) + 1, o.start))) continue;
    const inner = ancestry(ctx.model.sections, section);
    const underMakeUp = inner
      .slice(0, Math.max(0, inner.indexOf(d.section)))
      .some((x) => MAKE_UP_LABEL.test(normalizeTerm(x.title).replace(/[。.：:]+$/, '')));
    if (underMakeUp) continue;
    // No thing is put in a field of its own name (`（三）手术机器人。…攻关手术机器人用精密减速器`).
    const own = normalizeTerm(d.section.title)
      .replace(/[。.：:]+$/, '')
      .replace(/领域$/, '');
    if (normalizeTerm(ctx.model.text.slice(o.start, o.end)) === own) continue;
    // Nor in a field the text names by the thing's name (`（二）培育手术机器人` over `…手术机器人…`).
    if (domainNames.get(d.domain)?.has(normalizeTerm(text.slice(o.start, o.end)))) continue;
    out.push({
      type: 'IN_DOMAIN',
      source: o.nodeId,
      target: d.domain,
      basis: 'stated',
      rule: DOMAIN_RULE,
      evidence: domainEvidence(ctx, d.section, o.sentence),
    });
    // A field inside a field (`（一）急救与生命支持装备 > 1.急救转运装备。重点发展A、B`): what the inner
    // field holds the outer one holds too, unless the outer one is the whole industry (`高端医疗装备`).
    const above = d.section.parent === null ? undefined : ctx.model.sections[d.section.parent];
    const wider = above && above.kind !== 'box' ? domainOf(ctx, above) : undefined;
    const widerName = wider ? normalizeTerm(wider.section.title).replace(/[。.：:]+$/, '') : '';
    if (wider && wider.domain !== d.domain && !WHOLE_INDUSTRY.test(widerName))
      out.push({
        type: 'IN_DOMAIN',
        source: o.nodeId,
        target: wider.domain,
        basis: 'stated',
        rule: DOMAIN_RULE,
        evidence: domainEvidence(ctx, wider.section, o.sentence),
      });
    // A catalogue's product class (`06 医用成像器械 > 06-01 X射线诊断设备 > 01 摄影X射线机`) is a product
    // of the category above its own too.
    if (section.catalogue !== 'product' || o.start < section.titleStart || o.end > section.titleEnd) continue;
    const outer = d.section.parent === null ? undefined : ctx.model.sections[d.section.parent];
    const up = outer?.catalogue === 'category' ? domainOf(ctx, outer) : undefined;
    if (up && up.domain !== d.domain)
      out.push({
        type: 'IN_DOMAIN',
        source: o.nodeId,
        target: up.domain,
        basis: 'stated',
        rule: DOMAIN_RULE,
        evidence: domainEvidence(ctx, up.section, o.sentence),
      });
  }
  return out;
};
