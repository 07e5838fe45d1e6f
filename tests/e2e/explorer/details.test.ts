import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { focusBySearch, openExplorer, screenshot, type Explorer } from './explorer-page';

// The sentence of the 2021 plan that states the membrane is used in ECMO (四、跨界融合创新 > 专栏 3).
const QUOTE = '着力攻关 ECMO（体外膜肺氧合机）用中空纤维膜';

describe('explorer details and sources', () => {
  let browser: Browser;
  let ex: Explorer;
  beforeAll(async () => {
    browser = await launchBrowser();
    ex = await openExplorer(browser, inject('appUrl'));
    await focusBySearch(ex.page, 'ECMO', 'equipment:ecmo');
  });
  afterAll(async () => {
    await ex.close();
    await browser.close();
  });

  it('shows ECMO in both languages with its label, plans and evidence', async () => {
    const details = ex.page.getByTestId('details');
    await expect.poll(() => details.textContent()).toContain('ECMO');
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('体外膜肺氧合机');
    expect(text).toContain('装备');
    expect(text).toContain('医疗装备产业发展规划');
    const evidence = ex.page.getByTestId('evidence');
    expect(await evidence.textContent()).toContain(QUOTE);
    expect(await evidence.textContent()).toContain('专栏 3');
    await screenshot(ex.page, '03-details-ecmo');
  });

  it('opens the plan text at the evidence sentence, highlighted and in view', async () => {
    await ex.page.getByTestId('evidence').locator('button.quote', { hasText: QUOTE }).first().click();
    const view = ex.page.getByTestId('source-view');
    await view.locator('mark').first().waitFor();
    const marked = await view.locator('mark').allTextContents();
    expect(marked.join('')).toContain(QUOTE);
    const inView = await view
      .locator('mark')
      .first()
      .evaluate((m) => {
        const box = m.getBoundingClientRect();
        const pane = m.closest('.source-text')!.getBoundingClientRect();
        return box.top >= pane.top && box.bottom <= pane.bottom;
      });
    expect(inView).toBe(true);
    await screenshot(ex.page, '04-source-view');
  });

  it('takes a mention in the text back into the graph', async () => {
    const id = 'material:hollow-fiber-membrane';
    await ex.page
      .getByTestId('source-view')
      .locator(`mark button.mention[data-node-id="${id}"]`)
      .first()
      .click();
    await ex.page.waitForFunction(
      (want) =>
        (
          window as unknown as { planAtlas: { store: { get(): { selected: string | null } } } }
        ).planAtlas.store.get().selected === want,
      id,
    );
  });

  it('closes the source view with Escape', async () => {
    await ex.page.keyboard.press('Escape');
    expect(await ex.page.getByTestId('source-view').isHidden()).toBe(true);
  });
});
