import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, focusBySearch, openExplorer, screenshot, settle, type Explorer } from './explorer-page';

const ids = async (ex: Explorer): Promise<string[]> => (await drawnNodes(ex.page)).map((n) => n.id).sort();

describe('explorer view editing', () => {
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

  it('expands by relationship type and direction, collapses, and undoes each step', async () => {
    const start = await ids(ex);
    await ex.page.getByTestId('collapse').click();
    await settle(ex.page);
    const collapsed = await ids(ex);
    expect(collapsed.length).toBeLessThan(start.length);
    expect(collapsed).toContain('equipment:ecmo');
    await ex.page.locator('[data-testid=expand-group][data-type=USED_IN][data-direction=in]').click();
    await settle(ex.page);
    expect(await ids(ex)).toContain('material:hollow-fiber-membrane');
    await ex.page.getByTestId('undo').click();
    await settle(ex.page);
    expect(await ids(ex)).toEqual(collapsed);
    await ex.page.getByTestId('undo').click();
    await settle(ex.page);
    expect(await ids(ex)).toEqual(start);
  });

  it('pins a node into the link and hides another', async () => {
    await ex.page.getByTestId('pin').click();
    await ex.page.waitForFunction(() => location.hash.includes('pin=equipment:ecmo@'));
    const other = (await ids(ex)).find((id) => id !== 'equipment:ecmo')!;
    await ex.page.evaluate(
      (id) =>
        (
          window as unknown as { planAtlas: { controller: { hide(id: string): void } } }
        ).planAtlas.controller.hide(id),
      other,
    );
    await settle(ex.page);
    expect(await ids(ex)).not.toContain(other);
  });

  it('filters out a label and brings it back', async () => {
    await ex.page.locator('input[name="label-Equipment"]').uncheck();
    await settle(ex.page);
    expect((await ids(ex)).some((id) => id.startsWith('equipment:'))).toBe(false);
    await screenshot(ex.page, '10-filtered-no-equipment');
    await ex.page.locator('input[name="label-Equipment"]').check();
    await settle(ex.page);
    expect(await ids(ex)).toContain('equipment:ecmo');
  });
});
