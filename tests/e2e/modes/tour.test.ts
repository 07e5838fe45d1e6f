// Tours played as a presenter would: the tab starts one, buttons and keys (arrows, a clicker's
// PageUp/PageDown) move between steps, every step has its own URL, stage mode is large and clean.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTour } from '../../../client/src/tours/tour-schema';
import { launchBrowser } from '../../helpers/browser';
import { drawn, openAt, screenshot, settle, type ModesPage } from './modes-page';

const step = (m: ModesPage): Promise<string | null> =>
  m.page.getByTestId('tour-caption').getAttribute('data-step');
const caption = async (m: ModesPage): Promise<string> =>
  (await m.page.getByTestId('tour-caption').locator('.tour-text').textContent()) ?? '';

describe('tour mode', () => {
  let browser: Browser;
  let m: ModesPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    m = await openAt(browser, inject('appUrl'), '#lang=zh');
    await m.page.getByTestId('mode-tour').click();
    await m.page.getByTestId('tour-caption').waitFor({ timeout: 20_000 });
    await settle(m.page, 1500);
  });
  afterAll(async () => {
    await m.close();
    await browser.close();
  });

  it('starts the first tour at its first step, with the caption in both languages', async () => {
    expect(await step(m)).toBe('1');
    expect(await caption(m)).toContain('中空纤维膜');
    expect(await m.page.getByTestId('tour-caption').textContent()).toContain('hollow-fibre membrane');
    expect(m.page.url()).toContain('m.tour=membrane-to-ecmo');
    expect(await drawn(m.page)).toContain('material:hollow-fiber-membrane');
    await screenshot(m.page, 'tour-step-1');
  });

  it('moves forward and back with the buttons, each step at its own URL', async () => {
    const first = await caption(m);
    await m.page.getByTestId('tour-next').click();
    await expect.poll(() => step(m)).toBe('2');
    expect(await caption(m)).not.toBe(first);
    expect(m.page.url()).toContain('m.step=2');
    await expect.poll(() => drawn(m.page), { timeout: 10_000 }).toContain('equipment:ecmo');
    await settle(m.page);
    await screenshot(m.page, 'tour-step-2');
    await m.page.getByTestId('tour-prev').click();
    await expect.poll(() => step(m)).toBe('1');
    expect(await caption(m)).toBe(first);
  });

  it('moves with the arrow keys and a clicker (PageDown/PageUp)', async () => {
    await m.page.locator('body').click({ position: { x: 5, y: 300 } });
    await m.page.keyboard.press('ArrowRight');
    await expect.poll(() => step(m)).toBe('2');
    await m.page.keyboard.press('PageDown');
    await expect.poll(() => step(m)).toBe('3');
    await m.page.keyboard.press('PageUp');
    await expect.poll(() => step(m)).toBe('2');
    await m.page.keyboard.press('ArrowLeft');
    await expect.poll(() => step(m)).toBe('1');
  });

  it('restores a step from its URL', async () => {
    const url = new URL('#mode=tour&lang=en&m.tour=membrane-to-ecmo&m.step=4', inject('appUrl')).toString();
    const page = await m.context.newPage();
    await page.goto(url);
    const box = page.getByTestId('tour-caption');
    await box.waitFor({ timeout: 20_000 });
    await expect.poll(() => box.getAttribute('data-step')).toBe('4');
    expect(await box.locator('.tour-text').textContent()).toMatch(/Impact/);
    await page.close();
  });

  it('plays every shipped tour to its end without an error', async () => {
    const ids = await m.page
      .getByTestId('tour-start')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tour-id') ?? ''));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      await m.page.locator(`[data-testid="tour-start"][data-tour-id="${id}"]`).click();
      await expect.poll(() => step(m)).toBe('1');
      for (;;) {
        const next = m.page.getByTestId('tour-next');
        await expect
          .poll(() => m.page.getByTestId('tour-caption').getAttribute('aria-busy'), { timeout: 15_000 })
          .toBe('false');
        expect(await m.page.getByTestId('tour-caption').locator('.error').count()).toBe(0);
        expect((await drawn(m.page)).length, `${id} step ${await step(m)}`).toBeGreaterThan(0);
        if (await next.isDisabled()) break;
        await next.click();
      }
      await settle(m.page);
      await screenshot(m.page, `tour-${id}-last`);
    }
  });

  it('goes on stage: full screen, large caption, the side panels out of the way', async () => {
    await m.page.locator('[data-testid="tour-start"][data-tour-id="membrane-to-ecmo"]').click();
    await m.page.getByTestId('tour-next').click();
    await m.page.getByTestId('fullscreen').click();
    await settle(m.page, 1500);
    expect(await m.page.evaluate(() => document.body.classList.contains('stage'))).toBe(true);
    const size = await m.page
      .getByTestId('tour-caption')
      .locator('.tour-text')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    expect(await m.page.getByTestId('tour-panel').isVisible()).toBe(false);
    await screenshot(m.page, 'tour-stage');
    await m.page.keyboard.press('ArrowRight');
    await expect.poll(() => step(m)).toBe('3');
    await m.page.getByTestId('fullscreen').click();
  });

  it('records the current views as steps and downloads a tour file that plays', async () => {
    await m.page.locator('[data-testid="tour-start"][data-tour-id="membrane-to-ecmo"]').click();
    await expect.poll(() => step(m)).toBe('1');
    await m.page.getByTestId('tour-caption-zh').fill('第一步：中空纤维膜');
    await m.page.getByTestId('tour-caption-en').fill('Step one: the membrane');
    await m.page.getByTestId('tour-record').click();
    await m.page.getByTestId('tour-next').click();
    await expect.poll(() => step(m)).toBe('2');
    await m.page.getByTestId('tour-caption-en').fill('Step two: down the chain');
    await m.page.getByTestId('tour-record').click();
    expect(await m.page.getByTestId('tour-recorded').textContent()).toContain('2');
    const [download] = await Promise.all([
      m.page.waitForEvent('download'),
      m.page.getByTestId('tour-download').click(),
    ]);
    const tour = parseTour(JSON.parse(fs.readFileSync(await download.path(), 'utf8')));
    expect(tour.steps.map((s) => s.caption.en)).toEqual([
      'Step one: the membrane',
      'Step two: down the chain',
    ]);
    expect(tour.steps[1]?.caption.zh).toBe('Step two: down the chain');
    expect(tour.steps[0]?.show).toMatchObject({ query: 'nodes' });
    expect(tour.steps[0]?.show.query === 'nodes' && tour.steps[0].show.ids).toContain(
      'material:hollow-fiber-membrane',
    );
  });
});
