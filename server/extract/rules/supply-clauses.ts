// What a thing is made of, said clause by clause: `针管用304不锈钢拉制，表面涂覆硅油以减小穿刺阻力，针座多为ABS`,
// `椎间融合器…，材质以聚醚醚酮为主，其内部可植入自体骨或人工骨`, `吸附剂多选用…，也有产品以活性炭为吸附材料`.
// A clause names its user at its head (`针座多为…`, `接收刺激器的外壳采用…`), or names none and speaks of
// the user of the clause before (`表面涂覆…`, `其内部…`, `也有企业改用…`): a clause headed by any other
// noun has a subject of its own the reading does not know, and ends the chain.
import type { Occurrence } from '../types';
import { normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import type { RuleContext } from './context';
import type { SupplyReader } from './supply-lists';

export const MAINLY_RULE = 'grammar:A材质以M为主';
export const IS_RULE = 'grammar:A为M';
export const ADOPT_RULE = 'grammar:A采用B';
export const COAT_RULE = 'grammar:A表面涂覆M';
export const ROLE_RULE = 'grammar:A以M为载体';
export const ROLE_IS_RULE = 'grammar:A的阳极为M';
export const HOLDS_RULE = 'grammar:其内部可植入M';
export const MEETS_RULE = 'grammar:B满足A使用要求';
export const SERVICED_RULE = 'grammar:A更换B';

const USERS = new Set(['Equipment', 'Component']);
const ENTRY_LABELS = new Set(['Equipment', 'Component', 'Material']);

/** A place on a thing where a coat or lining goes (`表面`, `内腔表面`). */
const PLACES = '(?:(?:内腔|管腔|腔体)?(?:表面|内壁|外壁)|外表面|内表面|外层|内腔)';
/** Hedges between a user and its verb. */
const H =
  '(?:一般|通常|多数|大多|多|主要|普遍|同样|则|均|也|有|常|往往|目前|仍|基本|还|都|可|已|开始|逐步|现|大都|要|需要|需)*';
/** Closes a list of materials that is all the clause says: its end, a process, or the word for the kind of thing. */
const ENDS =
  /^(?:\([^()]*\))?(?:$|[，,。；;]|以|(?:注塑|制成|加工|制造|制作|烧结|铸造|锻造|拉制|挤出|吹塑|成型|封装|浇铸|浇注|灌封|绕制|编织|切割|冲压|热压|压制)|(?:材质|材料|制品|注塑件))/;
/** After a list, `的` makes it a modifier of the name after it (`采用聚碳酸酯的外壳`). */
const NOT_MODIFIER = /^(?!的)/;
/** What a material may be in a thing besides its whole make-up (`以活性炭为吸附材料`, `以锂为阳极`). */
const ROLE =
  '(?:阳极|阴极|正极|负极|电极材料|电解质|电解液|隔膜|载体|基体|基材|骨架|吸附材料|吸附剂|填充材料|填料|涂层|主体|主材|原料|原材料|材料|主要材料|主)';

interface Form {
  readonly rule: string;
  /** The text between the user (or the clause's head) and the first item. */
  readonly gap: RegExp;
  /** What must follow the last item. */
  readonly close: RegExp;
  /** Between two items, when not the usual marks (`更换流量传感器27个、氧电池19块`: a count after each). */
  readonly itemGap?: RegExp;
  readonly items: readonly string[];
}

/** A count of pieces serviced (`球管1支`, `锂电池共136块`). */
const SERVICED_COUNT = '(?:共?[0-9]+(?:个|支|块|把|条|副|根|片|只|套|台|次|组))?';

const FORMS: readonly Form[] = [
  {
    rule: MAINLY_RULE,
    gap: new RegExp(`^的?(?:材质|材料|原料)${H}以$`),
    close: /^(?:\([^()]*\))?为主/,
    items: ['Material'],
  },
  { rule: IS_RULE, gap: new RegExp(`^(?:的材质|材质)?${H}(?:为|是)$`), close: ENDS, items: ['Material'] },
  {
    rule: ROLE_IS_RULE,
    gap: new RegExp(
      `^的?(?:阳极|阴极|正极|负极|电解液|电解质|隔膜|填充物|填料)${H}(?:为|是|采用|选用|使用)$`,
    ),
    close: ENDS,
    items: ['Material'],
  },
  {
    rule: ADOPT_RULE,
    // `湿化罐用的是透明的聚碳酸酯`: spoken Chinese says what a thing uses with 用的是.
    gap: new RegExp(
      `^${H}(?:(?:采|选|使)?用的(?:都|也|多|大多|一般)?是|采用|选用|使用|多用|常用|改用|改为|选择)了?(?:[^，,。；;的]{1,8}的)?$`,
    ),
    close: NOT_MODIFIER,
    items: ['Material', 'Component'],
  },
  // `以铌钛超导线绕制`, `以钛合金粉末烧结而成`: the material and the process it is made by.
  {
    rule: ADOPT_RULE,
    gap: new RegExp(`^${H}以$`),
    close: /^(?:\([^()]*\))?(?:为原料)?(?:绕制|制成|制造|加工|烧结|铸造|锻造|编织|拉制|挤出|注塑|打印)/,
    items: ['Material'],
  },
  // Bare 用 only where a process or the clause's end closes the materials (`用304不锈钢拉制`, `则用硅橡胶`).
  { rule: ADOPT_RULE, gap: new RegExp(`^${H}用$`), close: ENDS, items: ['Material'] },
  {
    rule: COAT_RULE,
    gap: new RegExp(
      `^在?${PLACES}?${H}(?:涂覆|喷涂|涂有|镀有|覆有|衬有|涂敷|覆盖|(?:涂|镀|覆|衬)上?(?=一层))(?:一层)?$`,
    ),
    close: NOT_MODIFIER,
    items: ['Material'],
  },
  {
    rule: ROLE_RULE,
    gap: new RegExp(`^${H}以$`),
    close: new RegExp(`^(?:\\([^()]*\\))?(?:作为|为)${ROLE}`),
    items: ['Material'],
  },
  // A service record (`64排CT更换球管1支，检修高压发生器和滑环碳刷`, `呼吸机更换流量传感器27个、氧电池19块`):
  // the parts a machine has replaced or overhauled are its parts (never `更换为`, whose object is a machine).
  {
    rule: SERVICED_RULE,
    gap: /^(?:更换|检修|维修)了?$/,
    // The list may go on with pieces not known as names (`、氧电池19块`, `和滑环碳刷`).
    close: new RegExp(`^${SERVICED_COUNT}(?:$|[，,。；;、和与及])`),
    itemGap: new RegExp(`^${SERVICED_COUNT}(?:、|和|与|及|以及)$`),
    items: ['Component'],
  },
  {
    rule: HOLDS_RULE,
    gap: new RegExp(`^(?:内部|内)${H}(?:可|可以|能)?(?:植入|填充|填入|装入|放入)$`),
    close: NOT_MODIFIER,
    items: ['Material', 'Component'],
  },
];

/** A head that speaks of the user before: 其, a place on it, or makers and models of it (`也有企业`). */
const INHERIT = new RegExp(
  `^(?:而|但|并|且|同时)?(?:(?:其|它)|(?:也有|部分|有的|有些|少数|一些|多数|新款|新一代|高端|高能|低能|进口|国产)(?:产品|厂家|企业|厂商|机型|型号)|在?${PLACES})?`,
);
/** A place on the user as the head of a clause. */
const PLACE = new RegExp(`${PLACES}$`);
/** What may stand before a clause's own user: a connective, 其, a relative clause (`与泵配套使用的`). */
const OWN_LEAD =
  /^(?:[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.．、])?(?:[0-9.]+(?:T|排|层))?(?:而|但|并|且|同时|其中)?其?(?:[^，,。；;]{1,12}的)?$/;
/**
 * More of a name after a curated one, ending in a device's class noun (`内窥镜|清洗工作站包括…`): the curated
 * name only modifies a device the reading does not know, which is the clause's head.
 */
const MODIFIED =
  /^[\u4e00-\u9fff]{1,6}?(?:工作站|系统|设备|装置|仪器|仪|机)(?:$|[，,。；;：:的]|包括|由|采用|主要|一般|通常|为|是)/;
/** Two users of one clause (`外壳和端盖`). */
const USERS_GAP = /^(?:、|和|与|及)$/;
/** Two items of one list. */
const ITEM_GAP = /^(?:\([^()]*\))?(?:、|和|与|及|或|以及)$/;

/** A call's or a catalogue's label before what an entry must meet (`主要指标：`, `技术要求：`). */
const SPEC_LABEL = /^(?:主要|技术|性能|关键)?(?:指标|要求|参数|内容)[:：]/;
/** An entry's head sentence: a number, the thing's name, a full stop at most. */
const ENTRY_NUMBER = /^(?:[0-9]{1,2}[.、]|[(（][0-9一二三四五六七八九十]{1,2}[)）])?$/;
/** `满足DR和DSA使用要求`, `达到A和B的性能要求`: the users an entry is made for... */
const MEETS = /(?:满足|达到)(?:[^，,。；;:：的]{0,6})?$/;
/** ...and what closes them. */
const MEETS_AFTER = /^(?:等)?的?(?:使用|应用|装机|配套|临床|性能|技术)?(?:要求|需求|标准)/;

/**
 * The thing an entry of a call or a catalogue names in its head sentence (`2.CT探测器模组。`), for the
 * sentence after it that opens with the entry's label (`主要指标：采用…`); none when the head names two.
 */
const entryHead = (ctx: RuleContext, sentence: number): Occurrence | undefined => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  const prev = model.sentences[sentence - 1];
  if (!s || !prev) return undefined;
  if (prev.section !== s.section) return undefined;
  if (!SPEC_LABEL.test(gapText(model, s.start, Math.min(s.end, s.start + 8)))) return undefined;
  const named = (model.bySentence.get(sentence - 1) ?? []).filter(
    (o, _, all) =>
      !all.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
  );
  const [head] = named;
  if (named.length !== 1 || !head || !ENTRY_LABELS.has(labelOf(head.nodeId) ?? '')) return undefined;
  if (!ENTRY_NUMBER.test(gapText(model, prev.start, head.start))) return undefined;
  return /^[。.]?$/.test(gapText(model, head.end, prev.end)) ? head : undefined;
};

