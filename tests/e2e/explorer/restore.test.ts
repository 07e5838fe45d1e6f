// Opening a shared link restores its view exactly: the same nodes, the same edges among them and the
// same zoom and pan, in a fresh page or after other navigation; nodes that cannot be had are reported.
// Links stay shareable: a 200-node view fits in under 2,000 characters, a comparison names its pair.
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, openExplorer } from './explorer-page';

/** API paths the page requests from now on (query strings left out). */
const recordApi = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/')) seen.push(decodeURIComponent(u.pathname));
  });
  return seen;
};

interface Drawn {
  nodes: string[];
  edges: string[];
  zoom: number;
  pan: { x: number; y: number };
}

/** What the page draws: node and edge ids (sorted) and the camera, rounded as the URL keeps it. */
const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    interface Cy {
      nodes(): { map<T>(f: (n: { id(): string }) => T): T[] };
      edges(): { map<T>(f: (n: { id(): string }) => T): T[] };
      zoom(): number;
      pan(): { x: number; y: number };
    }
    const cy = (window as unknown as { planAtlas: { cy: Cy } }).planAtlas.cy;
    return {
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
      zoom: Math.round(cy.zoom() * 1000) / 1000,
      pan: { x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) },
    };
  });

/** Focuses a node as a search pick does (the search box is tested in search.test.ts). */
const focusNode = async (page: Page, id: string): Promise<void> => {
  await page.evaluate(
    (want) =>
      (
        window as unknown as { planAtlas: { controller: { focusNode(x: string): Promise<void> } } }
      ).planAtlas.controller.focusNode(want),
    id,
  );
  await page.waitForFunction(
    (want) =>
      (
        window as unknown as { planAtlas: { store: { get(): { selected: string | null } } } }
      ).planAtlas.store.get().selected === want,
    id,
  );
  await page.waitForTimeout(900);
};

/** The camera a link names (`cam=zoom@x@y`). */
const cameraOf = (url: string): Pick<Drawn, 'zoom' | 'pan'> => {
  const cam = new URLSearchParams(url.slice(url.indexOf('#') + 1)).get('cam') ?? '';
  const [zoom, x, y] = cam.split('@').map(Number);
  return { zoom: zoom ?? NaN, pan: { x: x ?? NaN, y: y ?? NaN } };
};

