// Supply-chain mode for analysts: the layered chain (material -> component -> equipment -> domain),
// impact of an unavailable part, the bottleneck table and the path finder. Its state lives in the
// URL (`m.tool`, `m.node`, `m.from`, `m.to`, `m.k`, `m.types`, `m.path`), so every view can be shared.
import type { ApiPath, BottleneckItem, ImpactResponse } from '../../../../core/contract';
import { isRelType } from '../../../../core/model/graph-model';
import { mergeAnswers } from '../../analysis/merge-answers';
import { displayName } from '../../i18n/i18n';
import { fill, h } from '../../panels/dom';
import type { Highlight } from '../../state/decorations';
import { renderBottlenecks } from './bottleneck-table';
import { CSV_BOM } from '../../graph/table-export';
import { impactCsv } from '../../analysis/impact-csv';
import { renderImpact } from './impact-panel';
import { modeTranslator, type ModeStringKey } from '../../i18n/mode-strings';
import { createViewKeeper, whenDrawn, withParams } from '../common/mode-view';
import { createModesApi } from '../common/modes-api';
import { loadWholeChain } from './whole-chain';
import { createNodePicker } from '../common/node-picker';
import { createPathFinder, type PathQuery } from './path-finder';
import { downloadText } from '../../panels/download';
import type { ModeContext, ModeInstance, ModeModule } from '../common/registry';
import '../common/modes.css';

const TOOLS = ['chain', 'impact', 'bottlenecks', 'paths'] as const;
type Tool = (typeof TOOLS)[number];
const TOOL_TITLE: Record<Tool, ModeStringKey> = {
  chain: 'wholeChain',
  impact: 'impactTitle',
  bottlenecks: 'bottlenecksTitle',
  paths: 'pathsTitle',
};

const toolOf = (p: Record<string, string>): Tool =>
  (TOOLS as readonly string[]).includes(p.tool ?? '') ? (p.tool as Tool) : 'chain';

/** The params that decide what is fetched (the highlighted path index only changes highlights). */
export const fetchKey = (p: Record<string, string>): string =>
  JSON.stringify(
    [toolOf(p), p.node ?? '', p.from ?? '', p.to ?? '', p.k ?? '', p.types ?? ''].slice(
      0,
      toolOf(p) === 'paths' ? 6 : 2,
    ),
  );

const mergeGraphs = mergeAnswers;

