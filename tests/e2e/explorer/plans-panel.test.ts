// The Plans panel on the suite's app, where adding plans is off: the loaded plans with seeds marked,
// no Remove button on a seed, and a preview the server refuses shown as its one line. The real add
// (preview, term decisions, confirm) is plan-preview.test.ts, on an app with uploads on.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { openExplorer } from './explorer-page';

const file = {
  name: 'forum.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    '产品技术水平进步很快，骨科手术机器人、第三代人工心脏、聚焦超声治疗系统等产品已达国际先进水平。',
  ),
};

describe('Plans panel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lists the seeds and shows a refused preview as the server says it', async () => {
    const ex = await openExplorer(browser, inject('appUrl'), { at: '#lang=en' });
    const { page } = ex;
    const panel = page.getByTestId('plans-panel');
    await panel.locator('summary').click();
    const list = page.getByTestId('plans-list');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    expect(await list.locator('[data-plan=meq-2021]').textContent()).toContain('seed');
    expect(await list.locator('button').count()).toBe(0);

    const form = page.getByTestId('plans-form');
    await form.locator('input[name=file]').setInputFiles(file);
    await form.locator('input[name=id]').fill('forum-2022');
    await form.locator('input[name=title]').fill('国家发布：“十四五”医疗装备规划出台');
    await form.locator('button[type=submit]').click();
    const alert = page.getByTestId('plans-result').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^api: adding plans over HTTP is off/);
    expect(await page.getByTestId('plan-preview').count()).toBe(0);
    await ex.close();
  });
});
