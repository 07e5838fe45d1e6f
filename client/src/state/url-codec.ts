// The view as a URL fragment and back: `#lang=en&n=equipment:ecmo,material:x&sel=equipment:ecmo&cam=1.2@30@-8`.
// Pure. Long node lists are numbered against a frozen dictionary (`nd`) and packed (`nz`); nodes a
// mode rebuilds from its own parameters are left out. Decoding is tolerant: unknown values are dropped.
import { isNodeLabel, type Basis } from '../../../core/model/graph-model';
import { isLang, type Lang } from '../i18n/i18n';
import { indexIds, packIds, unindexIds, unpackIds } from './id-list-codec';
import { initialViewState, roundCamera, type Camera, type TraceKind, type ViewState } from './view-state';

const TRACE_KINDS: readonly TraceKind[] = ['upstream', 'downstream', 'impact'];
const isBasis = (s: string): s is Basis => s === 'stated' || s === 'inferred';
const MODE_PARAM = 'm.';

// Keep ids readable in the address bar: these characters are legal in a fragment.
const enc = (s: string): string =>
  encodeURIComponent(s)
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%40/g, '@')
    .replace(/%2F/g, '/')
    .replace(/%3B/g, ';');

const list = (v: string | null): string[] => (v ? v.split(',').filter((x) => x.length > 0) : []);

/** Node lists longer than this (characters) go in the packed form `nz` instead of the readable `n`. */
export const PACK_ABOVE = 500;

/** Links longer than this may be cut by mail clients, chat apps and some servers. */
export const URL_BUDGET = 2000;

const readCamera = (v: string | null): Camera | null => {
  const [zoom, x, y] = (v ?? '').split('@').map((part) => (part === '' ? NaN : Number(part)));
  return zoom !== undefined &&
    x !== undefined &&
    y !== undefined &&
    zoom > 0 &&
    [zoom, x, y].every(Number.isFinite)
    ? roundCamera({ zoom, x, y })
    : null;
};

export interface EncodeOptions {
  /** Nodes the active mode draws again from its own parameters (a comparison's pair): not written. */
  rebuilt?: ReadonlySet<string>;
}

/** The node list's parameters: readable when short; else numbered (`nd`) and the rest packed (`nz`). */
const nodeParts = (nodes: readonly string[]): [string, string][] => {
  const plain = nodes.join(',');
  if (plain.length <= PACK_ABOVE) return nodes.length > 0 ? [['n', plain]] : [];
  const { indexed, rest } = indexIds(nodes);
  const others = rest.join(',');
  return [
    ...(indexed ? ([['nd', indexed]] as [string, string][]) : []),
    ...(rest.length === 0
      ? []
      : others.length <= PACK_ABOVE
        ? ([['n', others]] as [string, string][])
        : ([['nz', packIds(rest)]] as [string, string][])),
  ];
};

/** The fragment (without `#`) for a view; defaults are left out to keep links short. */
export const encodeView = (s: ViewState, options: EncodeOptions = {}): string => {
  const parts: [string, string][] = [];
  if (s.mode !== 'explore') parts.push(['mode', s.mode]);
  parts.push(['lang', s.lang]);
  if (s.layout !== 'force') parts.push(['layout', s.layout]);
  const rebuilt = options.rebuilt;
  parts.push(...nodeParts(rebuilt?.size ? s.nodes.filter((id) => !rebuilt.has(id)) : s.nodes));
  if (s.selected !== null) parts.push(['sel', s.selected]);
  const pins = Object.entries(s.pinned).map(([id, p]) => `${id}@${Math.round(p.x)}@${Math.round(p.y)}`);
  if (pins.length > 0) parts.push(['pin', pins.join(',')]);
  if (s.filters.hiddenLabels.length > 0) parts.push(['xl', s.filters.hiddenLabels.join(',')]);
  if (s.filters.hiddenPlans.length > 0) parts.push(['xp', s.filters.hiddenPlans.join(',')]);
  if (s.filters.hiddenBasis.length > 0) parts.push(['xb', s.filters.hiddenBasis.join(',')]);
  if (s.trace) parts.push(['trace', `${s.trace.kind}@${s.trace.id}`]);
  if (s.camera) {
    const c = roundCamera(s.camera);
    parts.push(['cam', `${c.zoom}@${c.x}@${c.y}`]);
  }
  for (const [k, v] of Object.entries(s.modeParams).sort(([a], [b]) => a.localeCompare(b)))
    parts.push([`${MODE_PARAM}${k}`, v]);
  return parts.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
};

/** Reads a fragment (with or without `#`); `fallbackLang` applies when it names none. */
export const decodeView = (fragment: string, fallbackLang: Lang): ViewState => {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const base = initialViewState(fallbackLang);
  const lang = p.get('lang');
  const layout = p.get('layout');
  const pinned: ViewState['pinned'] = {};
  for (const item of list(p.get('pin'))) {
    const [id, x, y] = item.split('@');
    const px = Number(x);
    const py = Number(y);
    if (id && Number.isFinite(px) && Number.isFinite(py)) pinned[id] = { x: px, y: py };
  }
  const traceRaw = p.get('trace');
  const at = traceRaw?.indexOf('@') ?? -1;
  const kind = traceRaw && at > 0 ? traceRaw.slice(0, at) : '';
  const traceId = traceRaw && at > 0 ? traceRaw.slice(at + 1) : '';
  const modeParams: Record<string, string> = {};
  for (const [k, v] of p)
    if (k.startsWith(MODE_PARAM) && k.length > MODE_PARAM.length) modeParams[k.slice(2)] = v;
  const nodes = [
    ...new Set([...list(p.get('n')), ...unpackIds(p.get('nz') ?? ''), ...unindexIds(p.get('nd') ?? '')]),
  ];
  return {
    ...base,
    mode: p.get('mode') ?? base.mode,
    lang: isLang(lang) ? lang : fallbackLang,
    layout: layout === 'layered' || layout === 'clusters' ? layout : 'force',
    nodes,
    selected: p.get('sel') || null,
    pinned,
    filters: {
      hiddenLabels: list(p.get('xl')).filter(isNodeLabel),
      hiddenPlans: list(p.get('xp')),
      hiddenBasis: list(p.get('xb')).filter(isBasis),
    },
    trace:
      (TRACE_KINDS as readonly string[]).includes(kind) && traceId
        ? { kind: kind as TraceKind, id: traceId }
        : null,
    modeParams,
    camera: readCamera(p.get('cam')),
  };
};
