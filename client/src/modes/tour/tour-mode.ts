// Tour mode for presenters: pick a tour (the tab starts the first one), move with the buttons, the
// arrow keys or a clicker (PageUp/PageDown); every step has its own URL (`m.tour`, `m.step`) and an
// animated transition. The panel also records the current view as a step and downloads the tour.
import { fill, h } from '../../panels/dom';
import { stepGraph } from '../../tours/step-graph';
import { renderCaption } from '../../tours/tour-caption';
import { loadCatalog } from '../../tours/tour-catalog';
import { missingPlans, planShortName } from '../../tours/tour-plans';
import { keyMove, moveStep, stepFromParam, stepParams, type TourMove } from '../../tours/tour-engine';
import { stepFromView, tourFromSteps, tourJson } from '../../tours/tour-recorder';
import type { Tour, TourStep } from '../../tours/tour-schema';
import { downloadText } from '../../panels/download';
import type { CompareGroup } from '../../analysis/compare-model';
import { modeTranslator } from '../../i18n/mode-strings';
import { createViewKeeper, whenDrawn } from '../common/mode-view';
import { createModesApi } from '../common/modes-api';
import type { ModeContext, ModeInstance, ModeModule } from '../common/registry';
import '../common/modes.css';

const isTyping = (e: KeyboardEvent): boolean =>
  e.target instanceof HTMLInputElement ||
  e.target instanceof HTMLTextAreaElement ||
  e.target instanceof HTMLSelectElement;

