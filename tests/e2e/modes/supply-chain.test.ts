// Supply-chain mode driven as an analyst would: impact of a part, the bottleneck table, the path
// finder; against the built page and the real plans in Neo4j.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { drawn, drawnEdges, openAt, pick, screenshot, settle, type ModesPage } from './modes-page';

describe('supply-chain mode', () => {
  let browser: Browser;
  let m: ModesPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    m = await openAt(browser, inject('appUrl'), '#lang=zh');
    await m.page.getByTestId('mode-supply-chain').click();
    await m.page.getByTestId('supply-chain-panel').waitFor();
    await settle(m.page, 2500);
    await screenshot(m.page, 'supply-chain-whole');
  });
  afterAll(async () => {
    await m.close();
    await browser.close();
  });

  it('narrows the whole chain to the chain of a selected node', async () => {
    await m.page.evaluate(() =>
      (
        window as unknown as { planAtlas: { controller: { select(id: string): void } } }
      ).planAtlas.controller.select('equipment:ecmo'),
    );
    await m.page.getByTestId('sc-chain-selection').click();
    await expect.poll(() => m.page.url(), { timeout: 10_000 }).toContain('m.node=equipment:ecmo');
    await expect.poll(() => drawn(m.page), { timeout: 10_000 }).toContain('material:hollow-fiber-membrane');
    expect(await drawn(m.page)).toContain('domain:monitoring-life-support-equipment');
  });

  it('lists CT and 诊断检验装备 as hit when CT球管 is unavailable, highlighted on the graph', async () => {
    await m.page.getByTestId('sc-tool-impact').click();
    await pick(m.page, 'impact-node', 'CT球管', 'component:ct-tube');
    const list = m.page.getByTestId('impact-results');
    await list.waitFor();
    const hits = await list
      .getByTestId('impact-hit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));
    expect(hits).toContain('equipment:ct');
    expect(hits).toContain('domain:diagnostic-testing-equipment');
    expect(await list.textContent()).toContain('诊断检验装备');
    await settle(m.page);
    expect(await drawn(m.page)).toEqual(
      expect.arrayContaining(['component:ct-tube', 'equipment:ct', 'domain:diagnostic-testing-equipment']),
    );
    expect(m.page.url()).toContain('m.node=component:ct-tube');
    await screenshot(m.page, 'supply-chain-impact-ct-tube');
  });

  it('exports the impact list as CSV with every hit', async () => {
    const [download] = await Promise.all([
      m.page.waitForEvent('download'),
      m.page.getByTestId('impact-export-csv').click(),
    ]);
    const file = await download.path();
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv.startsWith('\ufeffkind,id,name,nameEn,hops,path')).toBe(true);
    expect(csv).toContain('equipment:ct');
    expect(csv).toContain('诊断检验装备');
  });

  it('focuses the graph on a bottleneck when its row is clicked', async () => {
    await m.page.getByTestId('sc-tool-bottlenecks').click();
    const rows = m.page.getByTestId('bottlenecks').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    const row = rows.nth(1);
    const id = (await row.getAttribute('data-node-id')) ?? '';
    await row.click();
    await expect.poll(() => drawn(m.page, ':selected'), { timeout: 10_000 }).toEqual([id]);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    await settle(m.page, 1200);
    // Focused: the node sits near the middle of the canvas.
    const offset = await m.page.evaluate((nodeId) => {
      const cy = (
        window as unknown as {
          planAtlas: {
            cy: {
              getElementById(i: string): { renderedPosition(): { x: number; y: number } };
              width(): number;
              height(): number;
            };
          };
        }
      ).planAtlas.cy;
      const p = cy.getElementById(nodeId).renderedPosition();
      return {
        dx: Math.abs(p.x - cy.width() / 2) / cy.width(),
        dy: Math.abs(p.y - cy.height() / 2) / cy.height(),
      };
    }, id);
    expect(offset.dx).toBeLessThan(0.2);
    expect(offset.dy).toBeLessThan(0.2);
    await screenshot(m.page, 'supply-chain-bottleneck-focus');
  });

  it('draws a path between 中空纤维膜 and 监护与生命支持装备', async () => {
    await m.page.getByTestId('sc-tool-paths').click();
    await pick(m.page, 'path-from', '中空纤维膜', 'material:hollow-fiber-membrane');
    await pick(m.page, 'path-to', '监护与生命支持装备', 'domain:monitoring-life-support-equipment');
    await m.page.getByTestId('path-find').click();
    await m.page.getByTestId('path-result').first().waitFor();
    await settle(m.page);
    expect(await m.page.getByTestId('path-result').first().textContent()).toMatch(
      /中空纤维膜.*监护与生命支持装备/,
    );
    const lit = await drawnEdges(m.page, '.mode-hl');
    expect(lit.length).toBeGreaterThanOrEqual(2);
    const ends = new Set(lit.flatMap((e) => e.split('>')));
    expect(ends.has('material:hollow-fiber-membrane')).toBe(true);
    expect(ends.has('domain:monitoring-life-support-equipment')).toBe(true);
    await screenshot(m.page, 'supply-chain-path');
  });
});
