// The opening view just after a load: the server answers 503 while it switches graph versions. The
// page asks again with backoff, the loading banner up meanwhile, and draws the overview; a server
// that never finishes switching gets a clear error with a retry after five requests.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, openExplorer, waitForGraph } from './explorer-page';

const SWITCHING = {
  status: 503,
  contentType: 'application/json',
  headers: { 'retry-after': '5' },
  body: JSON.stringify({ error: { code: 'unavailable', message: 'api: the graph is switching versions' } }),
};

/** Answers the first `n` overview requests with the server's 503, then lets them through. */
const switchingFor = (n: number, asked: { count: number }) => (page: Page) =>
  page.route('**/api/overview*', (route) => {
    asked.count++;
    return asked.count <= n ? route.fulfill(SWITCHING) : route.continue();
  });

describe('the opening view while the server switches graph versions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('asks again after a 503, shows the loading banner meanwhile, then draws the overview', async () => {
    const asked = { count: 0 };
    const ex = await openExplorer(browser, inject('appUrl'), {
      waitForGraph: false,
      before: switchingFor(2, asked),
    });
    try {
      await ex.page.locator('#status.status-loading').waitFor({ timeout: 10_000 });
      await waitForGraph(ex.page);
      expect(asked.count).toBe(3);
      expect((await drawnNodes(ex.page)).length).toBeGreaterThan(0);
      expect(await ex.page.getByRole('alert').count()).toBe(0);
      expect(await ex.page.getByTestId('retry').count()).toBe(0);
    } finally {
      await ex.close();
    }
  });

  it('gives up after five requests with an error and a retry that draws the overview', async () => {
    const asked = { count: 0 };
    const ex = await openExplorer(browser, inject('appUrl'), {
      waitForGraph: false,
      before: switchingFor(5, asked),
    });
    try {
      const alert = ex.page.getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      expect(asked.count).toBe(5);
      expect(await ex.page.getByTestId('retry').isVisible()).toBe(true);
      await ex.page.getByTestId('retry').click();
      await waitForGraph(ex.page);
      expect(asked.count).toBe(6);
      expect((await drawnNodes(ex.page)).length).toBeGreaterThan(0);
      expect(await ex.page.getByRole('alert').count()).toBe(0);
    } finally {
      await ex.close();
    }
  });
});
