// Chain maps written with arrows, upstream to downstream: `核心部件 → 整机：超导磁体、射频线圈和梯度线圈 → 超导磁共振；
// CT球管、高压发生器、探测器 → 螺旋CT`, `关键材料 → 部件：铌钛超导线 → 超导磁体`, `仪器核心部件：光电倍增管（PMT）、精密注射泵、
// 加样针 → 化学发光免疫分析仪`. The things before an arrow go into the one thing after it. An arrow back (`⇐`, `←`)
// points from a thing to its parts or materials (`呼吸机 ⇐ 涡轮风机、比例电磁阀、流量传感器`), and a part on it may
// carry its materials in brackets (`平板探测器（碘化铯闪烁体＋非晶硅）`).
import { treeNodeOf } from '../lines';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { occurrencesIn, outermost, supplyOccurrences, type SupplyReader } from './supply-lists';

export const ARROW_RULE = 'grammar:B、C → A';

/** An arrow of a chain map: forward, from what goes in to what it goes into, or back (`⇐`). */
const ARROW = /→|⟶|➔|➜|->|=>|⇒|⇐|←|⟵|⟸/g;
const ANY_ARROW = new RegExp(ARROW.source);
const BACK = /^(?:⇐|←|⟵|⟸)$/;
/** Where one pairing of a chain-map line ends. */
const SEGMENT_END = /[；;。\n]/;
/** A label that says the arrows run the other way, from the whole to its parts (`整机 → 部件：`). */
const REVERSED = /(?:整机|设备|产品|下游|中游)[^→:：]*(?:→|->)[^→:：]*(?:部件|材料|元器件|上游)[^:：]*[:：]/;
const ITEMS = new Set(['Component', 'Material']);
const USERS = new Set(['Equipment', 'Component']);
const SUPPLY = new Set(['Equipment', 'Component', 'Material']);
/** A map's marks of a node's standing written after its name (`CT球管 ☆`, `医用激光治疗仪 ★`). */
const MARKS = '[\\s\\u3000★☆]*';
/** What may stand around the thing after an arrow: spaces, marks, a gloss in brackets. */
const BARE = new RegExp(`^${MARKS}(?:[(（][^()（）]*[)）])?${MARKS}$`);
/** What may stand between the items of a list: separators, glosses, marks. */
const BETWEEN = new RegExp(`^(?:[(（][^()（）]*[)）])?${MARKS}(?:[、,，/和及与]|以及)?${MARKS}$`);
/** Further members of a node's list of uses, not read (`、颅骨修补板`). */
const MORE_USES =
  /^(?:[\s\u3000★☆]*、[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:[(（][^()（）]*[)）])?)+[\s\u3000★☆]*$/u;
