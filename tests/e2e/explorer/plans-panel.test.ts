// The Plans panel: the loaded plans with seeds marked, an upload the server refuses shown as its
// one-line message, and an accepted upload's findings (answered here by a stand-in, so the shared
// graph of the suite is not changed).
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

  it('lists the seeds, shows a refused upload, and shows what an accepted upload found', async () => {
    let stand = false;
    const ex = await openExplorer(browser, inject('appUrl'), {
      at: '#lang=en',
      before: (page) =>
        page.route('**/api/plans?*', (route) =>
          stand && route.request().method() === 'POST'
            ? route.fulfill({
                status: 201,
                contentType: 'application/json',
                body: JSON.stringify({
                  id: 'forum-2022',
                  encoding: 'utf-8',
                  sha256: '0'.repeat(64),
                  version: 'v',
                  nodes: 16,
                  mentions: 15,
                  edges: 10,
                  discovered: [
                    {
                      id: 'equipment:x',
                      label: 'Equipment',
                      name: '聚焦超声治疗系统',
                      confidence: 0.75,
                      foundBy: 'list:class',
                      start: 32,
                      end: 40,
                      sentence: '骨科手术机器人、第三代人工心脏、聚焦超声治疗系统等产品已达国际先进水平。',
                      probableDuplicates: [],
                    },
                  ],
                  candidates: 0,
                  departments: [],
                  issuers: [],
                }),
              })
            : route.continue(),
        ),
    });
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
    // The suite's app has uploads off: the server's one line is shown as it is.
    const alert = page.getByTestId('plans-result').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^api: adding plans over HTTP is off/);

    stand = true;
    await form.locator('button[type=submit]').click();
    const result = page.getByTestId('plans-result');
    await expect
      .poll(() => result.textContent())
      .toContain('Added forum-2022 (utf-8): 16 nodes, 15 mentions');
    expect(await result.textContent()).toContain(
      '「骨科手术机器人、第三代人工心脏、聚焦超声治疗系统等产品已达国际先进水平。」',
    );
    await ex.close();
  });
});
