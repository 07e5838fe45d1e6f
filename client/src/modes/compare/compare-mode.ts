// Comparison mode: any two loaded plans (by default the oldest as A, the newest as B), the domains
// and equipment of both drawn in three titled columns (dropped | persisted | new, compare-layout.ts)
// coloured by group, counts by label, and the lists of each group, each item clickable.
// URL state: `m.a`, `m.b`.
import type { CompareResponse, NodeSummary, PlanSummary } from '../../../../core/contract';
import type { WireGraph, WireNode } from '../../api/wire';
import { displayName } from '../../i18n/i18n';
import type { Arranger } from '../../graph/graph-view';
import { fill, h, shapeIcon } from '../../panels/dom';
import { arrangeComparison } from '../../graph/compare-layout';
import {
  compareRows,
  DRAW_LIMIT_PER_GROUP,
  drawnGroups,
  GROUP_COLOR,
  groupOfDrawn,
  type CompareGroup,
  type DrawnGroup,
} from '../../analysis/compare-model';
import { mergeAnswers } from '../../analysis/merge-answers';
import { modeTranslator } from '../../i18n/mode-strings';
import { createViewKeeper } from '../common/mode-view';
import type { ModeContext, ModeInstance, ModeModule } from '../common/registry';
import '../common/modes.css';

