// Opens the page in a mode and drives the modes' controls as a user would, for the modes' e2e tests.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const ARTIFACTS = path.resolve('test-artifacts', 'modes');

export interface ModesPage {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Opens the app at a fragment (e.g. `#mode=supply-chain&lang=zh`) and waits for the first drawing. */
export const openAt = async (browser: Browser, appUrl: string, fragment: string): Promise<ModesPage> => {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(new URL(fragment, appUrl).toString());
  await page.waitForFunction(() => document.body.dataset.graphDrawn === 'true', null, { timeout: 30_000 });
  return { context, page, close: () => context.close() };
};

/** Lets layouts and animated transitions finish: the page's draw signal, then `ms` for animations. */
export const settle = async (page: Page, ms = 900): Promise<void> => {
  await page.waitForTimeout(Math.min(ms, 300));
  await page.waitForFunction(() => document.body.dataset.drawing !== 'true', null, { timeout: 30_000 });
  await page.waitForTimeout(Math.max(0, ms - 300));
};

/** Types into a node picker and takes the result with that id. */
export const pick = async (page: Page, testId: string, text: string, id: string): Promise<void> => {
  await page.getByTestId(testId).fill(text);
  const option = page.locator(`[data-testid="${testId}-result"][data-node-id="${id}"]`);
  await option.waitFor({ timeout: 15_000 });
  await option.dispatchEvent('mousedown');
};

interface CyLike {
  nodes(sel?: string): { map<T>(f: (n: { id(): string }) => T): T[] };
  edges(sel?: string): {
    map<T>(f: (e: { source(): { id(): string }; target(): { id(): string } }) => T): T[];
  };
}

/** Node ids drawn, and those selected. */
export const drawn = (page: Page, selector = ''): Promise<string[]> =>
  page.evaluate((sel) => {
    const cy = (window as unknown as { planAtlas: { cy: CyLike } }).planAtlas.cy;
    return cy.nodes(sel || undefined).map((n) => n.id());
  }, selector);

/** Edges drawn as `source>target`, optionally only those matching a selector (e.g. `.mode-hl`). */
export const drawnEdges = (page: Page, selector = ''): Promise<string[]> =>
  page.evaluate((sel) => {
    const cy = (window as unknown as { planAtlas: { cy: CyLike } }).planAtlas.cy;
    return cy.edges(sel || undefined).map((e) => `${e.source().id()}>${e.target().id()}`);
  }, selector);

export const screenshot = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
};

interface BoxCy {
  nodes(): {
    map<T>(
      f: (n: {
        id(): string;
        boundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
      }) => T,
    ): T[];
  };
}

/** Pairs of drawn nodes whose boxes, labels included, overlap by more than `slack` pixels each way. */
export const overlappingNodes = (page: Page, slack = 2): Promise<string[]> =>
  page.evaluate((s) => {
    const cy = (window as unknown as { planAtlas: { cy: BoxCy } }).planAtlas.cy;
    const boxes = cy
      .nodes()
      .map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.b;
        const b = boxes[j]!.b;
        const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (w > s && h > s) out.push(`${boxes[i]!.id} ~ ${boxes[j]!.id}`);
      }
    return out;
  }, slack);
