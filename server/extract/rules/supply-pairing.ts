// Machines and their parts written side by side in plans and news: `重点推进光子计数CT、7T超导磁共振和全身
// PET/MR研制，同步突破CT球管、光子计数探测器、超导磁体等核心部件`. A part goes to each machine of the list
// whose name shares a distinctive piece with its own (CT球管 and 光子计数CT share CT; 超导磁体 and 7T超导磁共振
// share 超导; PET探测器晶体 goes to PET-MR and PET-CT alike, both being PET machines); a part that shares one
// with none goes nowhere. `以及配套的B、C等部件`, `和配套诊断试剂` say outright that the parts or materials
// go with every machine listed.
import type { NodeId } from '../../../core/model/ids';
import { normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { LIST_GAP, supplyOccurrences, type SupplyReader } from './supply-lists';

export const PAIRED_RULE = 'grammar:整机与部件并列';
export const FITTED_RULE = 'grammar:A及配套的B';
export const NAMED_RULE = 'grammar:部件行与文中整机';

/** A heading that names one machine's parts (`（一）CT关键零部件。`, `1.磁共振成像系统核心部件`). */
const PARTS_HEADING = /^(?:[(（]?[一二三四五六七八九十0-9]{1,3}[)）.、．]?|[一二三四五六七八九十]是)?$/;
const PARTS_HEADING_TAIL = /^的?(?:关键|核心|主要)?(?:零部件|部件)(?:和(?:关键)?材料)?(?:攻关)?[。:：]?$/;
/** A clause that opens with the upstream of a chain (`从产业链来看，上游为`), before its first item. */
const UPSTREAM = /(?:^|[，,：:])(?:产业链)?上游(?:主要)?(?:为|是|包括|主要包括|主要有|有)[:：]?$/;
export const UPSTREAM_RULE = 'grammar:标题整机的上游部件';
/**
 * Between two named items of such a list, members the reading did not name (`、光源、`). A member holds
 * no joiner: one that could be either part of a member or a joiner makes a run of them backtrack
 * exponentially.
 */
const LOOSE_GAP = /^[、和及与](?:[^、和及与,，;；:：()（）等的]{1,8}[、和及与])*$/;
/** After the last named item: unnamed members, then the parts class. */
const LOOSE_CLASS =
  /^(?:[、和及与][^、和及与,，;；:：()（）等的]{1,8})*等?(?:核心|关键|主要)?(?:零部件|部件|元器件|器件)/;
/** After the last named material of such a list: unnamed members, then the materials class. */
const LOOSE_MATERIALS =
  /^(?:[、和及与][^、和及与,，;；:：()（）等的]{1,8})*等?(?:关键|核心|主要)?(?:原材料|材料|原料)/;
/** How many sentences after such a heading speak of its machine's parts. */
const HEADING_REACH = 3;
export const HEADING_RULE = 'structure:parts-heading';

/** A line that lists parts under their class (`核心部件：`, `关键零部件和原材料：`). */
const PARTS_LINE =
  /^(?:[^，,。；;:：]{0,6})?(?:核心|关键|重点)?(?:零部件|部件|元器件)[^，,。；;:：]{0,6}[:：]$/;

/** A class of parts that closes the list (`等核心部件`, `等关键零部件`). */
const PART_CLASS = /^等?(?:核心|关键|主要|重要)?(?:零部件|部件|元器件|器件)/;
/** `以及配套的B、C等部件`, `及其配套的B`: parts said to go with the machines before. */
const FITTED_LEAD = /(?:(?:以及|及其|及|和|并)配套(?:的|用)?|配套的)$/;
/** A sentence that opens with the work on parts, whose machines the sentence before listed. */
const OPENS_WITH_WORK = /^(?:同时|同步|并|重点|着力|加快)?(?:突破|攻关|攻克|研制|研发|开发|补齐|掌握)$/;
/** Words that open the parts after the machines: a verb of work on them. */
const PART_VERB =
  /(?:突破|攻关|攻克|提升|研制|研发|开发|发展|推进|补齐|配套|带动|解决|掌握)[^，,。；;]{0,6}$/;
/** Pieces every kind of machine or part may share: they say nothing about which machine a part is of. */
const COMMON = [
  '系统',
  '设备',
  '装备',
  '装置',
  '仪器',
  '器械',
  '医用',
  '医疗',
  '医学',
  '产品',
  '高端',
  '高性能',
  '核心',
  '关键',
  '部件',
  '组件',
  '模块',
  '单元',
  '全自动',
  '自动',
  '智能',
  '数字',
  '一次性',
  '使用',
  '手术',
  '治疗',
  '诊断',
  '检测',
  '分析',
  '监测',
  '成像',
  '影像',
  '放射',
  '介入',
  '康复',
  '护理',
  '机器人',
  '电子',
  '新型',
  '国产',
  '高速',
  '超高',
  '高频',
  '控制',
  '移动',
  '便携',
  '全身',
  '高清',
  '三维',
  '可穿戴',
  '低温',
  '植入',
  '体外',
  '微创',
  '精密',
  '专用',
];

/** The longest piece two names share. */
const sharedPiece = (a: string, b: string): string => {
  let best = '';
  for (let i = 0; i < a.length; i++)
    for (let j = i + best.length + 1; j <= a.length; j++) {
      const piece = a.slice(i, j);
      if (!b.includes(piece)) break;
      best = piece;
    }
  return best;
};

/** Whether `piece` of `name` is a whole Latin word there (`CT` of `PET-CT`, not `CT` of `OCTA`). */
const wholeLatin = (name: string, piece: string): boolean => {
  const at = name.indexOf(piece);
  return !/[A-Za-z]/.test(name[at - 1] ?? '') && !/[A-Za-z]/.test(name[at + piece.length] ?? '');
};

/** Whether two names share a piece that tells one machine from another. */
export const distinctive = (part: string, machine: string): boolean => {
  const piece = sharedPiece(part, machine);
  if (piece.length < 2 || /[0-9]/.test(piece)) return false;
  if (/^[A-Za-z]+$/.test(piece)) return wholeLatin(part, piece) && wholeLatin(machine, piece);
  if (!/^[\u4e00-\u9fff]+$/.test(piece)) return false;
  return !COMMON.some((c) => c.includes(piece));
};

/** Parts written after the machines of one clause group, given to the machine each one names. */
export const pairedParts = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const all = supplyOccurrences(model);
  const outer = (occs: readonly Occurrence[]): Occurrence[] =>
    occs.filter(
      (o) =>
        !occs.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ),
    );
  const written = (o: Occurrence): string => normalizeTerm(model.text.slice(o.start, o.end));
  // Each machine the text names, by the forms it is written in (not where it is a part's modifier).
  const machinesNamed = new Map<NodeId, Set<string>>();
  for (const occs of all.values()) {
    const named = outer(occs);
    for (const [k, o] of named.entries()) {
      const next = named[k + 1];
      if (labelOf(o.nodeId) !== 'Equipment') continue;
      if (next && labelOf(next.nodeId) === 'Component' && /^用?$/.test(gapText(model, o.end, next.start)))
        continue;
      machinesNamed.set(o.nodeId, new Set([...(machinesNamed.get(o.nodeId) ?? []), written(o)]));
    }
  }
  /**
   * A line of parts with no machine of its own (`核心部件：…超声单晶探头、磁共振射频线圈`): a part whose name
   * opens with a distinctive piece of one machine the text names, and of no other, is that machine's.
   */
  const namedElsewhere = (inGroup: readonly Occurrence[], sentence: number): void => {
    const s = model.sentences[sentence];
    if (!s) return;
    for (const p of inGroup) {
      if (labelOf(p.nodeId) !== 'Component' || reader.broad(p.nodeId)) continue;
      if (reader.hasEvidence(p.nodeId, s.start)) continue;
      const name = written(p);
      const fit = [...machinesNamed].filter(([, forms]) =>
        [...forms].some((f) => f !== name && distinctive(name, f) && name.startsWith(sharedPiece(name, f))),
      );
      const [only] = fit;
      if (fit.length === 1 && only) reader.edge(p.nodeId, only[0], NAMED_RULE, sentence);
    }
  };
  // `从产业链来看，上游为B、C等零部件`: with no machine of its own, the upstream of the machine the title
  // names (`2025年中国医用内窥镜行业产业链全景图谱`), when it names one.
  const titleEnd = model.text.indexOf('\n');
  // A first line of prose (`近日，市人民医院新引进一台呼吸机，…。`) is no title.
  const titled = titleEnd > 0 && !/[，,。；;！？!?]/.test(model.text.slice(0, titleEnd));
  const titleMachines = [
    ...new Set(
      outer([...all.values()].flat().filter((o) => titled && o.end <= titleEnd))
        .filter((o) => labelOf(o.nodeId) === 'Equipment')
        .map((o) => o.nodeId),
    ),
  ];
  const [titleMachine] = titleMachines;
  const titleSentence = titleEnd < 0 ? -1 : sentenceAt(model.sentences, 0);
  if (titleMachines.length === 1 && titleMachine && model.sentences[titleSentence])
    for (const [sentence, occs] of all) {
      const s = model.sentences[sentence];
      if (!s) continue;
      // A title without closing punctuation may run into the first sentence: only what follows it counts.
      const named = outer(occs).filter((o) => o.start > titleEnd && !reader.broad(o.nodeId));
      const k = named.findIndex((o) => UPSTREAM.test(gapText(model, s.start, o.start)));
      const first = named[k];
      // Parts before a class of parts, or materials before a class of materials (`等原材料`).
      const kind = first ? labelOf(first.nodeId) : undefined;
      if (!first || (kind !== 'Component' && kind !== 'Material')) continue;
      if (named.slice(0, k).some((o) => labelOf(o.nodeId) !== 'Component')) continue;
      const parts = [first];
      for (const o of named.slice(k + 1)) {
        const prev = parts.at(-1);
        if (!prev || labelOf(o.nodeId) !== kind || !LOOSE_GAP.test(gapText(model, prev.end, o.start))) break;
        parts.push(o);
      }
      const last = parts.at(-1) ?? first;
      const closing = gapText(model, last.end, Math.min(s.end, last.end + 24));
      if (!(kind === 'Component' ? LOOSE_CLASS : LOOSE_MATERIALS).test(closing)) continue;
      for (const p of parts) reader.edge(p.nodeId, titleMachine, UPSTREAM_RULE, sentence, titleSentence);
    }
  // A heading naming one machine's parts: the parts of the sentences under it are that machine's.
  for (const [sentence, occs] of all) {
    const s = model.sentences[sentence];
    const named = outer(occs).filter((o) => !reader.broad(o.nodeId));
    const [machine] = named;
    if (!s || !machine || named.length !== 1 || labelOf(machine.nodeId) !== 'Equipment') continue;
    if (!PARTS_HEADING.test(gapText(model, s.start, machine.start))) continue;
    if (!PARTS_HEADING_TAIL.test(gapText(model, machine.end, s.end))) continue;
    for (let k = sentence + 1; k <= sentence + HEADING_REACH; k++) {
      const under = model.sentences[k];
      if (under?.section !== s.section) break;
      const body = outer(all.get(k) ?? []);
      // Another machine named there may own the parts, also inside a part's name (the 超声 of
      // `超声探头` under a CT heading): the heading speaks no more.
      const others = (all.get(k) ?? []).filter((o) => o.nodeId !== machine.nodeId);
      if (others.some((o) => labelOf(o.nodeId) === 'Equipment')) break;
      for (const p of body)
        if (
          labelOf(p.nodeId) === 'Component' &&
          !reader.broad(p.nodeId) &&
          !reader.hasEvidence(p.nodeId, under.start)
        )
          reader.edge(p.nodeId, machine.nodeId, HEADING_RULE, k, sentence);
    }
  }
  for (const [sentence, occs] of all) {
    const s = model.sentences[sentence];
    if (!s) continue;
    const named = outer(occs);
    // Clause groups: a semicolon starts another topic (`一是…；二是关键零部件，推动…`).
    const cuts = [s.start];
    for (let at = s.start; at < s.end; at++) if (/[；;]/.test(model.text[at] ?? '')) cuts.push(at + 1);
    cuts.push(s.end);
    for (let c = 0; c + 1 < cuts.length; c++) {
      const from = cuts[c] ?? s.start;
      const to = cuts[c + 1] ?? s.end;
      // A machine's name written onto a part (`磁共振超导磁体`, `CT用球管`) is the compound readings' to read.
      const inGroup = named.filter(
        (o, k) =>
          o.start >= from &&
          o.end <= to &&
          !(
            labelOf(o.nodeId) === 'Equipment' &&
            labelOf(named[k + 1]?.nodeId ?? ('' as NodeId)) === 'Component' &&
            /^用?$/.test(gapText(model, o.end, named[k + 1]?.start ?? o.end))
          ),
      );
      const isMachine = (o: Occurrence): boolean => labelOf(o.nodeId) === 'Equipment';
      // The first part, or material: materials go only with machines said to take them (`配套诊断试剂`).
      const firstPart = inGroup.findIndex((o) => ['Component', 'Material'].includes(labelOf(o.nodeId) ?? ''));
      const first = inGroup[firstPart];
      if (!first) continue;
      // The machines before the parts; a sentence that opens with the work on parts (`攻关B、C等核心部件`)
      // speaks of the machines the sentence before listed, in the same section.
      const here = inGroup.slice(0, firstPart).filter(isMachine);
      const previous = model.sentences[sentence - 1];
      const machines =
        here.length > 0
          ? here
          : c === 0 &&
              firstPart === 0 &&
              previous?.section === s.section &&
              OPENS_WITH_WORK.test(
                gapText(model, from, named.find((o) => o.start >= from)?.start ?? first.start),
              )
            ? outer(all.get(sentence - 1) ?? []).filter(isMachine)
            : [];
      if (machines.length === 0) {
        if (labelOf(first.nodeId) !== 'Component') continue;
        const opening = named.find((o) => o.start >= from)?.start ?? first.start;
        if (PARTS_LINE.test(gapText(model, from, opening))) namedElsewhere(inGroup, sentence);
        continue;
      }
      const before = inGroup[firstPart - 1];
      const lead = gapText(model, before ? before.end : from, first.start);
      // The list of parts: the first and each next part joined to it.
      const parts = [first];
      for (let k = firstPart + 1; k < inGroup.length; k++) {
        const o = inGroup[k];
        const prev = parts.at(-1);
        if (!o || !prev || labelOf(o.nodeId) !== labelOf(first.nodeId)) break;
        if (!LIST_GAP.test(gapText(model, prev.end, o.start))) break;
        parts.push(o);
      }
      const last = parts.at(-1) ?? first;
      const tail = gapText(model, last.end, Math.min(to, last.end + 12));
      if (!PART_CLASS.test(tail) && !FITTED_LEAD.test(lead)) continue;
      const fitted = FITTED_LEAD.test(lead);
      if (!fitted && (!PART_VERB.test(lead) || labelOf(first.nodeId) !== 'Component')) continue;
      const machineIds = [...new Set(machines.map((m) => m.nodeId))];
      for (const p of parts) {
        if (reader.broad(p.nodeId)) continue;
        // A part another reading already gave a whole in this sentence keeps that reading.
        if (reader.hasEvidence(p.nodeId, s.start)) continue;
        const users: NodeId[] = fitted
          ? machineIds
          : (() => {
              const fit = [
                ...new Set(machines.filter((m) => distinctive(written(p), written(m))).map((m) => m.nodeId)),
              ];
              return fit;
            })();
        for (const u of users) reader.edge(p.nodeId, u, fitted ? FITTED_RULE : PAIRED_RULE, sentence);
      }
    }
  }
};
