// A text box that finds a node as you type (the API's search) and remembers the one picked, for
// the impact and path-finder forms. Arrow keys move, Enter picks; the pick is in `data-node-id`.
import type { NodeLabel } from '../../../../core/model/graph-model';
import type { AtlasApi } from '../../api/atlas-api';
import type { SearchResult } from '../../api/wire';
import { displayName, type Lang } from '../../i18n/i18n';
import { fill, h } from '../../panels/dom';

export interface NodePickerOptions {
  api: AtlasApi;
  lang: () => Lang;
  testId: string;
  label: string;
  placeholder: string;
  labels?: NodeLabel[];
  onPick: (node: SearchResult) => void;
}

export interface NodePicker {
  readonly element: HTMLElement;
  /** Shows a node as picked without asking the API (a restore from the URL). */
  set(node: { id: string; name: string; nameEn: string } | null): void;
  value(): string | null;
}

let pickers = 0;

export const createNodePicker = (o: NodePickerOptions): NodePicker => {
  const listId = `node-picker-${++pickers}`;
  const input = h('input', {
    type: 'search',
    'data-testid': o.testId,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-label': o.label,
    placeholder: o.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', { id: listId, class: 'picker-results', role: 'listbox', hidden: true });
  let results: SearchResult[] = [];
  let active = 0;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (yes: boolean): void => {
    list.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  };
  const pick = (r: SearchResult | undefined): void => {
    if (!r) return;
    input.value = displayName(r, o.lang());
    input.dataset.nodeId = r.id;
    open(false);
    o.onPick(r);
  };
  const render = (): void => {
    fill(
      list,
      results.map((r, i) =>
        h(
          'li',
          {
            role: 'option',
            class: 'picker-result',
            'data-testid': `${o.testId}-result`,
            'data-node-id': r.id,
            'aria-selected': String(i === active),
            onmousedown: (e: Event) => {
              e.preventDefault();
              pick(r);
            },
          },
          displayName(r, o.lang()),
          h('span', { class: 'muted' }, ` ${o.lang() === 'zh' ? r.nameEn : r.name}`),
        ),
      ),
    );
    open(results.length > 0);
  };
  const query = async (q: string): Promise<void> => {
    const mine = ++seq;
    const found =
      q.trim() === '' ? [] : await o.api.search(q, { labels: o.labels, limit: 8 }).catch(() => []);
    if (mine !== seq) return;
    results = found;
    active = 0;
    render();
  };
  input.addEventListener('input', () => {
    delete input.dataset.nodeId;
    clearTimeout(timer);
    timer = setTimeout(() => void query(input.value), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (results.length === 0) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      render();
    } else if (e.key === 'Enter') pick(results[active]);
    else if (e.key === 'Escape') open(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  input.addEventListener('blur', () => setTimeout(() => open(false), 150));
  return {
    element: h('div', { class: 'node-picker' }, h('label', { class: 'picker-label' }, o.label, input), list),
    set(node) {
      if (node) {
        input.value = displayName(node, o.lang());
        input.dataset.nodeId = node.id;
      } else {
        input.value = '';
        delete input.dataset.nodeId;
      }
    },
    value: () => input.dataset.nodeId ?? null,
  };
};
