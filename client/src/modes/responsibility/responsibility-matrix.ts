// The department x measure matrix as a real <table>: cells shaded by basis (stated solid, inferred
// hatched), a tooltip with the role or the reason in words and the quote, a click to open the cell;
// each column head counts its department's cells (the count its page and its details give).
// Rows and columns sort by the reader's choice (two buttons in the corner), heads stay in view.
import type { ResponsibilityCell } from '../../../../core/contract';
import { displayName, type Lang } from '../../i18n/i18n';
import { h } from '../../panels/dom';
import { DEFAULT_ORDER, sortMatrix, type MatrixModel, type MatrixOrder } from '../../analysis/matrix-model';
import type { ModeTranslate } from '../../i18n/mode-strings';

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

/** The sort buttons' words (the matrix's own: two controls, both languages here). */
const SORT_WORDS = {
  zh: { rows: '行', columns: '列', owner: '按牵头部门', name: '按名称', count: '按数目', sort: '排序' },
  en: {
    rows: 'Rows',
    columns: 'Columns',
    owner: 'by department',
    name: 'by name',
    count: 'by count',
    sort: 'Sort',
  },
} as const;

const ROW_CYCLE: MatrixOrder['rows'][] = ['owner', 'count', 'name'];
const COLUMN_CYCLE: MatrixOrder['columns'][] = ['count', 'name'];

/** The reader's order, kept while the page lives (the mode re-renders the matrix on every change). */
let order: MatrixOrder = DEFAULT_ORDER;

const next = <T>(cycle: readonly T[], now: T): T => cycle[(cycle.indexOf(now) + 1) % cycle.length] ?? now;

export const renderMatrix = (
  model: MatrixModel,
  t: ModeTranslate,
  lang: Lang,
  active: { measure: string; department: string } | null,
  on: { cell: (c: ResponsibilityCell) => void; department: (id: string) => void },
): HTMLElement => {
  const scroll = h('div', { class: 'matrix-scroll' });
  const words = SORT_WORDS[lang];
  const sortButton = (testid: string, axis: string, value: string, click: () => void): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        class: 'matrix-sort',
        'data-testid': testid,
        'data-order': value,
        title: `${words.sort}: ${axis} ${words[value as keyof typeof words]}`,
        onclick: () => {
          click();
          scroll.replaceChildren(table());
        },
      },
      `${axis} ↕ ${words[value as keyof typeof words]}`,
    );
  const table = (): HTMLElement => {
    const m = sortMatrix(model, order, lang);
    return h(
      'table',
      { class: 'matrix', 'data-testid': 'responsibility-matrix' },
      h('caption', { class: 'visually-hidden' }, t('matrixTitle')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'col', class: 'corner' },
            h('span', {}, `${t('measure')} \\ ${t('department')}`),
            sortButton('matrix-sort-rows', words.rows, order.rows, () => {
              order = { ...order, rows: next(ROW_CYCLE, order.rows) };
            }),
            sortButton('matrix-sort-columns', words.columns, order.columns, () => {
              order = { ...order, columns: next(COLUMN_CYCLE, order.columns) };
            }),
          ),
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
    );
  };
  scroll.append(table());
  return scroll;
};
