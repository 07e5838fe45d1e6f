// A tiny element builder for the panels: attributes, listeners and children in one call.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/**
 * Creates an element; `on*` attributes become listeners, `true` sets a boolean attribute.
 * @example h('button', { 'data-testid': 'fit', onclick: fit }, 'Fit')
 */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
};

/** Replaces an element's children. */
export const fill = (el: Element, ...children: (Child | Child[])[]): void => {
  el.replaceChildren(
    ...children.flat().filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element with its attributes, children appended; icons are decoration, so a root `svg`
 * is hidden from screen readers.
 * @example svg('svg', { width: 16, height: 16 }, svg('circle', { r: 8 }))
 */
export const svg = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: SVGElement[]
): SVGElementTagNameMap[K] => {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (tag === 'svg') el.setAttribute('aria-hidden', 'true');
  el.append(...children);
  return el;
};

/** A square icon of `size` px drawn in a 20-unit box centred on the origin. */
export const squareIcon = (size: number, ...children: SVGElement[]): SVGSVGElement =>
  svg('svg', { width: size, height: size, viewBox: '-10 -10 20 20' }, ...children);

/** A small SVG icon of a label's shape and colour, for the legend and the result lists. */
export const shapeIcon = (shape: string, color: string, size = 16): SVGSVGElement => {
  const poly = (k: number, rot: number, r = 9): string =>
    Array.from({ length: k }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / k;
      return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
    }).join(' ');
  const star = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 9.5 : 4;
    return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
  const points: Record<string, string> = {
    'round-hexagon': poly(6, 0),
    'round-diamond': poly(4, -Math.PI / 2),
    'round-triangle': poly(3, -Math.PI / 2, 10),
    'round-pentagon': poly(5, -Math.PI / 2),
    star,
  };
  const paint = { fill: color, stroke: '#222', 'stroke-width': 0.8 };
  const p = points[shape];
  const el =
    shape === 'ellipse'
      ? svg('circle', { r: 8.5, ...paint })
      : p
        ? svg('polygon', { points: p, ...paint })
        : svg('rect', { x: -9, y: -7, width: 18, height: 14, rx: shape === 'rectangle' ? 0 : 3, ...paint });
  return squareIcon(size, el);
};
