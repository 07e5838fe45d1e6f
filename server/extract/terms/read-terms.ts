// Reads the terms of one plan beyond the lexicon: segments each sentence, completes coordinated
// lists (`A、B等X`), then finds head-noun terms in what is left. Pure; coordinates are normalised.
import type { NodeLabel } from '../../../core/model/graph-model';
import type { NodeId } from '../../../core/model/ids';
import { discoverTerms } from '../discovery';
import type { Match } from '../matcher';
import { normalizeTerm, type NormalizedText } from '../normalize';
import { wrapsAt } from '../lines';
import { discoveredId } from '../node-ids';
import type { Curated } from '../types';
import { lowerBound } from '../lower-bound';
import { alloyElements } from './alloy-elements';
import { configWords } from './config-words';
import type { TermRule } from './confidence';
import { readCoordinations, type Range } from './coordination';
import { extendCurated, type CuratedSpan } from './curated-extensions';
import { readDeviceLists } from './device-lists';
import { headIndex, latinDevice, latinPart, PART_MATERIAL_HEADS, partContext, type TermLabel } from './heads';
import { readListLabels } from './list-labels';
import {
  elementPairStart,
  implantNames,
  materialPrefix,
  materialRuns,
  materialShape,
  polymerGradeFrom,
  polymerNames,
  polymerWord,
  rawMaterialAlone,
  standaloneMaterial,
} from './material-names';
import { materialContext, readMadeInto, readMaterialUses, readUseSubjects } from './material-uses';
import {
  afterHandlingVerb,
  afterRelative,
  balancedBrackets,
  bracketDepth,
  companyLike,
  isOrganisationWord,
  organisationNames,
  relativeEnd,
  startAfterClauseWords,
} from './noise';
import { equipmentNameCells } from './name-columns';
import { parameterLabel } from './parameter-lines';
import { CONFIGURATION_WORD, configurationMembers, LINE_LEAD } from './configuration-lists';
import { namesConversion, partNamesOf, readPartLists } from './part-lists';
import { partsAfterUser } from './user-parts';
import { isBoundaryWord, joinHyphenated, tagWords, type Word, wordStarts } from './segmenter';
import { withNoiseEvidence } from './term-noise';
import {
  readNamedTechnologies,
  readTechnologies,
  readTechnologyLists,
  TECHNOLOGY_HEADING,
  TECHNOLOGY_LABEL,
} from './technology-names';

export interface TermFinding {
  readonly id: NodeId;
  /** True when the completed name is a curated name (`骨科手术机器人`). */
  readonly curated: boolean;
  readonly label: NodeLabel;
  readonly name: string;
  /** Normalised coordinates of the mention. */
  readonly from: number;
  readonly to: number;
  readonly rule: TermRule;
  readonly clean: boolean;
  /** The list's shared head when the name was completed from it. */
  readonly completedFrom?: string;
}

/** A coordinated list: its head as written and where its head and members are (normalised). */
export interface ListFinding {
  readonly head: string;
  readonly headFrom: number;
  readonly headTo: number;
  /** Every conjunct's span, complete ones included. */
  readonly spans: readonly (readonly [number, number])[];
}

const TERM_LABELS = new Set<string>(['Equipment', 'Component', 'Material']);
/** A class suffix cut from its word before a class noun (`介入|类医疗器械`, `医疗|级材料`): a fragment. */
const BOUND_START = /^[类级型式](?:医疗|医用|产品|设备|器械|装备|仪器|材料)/;
/** A class noun alone: what a user's relative clause leaves of a name (`骨科植入物所用|材料`). */
const BARE_AFTER_RELATIVE =
  /^(?:主要|关键|核心)?(?:原材料|原料|材料|材质|部件|零部件|元器件|组件|配件|耗材|试剂|设备|装备|器械)$/;
/** Kinds of a machine written before its Latin abbreviation (`移动DR`, `车载DR`, `口腔CBCT`, `频域OCT`): where it
 * goes or is used, and how an OCT scans; a closed class. */
const LATIN_DEVICE_KINDS = new Set(['移动', '医用', '车载', '床旁', '便携式', '口腔', '频域', '扫频']);
/** Letters that name rays and kinds on their own (`X`, `γ`): one or two, Latin or Greek. */
const LETTERS = /^(?:[A-Za-z]{1,2}|[\u0391-\u03c9]{1,2})$/;
/** True when `X/Y` before a name names a conversion (`A/D转换芯片`), normalised text. */
const conversionPair = (s: string, other: Word, first: Word): boolean =>
  namesConversion(s.slice(other.from, first.to), s.slice(first.to));

/** The text of normalised [from, to) as written (case and width kept, whitespace and marks dropped). */
export const writtenText = (text: string, norm: NormalizedText, from: number, to: number): string => {
  let out = '';
  for (let i = from; i < to; i++) {
    const s = norm.starts[i];
    if (s === undefined || (i > from && s === norm.starts[i - 1])) continue;
    out += text.slice(s, norm.ends[i]);
  }
  return out;
};

/**
 * Terms of the sentences `ranges` (normalised [from, to) each). `occupied` marks curated mentions
 * and is updated with what is found; `matches` are the curated mentions.
 */
