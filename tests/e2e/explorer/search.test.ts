import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, focusBySearch, openExplorer, screenshot, search, type Explorer } from './explorer-page';

describe('explorer search', () => {
  let browser: Browser;
  let ex: Explorer;
  beforeAll(async () => {
    browser = await launchBrowser();
    ex = await openExplorer(browser, inject('appUrl'));
  });
  afterAll(async () => {
    await ex.close();
    await browser.close();
  });

  it('opens on a readable overview of domains and equipment', async () => {
    const nodes = await drawnNodes(ex.page);
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.length).toBeLessThanOrEqual(80);
    expect(nodes.some((n) => n.id.startsWith('domain:'))).toBe(true);
    expect(nodes.some((n) => n.id.startsWith('equipment:'))).toBe(true);
    await screenshot(ex.page, '01-overview');
  });

  it('finds 中空纤维膜 by its Chinese name', async () => {
    expect(await search(ex.page, '中空纤维膜')).toContain('material:hollow-fiber-membrane');
  });

  it('finds ECMO by its English name', async () => {
    expect(await search(ex.page, 'ECMO')).toContain('equipment:ecmo');
  });

  it('finds 中空纤维膜 by pinyin syllables and by initials', async () => {
    expect(await search(ex.page, 'zhongkong')).toContain('material:hollow-fiber-membrane');
    expect(await search(ex.page, 'zkxwm')).toContain('material:hollow-fiber-membrane');
  });

  it('groups results by label with a heading per group', async () => {
    await search(ex.page, '膜');
    const groups = await ex.page.locator('.search-results [role=group]').count();
    expect(groups).toBeGreaterThan(0);
    await screenshot(ex.page, '02-search-results');
  });

  it('focuses the chosen node in the graph with the keyboard', async () => {
    await ex.page.keyboard.press('Escape');
    await ex.page.keyboard.press('/');
    expect(await ex.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search-input',
    );
    await focusBySearch(ex.page, 'ECMO', 'equipment:ecmo');
    expect((await drawnNodes(ex.page)).map((n) => n.id)).toContain('equipment:ecmo');
    await expect.poll(() => ex.page.getByTestId('details').textContent()).toContain('体外膜肺氧合机');
  });

  it('finds for a query typed in Traditional script what its Simplified form finds', async () => {
    // Typed key by key, as a Hong Kong or Taiwan visitor types it: the results answer the whole query.
    const input = ex.page.getByTestId('search-input');
    await input.fill('');
    await input.pressSequentially('手術機械人', { delay: 30 });
    await ex.page.waitForFunction(
      () => document.querySelector<HTMLElement>('.search-results')?.dataset.query === '手術機械人',
      null,
      { timeout: 10_000 },
    );
    const typed = await ex.page
      .getByTestId('search-result')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
    expect(typed[0]).toBe('equipment:surgical-robot');
    expect(typed).toEqual(await search(ex.page, '手术机器人'));
    const sensors = await search(ex.page, '壓力感測器');
    expect(sensors[0]).toBe('component:pressure-sensor');
    expect(sensors).toEqual(await search(ex.page, '压力传感器'));
    expect(await search(ex.page, '醫療裝備')).toEqual(await search(ex.page, '医疗装备'));
    await focusBySearch(ex.page, '超音波', 'equipment:ultrasound-imaging');
    await expect.poll(() => ex.page.getByTestId('details').textContent()).toContain('超声诊断设备');
  });
});
