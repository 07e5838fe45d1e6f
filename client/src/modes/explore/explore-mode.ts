// Explore mode: the details of the selected node beside the graph (names, plans, actions,
// neighbours with "+N more", evidence), loaded when the selection changes.
import type { NodeDetails } from '../../api/wire';
import { neighbourGroups } from '../../graph/neighbour-groups';
import { displayName } from '../../i18n/i18n';
import { renderDetails } from '../../panels/details-panel';
import { renderEdgeDetails } from '../../panels/edge-details';
import { h } from '../../panels/dom';
import type { EvidenceItem } from '../../panels/evidence-list';
import type { ModeContext, ModeInstance, ModeModule } from '../common/registry';

const activate = (ctx: ModeContext): ModeInstance => {
  const host = h('section', {
    class: 'details',
    'data-testid': 'details',
    'aria-labelledby': 'details-title',
    tabindex: '-1',
  });
  ctx.panel.append(host);
  let details: NodeDetails | null = null;
  let loadingId: string | null = null;

  const evidenceOf = (d: NodeDetails): EvidenceItem[] => {
    const t = ctx.t();
    return d.evidence.map((e) => {
      const otherId = e.edge.source === d.node.id ? e.edge.target : e.edge.source;
      const other = ctx.cache.nodes.get(otherId);
      const arrow = e.edge.source === d.node.id ? '→' : '←';
      return {
        ...e,
        relation: `${arrow} ${t(`rel.${e.edge.type}`)} ${other ? displayName(other, ctx.lang()) : otherId}`,
      };
    });
  };

  const renderEdge = (id: string): boolean => {
    const edge = ctx.cache.edges.get(id);
    if (!edge) return false;
    renderEdgeDetails(host, {
      edge,
      source: ctx.cache.nodes.get(edge.source),
      target: ctx.cache.nodes.get(edge.target),
      t: ctx.t(),
      lang: ctx.lang(),
      planTitle: ctx.planTitle,
      onOpen: ctx.openEvidence,
      onNode: (n) => ctx.controller.select(n),
      onClose: () => ctx.controller.select(null),
    });
    return true;
  };

  const render = (): void => {
    const s = ctx.store.get();
    const t = ctx.t();
    const id = s.selected;
    // Edge ids (type|source|target) never look like node ids (label:slug).
    if (id?.includes('|') && renderEdge(id)) return;
    const view =
      id === null
        ? null
        : details?.node.id === id
          ? {
              details,
              groups: neighbourGroups(id, details.neighborCounts, ctx.cache.edges.values(), new Set(s.nodes)),
              pinned: id in s.pinned,
              evidence: evidenceOf(details),
            }
          : 'loading';
    renderDetails(host, view, t, ctx.lang(), ctx.planTitle, {
      trace: (kind) => id && void ctx.controller.trace(kind, id).catch(() => undefined),
      expand: (group) => id && void ctx.controller.expand(id, group).catch(() => undefined),
      collapse: () => id && ctx.controller.collapse(id),
      hide: () => id && ctx.controller.hide(id),
      togglePin: () => id && ctx.controller.togglePin(id),
      openEvidence: ctx.openEvidence,
      close: () => ctx.controller.select(null),
    });
  };

  const load = async (id: string): Promise<void> => {
    loadingId = id;
    render();
    try {
      const d = await ctx.api.node(id);
      if (loadingId !== id) return;
      details = d;
      ctx.cache.nodes.set(d.node.id, { ...ctx.cache.nodes.get(d.node.id), ...d.node });
    } catch (err) {
      if (loadingId !== id) return;
      host.replaceChildren(
        h('p', { class: 'error', role: 'alert' }, `${ctx.t()('apiError')}${(err as Error).message}`),
      );
      return;
    }
    render();
  };

  return {
    onState: (s, prev) => {
      const isEdge = s.selected?.includes('|') ?? false;
      if (s.selected !== null && !isEdge && s.selected !== details?.node.id && s.selected !== loadingId)
        void load(s.selected);
      else if (
        s.selected !== prev.selected ||
        s.nodes !== prev.nodes ||
        s.pinned !== prev.pinned ||
        s.lang !== prev.lang
      ) {
        if (s.selected === null) loadingId = null;
        render();
      }
    },
    relabel: render,
    dispose: () => host.remove(),
  };
};

export const exploreMode: ModeModule = { activate };
export const mode = exploreMode;