export const readTerms = (
  text: string,
  norm: NormalizedText,
  ranges: readonly Range[],
  curated: Curated,
  matches: readonly Match[],
  occupied: Uint8Array,
): { findings: TermFinding[]; lists: ListFinding[] } => {
  const config = curated.discovery;
  const heads = headIndex(config);
  const labelOf = new Map<NodeId, NodeLabel>(curated.lexicon.map((e) => [e.id, e.label]));
  const byForm = new Map<string, NodeId>();
  for (const e of curated.lexicon) for (const f of [e.name, ...e.aliases]) byForm.set(normalizeTerm(f), e.id);
  const curatedMask = new Uint8Array(occupied.length);
  for (const m of matches) curatedMask.fill(1, m.from, m.to);
  // Curated things (not fields): a field's name before a head still leaves a new name to read.
  const thingMask = new Uint8Array(occupied.length);
  for (const m of matches) if (labelOf.get(m.nodeId) !== 'Domain') thingMask.fill(1, m.from, m.to);
  const techniqueMask = new Uint8Array(occupied.length);
  for (const m of matches) if (labelOf.get(m.nodeId) === 'Technology') techniqueMask.fill(1, m.from, m.to);
  const exact = new Set(matches.map((m) => `${m.from}:${m.to}`));
  // Sentences come in text order: one cursor walks the curated matches along them.
  const sorted = [...matches].sort((a, b) => a.from - b.from);
  let cursor = 0;
  const sortedFroms = sorted.map((m) => m.from);
  // The furthest end of the matches up to each one: a search back from an offset stops at the first
  // whose run of matches ends before it, so a name asks only the curated names around it.
  const reach: number[] = [];
  for (const m of sorted) reach.push(Math.max(reach.at(-1) ?? 0, m.to));
  /** The curated matches that start before `at` and run on past it. */
  const spanning = (at: number): Match[] => {
    const out: Match[] = [];
    for (let k = lowerBound(sortedFroms, at) - 1; k >= 0 && (reach[k] ?? 0) > at; k--) {
      const m = sorted[k];
      if (m && m.from < at && at < m.to) out.push(m);
    }
    return out;
  };
  const endingAt = new Map<number, Match[]>();
  for (const m of matches) endingAt.set(m.to, [...(endingAt.get(m.to) ?? []), m]);
  const findings: TermFinding[] = [];
  const lists: ListFinding[] = [];
  // `数字减影血管造影系统（DSA）…这台DSA`, `（以下简称“CGM”）`: an abbreviation the text gives a name it wrote
  // in full stands for that name, which the short-name readings link; it is no machine of its own.
  const glossed = new Set(
    [...text.matchAll(/[(（](?:以下)?(?:简称)?["“]?([A-Za-z]{2,6})["”]?[)）]/g)].map((m) =>
      m[1]?.toLowerCase(),
    ),
  );
  const written = (f: number, t: number): string => writtenText(text, norm, f, t);
  /** The start of the last line of normalised [f, t) in the text as written (f when it is one line). */
  const afterLastBreak = (f: number, t: number): number => {
    let from = f;
    for (let i = f + 1; i < t; i++) {
      const gap = norm.ends[i - 1] ?? 0;
      const between = text.slice(gap, norm.starts[i] ?? 0);
      // A hard wrap of running text (`平板探⏎测器`) is no line end.
      if (/[\r\n]/.test(between) && !wrapsAt(text, gap + between.indexOf('\n'))) from = i;
      // A column gap (a tab, an ideographic space, two spaces) parts cells as a line end does.
      else if (/[\t\u3000]| {2}/.test(between)) from = i;
    }
    return from;
  };
  /** The line of the text as written that holds normalised [f, t): its paragraph. */
  const paragraphOf = (f: number, t: number): string => {
    const a = norm.starts[f] ?? 0;
    const b = norm.ends[Math.max(f, t - 1)] ?? a;
    const from = Math.max(text.lastIndexOf('\n', a), 0);
    const to = text.indexOf('\n', b);
    const line = text.slice(from, to < 0 ? text.length : to);
    // A table row or a list item (`硅橡胶：柔软、耐久`, `聚氨酯 | 薄、耐磨`) is read with its block up to a
    // blank line, whose head says what the rows are about (`绝缘层常用材料对比：`).
    if (!/^\s*[^，。,]{1,16}[：:|｜]/.test(line)) return line;
    const start = text.lastIndexOf('\n\n', a);
    const block = text.slice(Math.max(start, 0), to < 0 ? text.length : to);
    return block.length <= 600 ? block : line;
  };
  // Names said to be parts or things with parts so far: `加速器系统包括…` reads on them.
  const partNames = new Set<string>();
  const wholeNames = new Set<string>();
  // Firms the text lists (`微创机器人、精锋医疗、天智航等企业`): a brand after one names its product.
  const firms = ranges.flatMap(([f, t]) => organisationNames(norm.text.slice(f, t)));
  // Origins and grades open no material written alone (国产|硅橡胶); 医用 names a grade of it (医用PVC).
  const aloneStops = new Set([
    ...(config.stopWords ?? []),
    ...config.genericModifiers.filter((g) => g !== '医用'),
  ]);

  /** The label of the longest head that ends `name`. */
  const cellHeadLabel = (name: string): TermLabel | undefined => {
    let best: [TermLabel, number] | undefined;
    for (const [label, hs] of Object.entries(config.heads))
      for (const h of hs)
        if (name.endsWith(h) && h.length > (best?.[1] ?? 0)) best = [label as TermLabel, h.length];
    return best?.[0];
  };
  // The cells of tables' name columns, in normalised coordinates (`装备名称` over `腹腔镜手术机器人系统`).
  const nameCells = equipmentNameCells(text)
    .map((c) => [lowerBound(norm.starts, c.from), lowerBound(norm.ends, c.to + 1), c.term] as const)
    .filter(([f, t]) => t - f >= 2);
  const cellStarts = nameCells.map(([f]) => f);
  /** How a device's name ends (`显微镜`, `灭菌器`, `系统`, `CT`): a closed set of device-name endings. */
  const DEVICE_CELL_END = /(?:机|仪|器|镜|系统|装置|机器人|设备|CT|MRI?|DR|PET)$/i;

  for (const [rf, rt] of ranges) {
    const s = norm.text.slice(rf, rt);
    if (!/[\u4e00-\u9fff]/.test(s)) continue;
    const words = joinHyphenated(tagWords(s));
    // Asked for the word at a name's start for each name read: indexed once.
    const starts = wordStarts(words);
    const polymers = polymerNames(s, words);
    const knownAt = (from: number, to: number): TermLabel | undefined => {
      const m = endingAt.get(rf + to)?.find((x) => x.from < rf + to && x.to > rf + from);
      const l = m ? labelOf.get(m.nodeId) : undefined;
      return l && TERM_LABELS.has(l) ? (l as TermLabel) : undefined;
    };
    const isFree = (f: number, t: number): boolean => {
      for (let i = rf + f; i < rf + t; i++) if (occupied[i]) return false;
      return true;
    };
    const isCurated = (f: number, t: number): boolean => {
      for (let i = rf + f; i < rf + t; i++) if (!curatedMask[i]) return false;
      return true;
    };
    const curatedTechnology = (f: number, t: number): boolean =>
      endingAt.get(rf + t)?.some((x) => x.from === rf + f && labelOf.get(x.nodeId) === 'Technology') ?? false;
    const takeTech = (f: number, t: number): void => {
      occupied.fill(1, rf + f, rf + t);
    };
    // First: the members of `A、B等工序` are the list's, not a coordination's or a head noun's (`经激光切割、电化学抛光等工序加工成支架`).
    // `关键技术：A、B`, or a list alone under `4. 关键技术`: the line's label or the heading before it.
    const techLabel = TECHNOLOGY_LABEL.exec(s);
    const lineBefore = (): string => {
      const at = norm.starts[rf] ?? 0;
      const lines = text.slice(Math.max(0, at - 200), at).split('\n');
      const atLineStart = /^[ \t\u3000]*$/.test(lines.pop() ?? '');
      while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
      return atLineStart ? (lines.at(-1) ?? '') : '';
    };
    const labelledFrom = techLabel
      ? techLabel[0].length
      : TECHNOLOGY_HEADING.test(lineBefore())
        ? 0
        : undefined;
    const techLists = readTechnologyLists(
      s,
      words,
      config,
      isFree,
      isCurated,
      takeTech,
      curatedTechnology,
      labelledFrom,
    );
    const sentenceStart = findings.length;
    const add = (read: TermFinding): void => {
      // `银/氯化银电极片`: a name read from a compound on starts at its element before a slash.
      const pair = read.curated ? 0 : elementPairStart(norm.text, read.from);
      const given: TermFinding =
        pair > 0 && read.from - pair >= rf
          ? {
              ...read,
              from: read.from - pair,
              name: written(read.from - pair, read.to),
              id: discoveredId(read.label, written(read.from - pair, read.to)),
            }
          : read;
      if (given !== read) occupied.fill(1, given.from, read.from);
      // `企业配套超声换能器`: 配套 before a specific name is the verb (to supply it), not a modifier.
      const supplied =
        !given.curated &&
        TERM_LABELS.has(given.label) &&
        given.name.startsWith('配套') &&
        given.name.length >= 6 &&
        given.completedFrom === undefined;
      // `对软性内镜`, `关注监护仪`, `主控板所用`: a preposition or word of discourse before the name and a
      // relative clause after it are no part of it; nor are a user and its relative clause before the
      // name (`骨科植入物所用材料`, `所用钛合金材料`).
      const relative = given.curated ? 0 : afterRelative(norm.text.slice(given.from, given.to));
      /**
       * Where the name starts in the region: past the prepositions and words of discourse it opens with
       * (`对软性内镜`), then past a verb of handling whose object it is (`检查APL阀`, `现场指认磁体`), except in
       * a completed name, whose span is the conjunct only.
       */
      const ownStart = (): number => {
        const start = startAfterClauseWords(
          words,
          starts,
          given.from - rf,
          given.to - rf,
          given.label === 'Material',
        );
        return given.completedFrom === undefined
          ? afterHandlingVerb(words, starts, start, given.to - rf, configWords(config, 'leadingVerbs'))
          : start;
      };
      const lead = supplied ? 2 : given.curated ? 0 : Math.max(relative, ownStart() + rf - given.from);
      const tail = given.curated ? 0 : relativeEnd(given.name);
      const trimmed = lead > 0 || tail > 0;
      const name = trimmed ? written(given.from + lead, given.to - tail) : given.name;
      if (trimmed && (name.length < 2 || byForm.has(normalizeTerm(name)))) return;
      // `骨科植入物所用材料`: after the clause, a bare class (材料, 部件) names no thing.
      if (relative > 0 && BARE_AFTER_RELATIVE.test(name)) return;
      const f: TermFinding = trimmed
        ? {
            ...given,
            from: given.from + lead,
            to: given.to - tail,
            name,
            id: discoveredId(given.label, name),
          }
        : given;
      // `聚4-甲基-1-|戊烯中空纤维膜`: a name read from inside a polymer's name starts at its 聚, when that is
      // free; one that ends inside it (`聚乙烯` of `聚乙烯吡咯烷酮`) is a piece of it, never the polymer.
      const cut = f.curated ? undefined : polymers.find(([a, b]) => a + rf < f.to && f.from < b + rf);
      if (cut && (f.to < cut[1] + rf || f.from > cut[0] + rf)) {
        if (f.to < cut[1] + rf || !isFree(cut[0], f.from - rf)) return;
        const whole = written(cut[0] + rf, f.to);
        occupied.fill(1, cut[0] + rf, f.from);
        add({ ...f, from: cut[0] + rf, name: whole, id: discoveredId(f.label, whole) });
        return;
      }
      // `微创介入|类医疗器械`: a name that opens with a bound morpheme was cut out of a longer word.
      if (!f.curated && (BOUND_START.test(f.name) || !balancedBrackets(f.name))) return;
      // `石家庄渡康医疗器械`, `康泰医学系统(秦皇岛)`: a place inside a name or in brackets right after it
      // makes a company's name (products are not named by their town).
      if (!f.curated && companyLike(words, f.from - rf, f.to - rf)) return;
      // `彩色多普勒超声|诊断系统`: a list member that starts where a curated thing ends, with nothing between
      // them, is the tail of one longer name.
      const tailOf =
        !f.curated &&
        /^(?:coordination:member|list:)/.test(f.rule) &&
        // Written apart (`康复装备            康复机器人`, a column gap) they are two names.
        text.slice(norm.ends[f.from - 1] ?? 0, norm.starts[f.from] ?? 0) === '' &&
        (endingAt.get(f.from)?.some((m) => labelOf.get(m.nodeId) !== 'Domain') ?? false);
      // `可吸收骨钉和组织|工程支架` (组织工程 a curated technique): a name that starts inside a curated name,
      // written on from its middle, was cut out of a longer word. Not a member of a curated list written as
      // one name (`食道、胆道、气管支架`), which starts after the list's mark.
      const startsInside =
        !f.curated && spanning(f.from).some((m) => !/[、，,和及与或]/.test(norm.text.slice(m.from, f.from)));
      findings.push(
        tailOf || startsInside ? { ...f, rule: 'noise:clause' } : withNoiseEvidence(f, s, words, rf, firms),
      );
    };
    /**
     * A name a reader found at [from, to) of the plan: discovered and its span taken, unless a curated
     * name is written so (then the curated reading keeps the span).
     */
    const addRead = (label: TermLabel, from: number, to: number, rule: TermRule, clean = true): void => {
      const name = written(from, to);
      if (byForm.has(normalizeTerm(name))) return;
      add({ id: discoveredId(label, name), curated: false, label, name, from, to, rule, clean });
      occupied.fill(1, from, to);
    };
    // A name column's cell is one whole name, though the dictionary or a curated name inside it would cut
    // it (`腹|腔镜手术机器人系统`, `体外/s 膜肺氧合系统`); kept when an equipment head or a curated device ends it.
    for (let c = lowerBound(cellStarts, rf); c < nameCells.length; c++) {
      const [cf, ct, term] = nameCells[c] ?? [rt, rt, undefined];
      if (cf >= rt) break;
      if (ct > rt) continue;
      // `硼中子俘获治疗装置（BNCT）`, `口腔锥形束CT（口腔CBCT）`: an abbreviation in brackets after the name is
      // no part of it.
      const abbr = /[(（][\u4e00-\u9fff]{0,4}[A-Za-z][A-Za-z0-9\-/ ]{0,15}[)）]$/.exec(
        norm.text.slice(cf, ct),
      );
      const end = abbr ? ct - abbr[0].length : ct;
      const name = norm.text.slice(cf, end);
      const curatedEnd = endingAt.get(end)?.some((m) => labelOf.get(m.nodeId) === 'Equipment') ?? false;
      // Under `装备名称` a cell ending as devices' names end (`眼科手术显微镜`, `大型脉动真空灭菌器`) names one.
      // The head index knows the heads of devices named by what they do (`胰岛素泵`, `婴儿培养箱`, `高频电刀`) too.
      const shaped =
        heads.at(name, { word: name, tag: 'n', from: 0, to: name.length })?.label === 'Equipment';
      const device =
        cellHeadLabel(name) === 'Equipment' || shaped || curatedEnd || DEVICE_CELL_END.test(name);
      // A glossary's term is what its table's caption calls its terms (`表C-2 部件类` over `谐波减速器`), else
      // what its head makes it; a term with no head of a thing (a technique, `力反馈`) is left to the other
      // readings.
      const label =
        term === undefined
          ? device
            ? 'Equipment'
            : undefined
          : term === 'head'
            ? (cellHeadLabel(name) ?? (device ? 'Equipment' : undefined))
            : term;
      if (!label) continue;
      // An organisation's name is no device; a hospital first is the setting (`医院智能物流机器人`).
      if (isOrganisationWord(name) || /公司|集团|(?<!^)医院|大学|研究院|研究所/.test(name)) continue;
      addRead(label, cf, end, 'table:name-column');
    }
    // `配置清单：扫描机架1套、X射线球管1只…`: a configuration list's counted items are the parts of the machine
    // it is the list of, as written; read before the head nouns, so a workstation in it is a part too.
    for (let at = s.search(CONFIGURATION_WORD); at >= 0;) {
      // The label opens its line as written, after a number or a mark at most (`3. 配置清单：`).
      const raw = text.slice(0, norm.starts[rf + at] ?? 0);
      if (LINE_LEAD.test(raw.slice(raw.lastIndexOf('\n') + 1)))
        for (const [f, t] of configurationMembers(s, words, at))
          if (isFree(f, t)) addRead('Component', rf + f, rf + t, 'list:configuration');
      const next = s.slice(at + 1).search(CONFIGURATION_WORD);
      at = next < 0 ? -1 : at + 1 + next;
    }
    const parts = readPartLists(
      s,
      words,
      (n) => partNames.has(normalizeTerm(n)) || wholeNames.has(normalizeTerm(n)),
      (n) => {
        const hit = heads.at(n, { word: n, tag: 'n', from: 0, to: n.length });
        return hit !== undefined && hit.label !== 'Material' && (hit.head === n || hit.head.length >= 2);
      },
      (n) => heads.at(n, { word: n, tag: 'n', from: 0, to: n.length })?.label === 'Equipment',
      (w) => {
        const l = heads.at(s, w)?.label ?? knownAt(w.from, w.to);
        return l === 'Equipment' || l === 'Component';
      },
    );
    for (const whole of parts.wholes) wholeNames.add(normalizeTerm(whole));
    const partSpans: Range[] = [];
    for (const p of parts.members) {
      const [pf, pt] = p.span;
      if (!p.material) for (const n of p.names) partNames.add(normalizeTerm(n));
      for (const name of partNamesOf(written(rf + pf, rf + pt))) {
        if (byForm.has(normalizeTerm(name))) continue;
        // `部件包括铌钛超导线、…`: a member headed by a material's head is a material among the parts (a
        // membrane or a coating listed as a part is that part).
        const own = heads.at(name, { word: name, tag: 'n', from: 0, to: name.length });
        const material =
          p.material === true || (own?.label === 'Material' && !PART_MATERIAL_HEADS.has(own.head));
        const label = material ? 'Material' : 'Component';
        add({
          id: discoveredId(label, name),
          curated: false,
          label,
          name,
          from: rf + pf,
          to: rf + pt,
          rule: material ? 'list:class' : 'list:parts',
          clean: true,
        });
      }
      partSpans.push(p.span);
      occupied.fill(1, rf + pf, rf + pt);
    }
    // `其柔轮一般采用高强度合金钢`: a material named as what a thing is made of, and the thing (柔轮). A
    // list read across the material (`四级纯钛或钛锆合金` as one shared head) would cut its name, so no
    // list member may overlap it.
    const usedSpans: Range[] = [];
    const headLabel = cellHeadLabel;
    const namedBefore = (name: string): boolean =>
      byForm.has(normalizeTerm(name)) ||
      findings.some((x) => x.label !== 'Material' && normalizeTerm(x.name) === normalizeTerm(name));
    const endsLine = (i: number): boolean => i > 0 && afterLastBreak(rf + i - 1, rf + i + 1) === rf + i;
    const materialUses = readMaterialUses(s, endsLine).map(([f, t]) => ({
      from: f,
      to: t,
      label: 'Material' as const,
    }));
    // `支持以铌钛超导线绕制的…`: a verb of policy before 以 is the clause's verb, not a thing made of
    // the material.
    const leadingVerbs = configWords(config, 'leadingVerbs');
    // A blank line between two characters (spaces alone on it count as blank) parts paragraphs.
    const endsParagraph = (i: number): boolean =>
      i > 0 && /\n[ \t\u3000\r]*\n/.test(text.slice(norm.ends[rf + i - 1] ?? 0, norm.starts[rf + i] ?? 0));
    const useSubjects = readUseSubjects(s, headLabel, endsLine, endsParagraph).filter(
      (u) => !leadingVerbs.has(s.slice(u.from, u.to)),
    );
    for (const u of [...materialUses, ...useSubjects, ...readMadeInto(s, headLabel)]) {
      const { from: f, to: t, label } = u;
      if (!isFree(f, t)) continue;
      // `外壳和端盖一般采用…`: the first of a pair is read only as a thing the text named before.
      if ('paired' in u && u.paired && !namedBefore(written(rf + f, rf + t))) continue;
      if (label === 'Material') usedSpans.push([f, t]);
      occupied.fill(1, rf + f, rf + t);
      const name = written(rf + f, rf + t);
      if (byForm.has(normalizeTerm(name))) continue;
      add({
        id: discoveredId(label, name),
        curated: false,
        label,
        name,
        from: rf + f,
        to: rf + t,
        rule: label === 'Material' ? 'use:material' : 'use:part',
        clean: true,
      });
    }
    const inPart = (f: number, t: number): boolean =>
      partSpans.some(([a, b]) => a <= f && t <= b) || usedSpans.some(([a, b]) => f < b && a < t);
    for (const list of readCoordinations(s, words, config, heads, knownAt)) {
      const head = written(rf + list.head[0], rf + list.head[1]);
      // `聚氯乙烯、聚碳酸酯、医用硅胶等高分子材料`: a list whose members are mostly shaped like
      // materials names materials, each as written (not `医用硅胶高分子材料`).
      const ownOf = (c: (typeof list.conjuncts)[number]): string =>
        c.own.map(([f, t]) => written(rf + f, rf + t)).join('');
      const shaped = list.conjuncts.filter((c) => materialShape(ownOf(c)) || polymerWord(ownOf(c))).length;
      const materialList =
        list.label === 'Material' && shaped >= 2 && shaped * 3 >= list.conjuncts.length * 2;
      for (const c of list.conjuncts) {
        const [cf, ct] = c.span;
        if (inPart(cf, ct)) continue;
        const ownName = c.own.map(([f, t]) => written(rf + f, rf + t)).join('');
        // `聚氨酯、硅橡胶等高分子材料`: a member shaped like a material names one as written.
        const asWritten =
          list.label === 'Material' && c.completion !== undefined && (materialList || materialShape(ownName));
        // `（PET/CT）、移动式C形臂X射线机`: a member inside brackets shares no head outside them.
        if (c.completion && bracketDepth(s, cf) !== bracketDepth(s, c.completion[0])) continue;
        if (c.completion && !asWritten) {
          const name =
            c.own.map(([f, t]) => written(rf + f, rf + t)).join('') +
            written(rf + c.completion[0], rf + c.completion[1]);
          const known = byForm.get(normalizeTerm(name));
          const id = known ?? discoveredId(list.label, name);
          add({
            id,
            curated: known !== undefined,
            label: known ? (labelOf.get(known) ?? list.label) : list.label,
            name: known ? name : name,
            from: rf + cf,
            to: rf + ct,
            rule: list.kind === 'etc' ? 'coordination:etc' : 'coordination:shared',
            clean: true,
            completedFrom: head,
          });
        } else if ((list.counted && !c.complete) || asWritten) {
          // `聚醚醚酮、水凝胶等22种材料`: each member is a material as written.
          const name = written(rf + cf, rf + ct);
          const known = byForm.get(normalizeTerm(name));
          if (known || !isFree(cf, ct)) continue;
          add({
            id: discoveredId(list.label, name),
            curated: false,
            label: list.label,
            name,
            from: rf + cf,
            to: rf + ct,
            rule: asWritten ? 'list:class' : 'coordination:counted',
            clean: true,
          });
        } else if (
          c.label &&
          !exact.has(`${rf + cf}:${rf + ct}`) &&
          // `正电子发射及X射线…扫描系统`: a conjunct left incomplete shares the rest of one name.
          !list.conjuncts.some((x) => !x.complete && !x.completion)
        ) {
          // A complete member inside a longer curated mention (`气管支架` of `食道、胆道、气管支架`).
          const name = written(rf + cf, rf + ct);
          const known = byForm.get(normalizeTerm(name));
          if (known) continue;
          if (isFree(cf, ct)) continue; // discovery below reads it with its own boundary
          // A heading's last words are no conjunct of the line after it (`CT与DR分化⏎CT探测器由…`).
          if (afterLastBreak(rf + cf, rf + ct) !== rf + cf) continue;
          const id = discoveredId(c.label, name);
          add({
            id,
            curated: false,
            label: c.label,
            name,
            from: rf + cf,
            to: rf + ct,
            rule: 'coordination:member',
            clean: true,
          });
        }
      }
      for (const c of list.conjuncts)
        if (c.completion || (list.counted && !c.complete)) occupied.fill(1, rf + c.span[0], rf + c.span[1]);

      lists.push({
        head,
        headFrom: rf + list.head[0],
        headTo: rf + list.head[1],
        spans: list.conjuncts.map((c) => [rf + c.span[0], rf + c.span[1]] as const),
      });
    }
    const listContext = {
      knownAt,
      rawParagraph: /原料|原材料/.test(paragraphOf(rf, rt)),
      equipmentEndingAt: (to: number): number | undefined => {
        const m = endingAt.get(rf + to)?.find((x) => labelOf.get(x.nodeId) === 'Equipment' && x.from >= rf);
        return m ? m.from - rf : undefined;
      },
      open: (f: number, t: number): boolean => {
        if (curatedMask[rf + t - 1]) return false;
        for (let i = rf + f; i < rf + t; i++) if (occupied[i] && !curatedMask[i]) return false;
        return true;
      },
    };
    for (const listed of readListLabels(s, words, config, heads, listContext)) {
      // `表1 呼吸机主要零部件及供应商⏎零部件 | …`: a member keeps only its last line, as a head-noun term does.
      const m = { ...listed, from: afterLastBreak(rf + listed.from, rf + listed.to) - rf };
      const cut = m.from !== listed.from;
      // `原料包括酶、抗原…`: 酶 alone, a reagent's enzymes, is the one member of one character.
      const enzymes = m.label === 'Material' && s.slice(m.from, m.to) === '酶';
      if (
        (m.to - m.from < 2 && !enzymes) ||
        (cut && /^(?:零部件|部件|元器件|器件|组件|材料|原料|原材料)$/.test(s.slice(m.from, m.to))) ||
        // `…、氧化锆陶瓷⏎康复：上肢康复机器人`: what the next line opens with is its label, no member.
        (cut && /^[：:]/.test(s.slice(m.to)))
      )
        continue;
      const user = m.user ? written(rf + m.user[0], rf + m.user[1]) : '';
      const name = user + written(rf + m.from, rf + m.to);
      const known = byForm.get(normalizeTerm(name));
      if (known && !m.user) continue;
      add({
        id: known ?? discoveredId(m.label, name),
        curated: known !== undefined,
        label: known ? (labelOf.get(known) ?? m.label) : m.label,
        name,
        from: rf + m.from,
        to: rf + m.to,
        rule: m.rule,
        clean: true,
        ...(m.user ? { completedFrom: user } : {}),
      });
      occupied.fill(1, rf + m.from, rf + m.to);
    }
    const deviceContext = {
      equipmentEndsAt: (f: number, t: number): boolean =>
        endingAt.get(rf + t)?.some((x) => x.from >= rf + f && labelOf.get(x.nodeId) === 'Equipment') ?? false,
      curatedExactly: (f: number, t: number): boolean => exact.has(`${rf + f}:${rf + t}`),
      open: (f: number, t: number): boolean => {
        for (let i = rf + f; i < rf + t; i++) if (occupied[i] && !curatedMask[i]) return false;
        return true;
      },
    };
    for (const m of readDeviceLists(s, words, config, heads, deviceContext))
      addRead('Equipment', rf + m.from, rf + m.to, 'coordination:member');
    for (const [f, t] of implantNames(s))
      if (isFree(f, t)) addRead('Equipment', rf + f, rf + t, 'shape:implant');
    // `国内聚砜目前的产能`, `聚砜材料`: a polymer written as one word is a material wherever it stands.
    for (const [k, w] of words.entries()) {
      if (!polymerWord(w.word) || !isFree(w.from, w.to)) continue;
      // `超高分子量|聚乙烯`: a grade written before the polymer is part of its name.
      const graded = polymerGradeFrom(s, words, k);
      const start = isFree(graded, w.from) ? graded : w.from;
      // `聚乙烯|吡咯烷酮`, `聚醚|嵌|段|聚酰胺`: the word opens a longer polymer's name, which is the material
      // read whole (or left to the other readers when taken), never its first word.
      const whole = polymers.find(([f]) => f === w.from);
      if (whole && whole[1] > w.to) {
        if (isFree(w.from, whole[1]))
          addRead(
            'Material',
            rf + start,
            rf + whole[1],
            usedSpans.length > 0 || materialContext(s) || materialContext(paragraphOf(rf, rt))
              ? 'shape:polymer-context'
              : 'shape:polymer',
          );
        continue;
      }
      // `聚醚|砜树脂`: a compound's ending after the word means the segmenter cut the polymer's name.
      if (/^[烷烯炔醇醛酮酸酯醚胺腈酚砜苯酰]/.test(words[k + 1]?.word ?? '')) continue;
      // `聚酰亚胺薄膜`: a material's head after it names the material; the head-noun reading takes the
      // whole name (`内衬聚四氟乙烯管` still names the polymer: a tube is a part).
      const next = words[k + 1];
      if (next?.from === w.to && next.word !== '材料' && heads.at(s, next)?.label === 'Material') continue;
      // `聚醚醚酮材料`: the text itself calls it a material, as a head noun would; it is named without
      // the class noun.
      const asMaterial = words[k + 1]?.word === '材料';
      // `尾端的鲁尔接头多为聚碳酸酯注塑件`: a sentence about what things are made of, or one with a material
      // read by a use verb, makes it one.
      const inContext = usedSpans.length > 0 || materialContext(s) || materialContext(paragraphOf(rf, rt));
      addRead(
        'Material',
        rf + start,
        rf + w.to,
        asMaterial ? 'head-noun' : inContext ? 'shape:polymer-context' : 'shape:polymer',
      );
    }
    const isCuratedThing = (f: number, t: number): boolean => {
      for (let i = rf + f; i < rf + t; i++) if (!thingMask[i]) return false;
      return true;
    };
    const spans = discoverTerms(
      s,
      words,
      config,
      heads,
      isFree,
      (f, t) => occupied.fill(1, rf + f, rf + t),
      isCurated,
      isCuratedThing,
      (f, t) => {
        for (let i = rf + f; i < rf + t; i++) if (!techniqueMask[i]) return false;
        return true;
      },
    );
    const local: CuratedSpan[] = [];
    while (cursor < sorted.length && (sorted[cursor]?.from ?? 0) < rf) cursor++;
    for (let i = cursor; i < sorted.length && (sorted[i]?.from ?? rt) < rt; i++) {
      const m = sorted[i];
      const l = m ? labelOf.get(m.nodeId) : undefined;
      if (m && m.to <= rt && l && TERM_LABELS.has(l))
        local.push({ from: m.from - rf, to: m.to - rf, label: l as TermLabel });
    }
    const extended = extendCurated(s, words, local, config, isFree, (f, t) =>
      occupied.fill(1, rf + f, rf + t),
    );
    const technologies = [
      ...techLists,
      ...readNamedTechnologies(s, words, isFree, takeTech),
      ...readTechnologies(s, words, config, isFree, isCurated, takeTech, curatedTechnology),
    ];
    for (const [rule, list] of [
      ['head-noun', spans],
      ['head-noun:curated', extended],
      ['head-noun:technology', technologies],
    ] as const)
      for (const d of list) {
        // A line without closing punctuation (a heading, a list line) ends there: a name read across
        // its break (`产品⏎光子计数CT⏎康复器械`) keeps only its last line.
        const from = afterLastBreak(rf + d.from, rf + d.to);
        if (rf + d.to - from < 2) continue;
        const name = written(from, rf + d.to);
        add({
          id: discoveredId(d.label, name),
          curated: false,
          label: d.label,
          name,
          from,
          to: rf + d.to,
          rule,
          clean: d.clean || from > rf + d.from,
        });
      }
    // `★2.1 X射线球管：阳极热容量≥5MHU`, `2.5 检查床：最大承重≥205kg`: a numbered line's label before the
    // figures of a parameter names a part of the machine described; read after the head nouns, so a
    // label a head ends keeps that reading.
    for (let c = s.indexOf(':'); c > 0; c = s.indexOf(':', c + 1)) {
      const line = afterLastBreak(rf, rf + c) - rf;
      const raw = text.slice(norm.starts[rf + line] ?? 0, norm.starts[rf + c] ?? 0);
      const label = parameterLabel(s, words, c, line, raw);
      if (label && isFree(label[0], label[1]))
        addRead('Component', rf + label[0], rf + label[1], 'label:parameter');
    }
    // `液氦是…冷却介质`, `材料为MP35N`: a material of a strict shape written alone, graphed as a polymer is;
    // read last, so that a head-noun term or a technology around it (`无液氦超导技术`) keeps its name.
    // A paragraph about raw materials (`核心原料大致分三类。一是抗原和抗体…`) makes its antigens,
    // antibodies and enzymes materials too, and one about what things are made of sets the context.
    const paragraph = paragraphOf(rf, rt);
    const rawParagraph = /原料|原材料/.test(paragraph);
    const shape = rawParagraph ? rawMaterialAlone : standaloneMaterial;
    const runs = materialRuns(
      s,
      words,
      (w) => aloneStops.has(w.word) || /^(?:方面|领域|其中)$/.test(w.word),
      shape,
    );
    // `碘化铯(CsI)`, `碲锌镉(CZT)晶体`: a strict material glossed with its Latin abbreviation, and that
    // abbreviation, are the field's term for the material, written twice over: in context.
    const glossedPair = (f: number, t: number): boolean =>
      (s.charAt(t) === '(' && runs.some(([a, b]) => a === t + 1 && s.charAt(b) === ')')) ||
      (s.charAt(f - 1) === '(' && s.charAt(t) === ')' && runs.some(([, b]) => b === f - 1));
    // `非晶硅/碘化铯`, `碲化镉、碲锌镉晶体用于…`, `纯钛及钛锆合金`: a material coordinated with another material
    // (a strict shape or a material read here) is one of a list of materials, as in a list that names them.
    const materialSpans: Range[] = [
      ...runs,
      ...findings
        .slice(sentenceStart)
        .filter((x) => x.label === 'Material' && !x.rule.startsWith('noise'))
        .map((x): Range => [x.from - rf, x.to - rf]),
    ];
    const COORDINATED = /^(?:[(（][^()（）]{1,20}[)）])?(?:、|和|或|及|与|\/|以及)$/;
    const coordinated = (f: number, t: number): boolean =>
      materialSpans.some(
        ([a, b]) =>
          (a >= t && COORDINATED.test(s.slice(t, a))) || (b <= f && COORDINATED.test(s.slice(b, f))),
      );
    for (const [f, t] of runs) {
      if (!isFree(f, t)) continue;
      const inContext =
        usedSpans.length > 0 ||
        materialContext(s) ||
        materialContext(paragraph) ||
        rawParagraph ||
        glossedPair(f, t) ||
        coordinated(f, t);
      addRead('Material', rf + f, rf + t, inContext ? 'shape:material-context' : 'shape:material');
    }
    // `加入锌、钙、钇、钕等合金元素`: elements the text puts into an alloy are its materials, one character each.
    for (const [f, t] of alloyElements(s))
      if (isFree(f, t)) addRead('Material', rf + f, rf + t, 'list:class');
    // `主控采用MCU`, `GPU依赖进口`: a chip's Latin name written alone is a part; as a head noun, sure only
    // where the sentence speaks of parts.
    // Not a gloss (`光电倍增管(PMT)`) nor a modifier glued to a name (`非晶硅TFT面板`).
    for (const [k, w] of words.entries()) {
      if (w.tag !== 'eng' || !latinPart(w.word) || !isFree(w.from, w.to)) continue;
      const [before, after] = [words[k - 1], words[k + 1]];
      const glued = (x: Word | undefined): boolean =>
        x !== undefined && (x.word === '(' || x.word === ')' || /^(?:n|nz|ng|eng|un|vn|l|j)$/.test(x.tag));
      if (!glued(before) && !glued(after))
        addRead('Component', rf + w.from, rf + w.to, 'head-noun', partContext(s));
    }
    // `满足DR和DSA使用要求`, `DSA 6台`: a machine's Latin abbreviation written alone is that machine, on the
    // same terms as a chip's (no gloss, nothing glued on: `移动DR`, `DR系统` are other readings' to make).
    for (const [k, w] of words.entries()) {
      if (w.tag !== 'eng' || !latinDevice(w.word) || glossed.has(w.word) || !isFree(w.from, w.to)) continue;
      const [before, after] = [words[k - 1], words[k + 1]];
      const glued = (x: Word | undefined): boolean =>
        x !== undefined && (x.word === '(' || x.word === ')' || /^(?:n|nz|ng|eng|un|vn|l|j)$/.test(x.tag));
      if (!glued(before) && !glued(after)) addRead('Equipment', rf + w.from, rf + w.to, 'head-noun');
      // `，移动DR进入欧盟市场`, `频域OCT多采用…`: a kind word before the abbreviation names a kind of that machine,
      // when the text delimits the pair (LATIN_DEVICE_KINDS).
      else if (
        before?.to === w.from &&
        LATIN_DEVICE_KINDS.has(before.word) &&
        !glued(after) &&
        (k < 2 || isBoundaryWord(words[k - 2] ?? before) || /^(?:v|c)$/.test(words[k - 2]?.tag ?? '')) &&
        isFree(before.from, before.to)
      )
        addRead('Equipment', rf + before.from, rf + w.to, 'head-noun');
    }
    // `X/γ射线放疗设备`: a letter joined by a slash to a term's first letter names a sibling
    // (X射线放疗设备), its mention the whole written pair.
    for (let i = sentenceStart; i < findings.length; i++) {
      const f = findings[i];
      if (!f || f.curated) continue;
      const k = words.findIndex((w) => rf + w.from === f.from);
      const [first, slash, other] = [words[k], words[k - 1], words[k - 2]];
      if (
        !first ||
        !LETTERS.test(first.word) ||
        slash?.word !== '/' ||
        !other ||
        !LETTERS.test(other.word) ||
        other.to !== slash.from ||
        slash.to !== first.from ||
        !isFree(other.from, other.to) ||
        conversionPair(s, other, first)
      )
        continue;
      const sibling = written(rf + other.from, rf + other.to) + written(rf + first.to, f.to);
      if (byForm.has(normalizeTerm(sibling))) continue;
      add({
        id: discoveredId(f.label, sibling),
        curated: false,
        label: f.label,
        name: sibling,
        from: rf + other.from,
        to: f.to,
        rule: 'coordination:shared',
        clean: true,
        completedFrom: f.name,
      });
    }
    // `镍钛合金固定翼`, `碘化铯平板探测器`: a part or device named by what it is made of names the material.
    for (let i = sentenceStart; i < findings.length; i++) {
      const f = findings[i];
      if (!f || f.label === 'Material' || !f.clean) continue;
      // `银/氯化银电极`: the pair before the slash opens the material's name.
      const pair = elementPairStart(norm.text, f.from + 2) > 0 ? 2 : 0;
      const rest = materialPrefix(norm.text.slice(f.from + pair, f.to), (n) =>
        words.some((w) => rf + w.to === f.from + pair + n),
      );
      if (rest === 0) continue;
      const cut = pair + rest;
      const name = written(f.from, f.from + cut);
      // `高端单晶探头`, `超声单晶探头`: a grade or a modality in front makes the prefix no material's name.
      // `一次性使用中空纤维…`: the single-use class opens a registered name, never a material's.
      const graded = config.genericModifiers.some((g) => name.startsWith(g)) || name.startsWith('一次性');
      if (
        graded ||
        (curatedMask.subarray(f.from, f.from + cut).includes(1) && !byForm.has(normalizeTerm(name)))
      )
        continue;
      // A curated material there (`镍钛合金`) is a mention of it, which the part's span hid from the matcher.
      const known = byForm.get(normalizeTerm(name));
      if (known && labelOf.get(known) !== 'Material') continue;
      add({
        id: known ?? discoveredId('Material', name),
        curated: known !== undefined,
        label: 'Material',
        name,
        from: f.from,
        to: f.from + cut,
        rule: 'shape:material-prefix',
        clean: true,
      });
    }
  }
  // `ECMO用膜式氧合器和离心泵`: what a machine uses, listed after its 用, is a part.
  const spans = [
    ...findings,
    ...matches.map((m) => ({ label: labelOf.get(m.nodeId) ?? '', from: m.from, to: m.to })),
  ];
  for (const [f, t] of partsAfterUser(norm.text, spans))
    for (const x of findings) if (x.from === f && x.to === t) partNames.add(normalizeTerm(x.name));
  // A name said to be a part anywhere in the plan is a part wherever it stands (`窥镜系统:核心是…`).
  const relabelled = findings.map((f): TermFinding => {
    if (f.curated || f.label !== 'Equipment' || !partNames.has(normalizeTerm(f.name))) return f;
    return { ...f, label: 'Component', id: discoveredId('Component', f.name) };
  });
  return { findings: relabelled, lists };
};