/** Between the materials in a part's brackets (`碘化铯闪烁体＋非晶硅`, `陶瓷或钴铬钼合金`). */
const JOINED_IN_BRACKETS = /^[\s\u3000]*(?:[＋+、,，/／和及与或])?[\s\u3000]*$/;
/** The drawing of a text tree before its node (`│ ├─ `). */
const TREE_DRAWING = /^[│┃┆┊║╎╏├└┣┗┠┖┞┟┡┢┝┕╟╙╠╚─━═|+`\s\u3000-]*$/;

/** Supply edges of the text's chain-map arrows, gathered by `reader`. */
export const arrowEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const byOffset = supplyOccurrences(model);
  const label = (o: Occurrence): string => labelOf(o.nodeId) ?? '';
  const edge = (item: Occurrence, user: Occurrence): void => {
    if (reader.generic(item.nodeId) || item.nodeId === user.nodeId) return;
    reader.edge(item.nodeId, user.nodeId, ARROW_RULE, sentenceAt(model.sentences, user.start));
  };
  /**
   * The names of [from, to) outside brackets, in order, each with the names in the brackets right
   * after it (`平板探测器（碘化铯闪烁体＋非晶硅）`).
   */
  const namesIn = (
    from: number,
    to: number,
  ): { top: Occurrence[]; inside: Map<Occurrence, Occurrence[]> } => {
    const all = outermost(occurrencesIn(model, byOffset, from, to));
    const depth = new Int8Array(to - from + 1);
    for (let k = from, d = 0; k < to; k++) {
      if (/[(（]/.test(text[k] ?? '')) d++;
      depth[k - from] = d;
      if (/[)）]/.test(text[k] ?? '')) d = Math.max(0, d - 1);
    }
    const top = all.filter((o) => depth[o.start - from] === 0);
    const inside = new Map<Occurrence, Occurrence[]>();
    for (const o of top) {
      const open = text.slice(o.end, to).search(/\S/u);
      const at = o.end + Math.max(open, 0);
      if (!/[(（]/.test(text[at] ?? '') || !new RegExp(`^${MARKS}$`).test(text.slice(o.end, at))) continue;
      const close = text.slice(at, to).search(/[)）]/);
      if (close < 0) continue;
      const names = all.filter((x) => x.start > at && x.end <= at + close);
      // Every name of the brackets read, and nothing else in them.
      const gaps = names.map((x, i) => text.slice(i === 0 ? at + 1 : (names[i - 1]?.end ?? 0), x.start));
      gaps.push(text.slice(names.at(-1)?.end ?? at + 1, at + close));
      if (names.length > 0 && gaps.every((g, i) => (i === 0 ? g.trim() === '' : JOINED_IN_BRACKETS.test(g))))
        inside.set(o, names);
    }
    return { top, inside };
  };
  /**
   * The one name in the brackets that close [from, to) after an unread name (`正电子发射断层成像（PET/CT）`),
   * with only the drawing of a tree before it.
   */
  const glossOf = (from: number, to: number): Occurrence | undefined => {
    const m = /^([^、，,；;（(）)]*?)[(（]([^()（）]+)[)）][\s\u3000★☆]*$/u.exec(text.slice(from, to));
    if (!m?.[1] || !/[\u4e00-\u9fff]{2}/u.test(m[1])) return undefined;
    const open = from + m[1].length + 1;
    const names = outermost(occurrencesIn(model, byOffset, open, open + (m[2]?.length ?? 0)));
    const [only] = names;
    return names.length === 1 && only?.start === open && only.end === open + (m[2]?.length ?? 0)
      ? only
      : undefined;
  };
  /** The names of a list joined by separators only. */
  const joined = (items: readonly Occurrence[]): boolean =>
    items.every((o, i) => i === 0 || BETWEEN.test(text.slice(items[i - 1]?.end ?? 0, o.start)));
  /**
   * A part's materials in its brackets: two names or more joined (`碘化铯闪烁体＋非晶硅`), or one material
   * (`股骨柄（钛合金）`); one name of another kind is the part's gloss (`光电倍增管（PMT）`).
   */
  const bracketed = (part: Occurrence, names: readonly Occurrence[]): void => {
    if (!USERS.has(label(part))) return;
    const [first] = names;
    if (!first || (names.length === 1 && label(first) !== 'Material')) return;
    for (const m of names) if (ITEMS.has(label(m))) edge(m, part);
  };
  for (let lineAt = 0; lineAt < text.length;) {
    const nl = text.indexOf('\n', lineAt);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineAt, lineEnd);
    if (!ANY_ARROW.test(line) || REVERSED.test(line)) {
      lineAt = lineEnd + 1;
      continue;
    }
    // A node of a text tree names one thing and, after a forward arrow, every use of it.
    const treeNode = treeNodeOf(line) !== undefined;
    // Past a label of the line (`核心部件 → 整机：`), one pairing to each segment.
    const colon = line.search(/[:：]/);
    for (let at = lineAt + (colon >= 0 ? colon + 1 : 0); at < lineEnd;) {
      const rest = text.slice(at, lineEnd);
      const cut = rest.search(SEGMENT_END);
      const end = cut < 0 ? lineEnd : at + cut;
      const arrows = [...text.slice(at, end).matchAll(ARROW)].map((m) => ({
        start: at + m.index,
        end: at + m.index + m[0].length,
        back: BACK.test(m[0]),
      }));
      const bounds = [at, ...arrows.flatMap((a) => [a.start, a.end]), end];
      const chunks = arrows.length === 0 ? [] : [at, ...arrows.map((a) => a.end)];
      const names = chunks.map((from, k) => namesIn(from, bounds[2 * k + 1] ?? end));
      for (const [k, arrow] of arrows.entries()) {
        const before = names[k];
        const after = names[k + 1];
        if (!before || !after) continue;
        const beforeFrom = bounds[2 * k] ?? 0;
        const afterTo = bounds[2 * k + 3] ?? end;
        if (arrow.back) {
          // `呼吸机 ⇐ 涡轮风机、比例电磁阀、流量传感器`: the one thing before the arrow, alone in its chunk, and
          // the list right after it.
          // A thing named only by its gloss (`正电子发射断层成像（PET/CT）⇐`) is the thing its gloss names.
          const glossed = before.top.length === 0 ? glossOf(beforeFrom, arrow.start) : undefined;
          const [user, ...others] = glossed ? [glossed] : before.top;
          const first = after.top[0];
          if (!user || others.length > 0 || !first || !USERS.has(label(user))) continue;
          const lead = text.slice(beforeFrom, user.start);
          if (!(BARE.test(lead) || (k === 0 && TREE_DRAWING.test(lead)) || glossed)) continue;
          if (!BARE.test(text.slice(glossed ? arrow.start : user.end, arrow.start))) continue;
          if (!BARE.test(text.slice(arrow.end, first.start))) continue;
          // What the arrow points back to is the thing's make-up: a device the list names is a part of it
          // (`腹腔镜手术机器人 ⇐ 机械臂、谐波减速器、力传感器、三维内窥镜`).
          if (!joined(after.top) || !after.top.every((o) => SUPPLY.has(label(o)))) continue;
          for (const o of after.top) edge(o, user);
          for (const [part, inner] of after.inside) bracketed(part, inner);
          continue;
        }
        // `A、B → C`: the things listed right up to the arrow go into the one thing after it; a node
        // of a text tree goes into each of the things after its arrow (`镍钛合金丝 → 血管支架、封堵器`).
        const items = before.top;
        const users = after.top;
        const [user, ...others] = users;
        if (!user || (others.length > 0 && !(treeNode && k === arrows.length - 1))) continue;
        if (!users.every((o) => USERS.has(label(o))) || !joined(users)) continue;
        if (!BARE.test(text.slice(arrow.end, user.start))) continue;
        // A node's uses may run on past the names read (`聚醚醚酮（PEEK）→ 椎间融合器、颅骨修补板`).
        const tail = text.slice(users.at(-1)?.end ?? 0, afterTo);
        if (!BARE.test(tail) && !(treeNode && k === arrows.length - 1 && MORE_USES.test(tail))) continue;
        const last = items.at(-1);
        if (!last || !BETWEEN.test(text.slice(last.end, arrow.start))) continue;
        if (!joined(items) || !items.every((o) => ITEMS.has(label(o)))) continue;
        for (const u of users) for (const o of items) edge(o, u);
        for (const [part, inner] of before.inside) bracketed(part, inner);
      }
      at = end + 1;
    }
    lineAt = lineEnd + 1;
  }
};
