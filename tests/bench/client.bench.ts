// The explorer page's speed in headless Chromium: time to the first drawn graph beside first paint,
// frames per second while panning and zooming 2,000 and 5,000 elements on canvas and on WebGL, and
// the gzip size of the JavaScript the first view ships.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import type { BenchRow } from './bench-table';

const RUNS = 5;
const PAN_MS = 3000;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

/** Milliseconds from navigation to first paint and to the first Cytoscape render with elements. */
const firstDraw = async (page: Page, url: string): Promise<{ paint: number; graph: number }> => {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.graphDrawn === 'true', null, { timeout: 30_000 });
  return page.evaluate(() => {
    const paint =
      performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')?.startTime ?? NaN;
    const graph = performance.getEntriesByName('planatlas:graph-drawn')[0]?.startTime ?? NaN;
    return { paint, graph };
  });
};

/** Frames per second while the user pans and zooms over `n` synthetic elements. */
const panFps = async (
  page: Page,
  n: number,
  renderer: 'canvas' | 'webgl',
): Promise<{ fps: number; renderer: string }> => {
  const loaded = await page.evaluate(
    ([count, r]) =>
      (
        window as unknown as {
          planAtlas: { loadSynthetic(n: number, r: string): Promise<{ renderer: string }> };
        }
      ).planAtlas.loadSynthetic(count, r),
    [n, renderer] as const,
  );
  await page.waitForTimeout(500);
  // Frames are counted in the page with requestAnimationFrame while real input pans (a mouse drag)
  // and zooms (the wheel): Cytoscape's viewport optimisations react to gestures, not to API calls.
  // (Strings, not functions: tsx's transform would add a helper the page lacks.)
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    function tick() { window.__frames++; if (window.__counting) requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
    window.__t0 = performance.now();
  })()`);
  const box = (await page.getByTestId('graph').boundingBox())!;
  // Start the drag on empty background near the centre (a drag that starts on a node moves the node).
  const spot = await page.evaluate<{ x: number; y: number }>(`(() => {
    const cy = window.planAtlas.cy;
    const pts = cy.nodes().map((n) => n.renderedPosition());
    const w = cy.width(), h = cy.height();
    for (let r = 0; r < Math.min(w, h) / 2; r += 3)
      for (let a = 0; a < 6.28; a += 0.3) {
        const x = w / 2 + r * Math.cos(a), y = h / 2 + r * Math.sin(a);
        if (pts.every((p) => Math.hypot(p.x - x, p.y - y) > 25)) return { x, y };
      }
    return { x: 5, y: 5 };
  })()`);
  const cx = box.x + spot.x;
  const cy = box.y + spot.y;
  // One continuous drag for half the time, then continuous wheel zooming, as a user pans and zooms.
  const started = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let k = 0; Date.now() - started < PAN_MS / 2; k++)
    await page.mouse.move(cx + Math.sin(k / 15) * 250, cy + Math.cos(k / 20) * 150);
  await page.mouse.up();
  for (let k = 0; Date.now() - started < PAN_MS; k++)
    await page.mouse.wheel(0, (Math.floor(k / 10) % 2 ? 1 : -1) * 60);
  const fps = await page.evaluate<number>(
    `(() => { window.__counting = false; return window.__frames * 1000 / (performance.now() - window.__t0); })()`,
  );
  return { fps, renderer: loaded.renderer };
};

/** Drawing `n` synthetic elements (placed, or laid out by force): the time and the longest main-thread frame. */
const syntheticDraw = (
  page: Page,
  n: number,
  layout: 'none' | 'force',
): Promise<{ ms: number; longestFrame: number }> =>
  page.evaluate<{ ms: number; longestFrame: number }>(`(async () => {
    let longest = 0, last = performance.now(), running = true;
    function tick(now) { longest = Math.max(longest, now - last); last = now; if (running) requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
    const t0 = performance.now();
    await window.planAtlas.loadSynthetic(${n}, 'canvas', '${layout}');
    const ms = performance.now() - t0;
    // Two more frames, so that a long synchronous stretch just before the end is counted too.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    running = false;
    return { ms, longestFrame: longest };
  })()`);

/** gzip bytes of the scripts index.html loads at once (entry and modulepreloads; lazy chunks excluded). */
const firstViewJs = async (appUrl: string): Promise<{ bytes: number; files: number }> => {
  const html = await (await fetch(appUrl)).text();
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  let bytes = 0;
  for (const src of srcs)
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, appUrl))).arrayBuffer()), {
      level: 9,
    }).length;
  return { bytes, files: srcs.length };
};

export async function benchClient(ctx: { appUrl: string }): Promise<BenchRow[]> {
  const browser = await launchBrowser();
  const rows: BenchRow[] = [];
  try {
    const paints: number[] = [];
    const draws: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each run: no warm HTTP cache, like a first visit.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const r = await firstDraw(page, ctx.appUrl);
      paints.push(r.paint);
      draws.push(r.graph);
      await context.close();
    }
    rows.push({
      name: 'first paint',
      value: median(paints),
      unit: 'ms',
      note: `median of ${RUNS} cold loads`,
    });
    rows.push({
      name: 'first graph drawn',
      value: median(draws),
      unit: 'ms',
      note: 'navigation -> first Cytoscape render of the overview (goal <= 1500)',
    });

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(ctx.appUrl);
    await page.waitForFunction(() => document.body.dataset.graphDrawn === 'true', null, { timeout: 30_000 });
    for (const n of [2000, 5000])
      for (const renderer of ['canvas', 'webgl'] as const) {
        const r = await panFps(page, n, renderer);
        const goal = n === 2000 ? 30 : 15;
        rows.push({
          name: `pan/zoom ${n} elements, ${renderer}`,
          value: r.fps,
          unit: 'frames/s',
          note: `goal >= ${goal}; drawn by ${r.renderer}; headless --disable-gpu (software GL)`,
        });
      }
    // Adding 2,000 elements costs the main thread the same with or without the force layout: the
    // layout itself runs in a worker and adds no long frame.
    const placed = await syntheticDraw(page, 2000, 'none');
    const forced = await syntheticDraw(page, 2000, 'force');
    rows.push({
      name: 'draw 2000 elements, preset positions',
      value: placed.ms,
      unit: 'ms',
      note: `longest frame ${placed.longestFrame.toFixed(0)} ms`,
    });
    rows.push({
      name: 'draw 2000 elements + force layout',
      value: forced.ms,
      unit: 'ms',
      note: `fcose in a worker; longest frame ${forced.longestFrame.toFixed(0)} ms`,
    });
    await context.close();

    const js = await firstViewJs(ctx.appUrl);
    rows.push({
      name: 'JS for the first view (gzip)',
      value: js.bytes / 1024,
      unit: 'KiB',
      note: `${js.files} file(s); goal < 350`,
    });
  } finally {
    await browser.close();
  }
  return rows;
}
