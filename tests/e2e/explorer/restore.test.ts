// Opening a shared link restores its view with few requests: a traced view with its one trace
// request, never one request per node; nodes that cannot be had are reported, the rest is drawn.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, focusBySearch, openExplorer } from './explorer-page';

/** API paths the page requests from now on (query strings left out). */
const recordApi = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/')) seen.push(decodeURIComponent(u.pathname));
  });
  return seen;
};

describe('restoring a view from its URL', () => {
  let browser: Browser;
  let traced: string;
  let tracedNodes: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    const ex = await openExplorer(browser, inject('appUrl'));
    await focusBySearch(ex.page, 'CT', 'equipment:ct');
    await ex.page.getByTestId('trace-upstream').click();
    await ex.page.waitForFunction(() => location.hash.includes('trace='));
    await ex.page.waitForTimeout(900);
    traced = ex.page.url();
    tracedNodes = (await drawnNodes(ex.page)).map((n) => n.id).sort();
    await ex.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('restores a traced view with one trace request and no per-node requests', async () => {
    let seen: string[] = [];
    const copy = await openExplorer(browser, inject('appUrl'), {
      at: traced.slice(traced.indexOf('#')),
      before: (page) => {
        seen = recordApi(page);
        return Promise.resolve();
      },
    });
    expect((await drawnNodes(copy.page)).map((n) => n.id).sort()).toEqual(tracedNodes);
    expect(tracedNodes.length).toBeGreaterThan(3);
    expect(seen.filter((p) => p.startsWith('/api/supply-chain/'))).toEqual([
      '/api/supply-chain/equipment:ct',
    ]);
    // The only node request is the details panel's, for the selected node.
    expect(seen.filter((p) => p.startsWith('/api/nodes/') && p !== '/api/nodes/equipment:ct')).toEqual([]);
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
