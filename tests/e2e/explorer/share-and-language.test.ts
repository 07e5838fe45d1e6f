import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, focusBySearch, openExplorer, screenshot, settle, waitForGraph } from './explorer-page';

describe('explorer language and shareable state', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('follows the browser language at first and switches the whole page, node labels too', async () => {
    const ex = await openExplorer(browser, inject('appUrl'), { locale: 'en-US' });
    expect(await ex.page.getByTestId('lang-toggle').textContent()).toBe('中文');
    const english = await drawnNodes(ex.page);
    const domain = english.find((n) => n.id.startsWith('domain:'));
    expect(domain?.display).not.toBe(domain?.name);
    await screenshot(ex.page, '07-overview-en');
    await ex.page.getByTestId('lang-toggle').click();
    await settle(ex.page);
    expect(await ex.page.getByTestId('lang-toggle').textContent()).toBe('English');
    const chinese = await drawnNodes(ex.page);
    expect(chinese.find((n) => n.id === domain?.id)?.display).toBe(domain?.name);
    expect(await ex.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await ex.close();
  });

  it('restores the same view from a copied URL, and moves back through history', async () => {
    const ex = await openExplorer(browser, inject('appUrl'));
    await focusBySearch(ex.page, 'ECMO', 'equipment:ecmo');
    await ex.page.getByTestId('trace-upstream').click();
    await ex.page.waitForFunction(() => location.hash.includes('trace='));
    await settle(ex.page);
    await ex.page.getByTestId('lang-toggle').click();
    await settle(ex.page);
    const url = ex.page.url();
    const shown = (await drawnNodes(ex.page)).map((n) => n.id).sort();

    const copy = await openExplorer(browser, url.replace(/#.*/, ''), { at: url.slice(url.indexOf('#')) });
    expect((await drawnNodes(copy.page)).map((n) => n.id).sort()).toEqual(shown);
    const state = await copy.page.evaluate(() =>
      (
        window as unknown as {
          planAtlas: { store: { get(): { selected: string | null; lang: string; trace: unknown } } };
        }
      ).planAtlas.store.get(),
    );
    expect(state.selected).toBe('equipment:ecmo');
    expect(state.lang).toBe('en');
    expect(state.trace).toEqual({ kind: 'upstream', id: 'equipment:ecmo' });
    await screenshot(copy.page, '08-restored-from-url');
    await copy.close();

    await ex.page.goBack();
    await waitForGraph(ex.page);
    await expect.poll(async () => (await drawnNodes(ex.page)).map((n) => n.id).sort()).not.toEqual(shown);
    await ex.close();
  });
});
