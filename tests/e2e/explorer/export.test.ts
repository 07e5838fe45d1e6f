import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { openExplorer, type Explorer } from './explorer-page';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('explorer export', () => {
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

  const download = async (testid: string): Promise<Buffer> => {
    const [file] = await Promise.all([ex.page.waitForEvent('download'), ex.page.getByTestId(testid).click()]);
    return fs.readFileSync(await file.path());
  };

  it('exports a PNG at presentation resolution', async () => {
    const png = await download('export-png');
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1920); // IHDR width
  });

  it('exports an SVG that parses and draws every visible node', async () => {
    const svg = (await download('export-svg')).toString('utf8');
    const result = await ex.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const cy = (window as unknown as { planAtlas: { cy: { nodes(): { length: number } } } }).planAtlas.cy;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        labels: doc.querySelectorAll('text').length,
        nodes: cy.nodes().length,
      };
    }, svg);
    expect(result).toMatchObject({ error: 0, root: 'svg' });
    expect(result.labels).toBe(result.nodes);
  });

  it('exports the visible elements as CSV and JSON', async () => {
    const csv = (await download('export-csv')).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain('element,id,label,name,nameEn');
    const json = JSON.parse((await download('export-json')).toString('utf8')) as {
      nodes: unknown[];
      edges: unknown[];
    };
    expect(json.nodes.length).toBeGreaterThan(0);
  });
});
