// Responsibility mode for planners: the department x measure matrix; a cell opens its evidence and
// draws that measure with everything it reaches down the supply chain; a department's page lists
// its measures, their reach and its predecessor bodies. URL state: `m.dept`, `m.measure`.
import type { ResponsibilitiesResponse, ResponsibilityCell } from '../../../../core/contract';
import type { WireGraph } from '../../api/wire';
import { displayName } from '../../i18n/i18n';
import { fill, h } from '../../panels/dom';
import type { Highlight } from '../../state/decorations';
import { evidenceList } from '../../panels/evidence-list';
import { matrixModel, type MatrixModel } from '../../analysis/matrix-model';
import { modeTranslator } from '../../i18n/mode-strings';
import { createViewKeeper } from '../common/mode-view';
import { createModesApi } from '../common/modes-api';
import { matrixGraph } from '../../analysis/matrix-graph';
import { mergeAnswers } from '../../analysis/merge-answers';
import { cellWords, renderMatrix } from './responsibility-matrix';
import type { ModeContext, ModeInstance, ModeModule } from '../common/registry';
import '../common/modes.css';

const activate = (ctx: ModeContext): ModeInstance => {
  const api = createModesApi(ctx.http);
  const highlight = (hl: Highlight | null): void => ctx.decorations.set({ highlight: hl });
  const mt = () => modeTranslator(ctx.lang());
  const keeper = createViewKeeper(ctx);
  const host = h('section', { class: 'mode-section responsibility', 'data-testid': 'responsibility-panel' });
  /** The panel widens for the matrix; the graph must learn its container's new size. */
  const widen = (on: boolean): void => {
    ctx.panel.classList.toggle('wide-panel', on);
    const graph = ctx.graph();
    requestAnimationFrame(() => graph.resize({ fit: true }));
  };
  widen(true);
  ctx.panel.append(host);
  let answer: ResponsibilitiesResponse | null = null;
  let model: MatrixModel | null = null;
  let error: string | null = null;
  let shownKey: string | null = null;

  const params = () => ctx.store.get().modeParams;
  const name = (n: { name: string; nameEn: string }): string => displayName(n, ctx.lang());
  const dept = (id: string) => answer?.departments.find((d) => d.id === id);
  const measure = (id: string) => answer?.measures.find((m) => m.id === id);

  /** The measure, who owns it and what it targets, then everything downstream of the targets. */
  const measureGraph = async (measureId: string): Promise<WireGraph> => {
    const near = await ctx.api.neighbours(measureId, {
      types: ['RESPONSIBLE_FOR', 'TARGETS'],
      direction: 'both',
      limit: 200,
    });
    const targets = near.edges
      .filter((e) => e.type === 'TARGETS' && e.source === measureId)
      .map((e) => e.target);
    const chains = await Promise.all(
      targets.slice(0, 20).map((t) => ctx.api.supplyChain(t, 'downstream', 6)),
    );
    return mergeAnswers([near, ...chains]);
  };

  const departmentGraph = async (deptId: string): Promise<WireGraph> => {
    const own = await ctx.api.neighbours(deptId, {
      types: ['RESPONSIBLE_FOR', 'SUCCEEDED_BY'],
      direction: 'both',
      limit: 200,
    });
    const measures = (answer?.cells ?? []).filter((c) => c.department === deptId).map((c) => c.measure);
    const reach = await Promise.all(
      measures
        .slice(0, 25)
        .map((m) => ctx.api.neighbours(m, { types: ['TARGETS'], direction: 'out', limit: 50 })),
    );
    return mergeAnswers([own, ...reach]);
  };

  const cellDetail = (c: ResponsibilityCell): HTMLElement => {
    const t = mt();
    const d = dept(c.department);
    const m = measure(c.measure);
    const via = c.via ? (dept(c.via) ?? d?.predecessors.find((p) => p.id === c.via)) : undefined;
    return h(
      'div',
      { class: 'cell-detail', 'data-testid': 'matrix-cell-detail' },
      h('h3', {}, `${d ? name(d) : c.department} → ${m ? name(m) : c.measure}`),
      h(
        'p',
        { 'data-testid': 'matrix-cell-words' },
        h('span', { class: `swatch ${c.basis}` }),
        cellWords(c, t, ctx.lang()),
      ),
      c.via ? h('p', { class: 'muted' }, t('via', { name: via ? name(via) : c.via })) : null,
      evidenceList(c.evidence, ctx.t(), ctx.planTitle, ctx.openEvidence),
      m && m.reaches.length > 0
        ? h(
            'div',
            {},
            h('h3', {}, t('reaches')),
            h(
              'ul',
              { class: 'reach-list' },
              m.reaches.map((r) => h('li', {}, name(r))),
            ),
          )
        : null,
    );
  };

  const departmentPage = (id: string): HTMLElement => {
    const t = mt();
    const d = dept(id);
    // The same cells as the department's matrix column, under the same filters.
    const cells = model?.cellsOf(id) ?? [];
    const reach = new Map<string, { name: string; nameEn: string }>();
    for (const c of cells) for (const r of measure(c.measure)?.reaches ?? []) reach.set(r.id, r);
    return h(
      'div',
      { class: 'department-page', 'data-testid': 'department-page' },
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => ctx.store.commit((s) => ({ ...s, modeParams: {} })) },
        `← ${t('back')}`,
      ),
      h('h3', {}, d ? name(d) : id),
      d && d.predecessors.length > 0
        ? h('p', {}, `${t('predecessors')}: ${d.predecessors.map(name).join('、')}`)
        : null,
      h(
        'h3',
        { 'data-testid': 'department-page-count', 'data-count': String(cells.length) },
        `${t('measuresOf')} (${cells.length})`,
      ),
      h(
        'ul',
        { class: 'measure-list' },
        cells.map((c) => {
          const m = measure(c.measure);
          return h(
            'li',
            {},
            h('span', { class: `swatch ${c.basis}` }),
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                title: cellWords(c, t, ctx.lang()),
                onclick: () => void openCell(c),
              },
              m ? name(m) : c.measure,
            ),
          );
        }),
      ),
      reach.size > 0
        ? h(
            'div',
            {},
            h('h3', {}, `${t('reaches')} (${reach.size})`),
            h(
              'ul',
              { class: 'reach-list' },
              [...reach.values()].map((r) => h('li', {}, name(r))),
            ),
          )
        : null,
    );
  };

  const render = (): void => {
    const t = mt();
    const p = params();
    if (error) {
      fill(host, h('p', { class: 'error', role: 'alert' }, error));
      return;
    }
    if (!answer || !model) {
      fill(host, h('p', { class: 'muted', role: 'status' }, t('loadingMode')));
      return;
    }
    if (p.dept && !p.measure) {
      fill(host, departmentPage(p.dept));
      return;
    }
    const active = p.dept && p.measure ? { department: p.dept, measure: p.measure } : null;
    const cell = active ? model.cell(active.measure, active.department) : undefined;
    fill(
      host,
      h('h3', {}, t('matrixTitle')),
      h('p', { class: 'muted' }, t('matrixHint')),
      h(
        'div',
        { class: 'matrix-legend' },
        h('span', {}, h('span', { class: 'swatch stated' }), `${t('cellStated')} (${model.counts.stated})`),
        h(
          'span',
          {},
          h('span', { class: 'swatch inferred' }),
          `${t('cellInferred')} (${model.counts.inferred})`,
        ),
      ),
      model.rows.length === 0
        ? h('p', { class: 'muted' }, t('matrixEmpty'))
        : renderMatrix(model, t, ctx.lang(), active, {
            cell: (c) => void openCell(c),
            department: (id) => void openDepartment(id),
          }),
      cell ? cellDetail(cell) : null,
    );
  };

  const show = async (p: Record<string, string>, record: boolean): Promise<void> => {
    const key = JSON.stringify([p.dept ?? '', p.measure ?? '']);
    if (key === shownKey) return;
    shownKey = key;
    try {
      if (p.dept && p.measure) {
        const g = await measureGraph(p.measure);
        if (shownKey !== key) return;
        keeper.show(g, { params: p, select: p.measure, record });
        highlight({
          nodes: [
            p.dept,
            p.measure,
            ...(measure(p.measure)?.reaches.map((r) => r.id) ?? []),
            ...(p.via ? [p.via] : []),
          ],
        });
      } else if (p.dept) {
        const g = await departmentGraph(p.dept);
        if (shownKey !== key) return;
        keeper.show(g, { params: p, select: p.dept, record });
        highlight(null);
      } else if (answer) {
        // The matrix itself as a graph: departments on the left, their measures beside them.
        keeper.show(matrixGraph(answer, ctx.cache.nodes), { params: p, record });
        highlight(null);
      }
    } catch (err) {
      error = `${ctx.t()('apiError')}${(err as Error).message}`;
    }
    render();
  };

  const openCell = (c: ResponsibilityCell): Promise<void> =>
    show({ dept: c.department, measure: c.measure, ...(c.via ? { via: c.via } : {}) }, true);
  const openDepartment = (id: string): Promise<void> => show({ dept: id }, true);

  const load = async (): Promise<void> => {
    try {
      // The server's matrix holds the plans as rows too, with the departments each plan states as
      // leading it (the only stated responsibilities; measure-level duties are inferred from remits).
      answer = await api.responsibilities();
      model = matrixModel(answer, ctx.store.get().filters);
    } catch (err) {
      error = `${ctx.t()('apiError')}${(err as Error).message}`;
    }
    render();
    await show(params(), false);
  };
  void load();

  return {
    onState: (s) => {
      keeper.check(s);
      // The basis and plan filters apply to the matrix as they do to the graph.
      if (answer) model = matrixModel(answer, s.filters);
      render();
      if (answer) void show(s.modeParams, false);
    },
    relabel: render,
    dispose: () => {
      ctx.decorations.clear();
      widen(false);
      host.remove();
    },
  };
};

export const mode: ModeModule = { activate };
