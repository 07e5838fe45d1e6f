// Supply-chain phrases besides `X用Y`: `用于A的B`, `A配套B`, `A的核心部件/关键零部件B`, `A关键材料B`
// and `用于A……包括B、C`. Parts give PART_OF, materials USED_IN; each list item joined by 、/和/及 counts.
import type { NodeId } from '../../../core/model/ids';
import type { EdgeDraft } from '../graph-builder';
import { normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { clauseEdges } from './supply-clauses';
import { compositionEdges } from './supply-composition';
import { arrowEdges } from './supply-arrows';
import { entryEdges } from './supply-entries';
import { headedLabelEdges, headedLineEdges, headedPossessedEdges } from './supply-headed';
import { projectEdges } from './supply-projects';
import { chainListEdges } from './supply-chainlist';
import { pieceMaterialEdges } from './supply-pieces';
import { tenderEdges } from './supply-tender';
import { procurementEdges } from './supply-procurement';
import { coverageEdges } from './supply-coverage';
import {
  LIST_GAP,
  listBack,
  supplyOccurrences,
  supplyReader,
  type Edge,
  type ListFrom,
  type SupplyReader,
} from './supply-lists';
import { materialUseEdges } from './supply-materials';
import { distinctive, pairedParts } from './supply-pairing';
import { continuedCellEdges, tableEdges } from './supply-tables';
import { rowFieldEdges } from './supply-row-fields';
import { glossaryRowEdges } from './supply-glossary-rows';
import { sharedUsers } from './supply-shared-user';
import { useEdges } from './supply-uses';
import { itemFirstEdges } from './supply-item-first';
import { itsPartEdges } from './supply-its';
import { builtInEdges } from './supply-built-in';
import { developedEdges } from './supply-developed';

interface Phrase {
  readonly rule: string;
  /** The text between the user A and the first item B. */
  readonly gap: RegExp;
  /** Item labels the phrase can name. */
  readonly items: readonly string[];
}

const PHRASES: readonly Phrase[] = [
  {
    rule: 'grammar:A配套B',
    gap: /^(?:所?需?的?)?配套(?:的|用)?(?:国产|进口|专用|自研|定制)?$/,
    items: ['Component', 'Material'],
  },
  // `超声诊断仪的波束合成则依赖赛灵思的FPGA芯片`, `高端彩超依赖进口的单晶探头`: what a machine relies on
  // is one of its parts (parts only: a machine relies on much else).
  {
    rule: 'grammar:A依赖B',
    gap: /^(?:系统|设备|整机|主机)?(?:的[^，,。；;:：的]{1,8}?)?(?:则|主要|仍|长期|均|多|也|高度|仍然|目前)*(?:依赖|依靠|离不开)(?:于)?(?:进口的?|国外的?|[^，,。；;:：的]{1,8}的)?$/,
    items: ['Component'],
  },
  // `为呼吸机厂商供应涡轮风机`: a maker supplying the parts of a machine (为 right before A).
  {
    rule: 'grammar:为A供应B',
    // News, Taiwan's too, names the maker a big firm or the trade (`为内视镜大厂供应`, `为超声设备商供应`, `为呼吸器业者供货`).
    gap: /^(?:整机|设备|器械)?(?:厂商|厂家|企业|生产企业|厂|大厂|商|业者|品牌厂|品牌商|龙头企业)?(?:批量|稳定|长期|小批量)?(?:供应|提供|配套|供货)(?:的)?$/,
    items: ['Component', 'Material'],
  },
  {
    rule: 'grammar:A的核心部件B',
    // Taiwan's press writes 零組件 and 組件 (`呼吸器的關鍵零組件包括`); a short remark on the class may stand
    // before its list (`…核心零部件国产化率较低，主要包括以下几类：`).
    gap: /^[:：]?(?:本身|自身)?(?:(?:中|里|内|上)?的(?:最|最为)?(?:核心|关键|主要)|(?:最|最为)?(?:核心|关键))的?(?:零部件|零组件|部件|组件|元器件|器件)(?:当?中[，,]|[^，,。；;:：]{1,12}[，,](?=[^，,。；;:：]*[:：]$))?(?:则|还|也|主要|通常|一般)*(?:[:：]|如|包括|是|为|有)?(?:以下)?(?:[几数0-9一二三四五六七八九十]+[类种个大项])?[:：]?$/,
    items: ['Component', 'Material'],
  },
  // `直线加速器的组成部分包括B、C`: what it is made of, said without a grade.
  {
    rule: 'grammar:A的核心部件B',
    gap: /^的(?:主要)?(?:组成部分|组成部件|构成部件)(?:主要)?(?:[:：]|包括|有|为|是)[:：]?$/,
    items: ['Component'],
  },
  // `电生理导管的主要原材料及零部件包括B、C和M`: a class of both.
  {
    rule: 'grammar:A的原材料及零部件B',
    gap: /^的?(?:主要|关键|核心)?(?:(?:原材料|材料|原料)(?:及|和|与|、)(?:关键|核心)?(?:零部件|部件|元器件)|(?:零部件|部件)(?:及|和|与|、)(?:关键|核心)?(?:原材料|材料))(?:主要)?(?:[:：]|如|包括|是|为|有)?[:：]?$/,
    items: ['Component', 'Material'],
  },
  {
    rule: 'grammar:A关键材料B',
    gap: /^[:：]?的?(?:常用|所用|使用)?的?(?:关键|核心|主要)?(?:材料|原材料|原料)(?:主要|通常|一般)?(?:[:：]|如|包括|是|有)?[:：]?$/,
    items: ['Material'],
  },
  { rule: 'grammar:用于A的B', gap: /^(?:整机|设备)?(?:需求)?的$/, items: ['Component', 'Material'] },
  {
    rule: 'grammar:A所需的B',
    // `CT整机所用球管`: the whole machine named after the user (整机, 设备) is that user.
    gap: /^(?:整机|设备|主机|产品)?(?:生产|制造)?(?:所(?:需|需要|用)的?|(?:上|中|里)?(?:用的|使用的))(?:关键|核心|主要)?(?:零部件|部件|元器件|材料|原材料|原料)?(?:[:：]|如|包括)?$/,
    items: ['Component', 'Material'],
  },
  // `S60彩超配备的单晶探头`, `床垫内置的压力传感器`: what a thing is fitted with, as a relative clause before the
  // part (parts only: `救护车配备的呼吸机` is a machine of its own).
  {
    rule: 'grammar:A配备的B',
    gap: /^(?:所|上|内|中)?(?:配备|配置|配有|装配|搭载|内置|装有|装载)(?:了)?的$/,
    items: ['Component'],
  },
  {
    rule: 'grammar:A采用B',
    // Where the part comes from or what it is made for may stand before it (`采用国产空心杯电机和精密丝杠`,
    // `采用专用模拟前端芯片`): it says which make, not which part.
    gap: /^(?:主要|多|大多|一般|通常|均|普遍|则|已|开始|逐步)?(?:采用|使用|选用|改用|换用|改为采用)了?(?:国产|进口|专用|自研|定制)?$/,
    // Materials after 采用 are read with the other verbs of make-up (supply-materials.ts).
    items: ['Component'],
  },
  {
    rule: 'grammar:A上游的B',
    gap: /^的?(?:产业链)?上游(?:的|关键|核心)*(?:零部件|部件|元器件|材料|原材料|原料)?(?:主要)?(?:[:：]|如|包括|为|是|有)?[:：]?$/,
    items: ['Component', 'Material'],
  },
];
const RELIES_RULE = 'grammar:A依赖B';
/** A later clause about what the same machine relies on: `后端图像处理则依靠`, `也离不开`. */
const LATER_RELIES =
  /^(?:而|但)?(?:前端|后端|中端|[^，,。；;:：的]{0,6}(?:处理|部分|模块|环节|电路|单元|系统|功能))?(?:则|也|还|又|同样)?(?:依赖|依靠|离不开)(?:于)?$/;
/** What follows the last item of such a clause: its end, 等, or what the items do. */
const LIST_END = /^(?:\([^()]*\))?(?:等[^，,。；;]{0,6})?(?:$|[，,。；;]|完成|实现|进行|来)/;
const SUPPLY = new Set(['Equipment', 'Component', 'Material']);
/** Phrases whose user may be a list (`呼吸机、麻醉机的关键部件主要有…`). */
const SHARED_PHRASES = new Set([
  'grammar:A的核心部件B',
  'grammar:A关键材料B',
  'grammar:A的原材料及零部件B',
  'grammar:A所需的B',
  'grammar:A上游的B',
]);
/** Before the machine of `为A厂商供应B`: 为, 向 or 给, and which or how many of its makers (`向多家`). */
const SUPPLIES_TO =
  /(?:为|向|给)(?:国内外|国内|海外|国际|下游|主流|头部|知名|多家|数家|[0-9一二两三四五六七八九十几数]+家)*$/;
/** What opens `用于A的B`, read on the text right before A (a grade such as 高端 or 3.0T is passed over). */
const FOR_USER = /(?:用于|面向|适配于?|适用于|满足)$/;
export const POSSESSED_PART_RULE = 'grammar:A的B';
/**
 * What may open a clause before its subject `A的B`: a connective, an origin or a generation. A verb of
 * work on parts may stand there too, its object the parts of a machine (`攻关医用电子直线加速器的磁控管和多叶准直器`,
 * `突破CT的探测器模组和滑环`), and so may the firm whose machine it is (`公司DR的平板探测器`). A list's
 * bullet may open the line (`· 生化分析仪的光学检测单元`).
 */
const SUBJECT_LEAD =
  /^(?:[·•●▪■◆]\s*)?["“「『]?(?:而|但|其中|目前|同时|因|因为|由于|以及)?(?:(?:重点|着力|集中|联合)?(?:攻关|突破|攻克|研制|研发)|(?:本|我|该)?公司)?(?:国产|进口|新型|新一代|传统|主流|高端)?$/;
/**
 * A verb of service or inspection right before `A的B`, whatever opens its clause: its object is a machine's
 * own part (`定期校准呼吸机的流量传感器`), and so is what `对` points at before the verb it takes
 * (`企业对一次性使用精密过滤输液器的药液过滤器进行设计变更`).
 */
const SERVICED_LEAD = /(?:校准|标定|更换|替换|维修|检修|维护|保养|清洗|消毒|检查|检测|检验|对)$/;
/** A cause's lead (`召回原因：因A的B存在腐蚀`): its subject is one part; `B与C接触不良` joins what touches, no list. */
const CAUSE_LEAD = /^["“「『]?(?:因|因为|由于)/;
/** `A中的B`: only an equipment A, and only its parts or materials (never `产品中的…` of a class). */
const IN_EQUIPMENT = /^(?:中|里|内|内部|当中|上|前端|末端|头端|顶端|尾端|顶部|底部)的(?:核心|关键)?$/;
/**
 * `马达手机内的微型电机`, `控制主板上的主控芯片`, `机械臂末端的驱动电机`: a part held in, mounted on or ending a
 * part (never 中, often abstract).
 */
const IN_PART = /^(?:内|内部|里|上|前端|末端|头端|顶端|尾端)的$/;

const USERS = new Set(['Equipment', 'Component']);
/** What joins the users of a list before the phrase (`呼吸机、麻醉机的…`): no slash, no 或. */
const USERS_JOINED = /^(?:、|和|及|与|以及)$/;

/** What follows the last user of `用于A、B` before its item: `的`, or `等<class>的` (`等医疗器械产品的`). */
const USERS_THEN_ITEM = /^(?:等[^,;:等的]{0,10})?的$/;
/** A lead before the items of a list (`，包括P、Q`). */
const ITEMS_LEAD = /(?:包括|主要有|主要包括|如)[:：]?$/;

/**
 * Supply lists with several users: `用于A、B、C的X材料，包括P、Q` (X, P and Q each USED_IN A, B and C).
 * A single user with a bare `的` is `grammar:用于A的B`.
 */
const userListEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  listFrom: ListFrom,
  edge: Edge,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  const usersFrom = (i: number, labels: readonly string[]): number => {
    let k = i;
    while (
      k + 1 < occs.length &&
      labels.includes(labelOf(occs[k + 1]?.nodeId ?? ('' as NodeId)) ?? '') &&
      LIST_GAP.test(gapText(model, occs[k]?.end ?? 0, occs[k + 1]?.start ?? 0))
    )
      k++;
    return k;
  };
  for (let i = 0; i < occs.length; i++) {
    const a = occs[i];
    if (!a || !USERS.has(labelOf(a.nodeId) ?? '')) continue;
    if (gapText(model, Math.max(s.start, a.start - 2), a.start) !== '用于') continue;
    const last = usersFrom(i, ['Equipment', 'Component']);
    const users = occs.slice(i, last + 1).map((o) => o.nodeId);
    const next = occs[last + 1];
    const lastUser = occs[last];
    if (!next || !lastUser) continue;
    const gap = gapText(model, lastUser.end, next.start);
    if (!USERS_THEN_ITEM.test(gap) || (users.length === 1 && gap === '的')) continue;
    const items = listFrom(occs, last + 1, ['Component', 'Material']);
    const lead = occs.findIndex(
      (o, k) => k > last + 1 && ITEMS_LEAD.test(gapText(model, occs[k - 1]?.end ?? 0, o.start)),
    );
    if (items.length > 0 && lead >= 0) items.push(...listFrom(occs, lead, ['Material']));
    for (const item of items) for (const u of users) edge(item, u, 'grammar:用于A、B的X', sentence);
  }
};

/** Between a user (or its short name in brackets) and a class of its parts: `的`, `本身的`, `产业链上游`, nothing. */
const USER_TO_CLASS = /^\)?(?:本身|自身)?(?:的)?(?:产业链)?(?:上游)?(?:的)?$/;

/**
 * A class of parts or materials right after its user (`呼吸机的核心零部件包括…`, `CT关键材料：…`) names no
 * thing there, and is never the whole of a list: the readings see its words as the phrase between the
 * user and the items.
 */
const withoutClassAfterUser = (
  ctx: RuleContext,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): Occurrence[] =>
  occs.filter((o, k) => {
    const prev = occs[k - 1];
    return !(
      prev &&
      reader.broad(o.nodeId) &&
      USERS.has(ctx.labelOf(prev.nodeId) ?? '') &&
      prev.end <= o.start &&
      USER_TO_CLASS.test(gapText(ctx.model, prev.end, o.start))
    );
  });

export const supplyPhrases = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const reader = supplyReader(ctx);
  const { listFrom, edge } = reader;
  for (const [sentence, all] of supplyOccurrences(model)) {
    const s = model.sentences[sentence];
    if (!s) continue;
    const occs = withoutClassAfterUser(ctx, all, reader);
    /** The text of the clause up to `at`, from the sentence's start or its last clause mark. */
    const clauseLead = (at: number): string => {
      const before = model.text.slice(s.start, at);
      return normalizeTerm(before.slice(Math.max(...[...'，,；;：:'].map((m) => before.lastIndexOf(m))) + 1));
    };
    /** The words right before a user, past a grade (`面向高端`, `适配3.0T`); only 满足 before a 需求. */
    const lead = (at: number, need: boolean): string => {
      const before = gapText(model, Math.max(s.start, at - 8), at).replace(/(?:高端|[0-9.]+t|国产)$/i, '');
      return need ? (before.endsWith('满足') ? before : '') : before.endsWith('满足') ? '' : before;
    };
    /** The user `occs[i]` and the users of its label joined to it before it (`呼吸机和麻醉机`). */
    const usersBefore = (i: number): Occurrence[] => listBack(ctx, occs, i, USERS_JOINED);
    /**
     * `超声系统的前端离不开B，后端图像处理则依靠C和D`: a later clause of the sentence that opens with what
     * relies, with no name of its own before its verb, goes on about the same machine.
     */
    const reliesOn = (user: Occurrence, from: number): void => {
      for (let k = from + 1; k < occs.length; k++) {
        const o = occs[k];
        if (!o || labelOf(o.nodeId) !== 'Component') continue;
        const before = model.text.slice(s.start, o.start);
        const comma = s.start + Math.max(...[...'，,；;'].map((m) => before.lastIndexOf(m)));
        const things = occs.filter(
          (x) => x.start > comma && x.end <= o.start && SUPPLY.has(labelOf(x.nodeId) ?? ''),
        );
        if (comma < s.start || things.length > 0) continue;
        if (!LATER_RELIES.test(gapText(model, comma + 1, o.start))) continue;
        const items = listFrom(occs, k, ['Component']);
        const last = occs.findLast((x) => items.includes(x.nodeId));
        // The items end their clause (`依靠B和C完成…`), never modify a name (`依靠FPGA芯片厂商的支持`).
        if (!last || !LIST_END.test(gapText(model, last.end, Math.min(s.end, last.end + 8)))) continue;
        for (const item of items) edge(item, user.nodeId, RELIES_RULE, sentence);
      }
    };
    for (let i = 0; i + 1 < occs.length; i++) {
      const a = occs[i];
      if (!a || !USERS.has(labelOf(a.nodeId) ?? '')) continue;
      // A name inside a longer one (`生化分析仪` of `全自动生化分析仪`) is no user of its own; the first item
      // is the next name after the user's whole name.
      if (
        occs.some((o) => o !== a && o.start <= a.start && o.end >= a.end && o.end - o.start > a.end - a.start)
      )
        continue;
      let j = occs.findIndex((o, k) => k > i && o.start >= a.end);
      // `电脑断层扫描仪（CT）的关键零部件包括…`: a short name in brackets after the user is no item; the
      // phrase reads on past the brackets.
      const gloss = occs[j];
      if (
        gloss &&
        gapText(model, a.end, gloss.start) === '(' &&
        gapText(model, gloss.end, gloss.end + 1) === ')'
      )
        j = occs.findIndex((o, k) => k > j && o.start > gloss.end);
      const b = occs[j];
      if (!b) continue;
      const gap = gapText(model, a.end, b.start).replace(/^\([^()]{1,12}\)/, '');
      for (const p of PHRASES) {
        if (!p.gap.test(gap)) continue;
        // `用于A的B` needs its 用于 right before A.
        // `面向高端CT整机的球管`, `适配3.0T磁共振成像系统的超导磁体`, `满足有创呼吸机需求的涡轮风机` too.
        if (p.rule === 'grammar:用于A的B' && !FOR_USER.test(lead(a.start, gap.includes('需求')))) continue;
        if (
          p.rule === 'grammar:为A供应B' &&
          !SUPPLIES_TO.test(gapText(model, Math.max(s.start, a.start - 8), a.start))
        )
          continue;
        // `呼吸机和麻醉机的核心零部件包括…`: every user of the list the phrase closes.
        // A part that names one of them (`CT球管` of `CT和MR`) is that one's only.
        const users = SHARED_PHRASES.has(p.rule) ? usersBefore(i) : [a];
        const written = (o: Occurrence) => normalizeTerm(model.text.slice(o.start, o.end));
        const items = listFrom(occs, j, p.items).map((item) => {
          const name = written(occs.find((o) => o.nodeId === item && o.start > a.end) ?? a);
          return { item, named: users.filter((u) => distinctive(name, written(u))) };
        });
        // Items that name their users share the list out; the others then belong to no one known.
        const shared = users.length === 1 || items.every((x) => x.named.length === 0);
        for (const { item, named } of items)
          for (const u of shared ? users : named.length === 1 ? named : [])
            edge(item, u.nodeId, p.rule, sentence);
        if (p.rule === RELIES_RULE && items.length > 0) reliesOn(a, j);
        break;
      }
    }
    userListEdges(ctx, sentence, occs, listFrom, edge);
    useEdges(ctx, sentence, occs, reader);
    itemFirstEdges(ctx, sentence, occs, reader);
    materialUseEdges(ctx, sentence, occs, reader);
    compositionEdges(ctx, sentence, occs, reader);
    clauseEdges(ctx, sentence, occs, reader);
    itsPartEdges(ctx, sentence, occs, reader);
    builtInEdges(ctx, sentence, occs, reader);
    developedEdges(ctx, sentence, occs, reader);
    for (let i = 0; i + 1 < occs.length; i++) {
      const a = occs[i];
      const b = occs[i + 1];
      const label = a && labelOf(a.nodeId);
      if (!a || !b || (label !== 'Equipment' && label !== 'Component')) continue;
      const gap = gapText(model, a.end, b.start);
      if (!(label === 'Equipment' ? IN_EQUIPMENT : IN_PART).test(gap)) continue;
      // A part's own parts only: `芯片上的硅` is no part, and the material is said elsewhere.
      for (const item of listFrom(
        occs,
        i + 1,
        label === 'Equipment' ? ['Component', 'Material'] : ['Component'],
      ))
        edge(item, a.nodeId, 'grammar:A中的B', sentence);
    }
    // `A的B、C等核心部件`: the parts listed between A的 and the class; `A的B、C` of a device alone too.
    for (let i = 0; i + 1 < occs.length; i++) {
      const a = occs[i];
      // The part after the device is the next name past its end, not one inside it (`免疫分析仪` of
      // `全自动化学发光免疫分析仪的反应杯`); and a name inside a longer one is no device of its own.
      let j = i + 1;
      while (a && occs[j] && (occs[j]?.start ?? 0) < a.end) j++;
      const b = occs[j];
      // A part owns its parts alike (`先端部的微型镜头和CMOS芯片`, `反应盘的温控模块也以进口为主`).
      const ownerLabel = a && labelOf(a.nodeId);
      if (
        !a ||
        !b ||
        (ownerLabel !== 'Equipment' && ownerLabel !== 'Component') ||
        gapText(model, a.end, b.start) !== '的'
      )
        continue;
      if (
        occs.some((o) => o !== a && o.start <= a.start && o.end >= a.end && o.end - o.start > a.end - a.start)
      )
        continue;
      const items = listFrom(occs, j, ['Component']);
      let k = j;
      while (k + 1 < occs.length && items.includes(occs[k + 1]?.nodeId ?? ('' as NodeId))) k++;
      // Members the reading did not name may stand before 等 (`、高压发生器等核心部件`).
      const tail = gapText(model, occs[k]?.end ?? 0, Math.min(s.end, (occs[k]?.end ?? 0) + 40));
      if (/^(?:[、和及与][^、,;:()等的]{1,12})*等(?:核心|关键)?(?:零部件|部件|元器件|器件)/.test(tail))
        for (const item of items) edge(item, a.nodeId, 'grammar:A的B等核心部件', sentence);
      // `国产手术机器人的谐波减速器、力传感器…`: a device's own parts as the subject of a clause, whatever
      // it says of them (not an object: `提升CT的…水平` names an aim); never the half of a slash pair.
      else {
        // `CT和DR的X射线管…`: machines joined before the possessor own the parts alike; a part that names one
        // of them (`CT球管` of `CT和MR的…`) is that one's only.
        const owners = usersBefore(i).filter((u) => labelOf(u.nodeId) === ownerLabel);
        const firstOwner = owners.at(-1) ?? a;
        if (
          !(
            SUBJECT_LEAD.test(clauseLead(firstOwner.start)) ||
            SERVICED_LEAD.test(clauseLead(firstOwner.start))
          ) ||
          /[A-Za-z][/／\-－]$/.test(model.text.slice(Math.max(0, firstOwner.start - 2), firstOwner.start))
        )
          continue;
        const written = (o: Occurrence) => normalizeTerm(model.text.slice(o.start, o.end));
        const caused = CAUSE_LEAD.test(clauseLead(firstOwner.start));
        for (const item of caused ? items.slice(0, 1) : items) {
          const at = occs.find((o) => o.nodeId === item && o.start > a.end);
          const named = at ? owners.filter((u) => distinctive(written(at), written(u))) : [];
          for (const u of owners.length === 1 || named.length === 0
            ? owners
            : named.length === 1
              ? named
              : [])
            if (!reader.linked(item, u.nodeId)) edge(item, u.nodeId, POSSESSED_PART_RULE, sentence);
        }
      }
    }
    // `用于A……包括B、C`: the one user after 用于, then the list after 包括/如/主要有.
    const text = model.sentenceNorms[sentence] ?? '';
    if (!text.includes('用于') || !/包括|主要有|如/.test(text)) continue;
    const at = model.text.indexOf('用于', s.start);
    const user = occs.find((o) => o.start >= at + 2 && gapText(model, at + 2, o.start) === '');
    if (!user || !USERS.has(labelOf(user.nodeId) ?? '')) continue;
    const others = occs.filter((o) => o !== user && o.start > user.end && labelOf(o.nodeId) === 'Equipment');
    const listAt = occs.findIndex(
      (o) => o.start > user.end && /(?:包括|主要有|如)[:：]?$/.test(gapText(model, user.end, o.start)),
    );
    const first = occs[listAt];
    if (!first || others.some((o) => o.start < first.start)) continue;
    for (const item of listFrom(occs, listAt, ['Component', 'Material']))
      edge(item, user.nodeId, 'grammar:用于A包括B', sentence);
  }
  pairedParts(ctx, reader);
  tableEdges(ctx, reader);
  continuedCellEdges(ctx, reader);
  rowFieldEdges(ctx, reader);
  glossaryRowEdges(ctx, reader);
  tenderEdges(ctx, reader);
  procurementEdges(ctx, reader);
  coverageEdges(ctx, reader);
  headedLineEdges(ctx, reader);
  headedPossessedEdges(ctx, reader);
  headedLabelEdges(ctx, reader);
  projectEdges(ctx, reader);
  chainListEdges(ctx, reader);
  entryEdges(ctx, reader);
  arrowEdges(ctx, reader);
  pieceMaterialEdges(ctx, reader);
  return [...reader.edges, ...sharedUsers(ctx)];
};
