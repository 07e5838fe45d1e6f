// More ways features and prospectuses name a part or material before the machine it goes into:
// `高压发生器、探测器等CT核心零部件` (the user between 等 and the class of parts), `CT球管约占CT整机成本的30%`
// (a share of the machine's cost), `离心泵头与ECMO主机配套使用`, `单晶探头为高端彩超配套` and
// `谐波减速器安装在手术机器人的机械臂关节中` (where a part is mounted). Parts give PART_OF, materials USED_IN.
import type { NodeId } from '../../../core/model/ids';
import { gapText } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { ITEMS_JOINED, listBack, type SupplyReader } from './supply-lists';

export const CLASS_AFTER_USER_RULE = 'grammar:B、C等A核心部件';
export const COST_SHARE_RULE = 'grammar:B占A成本';
export const MATCHED_RULE = 'grammar:B与A配套';
export const MOUNTED_RULE = 'grammar:B安装在A上';
export const DRIVEN_RULE = 'grammar:A由B驱动';
export const MATERIAL_NAMED_RULE = 'compound-name:material-before';
export const AS_PART_RULE = 'grammar:作为A的核心部件，B';
export const BRACKET_USE_RULE = 'grammar:B（用于A）';
export const PLACE_RULE = 'grammar:在A中，B是核心部件';

const ITEMS = new Set(['Component', 'Material']);
const USERS = new Set(['Equipment', 'Component']);

/** After `B、C等A`: the class of parts or materials the items belong to (`核心零部件`, `关键原材料`). */
const CLASS_AFTER =
  /^(?:整机|设备|系统)?的?(?:核心|关键|主要|重要|上游)*(?:零部件|部件|元器件|组件|原材料|材料|原料)/;
/** Between an item and its user in a share of cost: `约占`, `大约占据`, `合计约占`. */
const SHARE =
  /^(?:的成本|成本)?(?:合计|共|总共|加起来)?(?:约|大约|大概|通常|一般|可|就|即)?(?:占|占据|占到)(?:了)?$/;
/** After the user: its cost (`整机成本的30%`, `总成本的三分之一`, `BOM成本`). */
const COST = /^(?:整机|设备|系统|产品)?的?(?:总|生产|制造|物料|原材料|BOM)?(?:成本|造价)/i;
/** `B与A配套使用`, `B为A配套`, `B可与A主机配套`: between the item and the machine... */
const MATCHED_LEAD = /^(?:主要|可|需|须|均|多|专门|已)?(?:与|和|为|给)(?:国产|进口|高端|主流)?$/;
/** ...and after it. */
const MATCHED_AFTER = /^(?:主机|整机|设备|系统|厂商|厂家|企业)?(?:配套|配用|配合使用)/;
/** `谐波减速器安装在手术机器人的机械臂关节中`: where a part is mounted (a part's user is the next name). */
const MOUNTED = /^(?:通常|一般|多|主要|均|则|可)?(?:安装|装配|装|嵌入|封装|内置)(?:在|于)$/;
/** After the user of a mounted part: a place on or in it, up to the clause's end. */
const MOUNTED_AFTER = /^(?:的[^，,。；;:：]{0,10})?(?:上|中|内|里|内部|底部|顶部|前端|末端|头端|两侧|周围)/;

/**
 * What a thing is made without (`无液氦磁共振`, `非PVC输液袋`, `不含DEHP输液器`), written before the material;
 * not 去 or 免, which end other words (`过去PVC输液袋占主导`).
 */
const WITHOUT = /(?:无|非|零|不含|未含|不使用)$/;

/** `每片叶片由独立的微型电机驱动`: between the driven thing and its drive... */
const DRIVEN_BY = /^(?:则|均|都|一般|通常|主要|分别)?由(?:[^，,。；;:：的]{0,6}的)?$/;
/** ...and after the drive. */
const DRIVES = /^(?:来|进行)?(?:驱动|带动|供电|供能)/;
/** After a machine: the clause that opens its cost structure (`在呼吸机的成本构成中，`). */
const COST_LEAD =
  /^(?:整机)?的?(?:(?:总|生产|物料|原材料|BOM)?(?:成本|造价)|物料|原材料|BOM)(?:构成|结构|拆分)?(?:中|里|当中|上)(?:[，,]|占比最(?:高|大)的)/i;
/**
 * Before a part in such a clause: nothing, or 其次/然后 (`，其次是比例阀`), or what holds the largest share
 * (`呼吸机成本中占比最高的是涡轮风机`).
 */
const COST_ITEM_LEAD = /^(?:其次|然后|再次|此外)?(?:是|为)?$|占比最(?:高|大)的(?:零部件|部件|是|为)+$/;
/** After a part in such a clause: its share (`合计占比超过六成`). */
const COST_SHARE_AFTER =
  /^(?:的)?(?:成本|采购金额|采购额|金额|价值)?(?:合计|共|总共|一共|加起来)?(?:约|大约|通常|一般)?(?:占比|占)/;

