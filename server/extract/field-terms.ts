// Fields read from running text (rules/domain-fields.ts) become Domain nodes of the plan models before
// the relation rules run, so that IN_DOMAIN, TARGETS and ENABLES see them. Pure.
import type { NodeId } from '../../core/model/ids';
import { discoveredId } from './node-ids';
import { normalizeTerm } from './normalize';
import type { DiscoveredTerm, PlanModel } from './plan-model';
import type { TermRule } from './terms/confidence';
import {
  FIELD_CONFIDENCE,
  readFields,
  type Apposition,
  type FieldFinding,
  type FieldRule,
} from './rules/domain-fields';
import { headingFields } from './rules/domain-headings';
import type { Curated, Occurrence } from './types';

/** A Domain found in running text, with its occurrences in one plan. */
export interface FieldTerm {
  readonly id: NodeId;
  readonly name: string;
  readonly confidence: number;
  readonly foundBy: FieldRule;
  readonly occurrences: readonly Occurrence[];
  /** The class noun a bare member of a list of fields was completed with (`产品`). */
  readonly completedFrom?: string;
}

export interface FieldedModel {
  readonly model: PlanModel;
  readonly fields: readonly FieldTerm[];
  /** `A、B等X` with X a field (new or known), for the IN_DOMAIN of the members. */
  readonly appositions: readonly (Apposition & { readonly domain: NodeId })[];
}

/**
 * What a name read both as a field and as a discovered term of another label is: the class phrase
 * is the field (`高性能医疗器械` in a list of fields is no device), so the discovered term gives way
 * and its occurrences become the field's. Curated names never reach here: `classifyField` leaves a
 * curated equipment name (`放射治疗设备`) what the lexicon says it is.
 */
export const yieldsToField = (term: DiscoveredTerm, fieldNames: ReadonlySet<string>): boolean =>
  term.label !== 'Domain' && fieldNames.has(normalizeTerm(term.name));

/** Sections whose heading may name a field: numbered or marked heads, not titles, boxes or items. */
const HEADING_KINDS = new Set(['chapter', 'subsection']);

/** A class named by 类 and a class noun after it (`手术床类产品`): group 1 is the class (`手术床类`). */
/** An expo's hall named by a field (`体外诊断展区`): group 1 is the field's name or its end (`影像`). */
const HALL = /^([\u4e00-\u9fff]{2,10})展区$/;
const CLASS_AFTER_LEI = /^([\u4e00-\u9fff]{2,10}类)(?:产品|设备|装备|器械|耗材|仪器)$/;

const confidenceOf = (rules: ReadonlySet<FieldRule>, mentions: number): number => {
  let c = Math.max(...[...rules].map((r) => FIELD_CONFIDENCE[r]));
  if (mentions >= 2) c += 0.1;
  if (mentions >= 3) c += 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Adds the fields each plan's text names to its model: a Domain term per new field (id from its name,
 * as for headings), its occurrences in place of shorter names inside it, and the discovered terms of
 * the same name (in any plan) turned into it. A field crossing another mention's bounds is dropped.
 */