const activate = (ctx: ModeContext): ModeInstance => {
  const mt = () => modeTranslator(ctx.lang());
  const keeper = createViewKeeper(ctx);
  const host = h('section', { class: 'mode-section compare', 'data-testid': 'compare-panel' });
  ctx.panel.append(host);
  let plans: PlanSummary[] = [];
  let answer: CompareResponse | null = null;
  let groups = new Map<string, CompareGroup>();
  let drawnSet: Record<CompareGroup, DrawnGroup> | null = null;
  let loadedKey: string | null = null;
  /** The pair asked for last (set before its answer arrives, so a quick second pick builds on it). */
  let chosen: [string, string] | null = null;
  let error: string | null = null;

  const params = () => ctx.store.get().modeParams;
  /** Older plan as A, newer as B, unless the URL names loaded plans (an unknown id takes the default). */
  const pair = (p: Record<string, string>): [string, string] | null => {
    const sorted = [...plans].sort((x, y) => x.year - y.year || x.id.localeCompare(y.id));
    const known = (id: string | undefined): string | undefined =>
      id && plans.some((x) => x.id === id) ? id : undefined;
    const a = known(p.a) ?? sorted[0]?.id;
    const b = known(p.b) ?? sorted[sorted.length - 1]?.id;
    return a && b ? [a, b] : null;
  };
  const planName = (id: string): string => {
    const p = plans.find((x) => x.id === id);
    return p ? `${ctx.lang() === 'zh' ? p.title : p.titleEn} (${p.year})` : id;
  };
  const shortName = (id: string): string => String(plans.find((x) => x.id === id)?.year ?? id);
  const key = (g: CompareGroup): SVGSVGElement => {
    const icon = shapeIcon('ellipse', GROUP_COLOR[g], 12);
    icon.classList.add('compare-key');
    return icon;
  };

  /** Group colours on the nodes; edges faint unless they touch the selection (they cross columns). */
  const colour = (): void => ctx.decorations.set({ groups, fadeEdges: true });

  /** Each group's title on the graph: what it is, its count (and how many are drawn), which plan. */
  const groupTitles = (a: string, b: string): Record<CompareGroup, string> => {
    const t = mt();
    const one = (g: CompareGroup, name: string, which: string): string => {
      const d = drawnSet?.[g];
      const vars = { name, which, n: d?.total ?? 0, shown: d?.nodes.length ?? 0 };
      return d?.truncated ? t('groupTitleCut', vars) : t('groupTitle', vars);
    };
    return {
      onlyA: one('onlyA', t('dropped'), t('onlyA', { plan: shortName(a) })),
      both: one('both', t('persisted'), t('both')),
      onlyB: one('onlyB', t('newIn'), t('onlyB', { plan: shortName(b) })),
    };
  };

  /** The graph view places the drawn nodes with this while the mode is active (no force layout). */
  const arranger = (r: CompareResponse): Arranger => {
    const names = new Map(
      (['both', 'onlyA', 'onlyB'] as const).flatMap((g) =>
        Object.values<NodeSummary[]>(r[g]).flatMap((l) =>
          l.map((n) => [n.id, displayName(n, ctx.lang())] as const),
        ),
      ),
    );
    return (boxes, screen) => {
      const started = performance.now();
      const out = arrangeComparison({ boxes, groups, names, titles: groupTitles(r.a, r.b) }, screen);
      document.body.dataset.compareLayoutMs = (performance.now() - started).toFixed(2);
      return out;
    };
  };

  /** Domains and equipment of both plans (at most DRAW_LIMIT_PER_GROUP a group) and the IN_DOMAIN edges among them. */
  const compareGraph = async (drawn: Record<CompareGroup, DrawnGroup>): Promise<WireGraph> => {
    const summaries = (['both', 'onlyA', 'onlyB'] as const).flatMap((g) => drawn[g].nodes);
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

  /** The comparison plus the view's other nodes (opened from it), fetched if the cache lacks them. */
  const withOpened = async (g: WireGraph): Promise<WireGraph> => {
    const ids = new Set(g.nodes.map((n) => n.id as string));
    const opened = ctx.store.get().nodes.filter((id) => !ids.has(id));
    if (opened.length === 0) return g;
    await ctx.controller.ensureNodes(opened).catch(() => undefined);
    const extra = opened.flatMap((id) => {
      const n = ctx.cache.nodes.get(id);
      return n ? [n] : [];
    });
    return { nodes: [...g.nodes, ...extra], edges: g.edges };
  };

  const list = (g: CompareGroup, title: string): HTMLElement | null => {
    if (!answer) return null;
    const byLabel = Object.entries<NodeSummary[]>(answer[g]);
    const total = byLabel.reduce((s, [, l]) => s + l.length, 0);
    return h(
      'details',
      { class: 'compare-group', 'data-testid': `compare-list-${g}`, open: g === 'onlyB' },
      h('summary', {}, key(g), `${title} (${total})`),
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
                      if (ctx.graph().has(n.id)) {
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
    // Words follow the answer on screen; the pickers follow the latest pick (its answer may be on its way).
    const [a, b]: [string, string] = [answer.a, answer.b];
    const select = (which: 'a' | 'b', value: string) =>
      h(
        'select',
        {
          'data-testid': `compare-${which}`,
          'aria-label': which === 'a' ? t('planA') : t('planB'),
          onchange: (e: Event) => {
            const [a0, b0] = chosen ?? [a, b];
            void run({ a: a0, b: b0, [which]: (e.target as HTMLSelectElement).value }, true);
          },
        },
        plans.map((p) => h('option', { value: p.id, selected: p.id === value }, planName(p.id))),
      );
    const { rows, total } = compareRows(answer);
    const cut = (['onlyA', 'both', 'onlyB'] as const).filter((g) => drawnSet?.[g].truncated);
    const groupName = { onlyA: t('dropped'), both: t('persisted'), onlyB: t('newIn') };
    const cell = (label: string, g: CompareGroup, n: number) =>
      h('td', { 'data-testid': 'compare-count', 'data-label': label, 'data-group': g }, String(n));
    fill(
      host,
      h('h3', {}, t('compareTitle')),
      h(
        'div',
        { class: 'compare-pick' },
        h('label', {}, `${t('planA')} `, select('a', chosen?.[0] ?? a)),
        h('label', {}, `${t('planB')} `, select('b', chosen?.[1] ?? b)),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'compare-swap',
            onclick: () => {
              const [a0, b0] = chosen ?? [a, b];
              void run({ a: b0, b: a0 }, true);
            },
          },
          t('swapPlans'),
        ),
      ),
      h(
        'p',
        { class: 'muted', 'data-testid': 'compare-drawn' },
        t('compareDrawn', { limit: DRAW_LIMIT_PER_GROUP }),
      ),
      cut.map((g) =>
        h(
          'p',
          { class: 'muted', 'data-testid': 'compare-cut', 'data-group': g },
          t('compareCut', {
            group: groupName[g],
            n: drawnSet?.[g].total ?? 0,
            shown: drawnSet?.[g].nodes.length ?? 0,
          }),
        ),
      ),
      answer.truncated
        ? h(
            'p',
            { class: 'muted', role: 'status', 'data-testid': 'compare-api-truncated' },
            t('compareApiTruncated'),
          )
        : null,
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
            h('th', { scope: 'col' }, key('both'), t('both')),
            h('th', { scope: 'col' }, key('onlyA'), t('onlyA', { plan: shortName(a) })),
            h('th', { scope: 'col' }, key('onlyB'), t('onlyB', { plan: shortName(b) })),
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
    chosen = ab;
    const key = ab.join('|');
    if (key === loadedKey) return;
    loadedKey = key;
    try {
      const r = await ctx.api.compare(ab[0], ab[1]);
      if (loadedKey !== key) return;
      answer = r;
      drawnSet = drawnGroups(r);
      // Only what is drawn gets a group (and a column); the lists still name every entity.
      groups = groupOfDrawn(drawnSet);
      error = null;
      render();
      const drawn = await compareGraph(drawnSet);
      if (loadedKey !== key) return;
      // A link leaves out what the pair rebuilds (see rebuiltNodes): the nodes it does name were
      // opened from the comparison, and stay when it is restored.
      const g = record ? drawn : await withOpened(drawn);
      if (loadedKey !== key) return;
      ctx.graph().arrange(arranger(r));
      keeper.show(g, { params: { a: ab[0], b: ab[1] }, layout: 'force', record });
      colour();
    } catch (err) {
      error = `${ctx.t()('apiError')}${(err as Error).message}`;
      render();
    }
  };

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
    rebuiltNodes: (s) => {
      // Only once the pair's own answer is drawn: until then the view holds other nodes.
      const ab = pair(s.modeParams);
      const d = drawnSet;
      if (!ab || !d || answer?.a !== ab[0] || answer.b !== ab[1]) return null;
      return new Set(
        (['both', 'onlyA', 'onlyB'] as const).flatMap((g) => d[g].nodes.map((n) => n.id as string)),
      );
    },
    legendGroups: () => {
      const ab = pair(params());
      const t = mt();
      const only = (id: string): string => {
        const p = plans.find((x) => x.id === id);
        const title = p ? (ctx.lang() === 'zh' ? p.title : p.titleEn) : id;
        return t('onlyPlan', { title, year: p?.year ?? '' });
      };
      return ab && groups.size > 0
        ? {
            both: t('bothPlans', { a: shortName(ab[0]), b: shortName(ab[1]) }),
            onlyA: `${only(ab[0])} · ${t('dropped')}`,
            onlyB: `${only(ab[1])} · ${t('newIn')}`,
          }
        : null;
    },
    relabel: () => {
      // The titles on the graph are in the page's language too: a new arranger redraws them.
      if (answer) ctx.graph().arrange(arranger(answer));
      render();
    },
    dispose: () => {
      ctx.graph().arrange(null);
      ctx.decorations.clear();
      host.remove();
    },
  };
};

export const mode: ModeModule = { activate };