/** `作为呼吸机的核心部件，`: what opens the clause before the user... */
const AS_LEAD = /^(?:[^，,。；;:：]{0,6}[，,])?(?:而|但|同时)?作为$/;
/** ...and what follows it up to the clause mark (a class of parts or of materials, `之一`). */
const AS_CLASS =
  /^(?:中|里|上)?的?(?:最|最为)?(?:核心|关键|重要|主要|上游)*的?(?:(零部件|部件|元器件|组件|组成部分)|(原材料|材料|原料))(?:之一)?[，,]$/;
/** After the parts of `在A中，B和C…`: what they are (`是最核心的两个部件`, `均为关键零部件`). */
const PLACE_PARTS =
  /^(?:等)?(?:均|都|也)?(?:是|为|属于)(?:其)?(?:最|最为)?(?:核心|关键|重要|主要|昂贵|贵重)的?(?:[一二两三四五六七八九十几]+[个类种大])?(?:零部件|部件|元器件|组件)/;
/** `超导线材（用于MRI磁体）`: an item's use in brackets after it, up to the first user... */
const BRACKET_USE = /^\((?:主要|可|多)?(?:用于|应用于|适用于|配套于?|用在)(?:制造|生产|制备|制作)?$/;
/** ...and after the last user. */
const BRACKET_END = /^(?:等[^()]{0,6})?\)/;