describe('restoring a view from its URL', () => {
  let browser: Browser;
  let traced: string;
  let tracedNodes: string[];
  let tracedEdges: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    const ex = await openExplorer(browser, inject('appUrl'));
    await focusNode(ex.page, 'equipment:ct');
    await ex.page.getByTestId('trace-upstream').click();
    await ex.page.waitForFunction(() => location.hash.includes('trace='));
    await ex.page.waitForFunction(() => document.body.dataset.drawing === 'false', null, { timeout: 20_000 });
    // The presenter zooms in and pans a little before copying the link.
    await ex.page.evaluate(() => {
      const cy = (window as unknown as { planAtlas: { cy: Core } }).planAtlas.cy;
      cy.zoom(cy.zoom() * 1.3);
      cy.panBy({ x: 37, y: -21 });
    });
    await ex.page.waitForFunction(() => location.hash.includes('cam='));
    await ex.page.waitForTimeout(600);
    traced = ex.page.url();
    const d = await drawn(ex.page);
    tracedNodes = d.nodes;
    tracedEdges = d.edges;
    expect(cameraOf(traced)).toEqual({ zoom: d.zoom, pan: d.pan });
    await ex.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('gives the same nodes, edges, zoom and pan in a fresh page, with one request per node', async () => {
    let seen: string[] = [];
    const copy = await openExplorer(browser, inject('appUrl'), {
      at: traced.slice(traced.indexOf('#')),
      before: (page) => {
        seen = recordApi(page);
        return Promise.resolve();
      },
    });
    // The layered layout runs in a worker: wait until it has landed and the camera is put back.
    await expect
      .poll(() => drawn(copy.page), { timeout: 20_000 })
      .toEqual({ nodes: tracedNodes, edges: tracedEdges, ...cameraOf(traced) });
    expect(tracedNodes.length).toBeGreaterThan(3);
    // Each node's edges are asked once; no trace request and no per-node details besides the panel's.
    const neighbours = seen.filter((p) => p.endsWith('/neighbors'));
    expect(new Set(neighbours).size).toBe(neighbours.length);
    expect(neighbours.length).toBeLessThanOrEqual(tracedNodes.length);
    expect(seen.filter((p) => p.startsWith('/api/supply-chain/'))).toEqual([]);
    expect(seen.filter((p) => /^\/api\/nodes\/[^/]+$/.test(p) && p !== '/api/nodes/equipment:ct')).toEqual(
      [],
    );
    await copy.close();
  });

  it('gives the same nodes, edges, zoom and pan after other navigation, and back/forward', async () => {
    const ex = await openExplorer(browser, inject('appUrl'));
    // Other navigation first: ECMO and its neighbours, expanded, so the cache holds other answers.
    await focusNode(ex.page, 'equipment:ecmo');
    await ex.page.getByTestId('expand').click();
    await ex.page.waitForTimeout(900);
    await ex.page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      traced.slice(traced.indexOf('#') + 1),
    );
    await ex.page.waitForFunction((want) => location.hash.includes(want), 'trace=upstream');
    await expect
      .poll(() => drawn(ex.page), { timeout: 20_000 })
      .toEqual({ nodes: tracedNodes, edges: tracedEdges, ...cameraOf(traced) });
    // Back to ECMO and forward again: the same view once more.
    await ex.page.goBack();
    await expect
      .poll(() => drawn(ex.page).then((d) => d.nodes), { timeout: 20_000 })
      .not.toEqual(tracedNodes);
    await ex.page.goForward();
    await expect
      .poll(() => drawn(ex.page), { timeout: 20_000 })
      .toEqual({ nodes: tracedNodes, edges: tracedEdges, ...cameraOf(traced) });
    await ex.close();
  });

  it('shares a 200-node view in a link under 2,000 characters that restores it exactly', async () => {
    // 200 real ids: the domains and equipment of both plans, as a comparison lists them.
    const res = await fetch(new URL('/api/compare?a=hist-2017&b=meq-2021', inject('appUrl')));
    const body = (await res.json()) as Record<string, unknown>;
    const ids = (['both', 'onlyA', 'onlyB'] as const)
      .flatMap((g) => Object.values(body[g] as Record<string, { id: string }[]>).flat())
      .map((n) => n.id)
      .sort()
      .slice(0, 200);
    expect(ids).toHaveLength(200);
    const ex = await openExplorer(browser, inject('appUrl'), { at: `#lang=en&n=${ids.join(',')}` });
    await expect.poll(() => drawn(ex.page).then((d) => d.nodes.length), { timeout: 120_000 }).toBe(200);
    await ex.page.evaluate(() => {
      const cy = (window as unknown as { planAtlas: { cy: Core } }).planAtlas.cy;
      cy.zoom(cy.zoom() * 1.2);
      cy.panBy({ x: -40, y: 25 });
    });
    await ex.page.waitForFunction(() => location.hash.includes('cam='));
    await ex.page.waitForTimeout(600);
    const link = ex.page.url();
    const before = await drawn(ex.page);
    console.log(`[share] 200-node explore view: link of ${link.length} characters`);
    expect(link.length).toBeLessThan(2000);
    expect(await ex.page.getByTestId('link-too-long').isHidden()).toBe(true);
    await ex.close();

    const copy = await openExplorer(browser, inject('appUrl'), { at: link.slice(link.indexOf('#')) });
    await expect.poll(() => drawn(copy.page), { timeout: 120_000 }).toEqual({ ...before, ...cameraOf(link) });
    expect(before.nodes).toEqual(ids);
    await copy.close();
  });

  it('shares a comparison by its pair alone: the link names no node, and restores the same drawing', async () => {
    const ex = await openExplorer(browser, inject('appUrl'), { at: '#lang=en&mode=compare' });
    await ex.page.waitForFunction(() => location.hash.includes('m.a=') && location.hash.includes('m.b='));
    await expect
      .poll(() => drawn(ex.page).then((d) => d.nodes.length), { timeout: 60_000 })
      .toBeGreaterThan(100);
    await ex.page.waitForTimeout(900);
    await ex.page.evaluate(() => {
      const cy = (window as unknown as { planAtlas: { cy: Core } }).planAtlas.cy;
      cy.zoom(cy.zoom() * 1.25);
      cy.panBy({ x: 30, y: -60 });
    });
    await ex.page.waitForFunction(() => location.hash.includes('cam='));
    await ex.page.waitForTimeout(600);
    const link = ex.page.url();
    const before = await drawn(ex.page);
    console.log(`[share] comparison of ${before.nodes.length} nodes: link of ${link.length} characters`);
    const fragment = new URLSearchParams(link.slice(link.indexOf('#') + 1));
    expect([...fragment.keys()].filter((k) => /^n[dz]?$/.test(k))).toEqual([]);
    expect(link.length).toBeLessThan(300);
    await ex.close();

    const copy = await openExplorer(browser, inject('appUrl'), { at: link.slice(link.indexOf('#')) });
    await expect.poll(() => drawn(copy.page), { timeout: 60_000 }).toEqual({ ...before, ...cameraOf(link) });
    await copy.close();
  });

  it('says how many nodes could not be restored and draws the others', async () => {
    const ex = await openExplorer(browser, inject('appUrl'), {
      at: '#n=equipment:ecmo,equipment:no-such-machine,material:no-such-material',
    });
    await expect.poll(() => ex.page.getByTestId('retry').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await ex.page.locator('#status [role="alert"]').textContent()).toContain('2');
    expect((await drawnNodes(ex.page)).map((n) => n.id)).toContain('equipment:ecmo');
    await ex.close();
  });
});
