// The page's keyboard map (docs/client.md: / search, f fit, ? help, Esc closes, Ctrl+Z / Ctrl+Y undo and
// redo), after the active mode has had its chance (a tour's arrows).
import type { Store } from '../state/store';

export interface KeyboardDeps {
  store: Store;
  /** The active mode's own keys; true when it handled the key. */
  modeKey: (e: KeyboardEvent) => boolean;
  helpOpen: () => boolean;
  showHelp: () => void;
  source: { isOpen: () => boolean; close: () => void };
  search: { focus: () => void; close: () => void };
  deselect: () => void;
  fit: () => void;
}

const isTyping = (e: KeyboardEvent): boolean =>
  e.target instanceof HTMLInputElement ||
  e.target instanceof HTMLTextAreaElement ||
  e.target instanceof HTMLSelectElement;

export const createKeyHandler =
  (d: KeyboardDeps) =>
  (e: KeyboardEvent): void => {
    if (d.modeKey(e)) return;
    if (e.key === 'Escape') {
      // Innermost first: the dialog closes itself, then the source view, the selection, the search.
      if (d.helpOpen()) return;
      if (d.source.isOpen()) d.source.close();
      else if (d.store.get().selected) d.deselect();
      else d.search.close();
      return;
    }
    if (isTyping(e) || e.altKey) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'z') d.store[e.shiftKey ? 'redo' : 'undo']();
    else if (mod && e.key.toLowerCase() === 'y') d.store.redo();
    else if (mod) return;
    else if (e.key === '/') d.search.focus();
    else if (e.key === 'f') d.fit();
    else if (e.key === '?') d.showHelp();
    else return;
    e.preventDefault();
  };
