// One truth on every screen: the matrix honours the "stated only" filter, a department's count is
// the same in its details, its page and its matrix column, and an inferred cell says why in words.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { focusBySearch, openExplorer } from '../explorer/explorer-page';
import { openAt, settle } from './modes-page';

describe('responsibility matrix, one truth', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows only stated cells when inferred relationships are hidden by the filters', async () => {
    const m = await openAt(browser, inject('appUrl'), '#lang=zh');
    try {
      await m.page.getByTestId('mode-responsibility').click();
      const table = m.page.getByTestId('responsibility-matrix');
      await table.waitFor({ timeout: 20_000 });
      expect(await table.locator('td[data-basis="inferred"]').count()).toBeGreaterThan(0);
      // What the basis checkbox does: the store's filters, the same state the URL's xb carries.
      await m.page.evaluate(() => {
        const store = (
          window as unknown as {
            planAtlas: { store: { commit(f: (s: { filters: object }) => object): void } };
          }
        ).planAtlas.store;
        store.commit((s) => ({ ...s, filters: { ...s.filters, hiddenBasis: ['inferred'] } }));
      });
      await expect
        .poll(() => table.locator('td[data-basis="inferred"]').count(), { timeout: 10_000 })
        .toBe(0);
      expect(await table.locator('td[data-basis="stated"]').count()).toBeGreaterThan(0);
      expect(m.page.url()).toContain('xb=inferred');
    } finally {
      await m.close();
    }
  });

  it('gives 国家药品监督管理局 the same count in its details, its page and its matrix column', async () => {
    const id = 'department:nmpa';
    const ex = await openExplorer(browser, inject('appUrl'));
    try {
      await focusBySearch(ex.page, '国家药品监督管理局', id);
      const inDetails = ex.page.getByTestId('department-cells');
      await inDetails.waitFor({ timeout: 20_000 });
      const details = Number(await inDetails.getAttribute('data-count'));
      await ex.page.getByTestId('mode-responsibility').click();
      const head = ex.page.locator(`[data-testid="matrix-department"][data-node-id="${id}"]`);
      await head.waitFor({ timeout: 20_000 });
      const column = Number(await head.getAttribute('data-count'));
      const cells = await ex.page.locator(`[data-testid="matrix-cell"][data-department="${id}"]`).count();
      await head.click();
      const onPage = ex.page.getByTestId('department-page-count');
      await onPage.waitFor();
      const page = Number(await onPage.getAttribute('data-count'));
      expect(details).toBeGreaterThan(0);
      expect([column, cells, page]).toEqual([details, details, details]);
    } finally {
      await ex.close();
    }
  });

  it('says why an inferred cell holds, in words, not as a rule id', async () => {
    const m = await openAt(browser, inject('appUrl'), '#lang=zh');
    try {
      await m.page.getByTestId('mode-responsibility').click();
      const cell = m.page.locator('td[data-basis="inferred"] [data-testid="matrix-cell"]').first();
      await cell.waitFor({ timeout: 20_000 });
      expect(await cell.getAttribute('title')).toMatch(/推断依据.*的职责“.+”.*涵盖本措施/);
      await cell.click();
      const words = m.page.getByTestId('matrix-cell-words');
      await words.waitFor();
      await settle(m.page, 300);
      const text = (await words.textContent()) ?? '';
      expect(text).toContain('涵盖本措施');
      expect(text).not.toMatch(/remit:/);
    } finally {
      await m.close();
    }
  });
});
