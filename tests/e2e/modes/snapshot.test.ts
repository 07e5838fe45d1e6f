// The offline snapshot: built by `npm run snapshot`, opened from a file:// URL with the network
// blocked, it still searches, shows details with sources, traces impact and plays tours — and not
// one request leaves the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as snapshot } from '../../../server/cli/snapshot';
import { launchBrowser } from '../../helpers/browser';
import { drawn, pick, screenshot, settle } from './modes-page';

describe('offline snapshot', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  const leaked: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-snapshot-'));
    const file = path.join(dir, 'atlas.html');
    await snapshot(['--out', file]);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      leaked.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('request', (r) => {
      if (!/^(file|blob|data):/.test(r.url())) leaked.push(r.url());
    });
    await page.goto(`${pathToFileURL(file).href}#lang=zh`);
    await page.waitForFunction(() => document.body.dataset.graphDrawn === 'true', null, { timeout: 30_000 });
  }, 240_000);

  afterAll(async () => {
    await context.close();
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is one file with everything inline', () => {
    const html = fs.readFileSync(path.join(dir, 'atlas.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('id="plan-atlas-snapshot"');
  });

  it('searches in Traditional script as the server does, with no OpenCC in the page', async () => {
    const input = page.getByTestId('search-input');
    for (const [typed, id] of [
      ['手術機械人', 'equipment:surgical-robot'],
      ['壓力感測器', 'component:pressure-sensor'],
    ] as const) {
      await input.fill('');
      await input.pressSequentially(typed, { delay: 30 });
      await page
        .locator(`[data-testid="search-result"][data-node-id="${id}"]`)
        .first()
        .waitFor({ timeout: 10_000 });
    }
  });

  it('searches by pinyin and shows details with the source sentence', async () => {
    await page.getByTestId('search-input').fill('zhongkongxianweimo');
    const result = page.locator(
      '[data-testid="search-result"][data-node-id="material:hollow-fiber-membrane"]',
    );
    await result.waitFor({ timeout: 10_000 });
    await result.click();
    await expect
      .poll(() => drawn(page, ':selected'), { timeout: 10_000 })
      .toEqual(['material:hollow-fiber-membrane']);
    const evidence = page.getByTestId('evidence');
    await evidence.locator('button.quote').first().waitFor({ timeout: 10_000 });
    await evidence.locator('button.quote').first().click();
    const view = page.getByTestId('source-view');
    await view.locator('mark').first().waitFor({ timeout: 10_000 });
    // The sentence is highlighted in pieces (entity mentions inside it are links): read them together.
    expect((await view.locator('mark').allTextContents()).join('')).toContain('中空纤维膜');
    await screenshot(page, 'snapshot-source');
    await view.locator('button.close').click();
    await expect.poll(() => view.isVisible()).toBe(false);
  });

  it('traces downstream from the details panel', async () => {
    await page.getByTestId('trace-downstream').click();
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toContain('equipment:ecmo');
    expect(await drawn(page)).toContain('domain:monitoring-life-support-equipment');
  });

  it('traces impact in supply-chain mode', async () => {
    await page.getByTestId('mode-supply-chain').click();
    await page.getByTestId('sc-tool-impact').click();
    await pick(page, 'impact-node', 'CT球管', 'component:ct-tube');
    const list = page.getByTestId('impact-results');
    await list.waitFor();
    expect(await list.textContent()).toContain('诊断检验装备');
    await settle(page);
    await screenshot(page, 'snapshot-impact');
  });

  it('plays a tour forward and back', async () => {
    await page.getByTestId('mode-tour').click();
    const box = page.getByTestId('tour-caption');
    await box.waitFor({ timeout: 10_000 });
    await page.getByTestId('tour-next').click();
    await expect.poll(() => box.getAttribute('data-step')).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => box.getAttribute('data-step')).toBe('1');
    await settle(page);
    await screenshot(page, 'snapshot-tour');
  });

  it('sent no request off the page', () => {
    expect(leaked).toEqual([]);
  });
});
