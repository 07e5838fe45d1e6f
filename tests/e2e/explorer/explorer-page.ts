// Opens the explorer in headless Chromium and reads the drawn graph, for the explorer's e2e tests.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const ARTIFACTS = path.resolve('test-artifacts', 'explorer');

export interface OpenOptions {
  locale?: 'zh-CN' | 'en-US';
  /** Path and fragment after the app's root, e.g. `#lang=en&n=equipment:ecmo`. */
  at?: string;
  /** Set up routes (e.g. abort /api) before the page loads. */
  before?: (page: Page) => Promise<unknown>;
  waitForGraph?: boolean;
}

export interface Explorer {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export const openExplorer = async (
  browser: Browser,
  appUrl: string,
  o: OpenOptions = {},
): Promise<Explorer> => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: o.locale ?? 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await o.before?.(page);
  await page.goto(new URL(o.at ?? '', appUrl).toString());
  if (o.waitForGraph ?? true) await waitForGraph(page);
  return { context, page, close: () => context.close() };
};

/** Waits until Cytoscape has drawn elements and no layout is running. */
export const waitForGraph = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => document.body.dataset.graphDrawn === 'true', null, { timeout: 20_000 });
  await settle(page);
};

/**
 * Lets animations and layouts finish: a short pause for the store to ask for a draw, then the page's
 * own signal that the draw (a layered layout in its worker included) has landed.
 */
export const settle = async (page: Page): Promise<void> => {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => document.body.dataset.drawing !== 'true', null, { timeout: 30_000 });
  await page.waitForTimeout(600);
};

interface CyLike {
  nodes(): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] };
  edges(): { length: number };
}

/** Ids and names of the nodes Cytoscape draws. */
export const drawnNodes = (page: Page): Promise<{ id: string; name: string; display: string }[]> =>
  page.evaluate(() => {
    const cy = (window as unknown as { planAtlas: { cy: CyLike } }).planAtlas.cy;
    return cy
      .nodes()
      .map((n) => ({ id: n.id(), name: String(n.data('name')), display: String(n.data('display')) }));
  });

export const screenshot = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
};

/** Types into the search box and waits for the grouped results. */
export const search = async (page: Page, text: string): Promise<string[]> => {
  const input = page.getByTestId('search-input');
  await input.fill('');
  await input.fill(text);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q,
    text,
    { timeout: 10_000 },
  );
  return page
    .getByTestId('search-result')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
};

/** Searches for a node and focuses it with Enter; waits until it is selected. */
export const focusBySearch = async (page: Page, text: string, id: string): Promise<void> => {
  const ids = await search(page, text);
  const index = ids.indexOf(id);
  if (index < 0) throw new Error(`e2e: search for ${text} did not list ${id} (got ${ids.join(', ')})`);
  for (let i = 0; i < index; i++) await page.getByTestId('search-input').press('ArrowDown');
  await page.getByTestId('search-input').press('Enter');
  await page.waitForFunction(
    (want) =>
      (
        window as unknown as { planAtlas: { store: { get(): { selected: string | null } } } }
      ).planAtlas.store.get().selected === want,
    id,
  );
  await settle(page);
};
