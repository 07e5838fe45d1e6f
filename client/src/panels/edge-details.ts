// A selected relationship: its two ends, its type, its basis (stated, or inferred by which rule)
// and the passages behind it, each opening the source view.
import type { WireEdge, WireNode } from '../api/wire';
import { LABEL_LOOK } from '../graph/palette';
import { displayName, type Lang, type Translate } from '../i18n/i18n';
import { fill, h, shapeIcon } from './dom';
import { evidenceList, type EvidenceItem } from './evidence-list';

export interface EdgeDetailsInput {
  edge: WireEdge;
  source: WireNode | undefined;
  target: WireNode | undefined;
  t: Translate;
  lang: Lang;
  planTitle: (plan: string) => string;
  onOpen: (e: EvidenceItem) => void;
  onNode: (id: string) => void;
  onClose: () => void;
}

/** The edge's reason in the page's language, if its props give one. */
const reason = (i: EdgeDetailsInput): string | undefined => {
  const p = i.edge.props;
  const [first, second] = i.lang === 'zh' ? [p?.reasonZh, p?.reasonEn] : [p?.reasonEn, p?.reasonZh];
  const text = typeof first === 'string' ? first : second;
  return typeof text === 'string' ? text : undefined;
};

export const renderEdgeDetails = (host: HTMLElement, i: EdgeDetailsInput): void => {
  const end = (id: string, n: WireNode | undefined) =>
    h(
      'button',
      { type: 'button', class: 'edge-end', 'data-node-id': id, onclick: () => i.onNode(id) },
      n ? shapeIcon(LABEL_LOOK[n.label].shape, LABEL_LOOK[n.label].color, 14) : null,
      n ? displayName(n, i.lang) : id,
    );
  fill(
    host,
    h(
      'header',
      { class: 'details-head' },
      h('div', { class: 'chip' }, i.t(`rel.${i.edge.type}`)),
      h(
        'h2',
        { id: 'details-title', class: 'edge-title' },
        end(i.edge.source, i.source),
        ' → ',
        end(i.edge.target, i.target),
      ),
      h('button', { type: 'button', class: 'close', 'aria-label': i.t('close'), onclick: i.onClose }, '×'),
    ),
    h(
      'p',
      { class: 'basis' },
      `${i.t('filterBasis')}: ${i.edge.basis === 'stated' ? i.t('basisStated') : i.t('basisInferred')}`,
      i.edge.rule ? h('code', {}, ` ${i.edge.rule}`) : null,
    ),
    // Why an inferred responsibility holds, in words (edge props from the extractor).
    reason(i) ? h('p', { class: 'reason', 'data-testid': 'edge-reason' }, reason(i)) : null,
    evidenceList(i.edge.evidence, i.t, i.planTitle, i.onOpen),
  );
};
