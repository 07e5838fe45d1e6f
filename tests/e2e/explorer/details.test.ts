import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { focusBySearch, openExplorer, screenshot, settle, type Explorer } from './explorer-page';

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

// 抽血机器人 is not in the lexicon: the 2021 plan lists it in `…、抽血、…等系列医疗机器人` and the
// extractor completes it with the list's head (coordination:etc, confidence 0.80).
const DISCOVERED = 'equipment:chou-xue-ji-qi-ren';

describe('explorer details of a term found by reading the text', () => {
  let browser: Browser;
  let ex: Explorer;
  beforeAll(async () => {
    browser = await launchBrowser();
    ex = await openExplorer(browser, inject('appUrl'), { locale: 'en-US' });
  });
  afterAll(async () => {
    await ex.close();
    await browser.close();
  });

  it('says the node was read from the text, how sure, by which rule and from which head, in both languages', async () => {
    await focusBySearch(ex.page, '抽血机器人', DISCOVERED);
    const confidence = ex.page.getByTestId('details').getByTestId('discovery-confidence');
    await confidence.waitFor();
    expect(await confidence.getAttribute('data-confidence')).toBe('0.80');
    const note = ex.page.getByTestId('discovery');
    expect(await note.textContent()).toContain('Found by reading the text');
    expect(await confidence.textContent()).toBe('Confidence: 0.80');
    expect(await ex.page.getByTestId('discovery-rule').textContent()).toBe(
      'Found by: a list of kinds (A、B等X)',
    );
    expect(await ex.page.getByTestId('discovery-completed').textContent()).toContain('“医疗机器人”');
    expect(await ex.page.getByTestId('legend-discovered').textContent()).toContain('Dotted border');
    // Its English name was composed from the glossary: the title in English, the Chinese under it, and
    // a line saying that nobody reviewed it.
    expect(await ex.page.locator('#details-title').textContent()).toBe('Blood-drawing robot');
    expect(await ex.page.getByTestId('details').locator('.details-head .secondary').textContent()).toBe(
      '抽血机器人',
    );
    expect(await ex.page.getByTestId('discovery-english').textContent()).toContain(
      'composed from the glossary',
    );
    await screenshot(ex.page, '03b-details-discovered-en');

    await ex.page.getByTestId('lang-toggle').click();
    await settle(ex.page);
    await expect.poll(() => confidence.textContent()).toBe('置信度：0.80');
    expect(await note.textContent()).toContain('从文本中读出');
    expect(await ex.page.getByTestId('discovery-rule').textContent()).toBe('识别规则：“A、B等X”式列举');
    expect(await ex.page.getByTestId('legend-discovered').textContent()).toContain('虚线边框');
  });

  it('shows no such note for a curated node', async () => {
    await focusBySearch(ex.page, 'ECMO', 'equipment:ecmo');
    await expect.poll(() => ex.page.getByTestId('details').textContent()).toContain('体外膜肺氧合机');
    expect(await ex.page.getByTestId('discovery').count()).toBe(0);
    expect(await ex.page.getByTestId('discovery-confidence').count()).toBe(0);
  });
});
