// Compound names that carry their user (`CT 探测器模拟芯片`, `高导光率内窥镜光纤`): a component or
// material whose written name contains an equipment or component name is PART_OF / USED_IN it; and
// those that open with their material (`镍钛合金固定翼`): the material is USED_IN the thing.
import type { NodeId } from '../../../core/model/ids';
import { buildAliasIndex } from '../lexicon';
import { isLatin, normalizeTerm } from '../normalize';
import { gapText, sentenceEvidence } from '../plan-model';
import type { EdgeDraft } from '../graph-builder';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';

export const COMPOUND_RULE = 'compound-name';
export const GLOSSED_MATERIAL_RULE = 'compound-name:material-gloss-before';
/**
 * A material's short name in brackets, and nothing else, between the material and the name it opens
 * (`（CZT）`, `（ePTFE）`): no list mark, no clause mark inside.
 */
export const MATERIAL_GLOSS = /^\([A-Za-z0-9][A-Za-z0-9/+-]{0,11}\)$/;
/** How long such a gloss may be, brackets included. */
export const GLOSS_SPAN = 14;

export const compoundNames = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf, curated } = ctx;
  const users = buildAliasIndex(
    curated.lexicon.filter((e) => e.label === 'Equipment' || e.label === 'Component'),
  );
  const forms = [...users.values()].flat();
  const classNames = new Set(Object.values(curated.discovery.heads).flat());
  const names = new Map<NodeId, string>(model.discovered.map((d) => [d.id, d.name]));
  const partHeads = curated.discovery.heads.Component ?? [];
  const lexiconNames = new Map<NodeId, string>(curated.lexicon.map((e) => [e.id, e.name]));
  /** Whether the part `id` and the written name end in the same part head (`传感器`). */
  const sameKind = (id: NodeId, written: string): boolean => {
    const name = lexiconNames.get(id) ?? '';
    return partHeads.some((h) => name.endsWith(h) && written.endsWith(h));
  };
  // A form that begins another machine's name (超声: 超声诊断设备 and 超声治疗装备) names a modality
  // several machines share, so `超声换能器` says which kind of energy the part handles, not its user.
  const equipmentForms = forms.filter((f) => labelOf(f.nodeId) === 'Equipment');
  // The machines whose forms each string begins without being it: one pass over the forms'
  // prefixes, where testing every pair of forms cost tens of ms a plan.
  const longerFrom = new Map<string, Set<NodeId>>();
  for (const g of equipmentForms)
    for (let k = 1; k < g.form.length; k++) {
      const prefix = g.form.slice(0, k);
      const ids = longerFrom.get(prefix);
      if (ids) ids.add(g.nodeId);
      else longerFrom.set(prefix, new Set([g.nodeId]));
    }
  const shared = new Set(
    equipmentForms
      .filter((f) => [...(longerFrom.get(f.form) ?? [])].some((id) => id !== f.nodeId))
      .map((f) => `${f.nodeId} ${f.form}`),
  );
  /** Whether the plan names `user` outside the part's own mention [start, end). */
  const namedApart = (user: NodeId, start: number, end: number): boolean =>
    model.occurrences.some((p) => p.nodeId === user && (p.end <= start || p.start >= end));
  const out: EdgeDraft[] = [];
  const byEnd = new Map<number, Occurrence[]>();
  const byStart = new Map<number, Occurrence[]>();
  for (const p of model.occurrences) {
    byEnd.set(p.end, [...(byEnd.get(p.end) ?? []), p]);
    byStart.set(p.start, [...(byStart.get(p.start) ?? []), p]);
  }
  /** The users whose forms `surface` holds, with whether the form is a shared modality word. */
  const usersInside = (nodeId: NodeId, surface: string): { user: NodeId; shared: boolean }[] => {
    const taken = new Uint8Array(surface.length);
    const inside: { user: NodeId; shared: boolean }[] = [];
    for (const f of forms) {
      // A name ending in another (`微型比例阀`) is a kind of it, not a part of it.
      if (f.nodeId === nodeId || surface.endsWith(f.form)) continue;
      const at = surface.indexOf(f.form);
      if (at === -1 || taken.subarray(at, at + f.form.length).some((x) => x === 1)) continue;
      if (
        (isLatin(f.form[0]) && /[a-z]/.test(surface[at - 1] ?? '')) ||
        (isLatin(f.form.at(-1)) && /[a-z]/.test(surface[at + f.form.length] ?? ''))
      )
        continue;
      taken.fill(1, at, at + f.form.length);
      // `CMOS光电传感器` holds CMOS, a name of 图像传感器: one sensor is a kind of the other, not its part.
      if (sameKind(f.nodeId, surface)) continue;
      inside.push({ user: f.nodeId, shared: shared.has(`${f.nodeId} ${f.form}`) });
    }
    return inside;
  };
  // A part is mentioned many times under one name, and each scan goes through every form.
  const insideOf = new Map<string, { user: NodeId; shared: boolean }[]>();
  for (const o of model.occurrences) {
    const label = labelOf(o.nodeId);
    if (label !== 'Component' && label !== 'Material') continue;
    // A mention that spans alternatives (`CCD(…)/CMOS(…)光电传感器` of CCD光电传感器) holds the
    // other members' names too: read the node's own name there.
    const written = normalizeTerm(model.text.slice(o.start, o.end));
    const surface = written.includes('/') ? normalizeTerm(names.get(o.nodeId) ?? written) : written;
    const key = `${o.nodeId} ${surface}`;
    const inside = insideOf.get(key) ?? usersInside(o.nodeId, surface);
    insideOf.set(key, inside);
    const found = new Set<NodeId>();
    for (const { user, shared: modality } of inside) {
      // A part read from the text (not curated) through a shared modality word is that machine's
      // part only when the plan names the machine itself.
      if (modality && !lexiconNames.has(o.nodeId) && !namedApart(user, o.start, o.end)) continue;
      found.add(user);
    }
    // `磁共振超导磁体`: a part written right after the name of its user is that user's part, as if
    // the two were one compound (the lexicon knows both names, so no one form holds them).
    let at = o.start;
    while (at > 0 && /[\s*#]/.test(model.text[at - 1] ?? '')) at--;
    const before = byEnd
      .get(at)
      ?.find((p) => p.sentence === o.sentence && gapText(model, p.end, o.start) === '');
    const userLabel = before ? labelOf(before.nodeId) : undefined;
    if (
      before &&
      (userLabel === 'Equipment' || (userLabel === 'Component' && label === 'Material')) &&
      before.nodeId !== o.nodeId &&
      !classNames.has(surface) &&
      !/^(?:关键|核心|配套)/.test(surface)
    )
      found.add(before.nodeId);
    for (const user of found)
      out.push({
        type: label === 'Material' ? 'USED_IN' : 'PART_OF',
        source: o.nodeId,
        target: user,
        basis: 'stated',
        rule: COMPOUND_RULE,
        evidence: [sentenceEvidence(model, o.sentence)],
      });
  }
  // `镍钛合金固定翼`, `碘化铯平板探测器`: a material that opens the name of a part or device is used in it.
  for (const o of model.occurrences) {
    const label = labelOf(o.nodeId);
    if (label !== 'Component' && label !== 'Equipment') continue;
    // `碲锌镉（CZT）光子计数探测器`, `聚四氟乙烯（PTFE）内衬管`: the material's short name in brackets between
    // it and the name it opens.
    for (const p of model.bySentence.get(o.sentence) ?? [])
      if (
        p.end < o.start &&
        o.start - p.end <= GLOSS_SPAN &&
        p.nodeId !== o.nodeId &&
        labelOf(p.nodeId) === 'Material' &&
        MATERIAL_GLOSS.test(gapText(model, p.end, o.start)) &&
        // A gloss closing a table's cell or a line (`聚甲醛（POM）⏎平衡腔腔体｜…`) opens nothing on the next.
        !/[\n|｜]/.test(model.text.slice(p.end, o.start))
      )
        out.push({
          type: 'USED_IN',
          source: p.nodeId,
          target: o.nodeId,
          basis: 'stated',
          rule: GLOSSED_MATERIAL_RULE,
          evidence: [sentenceEvidence(model, o.sentence)],
        });
    for (const p of byStart.get(o.start) ?? [])
      if (
        p.sentence === o.sentence &&
        p.end < o.end &&
        p.nodeId !== o.nodeId &&
        labelOf(p.nodeId) === 'Material'
      )
        out.push({
          type: 'USED_IN',
          source: p.nodeId,
          target: o.nodeId,
          basis: 'stated',
          rule: COMPOUND_RULE,
          evidence: [sentenceEvidence(model, o.sentence)],
        });
  }
  return out;
};
