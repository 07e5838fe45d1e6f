// The legend: every label with its colour and shape, the dotted border of a term found by reading
// the text, and the two edge styles (stated, inferred).
// When a mode colours nodes by comparison group, the colours are the groups' and labels keep shapes.
import { NODE_LABELS } from '../../../core/model/graph-model';
import { GROUP_COLOR } from '../analysis/compare-model';
import type { LegendGroups } from '../modes/common/registry';
import { LABEL_LOOK } from '../graph/palette';
import type { Translate } from '../i18n/i18n';
import { fill, h, shapeIcon, squareIcon, svg } from './dom';

/** A line in the stroke of an edge: solid for stated, dashed for inferred. */
const edgeIcon = (dashed: boolean): SVGSVGElement =>
  svg(
    'svg',
    { width: 28, height: 10 },
    svg('line', {
      x1: 1,
      y1: 5,
      x2: 27,
      y2: 5,
      stroke: '#444',
      'stroke-width': 2,
      ...(dashed ? { 'stroke-dasharray': '5 3' } : {}),
    }),
  );

/** A node with the dotted border that graph/styles.ts gives a discovered node. */
const discoveredIcon = (): SVGSVGElement =>
  squareIcon(
    16,
    svg('circle', {
      r: 8,
      fill: '#bdbdbd',
      stroke: '#333333',
      'stroke-width': 2,
      'stroke-dasharray': '1.5 2',
    }),
  );

/** Shapes without their label colour: under a comparison the fill says the group. */
const NEUTRAL = '#bdbdbd';

export const renderLegend = (host: HTMLElement, t: Translate, groups: LegendGroups | null = null): void => {
  fill(
    host,
    h('h3', {}, t('legend')),
    groups
      ? h(
          'ul',
          { class: 'legend-groups', 'data-testid': 'legend-groups' },
          (['both', 'onlyA', 'onlyB'] as const).map((g) =>
            h(
              'li',
              { 'data-group': g, 'data-colour': GROUP_COLOR[g] },
              shapeIcon('ellipse', GROUP_COLOR[g]),
              h('span', {}, groups[g]),
            ),
          ),
        )
      : null,
    h(
      'ul',
      { class: 'legend-labels' },
      NODE_LABELS.map((l) =>
        h(
          'li',
          {},
          shapeIcon(LABEL_LOOK[l].shape, groups ? NEUTRAL : LABEL_LOOK[l].color),
          h('span', {}, t(`label.${l}`)),
        ),
      ),
    ),
    h(
      'ul',
      { class: 'legend-nodes', 'aria-label': t('legendNodes') },
      h('li', { 'data-testid': 'legend-discovered' }, discoveredIcon(), h('span', {}, t('legendDiscovered'))),
    ),
    h(
      'ul',
      { class: 'legend-edges', 'aria-label': t('legendEdges') },
      h('li', {}, edgeIcon(false), h('span', {}, t('basisStated'))),
      h('li', {}, edgeIcon(true), h('span', {}, t('basisInferred'))),
    ),
  );
};
