// Comparison mode: two plans (by default 2017 vs 2021), entities coloured on the graph by "both /
// only A / only B", counts by label, and the lists of what persisted, what is new and what is no
// longer mentioned, each item clickable. URL state: `m.a`, `m.b`.
import type { CompareResponse, NodeSummary, PlanSummary } from '../../../server/api/contract';
import type { WireGraph, WireNode } from '../api/wire';
import { displayName } from '../i18n/i18n';
import { fill, h } from '../panels/dom';
import { compareRows, groupOf, type CompareGroup } from './compare-model';
import { colourByGroup } from './group-colours';
import { mergeAnswers } from './merge-answers';
import { modeTranslator } from './mode-strings';
import { createViewKeeper } from './mode-view';
import type { ModeContext, ModeInstance, ModeModule } from './registry';
import './modes.css';

const activate = (ctx: ModeContext): ModeInstance => {
  const mt = () => modeTranslator(ctx.lang());
  const keeper = createViewKeeper(ctx);
  const host = h('section', { class: 'mode-section compare', 'data-testid': 'compare-panel' });
  ctx.panel.append(host);
  let plans: PlanSummary[] = [];
  let answer: CompareResponse | null = null;
  let groups = new Map<string, CompareGroup>();
  let loadedKey: string | null = null;
  let error: string | null = null;

  const params = () => ctx.store.get().modeParams;
  /** Older plan as A, newer as B, unless the URL says otherwise. */
  const pair = (p: Record<string, string>): [string, string] | null => {
    const sorted = [...plans].sort((x, y) => x.year - y.year);
    const a = p.a ?? sorted[0]?.id;
    const b = p.b ?? sorted[sorted.length - 1]?.id;
    return a && b ? [a, b] : null;
  };
  const planName = (id: string): string => {
    const p = plans.find((x) => x.id === id);
    return p ? `${ctx.lang() === 'zh' ? p.title : p.titleEn} (${p.year})` : id;
  };
  const shortName = (id: string): string => String(plans.find((x) => x.id === id)?.year ?? id);

  const colour = (): void => colourByGroup(ctx.graph().cy, groups);

  /** Domains and equipment of both plans with the IN_DOMAIN edges among them: readable, not a hairball. */
  const compareGraph = async (r: CompareResponse): Promise<WireGraph> => {
    const summaries = (['both', 'onlyA', 'onlyB'] as const).flatMap((g) => [
      ...(r[g].Domain ?? []),
      ...(r[g].Equipment ?? []),
    ]);
    const wanted = new Set(summaries.map((s) => s.id as string));
    const stub = (s: NodeSummary): WireNode => ctx.cache.nodes.get(s.id) ?? { ...s, aliases: [], plans: [] };
    const domains = summaries.filter((s) => s.label === 'Domain');
    const near = await Promise.all(
      domains.map((d) => ctx.api.neighbours(d.id, { types: ['IN_DOMAIN'], direction: 'in', limit: 200 })),
    );
    const g = mergeAnswers([{ nodes: summaries.map(stub), edges: [] }, ...near]);
    return {
      nodes: g.nodes.filter((n) => wanted.has(n.id)),
      edges: g.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target)),
    };
  };

  const list = (g: CompareGroup, title: string): HTMLElement | null => {
    if (!answer) return null;
    const byLabel = Object.entries<NodeSummary[]>(answer[g]);
    const total = byLabel.reduce((s, [, l]) => s + l.length, 0);
    return h(
      'details',
      { class: 'compare-group', 'data-testid': `compare-list-${g}`, open: g === 'onlyB' },
      h('summary', {}, h('span', { class: `compare-key ${g}` }), `${title} (${total})`),
      byLabel.map(([label, nodes]) =>
        h(
          'div',
          {},
          h('h4', {}, `${ctx.t()(`label.${label}` as never)} (${nodes.length})`),
          h(
            'ul',
            { class: 'compare-list' },
            nodes.map((n) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link',
                    'data-testid': 'compare-item',
                    'data-node-id': n.id,
                    onclick: () => {
                      if (ctx.graph().cy.getElementById(n.id).nonempty()) {
                        ctx.controller.select(n.id);
                        ctx.graph().focus(n.id);
                      } else
                        void ctx.controller.focusNode(n.id).then(
                          () => ctx.graph().focus(n.id),
                          () => undefined,
                        );
                    },
                  },
                  displayName(n, ctx.lang()),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const render = (): void => {
    const t = mt();
    const ab = pair(params());
    if (error) return fill(host, h('p', { class: 'error', role: 'alert' }, error));
    if (!ab || !answer) return fill(host, h('p', { class: 'muted', role: 'status' }, t('loadingMode')));
    const [a, b] = ab;
    const select = (which: 'a' | 'b', value: string) =>
      h(
        'select',
        {
          'data-testid': `compare-${which}`,
          'aria-label': which === 'a' ? t('planA') : t('planB'),
          onchange: (e: Event) => void run({ a, b, [which]: (e.target as HTMLSelectElement).value }, true),
        },
        plans.map((p) => h('option', { value: p.id, selected: p.id === value }, planName(p.id))),
      );
    const { rows, total } = compareRows(answer);
    const cell = (label: string, g: CompareGroup, n: number) =>
      h('td', { 'data-testid': 'compare-count', 'data-label': label, 'data-group': g }, String(n));
    fill(
      host,
      h('h3', {}, t('compareTitle')),
      h(
        'div',
        { class: 'compare-pick' },
        h('label', {}, `${t('planA')} `, select('a', a)),
        h('label', {}, `${t('planB')} `, select('b', b)),
      ),
      h('h3', {}, t('byLabel')),
      h(
        'table',
        { class: 'compare-counts', 'data-testid': 'compare-counts' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, ''),
            h('th', { scope: 'col' }, h('span', { class: 'compare-key both' }), t('both')),
            h(
              'th',
              { scope: 'col' },
              h('span', { class: 'compare-key onlyA' }),
              t('onlyA', { plan: shortName(a) }),
            ),
            h(
              'th',
              { scope: 'col' },
              h('span', { class: 'compare-key onlyB' }),
              t('onlyB', { plan: shortName(b) }),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, ctx.t()(`label.${r.label}`)),
              cell(r.label, 'both', r.both),
              cell(r.label, 'onlyA', r.onlyA),
              cell(r.label, 'onlyB', r.onlyB),
            ),
          ),
          h(
            'tr',
            { class: 'total' },
            h('th', { scope: 'row' }, 'Σ'),
            cell('*', 'both', total.both),
            cell('*', 'onlyA', total.onlyA),
            cell('*', 'onlyB', total.onlyB),
          ),
        ),
      ),
      list('onlyB', `${t('newIn')} · ${t('onlyB', { plan: shortName(b) })}`),
      list('both', `${t('persisted')} · ${t('both')}`),
      list('onlyA', `${t('dropped')} · ${t('onlyA', { plan: shortName(a) })}`),
    );
  };

  const run = async (p: Record<string, string>, record: boolean): Promise<void> => {
    const ab = pair(p);
    if (!ab) return;
    const key = ab.join('|');
    if (key === loadedKey) return;
    loadedKey = key;
    try {
      const r = await ctx.api.compare(ab[0], ab[1]);
      if (loadedKey !== key) return;
      answer = r;
      groups = groupOf(r);
      error = null;
      render();
      const g = await compareGraph(r);
      if (loadedKey !== key) return;
      keeper.show(g, { params: { a: ab[0], b: ab[1] }, layout: 'force', record });
      colour();
    } catch (err) {
      error = `${ctx.t()('apiError')}${(err as Error).message}`;
      render();
    }
  };

  const cy = ctx.graph().cy;
  cy.on('layoutstop', colour);
  void ctx.api
    .plans()
    .then((ps) => {
      plans = ps;
      return run(params(), false);
    })
    .catch((err: unknown) => {
      error = `${ctx.t()('apiError')}${(err as Error).message}`;
      render();
    });

  return {
    onState: (s) => {
      keeper.check(s);
      if (plans.length > 0) void run(s.modeParams, false);
      render();
    },
    onDrawn: colour,
    legendGroups: () => {
      const ab = pair(params());
      const t = mt();
      return ab && groups.size > 0
        ? {
            both: t('both'),
            onlyA: t('onlyA', { plan: shortName(ab[0]) }),
            onlyB: t('onlyB', { plan: shortName(ab[1]) }),
          }
        : null;
    },
    relabel: render,
    dispose: () => {
      cy.off('layoutstop', colour);
      colourByGroup(ctx.graph().cy, null);
      host.remove();
    },
  };
};

export const mode: ModeModule = { activate };
