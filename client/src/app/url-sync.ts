// The URL is a serialisation of the store: changes push (or replace) a history entry, and
// back/forward restore the view they point at, fetching any node the cache does not know yet.
import type { Lang } from '../i18n/i18n';
import type { Store } from '../state/store';
import { decodeView, encodeView } from '../state/url-codec';
import type { ViewState } from '../state/view-state';

export interface UrlSyncDeps {
  store: Store;
  ensureNodes: (ids: readonly string[]) => Promise<void>;
  fallbackLang: Lang;
  /** Told the length of every link written (the page warns when it is too long to share). */
  onLink?: (chars: number) => void;
  /** Nodes the active mode draws again from its own parameters: the link leaves them out. */
  rebuilt?: (state: ViewState) => ReadonlySet<string> | null | undefined;
}

export const startUrlSync = ({
  store,
  ensureNodes,
  fallbackLang,
  onLink,
  rebuilt,
}: UrlSyncDeps): (() => void) => {
  const unsubscribe = store.subscribe((state, _prev, cause) => {
    const hash = `#${encodeView(state, { rebuilt: rebuilt?.(state) ?? undefined })}`;
    onLink?.(window.location.href.length - window.location.hash.length + hash.length);
    if (hash === window.location.hash) return;
    if (cause === 'commit' || cause === 'undo' || cause === 'redo') window.history.pushState(null, '', hash);
    else if (cause === 'replace') window.history.replaceState(null, '', hash);
  });
  // Quick Back/Forward presses start several restores; only the latest may land.
  let seq = 0;
  const onPop = (): void => {
    const mine = ++seq;
    const next: ViewState = decodeView(window.location.hash, fallbackLang);
    // A partial restore still shows what it could (the page has said what is missing).
    const land = (): void => {
      if (mine === seq) store.restore(next);
    };
    void ensureNodes(next.nodes).then(land, land);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
};
