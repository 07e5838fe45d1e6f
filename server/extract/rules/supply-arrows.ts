// Chain maps written with arrows, upstream to downstream: `核心部件 → 整机：超导磁体、射频线圈和梯度线圈 → 超导磁共振；
// CT球管、高压发生器、探测器 → 螺旋CT`, `关键材料 → 部件：铌钛超导线 → 超导磁体`, `仪器核心部件：光电倍增管（PMT）、精密注射泵、
// 加样针 → 化学发光免疫分析仪`. The things before an arrow go into the one thing after it.
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { occurrencesIn, outermost, supplyOccurrences, type SupplyReader } from './supply-lists';

export const ARROW_RULE = 'grammar:B、C → A';

/** An arrow of a chain map. */
const ARROW = /→|⟶|➔|➜|->|=>|⇒/g;
/** Where one pairing of a chain-map line ends. */
const SEGMENT_END = /[；;。\n]/;
/** A label that says the arrows run the other way, from the whole to its parts (`整机 → 部件：`). */
const REVERSED = /(?:整机|设备|产品|下游|中游)[^→:：]*(?:→|->)[^→:：]*(?:部件|材料|元器件|上游)[^:：]*[:：]/;
const ITEMS = new Set(['Component', 'Material']);
const USERS = new Set(['Equipment', 'Component']);
/** What may stand around the thing after an arrow: spaces, a gloss in brackets. */
const BARE = /^[\s\u3000]*(?:[(（][^()（）]*[)）])?[\s\u3000]*$/;
/** What may stand between the items before an arrow: separators, glosses, members not read. */
const BETWEEN = /^(?:[(（][^()（）]*[)）])?[\s\u3000]*(?:[、,，/和及与]|以及)?[\s\u3000]*$/;

/** Supply edges of the text's chain-map arrows, gathered by `reader`. */
export const arrowEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const byOffset = supplyOccurrences(model);
  /** The outermost names in [from, to), in order. */
  const namesIn = (from: number, to: number): Occurrence[] =>
    outermost(occurrencesIn(model, byOffset, from, to));
  for (let lineAt = 0; lineAt < text.length;) {
    const nl = text.indexOf('\n', lineAt);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineAt, lineEnd);
    if (!/→|⟶|➔|➜|->|=>|⇒/.test(line) || REVERSED.test(line)) {
      lineAt = lineEnd + 1;
      continue;
    }
    // Past a label of the line (`核心部件 → 整机：`), one pairing to each segment.
    const colon = line.search(/[:：]/);
    for (let at = lineAt + (colon >= 0 ? colon + 1 : 0); at < lineEnd;) {
      const rest = text.slice(at, lineEnd);
      const cut = rest.search(SEGMENT_END);
      const end = cut < 0 ? lineEnd : at + cut;
      const arrows = [...text.slice(at, end).matchAll(ARROW)].map((m) => ({
        start: at + m.index,
        end: at + m.index + m[0].length,
      }));
      const bounds = [at, ...arrows.flatMap((a) => [a.start, a.end]), end];
      const chunks: Occurrence[][] = [];
      for (let k = 0; k + 1 < bounds.length; k += 2) chunks.push(namesIn(bounds[k] ?? 0, bounds[k + 1] ?? 0));
      for (let k = 0; k + 1 < chunks.length; k++) {
        const items = chunks[k] ?? [];
        const [user, ...others] = chunks[k + 1] ?? [];
        const userFrom = bounds[2 * (k + 1)] ?? 0;
        const userTo = bounds[2 * (k + 1) + 1] ?? 0;
        if (!user || others.length > 0 || !USERS.has(labelOf(user.nodeId) ?? '')) continue;
        if (!BARE.test(text.slice(userFrom, user.start)) || !BARE.test(text.slice(user.end, userTo)))
          continue;
        // Every item of the chunk, joined as one list right up to the arrow.
        const arrowAt = bounds[2 * k + 1] ?? 0;
        const last = items.at(-1);
        if (!last || !BETWEEN.test(text.slice(last.end, arrowAt))) continue;
        const joined = items.every(
          (o, i) => i === 0 || BETWEEN.test(text.slice(items[i - 1]?.end ?? 0, o.start)),
        );
        if (!joined || !items.every((o) => ITEMS.has(labelOf(o.nodeId) ?? ''))) continue;
        const sentence = sentenceAt(model.sentences, user.start);
        for (const o of items)
          if (!reader.generic(o.nodeId) && o.nodeId !== user.nodeId)
            reader.edge(o.nodeId, user.nodeId, ARROW_RULE, sentence);
      }
      at = end + 1;
    }
    lineAt = lineEnd + 1;
  }
};
