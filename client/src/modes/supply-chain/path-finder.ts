// The path finder form and its answer: two nodes (`path-from`, `path-to`), how many paths, the
// relationship types allowed; the paths listed shortest first, a click highlights one.
import type { ApiPath } from '../../../../core/contract';
import { REL_TYPES, type RelType } from '../../../../core/model/graph-model';
import type { AtlasApi } from '../../api/atlas-api';
import { displayName, type Lang, type Translate } from '../../i18n/i18n';
import { fill, h } from '../../panels/dom';
import type { ModeTranslate } from '../../i18n/mode-strings';
import { createNodePicker, type NodePicker } from '../common/node-picker';

export interface PathQuery {
  from: string;
  to: string;
  k: number;
  types: RelType[];
}

export interface PathFinder {
  readonly element: HTMLElement;
  setQuery(
    q: Partial<PathQuery>,
    names: (id: string) => { id: string; name: string; nameEn: string } | null,
  ): void;
  showAnswer(paths: readonly ApiPath[] | null, active: number): void;
  setError(message: string): void;
}

export const createPathFinder = (o: {
  api: AtlasApi;
  t: ModeTranslate;
  tr: Translate;
  lang: () => Lang;
  onFind: (q: PathQuery) => void;
  onPickPath: (index: number) => void;
}): PathFinder => {
  const picker = (testId: string, label: string): NodePicker =>
    createNodePicker({
      api: o.api,
      lang: o.lang,
      testId,
      label,
      placeholder: o.t('pickNode'),
      onPick: () => undefined,
    });
  const from = picker('path-from', o.t('pathFrom'));
  const to = picker('path-to', o.t('pathTo'));
  const k = h(
    'select',
    { 'data-testid': 'path-k', 'aria-label': o.t('pathK') },
    [1, 2, 3, 4, 5].map((n) => h('option', { value: n }, String(n))),
  );
  k.value = '3';
  const types = REL_TYPES.map((type) => {
    const box = h('input', { type: 'checkbox', value: type, 'data-testid': 'path-type' });
    return { type, box, label: h('label', { class: 'check' }, box, o.tr(`rel.${type}`)) };
  });
  const message = h('p', { class: 'muted', role: 'status' });
  const list = h('ol', { class: 'path-results', 'data-testid': 'path-results' });
  const query = (): PathQuery | null => {
    const f = from.value();
    const t = to.value();
    if (!f || !t) return null;
    return {
      from: f,
      to: t,
      k: Number(k.value),
      types: types.filter((x) => x.box.checked).map((x) => x.type),
    };
  };
  const find = h(
    'button',
    {
      type: 'button',
      'data-testid': 'path-find',
      onclick: () => {
        const q = query();
        if (q) o.onFind(q);
        else message.textContent = o.t('unknownNode');
      },
    },
    o.t('pathFind'),
  );
  const element = h(
    'form',
    { class: 'path-finder', onsubmit: (e: Event) => e.preventDefault() },
    from.element,
    to.element,
    h('label', { class: 'inline' }, o.t('pathK'), ' ', k),
    h(
      'details',
      { class: 'path-types' },
      h('summary', {}, o.t('pathTypes')),
      types.map((x) => x.label),
    ),
    find,
    message,
    list,
  );
  return {
    element,
    setQuery(q, names) {
      if (q.from !== undefined) from.set(names(q.from));
      if (q.to !== undefined) to.set(names(q.to));
      if (q.k !== undefined) k.value = String(q.k);
      if (q.types) for (const x of types) x.box.checked = q.types.includes(x.type);
    },
    showAnswer(paths, active) {
      message.textContent = paths?.length === 0 ? o.t('pathNone') : '';
      fill(
        list,
        (paths ?? []).map((p, i) => {
          const byId = new Map(p.nodes.map((n) => [n.id as string, n]));
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'data-testid': 'path-result',
                'aria-pressed': String(i === active),
                onclick: () => o.onPickPath(i),
              },
              h('span', { class: 'hops' }, o.t('pathHops', { n: p.hops })),
              ' ',
              p.order
                .map((id) => {
                  const n = byId.get(id);
                  return n ? displayName(n, o.lang()) : id;
                })
                .join(' → '),
            ),
          );
        }),
      );
    },
    setError(text) {
      message.textContent = text;
    },
  };
};
