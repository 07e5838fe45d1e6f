// The evidence of a node or edge: each quote with its plan and section; a click opens the source.
import type { Translate } from '../i18n/i18n';
import { h } from './dom';

/** A passage as the wire carries it (offsets are UTF-16 indexes into the plan's text). */
export interface EvidenceItem {
  plan: string;
  section: string;
  start: number;
  end: number;
  quote: string;
  /** The relationship it supports, in words (e.g. "← used in 中空纤维膜"). */
  relation?: string;
}

export const evidenceList = (
  items: readonly EvidenceItem[],
  t: Translate,
  planTitle: (plan: string) => string,
  onOpen: (e: EvidenceItem) => void,
): HTMLElement =>
  h(
    'section',
    { class: 'evidence', 'data-testid': 'evidence', 'aria-label': t('evidence') },
    h('h3', {}, `${t('evidence')} (${items.length})`),
    items.length === 0
      ? h('p', { class: 'muted' }, t('noEvidence'))
      : h(
          'ol',
          {},
          items.map((e) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  class: 'quote',
                  type: 'button',
                  title: t('openSource'),
                  'data-plan': e.plan,
                  'data-start': e.start,
                  onclick: () => onOpen(e),
                },
                h('q', {}, e.quote),
              ),
              h(
                'div',
                { class: 'cite' },
                e.relation ? h('span', { class: 'relation' }, e.relation) : null,
                h('span', { class: 'plan' }, planTitle(e.plan)),
                h('span', { class: 'section' }, e.section),
              ),
            ),
          ),
        ),
  );
