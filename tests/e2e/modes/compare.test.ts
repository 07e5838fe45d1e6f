// Comparison mode: 2017 vs 2021, counts by label that match the API, items that focus the graph.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CompareResponse } from '../../../core/contract';
import { launchBrowser } from '../../helpers/browser';
import { drawn, openAt, screenshot, settle, type ModesPage } from './modes-page';

describe('compare mode', () => {
  let browser: Browser;
  let m: ModesPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    m = await openAt(browser, inject('appUrl'), '#lang=zh');
    await m.page.getByTestId('mode-compare').click();
    await m.page.getByTestId('compare-counts').waitFor({ timeout: 20_000 });
    await settle(m.page, 2500);
    await screenshot(m.page, 'compare');
  });
  afterAll(async () => {
    await m.close();
    await browser.close();
  });

  it('compares the 2017 plan with the 2021 plan and its counts match the API', async () => {
    const res = await fetch(new URL('/api/compare?a=hist-2017&b=meq-2021', inject('appUrl')));
    const api = (await res.json()) as CompareResponse;
    const cells = await m.page.getByTestId('compare-count').evaluateAll((els) =>
      els.map((e) => ({
        label: e.getAttribute('data-label'),
        group: e.getAttribute('data-group'),
        n: Number(e.textContent),
      })),
    );
    expect(cells.length).toBeGreaterThan(6);
    let total = 0;
    for (const c of cells) {
      if (c.label === '*') continue;
      const group = api[c.group as 'both' | 'onlyA' | 'onlyB'];
      expect(c.n, `${c.group} ${c.label}`).toBe(group[c.label as keyof typeof group]?.length ?? 0);
      total += c.n;
    }
    const apiTotal = (['both', 'onlyA', 'onlyB'] as const).reduce(
      (s, g) => s + Object.values(api[g]).reduce((t, l) => t + (l?.length ?? 0), 0),
      0,
    );
    expect(total).toBe(apiTotal);
  });

  it('colours the graph by both / only 2017 / only 2021', async () => {
    const colours = await m.page.evaluate(() => {
      const cy = (
        window as unknown as {
          planAtlas: { cy: { nodes(): { map<T>(f: (n: { style(k: string): string }) => T): T[] } } };
        }
      ).planAtlas.cy;
      return [...new Set(cy.nodes().map((n) => n.style('background-color')))];
    });
    expect(colours.length).toBeGreaterThanOrEqual(3);
  });

  it('focuses an item of the lists on the graph when clicked', async () => {
    const item = m.page.getByTestId('compare-list-onlyB').getByTestId('compare-item').first();
    const id = (await item.getAttribute('data-node-id')) ?? '';
    await item.click();
    await expect.poll(() => drawn(m.page, ':selected'), { timeout: 10_000 }).toEqual([id]);
  });
});
