// Finds lexicon mentions in a normalised text: tolerant of spaces, line breaks, Markdown marks and
// full-width forms; the longest match wins and a name inside a longer name is not a second mention.
import type { NodeId } from '../../core/model/ids';
import type { AliasForm } from './lexicon';
import { isLatin, type NormalizedText } from './normalize';

/** A match in normalised coordinates [from, to). */
export interface Match {
  readonly nodeId: NodeId;
  readonly from: number;
  readonly to: number;
}

/** Latin forms must not cut a Latin word: `CT` is not found inside `PET-CTX`, `MR` not inside `MRI`. */
const boundaryOk = (text: string, from: number, to: number, form: string): boolean =>
  !(isLatin(form[0]) && /[a-z]/.test(text[from - 1] ?? '')) &&
  !(isLatin(form.at(-1)) && /[a-z]/.test(text[to] ?? ''));

/** What must follow a modifier alias for it to name its entry: a joiner of a list's members. */
const AFTER_MODIFIER = /^[、/及和与或等]$/u;

/**
 * All non-overlapping lexicon matches: candidates are taken longest first, then leftmost.
 * `occupied` marks normalised positions already taken and is updated in place.
 */
export const matchLexicon = (
  norm: NormalizedText,
  index: ReadonlyMap<string, readonly AliasForm[]>,
  occupied: Uint8Array,
  source = '',
): Match[] => {
  const { text } = norm;
  // A tab parts the cells of a table copied from a sheet (`CT⇥球管⇥…`): no name runs across one, though
  // spaces and line breaks inside a name are only layout (`CT 球管`, a page break).
  const acrossCells = (from: number, to: number): boolean => {
    for (let k = from; k + 1 < to; k++)
      if (source.slice(norm.ends[k] ?? 0, norm.starts[k + 1] ?? 0).includes('\t')) return true;
    return false;
  };
  const candidates: Match[] = [];
  for (let i = 0; i < text.length; i++) {
    const forms = index.get(text[i] ?? '');
    if (!forms) continue;
    for (const f of forms) {
      if (
        text.startsWith(f.form, i) &&
        boundaryOk(text, i, i + f.form.length, f.form) &&
        !acrossCells(i, i + f.form.length) &&
        !(f.modifier && !AFTER_MODIFIER.test(text[i + f.form.length] ?? ''))
      )
        candidates.push({ nodeId: f.nodeId, from: i, to: i + f.form.length });
    }
  }
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const accepted: Match[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.from; k < c.to && free; k++) if (occupied[k]) free = false;
    if (!free) continue;
    occupied.fill(1, c.from, c.to);
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.from - b.from);
};
