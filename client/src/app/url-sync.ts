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
}

export const startUrlSync = ({ store, ensureNodes, fallbackLang }: UrlSyncDeps): (() => void) => {
  const unsubscribe = store.subscribe((state, _prev, cause) => {
    const hash = `#${encodeView(state)}`;
    if (hash === window.location.hash) return;
    if (cause === 'commit' || cause === 'undo' || cause === 'redo') window.history.pushState(null, '', hash);
    else if (cause === 'replace') window.history.replaceState(null, '', hash);
  });
  const onPop = (): void => {
    const next: ViewState = decodeView(window.location.hash, fallbackLang);
    void ensureNodes(next.nodes).then(() => store.restore(next));
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
};