const activate = (ctx: ModeContext): ModeInstance => {
  const modes = createModesApi(ctx.http);
  const mt = () => modeTranslator(ctx.lang());
  const keeper = createViewKeeper(ctx);
  const catalog = loadCatalog();
  const panel = h('section', { class: 'mode-section tour-section', 'data-testid': 'tour-panel' });
  ctx.panel.append(panel);
  const stageArea = ctx.graph().container.parentElement ?? ctx.panel;
  const caption = h('div', {
    class: 'tour-caption',
    'data-testid': 'tour-caption',
    role: 'region',
    'aria-live': 'polite',
    hidden: true,
  });
  stageArea.append(caption);

  let shownKey: string | null = null;
  let busy = false;
  /** The graph's plans: a tour that refers to a plan the graph lacks cannot be played. */
  let loadedPlans: { id: string; year: number }[] | null = null;
  const missingOf = (tour: Tour): string[] => (loadedPlans ? missingPlans(tour, loadedPlans) : []);
  let groups: Map<string, CompareGroup> | null = null;
  const recorded: TourStep[] = [];

  const params = () => ctx.store.get().modeParams;
  const current = (): { tour: Tour; index: number } | null => {
    const p = params();
    const tour = catalog.tours.find((x) => x.id === p.tour);
    return tour ? { tour, index: stepFromParam(p.step, tour.steps.length) } : null;
  };

  const go = (move: TourMove): void => {
    const c = current();
    if (!c) return;
    const next = moveStep(c.index, c.tour.steps.length, move);
    if (next !== c.index) void play(c.tour, next, true);
  };

  const fitToCaption = (): void => {
    if (!caption.hidden) ctx.graph().fitAbove(caption.offsetHeight + 36);
  };

  const renderCaptionBox = (): void => {
    const c = current();
    caption.hidden = !c;
    if (c)
      renderCaption(caption, {
        tour: c.tour,
        index: c.index,
        lang: ctx.lang(),
        t: mt(),
        busy,
        on: { prev: () => go('prev'), next: () => go('next') },
      });
  };

  const recorder = (): HTMLElement => {
    const t = mt();
    const zh = h('textarea', {
      rows: 2,
      'data-testid': 'tour-caption-zh',
      'aria-label': t('tourCaptionZh'),
      placeholder: t('tourCaptionZh'),
    });
    const en = h('textarea', {
      rows: 2,
      'data-testid': 'tour-caption-en',
      'aria-label': t('tourCaptionEn'),
      placeholder: t('tourCaptionEn'),
    });
    const count = h(
      'span',
      { class: 'muted', 'data-testid': 'tour-recorded' },
      t('tourRecorded', { n: recorded.length }),
    );
    return h(
      'div',
      { class: 'recorder' },
      h('h3', {}, t('tourRecord')),
      zh,
      en,
      h(
        'div',
        { class: 'tour-controls' },
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'tour-record',
            onclick: () => {
              recorded.push(stepFromView(ctx.store.get(), { zh: zh.value.trim(), en: en.value.trim() }));
              zh.value = '';
              en.value = '';
              count.textContent = mt()('tourRecorded', { n: recorded.length });
            },
          },
          t('tourRecord'),
        ),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'tour-download',
            onclick: () => {
              if (recorded.length === 0) return;
              const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
              const tour = tourFromSteps(`my-tour-${stamp}`, { zh: '我的导览', en: 'My tour' }, recorded);
              downloadText(`${tour.id}.json`, tourJson(tour), 'application/json');
            },
          },
          t('tourDownload'),
        ),
        count,
      ),
    );
  };

  const renderPanel = (): void => {
    const t = mt();
    const active = params().tour;
    fill(
      panel,
      h('h3', {}, t('tourPick')),
      h(
        'ul',
        { class: 'tour-list' },
        catalog.tours.map((tour) => {
          const missing = missingOf(tour);
          return h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                'data-testid': 'tour-start',
                'data-tour-id': tour.id,
                'aria-pressed': String(tour.id === active),
                disabled: missing.length > 0,
                onclick: () => void play(tour, 0, true),
              },
              h('strong', {}, ctx.lang() === 'zh' ? tour.title.zh : tour.title.en),
              tour.description
                ? h(
                    'div',
                    { class: 'muted' },
                    ctx.lang() === 'zh' ? tour.description.zh : tour.description.en,
                  )
                : null,
              h('div', { class: 'muted' }, t('tourStep', { i: 1, n: tour.steps.length })),
              missing.length > 0
                ? h(
                    'div',
                    { class: 'muted', 'data-testid': 'tour-needs-plans' },
                    t('tourNeedsPlans', { plans: missing.join(', ') }),
                  )
                : null,
            ),
          );
        }),
      ),
      catalog.problems.map((p) => h('p', { class: 'error' }, `${t('tourInvalid')}${p}`)),
      recorder(),
    );
  };

  /** Draws step `index` of `tour`; `record` adds a history entry (a step moved by the presenter). */
  const play = async (tour: Tour, index: number, record: boolean): Promise<void> => {
    const key = `${tour.id}#${index}`;
    shownKey = key;
    const step = tour.steps[index];
    if (!step) return;
    const missing = missingOf(tour);
    if (missing.length > 0) {
      renderCaptionBox();
      caption.append(
        h('p', { class: 'error', role: 'alert' }, mt()('tourNeedsPlans', { plans: missing.join(', ') })),
      );
      return;
    }
    if (record) ctx.store.commit((s) => ({ ...s, modeParams: stepParams(tour.id, index) }));
    busy = true;
    renderCaptionBox();
    try {
      const answer = await stepGraph(step.show, {
        api: ctx.api,
        modes,
        cache: ctx.cache,
        ensureNodes: (ids) => ctx.controller.ensureNodes(ids),
      });
      if (shownKey !== key) return;
      groups = answer.groups ?? null;
      ctx.graph().afterNextLayout(() => setTimeout(fitToCaption, 0));
      // The step's own URL entry was pushed above; drawing it replaces that entry's view.
      keeper.show(answer.graph, {
        params: stepParams(tour.id, index),
        layout: step.layout,
        select: step.focus ?? null,
        record: false,
      });
      ctx.decorations.set({ highlight: step.highlight?.length ? { nodes: step.highlight } : null, groups });
      // The camera: everything above the caption; a focus node is selected and stays in view.
      const anchor = step.focus ?? answer.graph.nodes[0]?.id;
      if (anchor) whenDrawn(ctx, anchor, fitToCaption, 6000);
    } catch (err) {
      caption.append(
        h('p', { class: 'error', role: 'alert' }, `${ctx.t()('apiError')}${(err as Error).message}`),
      );
    } finally {
      busy = false;
      renderCaptionBox();
    }
  };

  const sync = (): void => {
    const c = current();
    if (!c) {
      // The tab starts a tour: the first one the graph can play, unless the URL names another.
      const first = catalog.tours.find((tour) => missingOf(tour).length === 0);
      if (first) void play(first, 0, false);
      return;
    }
    if (`${c.tour.id}#${c.index}` !== shownKey) void play(c.tour, c.index, false);
    else renderCaptionBox();
  };

  // Stage mode and window changes resize the canvas: Cytoscape must learn it, and the step refit.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const resizes = new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (!current()) return;
      ctx.graph().resize();
      fitToCaption();
    }, 120);
  });
  resizes.observe(ctx.graph().container);

  renderPanel();
  // Plays nothing until the plan list is known; without it (API down) every tour stays playable.
  const plansKnown = ctx.api.plans().then(
    (ps) => {
      loadedPlans = ps.map((p) => ({ id: p.id, year: p.year }));
      renderPanel();
    },
    () => undefined,
  );
  return {
    onState: (s, prev) => {
      keeper.check(s);
      if (s.modeParams.tour !== prev.modeParams.tour || s.lang !== prev.lang) renderPanel();
      void plansKnown.then(sync);
    },
    legendGroups: () => {
      const c = current();
      const show = c?.tour.steps[c.index]?.show;
      if (!groups || show?.query !== 'compare') return null;
      const t = mt();
      return {
        both: t('both'),
        onlyA: t('onlyA', { plan: planShortName(show.a, loadedPlans ?? []) }),
        onlyB: t('onlyB', { plan: planShortName(show.b, loadedPlans ?? []) }),
      };
    },
    onKey: (e: KeyboardEvent) => {
      if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey || !current()) return false;
      const move = keyMove(e.key);
      if (!move) return false;
      e.preventDefault();
      go(move);
      return true;
    },
    relabel: () => {
      renderPanel();
      renderCaptionBox();
    },
    dispose: () => {
      resizes.disconnect();
      clearTimeout(resizeTimer);
      ctx.decorations.clear();
      caption.remove();
      panel.remove();
    },
  };
};

export const mode: ModeModule = { activate };