export const withFields = (models: readonly PlanModel[], curated: Curated): FieldedModel[] => {
  const read = models.map((m) => {
    const r = readFields(m, curated);
    // Headings first: a heading's field is the longer name over the shorter ones inside it.
    const headings = headingFields(m, curated);
    const sectionOf = new Map<FieldFinding, number>();
    const fromHeadings = headings.map((h): FieldFinding => {
      const f: FieldFinding = {
        name: h.name,
        start: h.start,
        end: h.end,
        sentence: h.sentence,
        rule: 'heading:domain',
        ...(h.known ? { known: h.known } : {}),
      };
      sectionOf.set(f, h.section);
      return f;
    });
    // `（一）手术床类` over `手术床类产品包括A、B`: the body names its heading's class with a class noun
    // after 类; one field, named as the heading names it.
    const classes = new Set(
      [...fromHeadings, ...r.fields, ...m.discovered.filter((d) => d.label === 'Domain')]
        .filter((f) => !('known' in f && f.known))
        .map((f) => normalizeTerm(f.name)),
    );
    const renamed = new Map<FieldFinding, FieldFinding>();
    for (const f of r.fields) {
      const m = CLASS_AFTER_LEI.exec(normalizeTerm(f.name));
      if (!f.known && m?.[1] && classes.has(m[1])) renamed.set(f, { ...f, name: f.name.slice(0, -2) });
    }
    // An expo's `影像展区：A、B` after `分为医学影像、体外诊断…等主题展区`: a hall named by a field of the
    // text, or by the end of its name, is a mention of that field.
    const fieldIds = new Map<string, NodeId>();
    for (const f of [...fromHeadings, ...r.fields])
      fieldIds.set(normalizeTerm(f.name), f.known ?? discoveredId('Domain', f.name));
    for (const d of m.discovered) if (d.label === 'Domain') fieldIds.set(normalizeTerm(d.name), d.id);
    for (const f of r.fields) {
      const hall = HALL.exec(normalizeTerm(f.name))?.[1];
      if (f.known || !hall) continue;
      const ends = [...fieldIds.keys()].filter((n) => n !== hall && n.endsWith(hall) && !HALL.test(n));
      const id = fieldIds.get(hall) ?? (ends.length === 1 && ends[0] ? fieldIds.get(ends[0]) : undefined);
      if (id) renamed.set(f, { ...f, known: id, refers: true });
    }
    const as = (f: FieldFinding): FieldFinding => renamed.get(f) ?? f;
    return {
      fields: [...fromHeadings, ...r.fields.map(as)],
      appositions: r.appositions.map((a) => ({ ...a, field: as(a.field) })),
      sectionOf,
    };
  });
  const rulesOf = new Map<string, Set<FieldRule>>();
  for (const r of read)
    for (const f of r.fields)
      if (!f.known) {
        const key = normalizeTerm(f.name);
        rulesOf.set(key, (rulesOf.get(key) ?? new Set()).add(f.rule));
      }
  const fieldNames = new Set(rulesOf.keys());
  return models.map((model, i) => {
    const { fields, appositions, sectionOf } = read[i] ?? {
      fields: [],
      appositions: [],
      sectionOf: new Map<FieldFinding, number>(),
    };
    const headingDomains = new Map(model.headingDomains);
    let occurrences = [...model.occurrences];
    const byName = new Map<
      string,
      { name: string; rules: Set<FieldRule>; occ: Occurrence[]; completedFrom?: string }
    >();
    const kept = new Set<(typeof fields)[number]>();
    // A reference to a field read before whose reading was dropped (it cut across a mention) names that
    // field anew, as a field of its own.
    const known = new Set<NodeId>([
      ...curated.lexicon.map((e) => e.id),
      ...model.discovered.map((d) => d.id),
    ]);
    for (let f of fields) {
      if (
        f.known &&
        f.refers &&
        !known.has(f.known) &&
        ![...byName.values()].some((e) => discoveredId('Domain', e.name) === f.known)
      )
        f = { name: f.name, start: f.start, end: f.end, sentence: f.sentence, rule: f.rule };
      if (f.known) {
        kept.add(f);
        // A box titled by a curated field (`专栏2 治疗装备重点发展方向`) holds the equipment of its body.
        const boxOf = sectionOf.get(f);
        if (boxOf !== undefined) headingDomains.set(boxOf, f.known);
        // A short reference to a field named before (`在影像领域`) is a mention of it, unless a name is there.
        // A field read under a name of another kind (`康复辅具` of `…康复辅具四个领域`) is that field
        // again where the text calls it one (`康复辅具领域重点发展…`).
        const same = (o: Occurrence): boolean =>
          o.start === f.start && o.end === f.end && f.known === discoveredId('Domain', f.name);
        // A shorter name inside the reference (`生化` of `生化诊断领域`) gives way to it, as to a field.
        const inside = (o: Occurrence): boolean =>
          o.start >= f.start && o.end <= f.end && o.end - o.start < f.end - f.start;
        if (f.refers && !occurrences.some((o) => overlaps(o, f) && !same(o) && !inside(o))) {
          occurrences = occurrences.filter((o) => !same(o) && !inside(o));
          occurrences.push({ nodeId: f.known, start: f.start, end: f.end, sentence: f.sentence });
        }
        continue;
      }
      // A longer name wins over the names inside it; a field cutting across a mention is no reading.
      if (occurrences.some((o) => overlaps(o, f) && (o.start < f.start || o.end > f.end))) continue;
      const id = discoveredId('Domain', f.name);
      const key = normalizeTerm(f.name);
      const entry = byName.get(key) ?? {
        name: f.name,
        rules: new Set<FieldRule>(),
        occ: [],
        ...(f.completedFrom ? { completedFrom: f.completedFrom } : {}),
      };
      entry.rules.add(f.rule);
      byName.set(key, entry);
      kept.add(f);
      const section = sectionOf.get(f);
      if (section !== undefined) headingDomains.set(section, id);
      // Two readings of one span (an apposition's head that is also a qualified class) are one mention.
      if (entry.occ.some((o) => o.start === f.start && o.end === f.end)) continue;
      occurrences = occurrences.filter((o) => !overlaps(o, f));
      entry.occ.push({ nodeId: id, start: f.start, end: f.end, sentence: f.sentence });
      occurrences.push({ nodeId: id, start: f.start, end: f.end, sentence: f.sentence });
    }
    const discovered: DiscoveredTerm[] = [];
    for (const d of model.discovered) {
      if (!yieldsToField(d, fieldNames)) {
        discovered.push(d);
        continue;
      }
      const key = normalizeTerm(d.name);
      const id = discoveredId('Domain', byName.get(key)?.name ?? d.name);
      const entry = byName.get(key) ?? { name: d.name, rules: new Set<FieldRule>(), occ: [] };
      for (const r of rulesOf.get(key) ?? []) entry.rules.add(r);
      for (const o of occurrences)
        if (o.nodeId === d.id && !entry.occ.some((x) => x.start === o.start))
          entry.occ.push({ ...o, nodeId: id });
      byName.set(key, entry);
      occurrences = occurrences.map((o) => (o.nodeId === d.id ? { ...o, nodeId: id } : o));
    }
    const seen = new Set<string>();
    occurrences = occurrences
      .filter((o) => {
        const k = `${o.nodeId}|${o.start}|${o.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const bySentence = new Map<number, Occurrence[]>();
    for (const o of occurrences) bySentence.set(o.sentence, [...(bySentence.get(o.sentence) ?? []), o]);
    // `分为神经介入类、外周血管介入类两大类` then `（一）神经介入类`: a heading that is a field the text names
    // holds the equipment of its section, as a heading read as a field does.
    for (const s of model.sections) {
      if (headingDomains.has(s.index) || !HEADING_KINDS.has(s.kind)) continue;
      const named = byName.get(normalizeTerm(s.title).replace(/[。.：:]+$/, ''));
      if (named?.occ.some((o) => o.start < s.titleStart || o.start >= s.titleEnd))
        headingDomains.set(s.index, discoveredId('Domain', named.name));
    }
    const terms: FieldTerm[] = [...byName.values()].map((e) => ({
      id: discoveredId('Domain', e.name),
      name: e.name,
      confidence: confidenceOf(e.rules, e.occ.length),
      foundBy:
        [...e.rules].sort((a, b) => FIELD_CONFIDENCE[b] - FIELD_CONFIDENCE[a])[0] ?? 'text:field-qualified',
      occurrences: e.occ,
      ...(e.completedFrom ? { completedFrom: e.completedFrom } : {}),
    }));
    return {
      // The fields join the discovered terms, so that they are graphed and reported like the others;
      // TermRule (terms/confidence.ts) lists the term readers' rules, the report reads foundBy as text.
      model: {
        ...model,
        occurrences,
        discovered: [
          ...discovered,
          ...terms.map((t) => ({ ...t, label: 'Domain' as const, foundBy: t.foundBy as string as TermRule })),
        ],
        bySentence,
        headingDomains,
      },
      fields: terms,
      appositions: appositions
        .filter((a) => kept.has(a.field))
        .map((a) => ({ ...a, domain: a.field.known ?? discoveredId('Domain', a.field.name) })),
    };
  });
};
