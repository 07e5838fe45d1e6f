// Discovery of unknown terms by their heads (issue 3): a span of text ending in 装备/设备/系统/仪...
// (equipment), 芯片/传感器/阀... (components) or 材料/膜/合金... (materials) that the lexicon misses.
import type { NodeLabel } from '../model/graph-model';
import type { NormalizedText } from './normalize';
import type { DiscoveryConfig } from './types';

export interface DiscoveredSpan {
  readonly label: Extract<NodeLabel, 'Equipment' | 'Component' | 'Material'>;
  /** Normalised coordinates [from, to). */
  readonly from: number;
  readonly to: number;
}

/** Characters that end a term on the left: punctuation and function words. */
const LEFT_STOP = new Set([
  ...'、，。；：:,.;“”‘’（）()《》【】—-/+的等和及与或在对将向于为以是把从由被并其各'.split(''),
]);
/** Characters that may follow a head: otherwise the head is part of a longer word (装备产业, 系统集成). */
const RIGHT_OK = new Set([...'、，。；：:,.;“”‘’（）()《》—/等和及与或用的在中'.split('')]);
/** 用 ends a term on the left unless it is part of a modifier such as 医用, 专用, 家用. */
const USE_PREFIXES = new Set([...'医专家通民军药适'.split('')]);

const isCjk = (ch: string | undefined): boolean => ch !== undefined && /[\u4e00-\u9fff]/.test(ch);

/**
 * Finds candidate terms in the free (not `occupied`) parts of `norm`. Heads are tried longest
 * first; the span extends left to the nearest stop, then loses leading verbs (开发, 研制...).
 * Spans are marked in `occupied`.
 */
export const discoverTerms = (
  norm: NormalizedText,
  occupied: Uint8Array,
  config: DiscoveryConfig,
  allowed: (from: number) => boolean,
): DiscoveredSpan[] => {
  const { text } = norm;
  const heads = (Object.entries(config.heads) as [DiscoveredSpan['label'], string[]][])
    .flatMap(([label, hs]) => hs.map((head) => ({ label, head })))
    .sort((a, b) => b.head.length - a.head.length);
  const stopTerms = new Set(config.stopTerms);
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const hit = heads.find((h) => text.startsWith(h.head, i));
    if (!hit) continue;
    const to = i + hit.head.length;
    const next = text[to];
    if (next !== undefined && isCjk(next) && !RIGHT_OK.has(next) && !occupied[to]) continue;
    let free = true;
    for (let k = i; k < to; k++) if (occupied[k]) free = false;
    if (!free || !allowed(i)) continue;
    let from = i;
    while (from > 0 && to - from < config.maxLength) {
      const prev = text[from - 1];
      if (prev === undefined || occupied[from - 1] || LEFT_STOP.has(prev)) break;
      if (prev === '用' && !USE_PREFIXES.has(text[from - 2] ?? '')) break;
      if (!isCjk(prev) && !/[a-z0-9]/.test(prev)) break;
      from--;
    }
    // Quantities (`10-20 项`) and verbs are not part of the term: cut after the last verb inside it.
    const lead = /^[0-9.~-]+[项个种家批台套件]?/.exec(text.slice(from, i));
    if (lead) from += lead[0].length;
    for (const v of config.leadingVerbs) {
      const at = text.slice(from, i).lastIndexOf(v);
      if (at !== -1) from += at + v.length;
    }
    if (config.notHeads.some((n) => text.slice(to - n.length, to) === n)) continue;
    let core = text.slice(from, i);
    for (let changed = true; changed;) {
      changed = false;
      for (const m of config.genericModifiers) {
        if (core.startsWith(m)) {
          core = core.slice(m.length);
          changed = true;
        }
      }
    }
    const term = text.slice(from, to);
    if (core.length < 1 || term.length < hit.head.length + 2 || stopTerms.has(term)) continue;
    occupied.fill(1, from, to);
    out.push({ label: hit.label, from, to });
  }
  return out;
};
