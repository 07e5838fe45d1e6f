// The bottleneck table: parts and materials ranked by how many distinct equipment and domains
// depend on them. A real <table>; a row is a button-like target that focuses the node.
import type { BottleneckItem } from '../../../../core/contract';
import { displayName, type Lang } from '../../i18n/i18n';
import { fill, h } from '../../panels/dom';
import type { ModeTranslate } from '../../i18n/mode-strings';

export const renderBottlenecks = (
  host: HTMLElement,
  items: readonly BottleneckItem[] | null,
  t: ModeTranslate,
  lang: Lang,
  selected: string | null,
  onPick: (id: string) => void,
): void => {
  if (!items) {
    fill(host, h('p', { class: 'muted', role: 'status' }, t('loadingMode')));
    return;
  }
  fill(
    host,
    h('p', { class: 'muted' }, t('bottlenecksHint')),
    h(
      'table',
      { class: 'bottlenecks', 'data-testid': 'bottlenecks' },
      h('caption', { class: 'visually-hidden' }, t('bottlenecksTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('rank')),
          h('th', { scope: 'col' }, t('node')),
          h('th', { scope: 'col' }, t('equipmentCount')),
          h('th', { scope: 'col' }, t('domainCount')),
          h('th', { scope: 'col' }, t('score')),
        ),
      ),
      h(
        'tbody',
        {},
        items.map((item, i) =>
          h(
            'tr',
            {
              tabindex: '0',
              'data-node-id': item.node.id,
              'aria-selected': String(item.node.id === selected),
              onclick: () => onPick(item.node.id),
              onkeydown: (e: Event) => {
                if ((e as KeyboardEvent).key === 'Enter') onPick(item.node.id);
              },
            },
            h('td', { class: 'num' }, String(i + 1)),
            h('th', { scope: 'row' }, displayName(item.node, lang)),
            h('td', { class: 'num' }, String(item.equipment)),
            h('td', { class: 'num' }, String(item.domains)),
            h('td', { class: 'num' }, String(item.score)),
          ),
        ),
      ),
    ),
  );
};