const activate = (ctx: ModeContext): ModeInstance => {
  const api = createModesApi(ctx.http);
  const highlight = (hl: Highlight | null): void => ctx.decorations.set({ highlight: hl });
  const mt = () => modeTranslator(ctx.lang());
  const keeper = createViewKeeper(ctx);
  const params = (): Record<string, string> => ctx.store.get().modeParams;
  const tabs = h('div', { class: 'subtabs', role: 'tablist' });
  const body = h('div', { class: 'mode-body' });
  const root = h(
    'section',
    { class: 'mode-section supply-chain', 'data-testid': 'supply-chain-panel' },
    tabs,
    body,
  );
  ctx.panel.append(root);

  let loadedKey: string | null = null;
  let impactAnswer: ImpactResponse | null = null;
  let bottleneckItems: BottleneckItem[] | null = null;
  let pathAnswer: ApiPath[] | null = null;
  let error: string | null = null;

  const nameOf = (id: string): string => {
    const n = ctx.cache.nodes.get(id);
    return n ? displayName(n, ctx.lang()) : id;
  };
  const summaryOf = (id: string) => ctx.cache.nodes.get(id) ?? null;

  /** The form controls carry words, so a language switch builds them anew with the same picks. */
  const makeImpactPicker = () =>
    createNodePicker({
      api: ctx.api,
      lang: ctx.lang,
      testId: 'impact-node',
      label: mt()('impactTitle'),
      placeholder: mt()('pickNode'),
      labels: ['Component', 'Material'],
      onPick: (n) => void run(withParams({}, { tool: 'impact', node: n.id })),
    });
  let impactPicker = makeImpactPicker();
  const impactHost = h('div', { class: 'impact-host' });
  const bottleneckHost = h('div', { class: 'bottleneck-host' });
  const makeFinder = () =>
    createPathFinder({
      api: ctx.api,
      t: mt(),
      tr: ctx.t(),
      lang: ctx.lang,
      onFind: (q: PathQuery) =>
        void run(
          withParams({}, { tool: 'paths', from: q.from, to: q.to, k: String(q.k), types: q.types.join(',') }),
        ),
      onPickPath: (i) =>
        ctx.store.commit((s) => ({ ...s, modeParams: withParams(s.modeParams, { path: String(i) }) })),
    });
  let finder = makeFinder();

  const relabel = (): void => {
    const p = params();
    impactPicker = makeImpactPicker();
    if (p.node) impactPicker.set(summaryOf(p.node));
    finder = makeFinder();
    const types = (p.types ?? '').split(',').filter(isRelType);
    finder.setQuery(
      { ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}), k: Number(p.k ?? 3) || 3, types },
      summaryOf,
    );
    render();
  };

  const applyHighlights = (): void => {
    const p = params();
    const tool = toolOf(p);
    if (tool === 'impact' && impactAnswer) {
      const hits = [...impactAnswer.equipment, ...impactAnswer.domains];
      highlight({ nodes: [impactAnswer.root, ...hits.flatMap((x) => x.path)] });
    } else if (tool === 'paths' && pathAnswer && pathAnswer.length > 0) {
      const active = pathAnswer[Number(p.path ?? 0)] ?? pathAnswer[0]!;
      const pairs = active.order.slice(1).map((id, i): [string, string] => [active.order[i]!, id]);
      highlight({ nodes: active.order, edges: pairs });
    } else highlight(null);
  };

  const render = (): void => {
    const t = mt();
    const p = params();
    const tool = toolOf(p);
    fill(
      tabs,
      TOOLS.map((x) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            'data-testid': `sc-tool-${x}`,
            'aria-selected': String(x === tool),
            onclick: () => {
              if (x === tool) return;
              if (x === 'chain') void run({});
              else ctx.store.commit((s) => ({ ...s, modeParams: { tool: x } }));
            },
          },
          t(TOOL_TITLE[x]),
        ),
      ),
    );
    const err = error ? h('p', { class: 'error', role: 'alert' }, error) : null;
    if (tool === 'chain') {
      const focus = p.node ? nameOf(p.node) : null;
      const selected = ctx.store.get().selected;
      fill(
        body,
        h('h3', {}, focus ?? t('wholeChain')),
        h('p', { class: 'muted' }, t('wholeChainHint')),
        h(
          'div',
          { class: 'tour-controls' },
          selected && selected !== p.node
            ? h(
                'button',
                {
                  type: 'button',
                  'data-testid': 'sc-chain-selection',
                  onclick: () => void run({ node: selected }),
                },
                t('chainOfSelection', { name: nameOf(selected) }),
              )
            : null,
          p.node
            ? h(
                'button',
                { type: 'button', 'data-testid': 'sc-chain-whole', onclick: () => void run({}) },
                t('wholeChain'),
              )
            : null,
        ),
        err,
      );
    } else if (tool === 'impact') {
      renderImpact(impactHost, {
        answer: impactAnswer,
        t,
        lang: ctx.lang(),
        nameOf,
        onPickHit: (id) => ctx.controller.select(id),
        onExport: () =>
          impactAnswer &&
          downloadText(
            `impact-${impactAnswer.root.replace(/[^a-z0-9-]+/gi, '-')}.csv`,
            CSV_BOM + impactCsv(impactAnswer, nameOf),
            'text/csv',
          ),
      });
      fill(body, impactPicker.element, err, impactHost);
    } else if (tool === 'bottlenecks') {
      renderBottlenecks(
        bottleneckHost,
        bottleneckItems,
        t,
        ctx.lang(),
        p.node ?? null,
        (id) => void run({ tool: 'bottlenecks', node: id }),
      );
      fill(body, err, bottleneckHost);
    } else {
      finder.showAnswer(pathAnswer, Number(p.path ?? 0));
      fill(body, finder.element, err);
    }
  };

  /** Fetches what `next` asks for and shows it; `record: false` when restoring from the URL. */
  const run = async (next: Record<string, string>, record = true): Promise<void> => {
    const key = fetchKey(next);
    loadedKey = key;
    error = null;
    const tool = toolOf(next);
    try {
      if (tool === 'chain') {
        const g = next.node
          ? mergeGraphs(
              await Promise.all([
                ctx.api.supplyChain(next.node, 'upstream', 6),
                ctx.api.supplyChain(next.node, 'downstream', 6),
              ]),
            )
          : await loadWholeChain(ctx.api).then((w) => {
              if (w.failed > 0) error = mt()('chainPartial', { n: w.failed, m: w.domains });
              return w.graph;
            });
        if (loadedKey !== key) return;
        keeper.show(g, { params: next, select: next.node ?? null, record });
      } else if (tool === 'impact' && next.node) {
        const a = await ctx.api.impact(next.node);
        if (loadedKey !== key) return;
        impactAnswer = a;
        impactPicker.set(a.nodes.find((n) => n.id === a.root) ?? null);
        keeper.show(a, { params: next, select: a.root, trace: { kind: 'impact', id: a.root }, record });
      } else if (tool === 'bottlenecks') {
        bottleneckItems ??= (await api.bottlenecks(50)).items;
        if (next.node) {
          const a = await ctx.api.impact(next.node);
          if (loadedKey !== key) return;
          keeper.show(a, {
            params: next,
            select: next.node,
            trace: { kind: 'impact', id: next.node },
            record,
          });
          const id = next.node;
          whenDrawn(ctx, id, () => ctx.graph().focus(id));
        } else if (record) ctx.store.commit((s) => ({ ...s, modeParams: next }));
      } else if (tool === 'paths' && next.from && next.to) {
        const types = (next.types ?? '').split(',').filter(isRelType);
        const a = await api.paths({ from: next.from, to: next.to, k: Number(next.k ?? 3) || 3, types });
        if (loadedKey !== key) return;
        pathAnswer = a.paths;
        const g = mergeGraphs(a.paths);
        finder.setQuery(
          { from: next.from, to: next.to, k: Number(next.k ?? 3) || 3, types },
          (id) => g.nodes.find((n) => n.id === id) ?? summaryOf(id),
        );
        if (g.nodes.length > 0) keeper.show(g, { params: next, record });
        else if (record) ctx.store.commit((s) => ({ ...s, modeParams: next }));
      } else if (record) ctx.store.commit((s) => ({ ...s, modeParams: next }));
    } catch (err) {
      error = `${ctx.t()('apiError')}${(err as Error).message}`;
    }
    render();
    applyHighlights();
  };

  return {
    onState: (s) => {
      keeper.check(s);
      if (fetchKey(s.modeParams) !== loadedKey) void run(s.modeParams, false);
      else {
        render();
        applyHighlights();
      }
    },
    relabel,
    dispose: () => {
      ctx.decorations.clear();
      root.remove();
    },
  };
};

export const mode: ModeModule = { activate };
