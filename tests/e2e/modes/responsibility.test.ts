// Responsibility mode driven as a planner would: the matrix, its bases, a cell's evidence.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { drawn, openAt, screenshot, settle, type ModesPage } from './modes-page';

describe('responsibility mode', () => {
  let browser: Browser;
  let m: ModesPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    m = await openAt(browser, inject('appUrl'), '#lang=zh');
    await m.page.getByTestId('mode-responsibility').click();
    await m.page.getByTestId('responsibility-matrix').waitFor({ timeout: 20_000 });
    await settle(m.page, 1500);
    await screenshot(m.page, 'responsibility-matrix');
  });
  afterAll(async () => {
    await m.close();
    await browser.close();
  });

  it('is a real table of departments and measures', async () => {
    const table = m.page.getByTestId('responsibility-matrix');
    expect(await table.evaluate((el) => el.tagName)).toBe('TABLE');
    expect(await table.locator('thead th').count()).toBeGreaterThan(3);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
  });

  it('has stated and inferred cells', async () => {
    const table = m.page.getByTestId('responsibility-matrix');
    expect(await table.locator('td[data-basis="inferred"]').count()).toBeGreaterThan(0);
    expect(await table.locator('td[data-basis="stated"]').count()).toBeGreaterThan(0);
  });

  it('opens a cell: its evidence, and the measure with what it reaches on the graph', async () => {
    const cell = m.page.getByTestId('matrix-cell').first();
    const measure = (await cell.getAttribute('data-measure')) ?? '';
    const department = (await cell.getAttribute('data-department')) ?? '';
    expect(await cell.getAttribute('title')).toBeTruthy();
    await cell.click();
    const detail = m.page.getByTestId('matrix-cell-detail');
    await detail.getByTestId('evidence').waitFor();
    expect(await detail.getByTestId('evidence').locator('q').count()).toBeGreaterThan(0);
    await expect.poll(() => drawn(m.page), { timeout: 10_000 }).toContain(measure);
    expect(m.page.url()).toContain(`m.measure=${measure}`);
    expect(m.page.url()).toContain(`m.dept=${department}`);
    await settle(m.page);
    await screenshot(m.page, 'responsibility-cell');
  });

  it("opens a department's page with its measures", async () => {
    await m.page.getByTestId('matrix-department').first().click();
    const pageEl = m.page.getByTestId('department-page');
    await pageEl.waitFor();
    expect(await pageEl.locator('.measure-list li').count()).toBeGreaterThan(0);
    await settle(m.page);
    await screenshot(m.page, 'responsibility-department');
  });
});
