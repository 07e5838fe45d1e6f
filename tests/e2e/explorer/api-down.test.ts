import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, openExplorer, screenshot, waitForGraph } from './explorer-page';

describe('explorer with the API stopped', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says the service cannot be reached, and recovers on retry', async () => {
    let down = true;
    const ex = await openExplorer(browser, inject('appUrl'), {
      waitForGraph: false,
      before: (page) =>
        page.route('**/api/**', (route) => (down ? route.abort('connectionrefused') : route.continue())),
    });
    const alert = ex.page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('无法连接到图谱服务');
    expect(await ex.page.getByTestId('retry').isVisible()).toBe(true);
    await screenshot(ex.page, '09-api-down');
    down = false;
    await ex.page.getByTestId('retry').click();
    await waitForGraph(ex.page);
    expect((await drawnNodes(ex.page)).length).toBeGreaterThan(0);
    expect(await ex.page.getByRole('alert').count()).toBe(0);
    await ex.close();
  });
});
