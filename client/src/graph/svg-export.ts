// A small SVG serialiser for the visible graph: shapes, colours, dashes and labels from model
// positions, so the drawing scales cleanly on a slide. Labels are the lines Cytoscape draws, at its
// font sizes; a label the page hides (it would collide) is kept as text but not displayed.
// Pure: drawn elements in, SVG text out.

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: string;
  label: string;
  /** The label's lines as drawn (default: the label on one line). */
  lines?: readonly string[];
  /** Font size of this label (default: the options' `fontSize`). */
  fontSize?: number;
  /** The page does not draw this label (`label-hidden`): kept in the file, not displayed. */
  hidden?: boolean;
  bold?: boolean;
}

export interface SvgEdge {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  dashed: boolean;
  color: string;
  /** Distance to stop short of the target, so the arrow head touches the node's outline. */
  targetRadius: number;
}

export interface SvgOptions {
  padding: number;
  fontSize: number;
  background: string;
  title: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const n2 = (v: number): string => (Math.round(v * 10) / 10).toString();

/** Regular polygon points around (x, y) with `k` corners, first corner at `rot` radians. */
const polygon = (x: number, y: number, r: number, k: number, rot: number): string =>
  Array.from({ length: k }, (_, i) => {
    const a = rot + (i * 2 * Math.PI) / k;
    return `${n2(x + r * Math.cos(a))},${n2(y + r * Math.sin(a))}`;
  }).join(' ');

const star = (x: number, y: number, r: number): string =>
  Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    return `${n2(x + rr * Math.cos(a))},${n2(y + rr * Math.sin(a))}`;
  }).join(' ');

const shapeSvg = (n: SvgNode): string => {
  const r = n.size / 2;
  const paint = `fill="${esc(n.color)}" stroke="#ffffff" stroke-width="1.5"`;
  switch (n.shape) {
    case 'ellipse':
      return `<circle cx="${n2(n.x)}" cy="${n2(n.y)}" r="${n2(r)}" ${paint}/>`;
    case 'round-hexagon':
      return `<polygon points="${polygon(n.x, n.y, r, 6, 0)}" ${paint}/>`;
    case 'round-diamond':
      return `<polygon points="${polygon(n.x, n.y, r, 4, -Math.PI / 2)}" ${paint}/>`;
    case 'round-triangle':
      return `<polygon points="${polygon(n.x, n.y, r, 3, -Math.PI / 2)}" ${paint}/>`;
    case 'round-pentagon':
      return `<polygon points="${polygon(n.x, n.y, r, 5, -Math.PI / 2)}" ${paint}/>`;
    case 'star':
      return `<polygon points="${star(n.x, n.y, r)}" ${paint}/>`;
    default: {
      const rx = n.shape === 'rectangle' ? 0 : r / 3;
      return `<rect x="${n2(n.x - r)}" y="${n2(n.y - r * 0.75)}" width="${n2(2 * r)}" height="${n2(1.5 * r)}" rx="${n2(rx)}" ${paint}/>`;
    }
  }
};

const edgeSvg = (e: SvgEdge): string => {
  const dx = e.tx - e.sx;
  const dy = e.ty - e.sy;
  const len = Math.hypot(dx, dy) || 1;
  const ex = e.tx - (dx / len) * e.targetRadius;
  const ey = e.ty - (dy / len) * e.targetRadius;
  const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
  return `<line x1="${n2(e.sx)}" y1="${n2(e.sy)}" x2="${n2(ex)}" y2="${n2(ey)}" stroke="${esc(e.color)}" stroke-width="1.6"${dash} marker-end="url(#arrow)"/>`;
};

/** A standalone SVG document of the drawing (UTF-8, CJK labels kept as text). */
export const toSvg = (nodes: readonly SvgNode[], edges: readonly SvgEdge[], options: SvgOptions): string => {
  const fontOf = (n: SvgNode): number => n.fontSize ?? options.fontSize;
  const linesOf = (n: SvgNode): readonly string[] => n.lines ?? [n.label];
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size]);
  const ys = nodes.flatMap((n) => [
    n.y - n.size,
    n.y + n.size + fontOf(n) * (n.hidden ? 1 : linesOf(n).length + 1),
  ]);
  const minX = (xs.length ? Math.min(...xs) : 0) - options.padding;
  const minY = (ys.length ? Math.min(...ys) : 0) - options.padding;
  const w = (xs.length ? Math.max(...xs) : 100) + options.padding - minX;
  const h = (ys.length ? Math.max(...ys) : 100) + options.padding - minY;
  const labels = nodes.map((n) => {
    const font = fontOf(n);
    const x = n2(n.x);
    const top = n.y + n.size / 2 + font + 3;
    const lines = linesOf(n)
      .map((l, i) => `<tspan x="${x}" y="${n2(top + i * font * 1.2)}">${esc(l)}</tspan>`)
      .join('');
    const attrs = [
      font !== options.fontSize ? ` font-size="${n2(font)}"` : '',
      n.bold ? ' font-weight="bold"' : '',
      n.hidden ? ' display="none"' : '',
    ].join('');
    return `<text x="${x}" y="${n2(top)}" text-anchor="middle"${attrs}><title>${esc(n.label)}</title>${lines}</text>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n2(minX)} ${n2(minY)} ${n2(w)} ${n2(h)}" width="${Math.ceil(w)}" height="${Math.ceil(h)}">`,
    `<title>${esc(options.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b6b6b"/></marker></defs>`,
    `<rect x="${n2(minX)}" y="${n2(minY)}" width="${n2(w)}" height="${n2(h)}" fill="${esc(options.background)}"/>`,
    `<g class="edges">${edges.map(edgeSvg).join('')}</g>`,
    `<g class="nodes">${nodes.map(shapeSvg).join('')}</g>`,
    `<g class="labels" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="${options.fontSize}" fill="#111111" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    `</svg>`,
  ].join('\n');
};
