// The impact panel: what is hit if a part or material were unavailable — counts, the equipment and
// domains with the path to each, highlighted on the graph, and a CSV download of the list.
import type { ImpactResponse } from '../../../../core/contract';
import { displayName, type Lang } from '../../i18n/i18n';
import { fill, h } from '../../panels/dom';
import type { ModeTranslate } from '../../i18n/mode-strings';

export interface ImpactPanelInput {
  answer: ImpactResponse | null;
  t: ModeTranslate;
  lang: Lang;
  nameOf: (id: string) => string;
  onPickHit: (id: string) => void;
  onExport: () => void;
}

export const renderImpact = (host: HTMLElement, i: ImpactPanelInput): void => {
  const a = i.answer;
  if (!a) {
    fill(host, h('p', { class: 'muted' }, i.t('impactHint')));
    return;
  }
  const root = a.nodes.find((n) => n.id === a.root);
  const hits = [
    ...a.equipment.map((x) => ({ ...x, kind: 'Equipment' })),
    ...a.domains.map((x) => ({ ...x, kind: 'Domain' })),
  ];
  fill(
    host,
    h('h3', {}, i.t('impactOf', { name: root ? displayName(root, i.lang) : a.root })),
    h(
      'p',
      {
        class: 'impact-counts',
        'data-testid': 'impact-counts',
        'data-equipment': a.equipment.length,
        'data-domains': a.domains.length,
      },
      i.t('impactCounts', { e: a.equipment.length, d: a.domains.length }),
    ),
    hits.length === 0
      ? h('p', { class: 'muted' }, i.t('impactNone'))
      : h(
          'ol',
          { class: 'impact-results', 'data-testid': 'impact-results' },
          hits.map((x) =>
            h(
              'li',
              { 'data-kind': x.kind },
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-testid': 'impact-hit',
                  'data-node-id': x.id,
                  onclick: () => i.onPickHit(x.id),
                },
                displayName(x, i.lang),
              ),
              h('span', { class: 'path muted' }, ` ${x.path.map(i.nameOf).join(' → ')}`),
            ),
          ),
        ),
    h(
      'button',
      { type: 'button', 'data-testid': 'impact-export-csv', onclick: i.onExport },
      i.t('exportCsv'),
    ),
  );
};
