// The legend: every label with its colour and shape, and the two edge styles (stated, inferred).
import { NODE_LABELS } from '../../../server/model/graph-model';
import { LABEL_LOOK } from '../graph/palette';
import type { Translate } from '../i18n/i18n';
import { fill, h, shapeIcon } from './dom';

const edgeIcon = (dashed: boolean): SVGSVGElement => {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({
    x1: '1',
    y1: '5',
    x2: '27',
    y2: '5',
    stroke: '#444',
    'stroke-width': '2',
  }))
    line.setAttribute(k, v);
  if (dashed) line.setAttribute('stroke-dasharray', '5 3');
  svg.append(line);
  return svg;
};

export const renderLegend = (host: HTMLElement, t: Translate): void => {
  fill(
    host,
    h('h3', {}, t('legend')),
    h(
      'ul',
      { class: 'legend-labels' },
      NODE_LABELS.map((l) =>
        h('li', {}, shapeIcon(LABEL_LOOK[l].shape, LABEL_LOOK[l].color), h('span', {}, t(`label.${l}`))),
      ),
    ),
    h(
      'ul',
      { class: 'legend-edges', 'aria-label': t('legendEdges') },
      h('li', {}, edgeIcon(false), h('span', {}, t('basisStated'))),
      h('li', {}, edgeIcon(true), h('span', {}, t('basisInferred'))),
    ),
  );
};