/** Make-up edges of one sentence read clause by clause, gathered by `reader`. */
export const clauseEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  // Outermost names only (`内窥镜` inside `电子内窥镜` is no name of its own here).
  const outer = occs.filter(
    (o) =>
      !occs.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
  );
  const label = (o: Occurrence): string => labelOf(o.nodeId) ?? '';
  const written = (o: Occurrence): string => normalizeTerm(model.text.slice(o.start, o.end));
  const marks: number[] = [];
  for (let at = s.start; at < s.end; at++) if (/[，,；;：:]/.test(model.text[at] ?? '')) marks.push(at);
  /**
   * Reads the items of `inClause` from its `i`th on as what `users` are made of, when `gap` (the text
   * before them) is a form's and what follows them up to `to` closes it. Whether one did.
   */
  const read = (
    inClause: readonly Occurrence[],
    i: number,
    gap: string,
    to: number,
    users: readonly Occurrence[],
  ): boolean => {
    for (const form of FORMS) {
      if (!form.gap.test(gap)) continue;
      const items: Occurrence[] = [];
      for (let j = i; j < inClause.length; j++) {
        const o = inClause[j];
        const prev = items.at(-1);
        if (!o || !form.items.includes(label(o))) break;
        if (prev && !(form.itemGap ?? ITEM_GAP).test(gapText(model, prev.end, o.start))) break;
        items.push(o);
      }
      const last = items.at(-1);
      if (!last || !form.close.test(gapText(model, last.end, to))) continue;
      // A pair another reading gave already keeps that reading's rule.
      const known = (item: Occurrence, u: Occurrence): boolean => reader.linked(item.nodeId, u.nodeId);
      // `麦克风…，目前多采用MEMS麦克风`: a thing that ends in its user's name is the kind the user is, no part.
      const kindOf = (item: Occurrence, u: Occurrence): boolean =>
        u.end - u.start > 1 && written(item).endsWith(written(u));
      for (const o of items)
        if (!reader.generic(o.nodeId))
          for (const u of users)
            if (!known(o, u) && !kindOf(o, u))
              reader.edge(o.nodeId, u.nodeId, form.rule, sentence, u === entry ? also : undefined);
      return true;
    }
    return false;
  };
  // `2.CT探测器模组。主要指标：采用B与C，配套D`: an entry's label opens the chain; its clauses speak of the
  // thing the entry's head names (the evidence holds both sentences).
  const entry = entryHead(ctx, sentence);
  const also = entry ? sentence - 1 : undefined;
  /** The users of the clause before, while the chain of clauses about them goes on. */
  let before: Occurrence[] = entry && USERS.has(label(entry)) ? [entry] : [];
  for (const [c, from] of [s.start, ...marks.map((m) => m + 1)].entries()) {
    const to = marks[c] ?? s.end;
    const inClause = outer.filter((o) => o.start >= from && o.end <= to);
    const first = inClause[0];
    // The label itself (`主要指标：`) keeps the entry's thing for the clauses after it.
    if (entry && c === 0 && inClause.length === 0) continue;
    // `满足DR和DSA使用要求`, `B、C等达到A的性能要求`: the users the entry's thing is made for.
    const met = inClause.findIndex(
      (o) => USERS.has(label(o)) && MEETS.test(gapText(model, from, o.start).replace(/\([^()]*\)/g, '')),
    );
    const firstUser = inClause[met];
    if (entry && firstUser) {
      const users = [firstUser];
      for (let k = met + 1; k < inClause.length; k++) {
        const o = inClause[k];
        const prev = inClause[k - 1];
        if (!o || !prev || !USERS.has(label(o)) || !ITEM_GAP.test(gapText(model, prev.end, o.start))) break;
        users.push(o);
      }
      const last = users.at(-1);
      if (last && MEETS_AFTER.test(gapText(model, last.end, to)))
        for (const u of users)
          if (!reader.generic(u.nodeId)) reader.edge(entry.nodeId, u.nodeId, MEETS_RULE, sentence, also);
    }
    // The clause's own users: at its head, through `的` (`接收刺激器的外壳` is the shell) or a list.
    const users: Occurrence[] = [];
    let k = 0;
    const modifier =
      first !== undefined && MODIFIED.test(gapText(model, first.end, inClause[1]?.start ?? to));
    if (first && USERS.has(label(first)) && OWN_LEAD.test(gapText(model, from, first.start)) && !modifier) {
      users.push(first);
      for (k = 1; k < inClause.length; k++) {
        const o = inClause[k];
        const prev = inClause[k - 1];
        if (!o || !prev || !USERS.has(label(o))) break;
        const gap = gapText(model, prev.end, o.start);
        if (gap === '的') users.splice(0, users.length, o);
        else if (USERS_GAP.test(gap)) users.push(o);
        else break;
      }
    }
    const last = users.at(-1);
    if (last) {
      // The items may start past a name that only modifies them (`改用不含DEHP的热塑性弹性体`).
      for (let j = k; j < inClause.length; j++) {
        const item = inClause[j];
        if (item && read(inClause, j, gapText(model, last.end, item.start), to, users)) break;
      }
      before = users;
      continue;
    }
    // No user of its own: the clause goes on about the users before when it is read as their make-up
    // or its head points back to them; any other clause ends the chain.
    const lead = first ? gapText(model, from, first.start) : '';
    const head = INHERIT.exec(lead)?.[0] ?? '';
    const rest = lead.slice(head.length);
    // `外表面则喷涂…`: 则 sets the place against the user before (the whole's surface, not the coil's).
    const contrasted = PLACE.test(head) && rest.startsWith('则');
    const said =
      first !== undefined &&
      before.length > 0 &&
      !contrasted &&
      inClause.some((o, j) =>
        read(inClause, j, j === 0 ? rest : gapText(model, from, o.start).slice(head.length), to, before),
      );
    // In an entry, a clause about anything else (`场强1.5T`) still speaks of the entry's thing.
    if (contrasted || (!said && head === '')) before = entry && USERS.has(label(entry)) ? [entry] : [];
  }
};