/** Item-first edges of one sentence, gathered by `reader`. */
export const itemFirstEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  const label = (o: Occurrence | undefined): string => (o ? (labelOf(o.nodeId) ?? '') : '');
  /** The item `occs[i]` and the items of its label joined to it before it (classes left out). */
  const itemsBack = (i: number): NodeId[] =>
    listBack(ctx, occs, i, ITEMS_JOINED)
      .map((o) => o.nodeId)
      .filter((x) => !reader.generic(x));
  const after = (o: Occurrence, n: number): string => gapText(model, o.end, Math.min(s.end, o.end + n));
  for (let i = 0; i + 1 < occs.length; i++) {
    const item = occs[i];
    const user = occs[i + 1];
    if (!item || !user || !ITEMS.has(label(item)) || !USERS.has(label(user))) continue;
    // A class of machines (`医疗设备`, `医疗器械`) is no user.
    if (reader.generic(user.nodeId)) continue;
    const gap = gapText(model, item.end, user.start);
    const part = label(item) === 'Component';
    // `高压发生器、探测器等CT核心零部件`: the machine between 等 and the class (a material class for materials).
    if (gap === '等' && label(user) === 'Equipment') {
      const cls = CLASS_AFTER.exec(after(user, 14))?.[0] ?? '';
      if (cls && /材料|原料/.test(cls) !== part)
        for (const x of itemsBack(i)) reader.edge(x, user.nodeId, CLASS_AFTER_USER_RULE, sentence);
    } else if (SHARE.test(gap) && label(user) === 'Equipment' && COST.test(after(user, 12)))
      for (const x of itemsBack(i)) reader.edge(x, user.nodeId, COST_SHARE_RULE, sentence);
    else if (
      MATCHED_LEAD.test(gap) &&
      label(user) === 'Equipment' &&
      part &&
      MATCHED_AFTER.test(after(user, 8))
    )
      for (const x of itemsBack(i)) reader.edge(x, user.nodeId, MATCHED_RULE, sentence);
    else if (MOUNTED.test(gap) && part && MOUNTED_AFTER.test(after(user, 14)))
      reader.edge(item.nodeId, user.nodeId, MOUNTED_RULE, sentence);
  }
  // `作为呼吸机的核心部件，涡轮风机的国产化率…`: the clause names the user and the class; the subject of
  // the next clause, right after its mark, is the item (and the items joined to it).
  for (let i = 0; i + 1 < occs.length; i++) {
    const user = occs[i];
    if (!user || !USERS.has(label(user)) || reader.generic(user.nodeId)) continue;
    const before = model.text.slice(s.start, user.start);
    const clause = s.start + Math.max(...[...'，,；;：:'].map((m) => before.lastIndexOf(m))) + 1;
    if (!AS_LEAD.test(gapText(model, clause > s.start ? clause : s.start, user.start))) continue;
    const comma = /[，,]/.exec(model.text.slice(user.end, s.end));
    if (!comma) continue;
    const cls = AS_CLASS.exec(gapText(model, user.end, user.end + comma.index + 1));
    const k = occs.findIndex((o) => o.start > user.end);
    const item = occs[k];
    if (!cls || !item || gapText(model, user.end + comma.index + 1, item.start) !== '') continue;
    const itemLabel = cls[1] ? 'Component' : 'Material';
    if (label(item) !== itemLabel) continue;
    for (const x of reader.listFrom(occs, k, [itemLabel]))
      reader.edge(x, user.nodeId, AS_PART_RULE, sentence);
  }
  // `在直线加速器中，加速管和磁控管是最核心的两个部件`: the user set as the place, the parts as the subject.
  const place = occs[0];
  const placeComma = place ? /^(?:中|里|内|上|当中)[，,]/.exec(after(place, 4)) : null;
  if (
    place &&
    placeComma &&
    USERS.has(label(place)) &&
    !reader.generic(place.nodeId) &&
    /^(?:[^，,。；;:：]{0,6}[，,])?在$/.test(gapText(model, s.start, place.start))
  ) {
    const k = occs.findIndex((o) => o.start >= place.end + placeComma[0].length);
    const first = occs[k];
    if (first && label(first) === 'Component' && gapText(model, place.end, first.start) === placeComma[0]) {
      const items = reader.listFrom(occs, k, ['Component']);
      const last = occs.findLast((o) => o.start >= first.start && items.includes(o.nodeId));
      if (last && PLACE_PARTS.test(after(last, 20)))
        for (const x of items) reader.edge(x, place.nodeId, PLACE_RULE, sentence);
    }
  }
  // `超导线材（用于MRI磁体）`, `谐波减速器（主要用于手术机器人关节）`: the users in brackets after the item.
  for (let i = 0; i + 1 < occs.length; i++) {
    const item = occs[i];
    const user = occs[i + 1];
    if (!item || !user || !ITEMS.has(label(item)) || !USERS.has(label(user))) continue;
    if (!BRACKET_USE.test(gapText(model, item.end, user.start))) continue;
    const users = reader.listFrom(occs, i + 1, ['Equipment', 'Component']);
    const last = occs.findLast((o) => o.start >= user.start && users.includes(o.nodeId));
    if (!last || !BRACKET_END.test(after(last, 10))) continue;
    for (const u of users) reader.edge(item.nodeId, u, BRACKET_USE_RULE, sentence);
  }
  // `镁合金血管支架`, `涤纶人工血管`: a material written right before a machine's or part's name, as one
  // word, is what it is made of.
  for (let i = 0; i + 1 < occs.length; i++) {
    const m = occs[i];
    const user = occs[i + 1];
    if (!m || !user || label(m) !== 'Material' || !USERS.has(label(user)) || m.end !== user.start) continue;
    if (reader.generic(m.nodeId) || reader.generic(user.nodeId)) continue;
    // Inside a longer name (`聚四氟乙烯人工血管` discovered whole) the compound readings speak.
    if (occs.some((o) => o !== m && o !== user && o.start <= m.start && o.end >= user.end)) continue;
    if (WITHOUT.test(model.text.slice(Math.max(s.start, m.start - 3), m.start))) continue;
    reader.edge(m.nodeId, user.nodeId, MATERIAL_NAMED_RULE, sentence);
  }
  for (let i = 0; i + 1 < occs.length; i++) {
    const whole = occs[i];
    const drive = occs[i + 1];
    if (!whole || !drive || !USERS.has(label(whole)) || label(drive) !== 'Component') continue;
    if (DRIVEN_BY.test(gapText(model, whole.end, drive.start)) && DRIVES.test(after(drive, 6)))
      reader.edge(drive.nodeId, whole.nodeId, DRIVEN_RULE, sentence);
  }
  // `在呼吸机的成本构成中，涡轮风机占比最高，…，其次是比例阀`: the parts the cost structure names.
  const machine = occs.find((o) => label(o) === 'Equipment' && COST_LEAD.test(after(o, 16)));
  if (machine && !reader.generic(machine.nodeId))
    for (const o of occs) {
      if (o.start <= machine.end || label(o) !== 'Component' || reader.generic(o.nodeId)) continue;
      const before = model.text.slice(s.start, o.start);
      const clause = s.start + Math.max(...[...'，,；;：:'].map((m) => before.lastIndexOf(m))) + 1;
      if (!COST_ITEM_LEAD.test(gapText(model, clause, o.start))) continue;
      const k = occs.indexOf(o);
      // The last part of a list before its share (`电极环和热电偶采购金额占比较高`): every part of the list.
      let last = k;
      while (
        occs[last + 1] &&
        label(occs[last + 1]) === 'Component' &&
        ITEMS_JOINED.test(gapText(model, occs[last]?.end ?? 0, occs[last + 1]?.start ?? 0))
      )
        last++;
      const lastOcc = occs[last];
      if (!lastOcc) continue;
      if (
        COST_SHARE_AFTER.test(after(lastOcc, 8)) ||
        /^(?:其次|然后|再次)|占比最(?:高|大)的/.test(gapText(model, clause, o.start))
      )
        for (const x of itemsBack(last)) reader.edge(x, machine.nodeId, COST_SHARE_RULE, sentence);
    }
};
