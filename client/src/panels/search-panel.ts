// Search as you type (Chinese, English, pinyin): results grouped by label, arrow keys move,
// Enter focuses the node, Escape closes. Stale answers are aborted, never shown.
import { NODE_LABELS } from '../../../core/model/graph-model';
import type { AtlasApi } from '../api/atlas-api';
import type { SearchResult } from '../api/wire';
import { LABEL_LOOK } from '../graph/palette';
import { displayName, type Lang, type Translate } from '../i18n/i18n';
import { fill, h, shapeIcon } from './dom';

export interface SearchPanelOptions {
  api: AtlasApi;
  t: () => Translate;
  lang: () => Lang;
  onPick: (id: string) => void;
  debounceMs?: number;
}

export interface SearchPanel {
  focus(): void;
  close(): void;
  relabel(): void;
}

/** Results in the order shown: grouped by label in the model's order, best score first inside. */
export const groupResults = (results: readonly SearchResult[]): [string, SearchResult[]][] => {
  const groups = new Map<string, SearchResult[]>();
  for (const r of results) groups.set(r.label, [...(groups.get(r.label) ?? []), r]);
  const order = (l: string): number => (NODE_LABELS as readonly string[]).indexOf(l);
  const best = (rs: SearchResult[]): number => Math.max(...rs.map((r) => r.score));
  return [...groups.entries()]
    .map(([l, rs]): [string, SearchResult[]] => [l, [...rs].sort((a, b) => b.score - a.score)])
    .sort(([la, a], [lb, b]) => best(b) - best(a) || order(la) - order(lb));
};

export const createSearchPanel = (host: HTMLElement, o: SearchPanelOptions): SearchPanel => {
  const listId = 'search-results';
  const input = h('input', {
    type: 'search',
    'data-testid': 'search-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('div', { id: listId, class: 'search-results', role: 'listbox', hidden: true });
  const status = h('div', { class: 'search-status', 'aria-live': 'polite' });
  host.append(h('div', { class: 'search' }, input, list, status));

  let flat: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;

  const open = (yes: boolean): void => {
    list.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  };
  const setActive = (i: number): void => {
    active = flat.length ? (i + flat.length) % flat.length : -1;
    list
      .querySelectorAll('[role=option]')
      .forEach((el, k) => el.setAttribute('aria-selected', String(k === active)));
    const el = list.querySelector(`[data-index="${active}"]`);
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (r: SearchResult | undefined): void => {
    if (!r) return;
    open(false);
    o.onPick(r.id);
  };
  const render = (results: SearchResult[], query: string): void => {
    const t = o.t();
    flat = [];
    const groups = groupResults(results).map(([label, rs]) => {
      const look = LABEL_LOOK[label as keyof typeof LABEL_LOOK];
      return h(
        'div',
        { role: 'group', 'aria-label': t(`label.${label}` as never) },
        h(
          'div',
          { class: 'search-group' },
          look ? shapeIcon(look.shape, look.color, 12) : null,
          t(`label.${label}` as never),
        ),
        rs.map((r) => {
          const index = flat.push(r) - 1;
          const other = o.lang() === 'zh' ? r.nameEn : r.name;
          return h(
            'div',
            {
              id: `sr-${index}`,
              role: 'option',
              class: 'search-result',
              'data-testid': 'search-result',
              'data-node-id': r.id,
              'data-index': index,
              'aria-selected': 'false',
              onmousedown: (e: Event) => e.preventDefault(),
              onclick: () => pick(r),
            },
            h('span', { class: 'primary' }, displayName(r, o.lang())),
            other ? h('span', { class: 'secondary' }, other) : null,
          );
        }),
      );
    });
    fill(list, groups);
    // Which query these results answer (tests and scripts wait on it; stale answers never render).
    list.dataset.query = query;
    status.textContent = results.length ? '' : t('searchEmpty');
    open(results.length > 0);
    setActive(0);
  };
  const run = async (q: string): Promise<void> => {
    inflight?.abort();
    if (!q.trim()) {
      fill(list);
      status.textContent = '';
      open(false);
      return;
    }
    const ctrl = (inflight = new AbortController());
    status.textContent = o.t()('searchSearching');
    try {
      const results = await o.api.search(q.trim(), { limit: 20 }, ctrl.signal);
      if (!ctrl.signal.aborted) render(results, q.trim());
    } catch (err) {
      if (ctrl.signal.aborted) return;
      status.textContent = `${o.t()('apiError')}${(err as Error).message}`;
      open(false);
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), o.debounceMs ?? 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') setActive(active + 1);
    else if (e.key === 'ArrowUp') setActive(active - 1);
    else if (e.key === 'Enter') pick(flat[Math.max(0, active)]);
    else if (e.key === 'Escape') {
      open(false);
      input.blur();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  input.addEventListener('focus', () => open(flat.length > 0 && input.value.trim().length > 0));
  input.addEventListener('blur', () => setTimeout(() => open(false), 150));
  const relabel = (): void => {
    const t = o.t();
    input.placeholder = t('searchPlaceholder');
    input.setAttribute('aria-label', t('searchLabel'));
  };
  relabel();
  return {
    focus: () => {
      input.focus();
      input.select();
    },
    close: () => open(false),
    relabel,
  };
};
