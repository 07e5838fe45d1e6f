// The department x measure matrix as a real <table>: cells shaded by basis (stated solid, inferred
// hatched), a tooltip with the role or the reason in words and the quote, a click to open the cell;
// each column head counts its department's cells (the count its page and its details give).
import type { ResponsibilityCell } from '../../../server/api/contract';
import { displayName, type Lang } from '../i18n/i18n';
import { h } from '../panels/dom';
import { type MatrixModel } from './matrix-model';
import type { ModeTranslate } from './mode-strings';

/** A cell in words: `原文明示 · 牵头`, or `规则推断 · 推断依据：国家药品监督管理局的职责……` (the rule id only for graphs without reasons). */
export const cellWords = (c: ResponsibilityCell, t: ModeTranslate, lang: Lang): string => {
  if (c.basis === 'stated')
    return c.role
      ? `${t('cellStated')} · ${t(c.role === 'lead' ? 'roleLead' : 'roleParticipant')}`
      : t('cellStated');
  const reason = lang === 'zh' ? (c.reasonZh ?? c.reasonEn) : (c.reasonEn ?? c.reasonZh);
  return reason
    ? `${t('cellInferred')} · ${t('reason')}: ${reason}`
    : `${t('cellInferred')} · ${t('rule')}: ${c.rule ?? '?'}`;
};

const tooltip = (c: ResponsibilityCell, t: ModeTranslate, lang: Lang): string => {
  const head = cellWords(c, t, lang);
  const quote = c.evidence[0]?.quote;
  return quote ? `${head}\n“${quote.length > 160 ? `${quote.slice(0, 160)}…` : quote}”` : head;
};

export const renderMatrix = (
  m: MatrixModel,
  t: ModeTranslate,
  lang: Lang,
  active: { measure: string; department: string } | null,
  on: { cell: (c: ResponsibilityCell) => void; department: (id: string) => void },
): HTMLElement =>
  h(
    'div',
    { class: 'matrix-scroll' },
    h(
      'table',
      { class: 'matrix', 'data-testid': 'responsibility-matrix' },
      h('caption', { class: 'visually-hidden' }, t('matrixTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', class: 'corner' }, `${t('measure')} \\ ${t('department')}`),
          m.columns.map((d) =>
            h(
              'th',
              { scope: 'col', title: displayName(d, lang) },
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-testid': 'matrix-department',
                  'data-node-id': d.id,
                  'data-count': String(m.cellsOf(d.id).length),
                  onclick: () => on.department(d.id),
                },
                `${displayName(d, lang)} (${m.cellsOf(d.id).length})`,
              ),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        m.rows.map((row) =>
          h(
            'tr',
            { class: row.label === 'Plan' ? 'plan-row' : undefined },
            h(
              'th',
              { scope: 'row', title: displayName(row, lang) },
              row.label === 'Plan' ? h('span', { class: 'whole-plan' }, t('wholePlan')) : null,
              displayName(row, lang),
            ),
            m.columns.map((d) => {
              const c = m.cell(row.id, d.id);
              if (!c) return h('td', {});
              const label = `${displayName(d, lang)} · ${displayName(row, lang)} · ${c.basis === 'stated' ? t('cellStated') : t('cellInferred')}`;
              return h(
                'td',
                { class: c.basis, 'data-basis': c.basis },
                h('button', {
                  type: 'button',
                  'data-testid': 'matrix-cell',
                  'data-department': d.id,
                  'data-measure': row.id,
                  title: tooltip(c, t, lang),
                  'aria-label': label,
                  'aria-pressed': String(active?.measure === row.id && active.department === d.id),
                  onclick: () => on.cell(c),
                }),
              );
            }),
          ),
        ),
      ),
    ),
  );
