// The selected node: names in both languages, label, plans, for a term found by reading how sure
// the extractor is, actions (trace, impact, expand, collapse, hide, pin), neighbours by type with
// "+N more", and the evidence quotes.
import type { RelType } from '../../../core/model/graph-model';
import type { NodeDetails } from '../api/wire';
import type { NeighbourGroup } from '../graph/neighbour-groups';
import { LABEL_LOOK } from '../graph/palette';
import type { Lang, Translate } from '../i18n/i18n';
import { discoveryNote, type DiscoveryNote } from './discovery-note';
import { fill, h, shapeIcon } from './dom';
import { evidenceList, type EvidenceItem } from './evidence-list';

export interface DetailsActions {
  trace: (kind: 'upstream' | 'downstream' | 'impact') => void;
  expand: (group?: { type: RelType; direction: 'in' | 'out' }) => void;
  collapse: () => void;
  hide: () => void;
  togglePin: () => void;
  openEvidence: (e: EvidenceItem) => void;
  close: () => void;
}

export interface DetailsView {
  details: NodeDetails;
  groups: NeighbourGroup[];
  pinned: boolean;
  evidence: EvidenceItem[];
}

const discoveryBlock = (note: DiscoveryNote | null): HTMLElement | null =>
  note
    ? h(
        'ul',
        { class: 'discovery', 'data-testid': 'discovery' },
        h('li', {}, note.found),
        note.confidenceLine
          ? h(
              'li',
              { 'data-testid': 'discovery-confidence', 'data-confidence': note.confidence ?? '' },
              note.confidenceLine,
            )
          : null,
        note.rule ? h('li', { 'data-testid': 'discovery-rule' }, note.rule) : null,
        note.completed ? h('li', { 'data-testid': 'discovery-completed' }, note.completed) : null,
        note.english ? h('li', { 'data-testid': 'discovery-english' }, note.english) : null,
      )
    : null;

export const renderDetails = (
  host: HTMLElement,
  view: DetailsView | 'loading' | null,
  t: Translate,
  lang: Lang,
  planTitle: (plan: string) => string,
  actions: DetailsActions,
): void => {
  if (view === null) {
    fill(host, h('p', { class: 'muted' }, t('noSelection')));
    return;
  }
  if (view === 'loading') {
    fill(host, h('p', { class: 'muted', role: 'status' }, t('loading')));
    return;
  }
  const n = view.details.node;
  const look = LABEL_LOOK[n.label];
  const [primary, secondary] = lang === 'zh' ? [n.name, n.nameEn] : [n.nameEn || n.name, n.name];
  const button = (
    testid: string | undefined,
    label: string,
    onclick: () => void,
    extra: Record<string, string> = {},
  ) => h('button', { type: 'button', 'data-testid': testid, onclick, ...extra }, label);
  fill(
    host,
    h(
      'header',
      { class: 'details-head' },
      h('div', { class: 'chip' }, shapeIcon(look.shape, look.color, 14), t(`label.${n.label}`)),
      h('h2', { id: 'details-title' }, primary),
      // A term without an English name shows its Chinese name once, not twice.
      secondary && secondary !== primary
        ? h('p', { class: 'secondary', lang: lang === 'zh' ? 'en' : 'zh' }, secondary)
        : null,
      h('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: actions.close }, '×'),
    ),
    n.aliases.length ? h('p', { class: 'aliases' }, `${t('aliases')}: ${n.aliases.join(' · ')}`) : null,
    discoveryBlock(discoveryNote(n, t)),
    // A department counts the cells of its matrix column (its own and its predecessors'), as its page does.
    n.label === 'Department' && typeof n.props?.responsibilities === 'number'
      ? h(
          'p',
          {
            class: 'department-cells',
            'data-testid': 'department-cells',
            'data-count': String(n.props.responsibilities),
          },
          t('departmentCells', {
            n: n.props.responsibilities,
            s: Number(n.props.responsibilitiesStated ?? 0),
            i: Number(n.props.responsibilitiesInferred ?? 0),
          }),
        )
      : null,
    h(
      'p',
      { class: 'plans' },
      `${t('plans')}: `,
      n.plans.map((p) => h('span', { class: 'plan-tag' }, planTitle(p))),
    ),
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': t('details') },
      button('trace-upstream', t('traceUpstream'), () => actions.trace('upstream')),
      button('trace-downstream', t('traceDownstream'), () => actions.trace('downstream')),
      button('impact', t('impact'), () => actions.trace('impact')),
      button('expand', t('expandAll'), () => actions.expand()),
      button('collapse', t('collapse'), actions.collapse),
      button('hide', t('hide'), actions.hide),
      button('pin', view.pinned ? t('unpin') : t('pin'), actions.togglePin, {
        'aria-pressed': String(view.pinned),
      }),
    ),
    view.groups.length
      ? h(
          'section',
          { class: 'neighbours', 'aria-label': t('neighbours') },
          h('h3', {}, t('neighbours')),
          h(
            'ul',
            {},
            view.groups.map((g) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    'data-testid': 'expand-group',
                    'data-type': g.type,
                    'data-direction': g.direction,
                    onclick: () => actions.expand({ type: g.type, direction: g.direction }),
                  },
                  `${g.direction === 'in' ? '←' : '→'} ${t(`rel.${g.type}`)}`,
                  h('span', { class: 'count' }, ` ${g.shown}/${g.total}`),
                  g.total > g.shown
                    ? h('span', { class: 'more' }, ` ${t('more', { n: g.total - g.shown })}`)
                    : null,
                ),
              ),
            ),
          ),
        )
      : null,
    evidenceList(view.evidence, t, planTitle, actions.openEvidence),
  );
};
