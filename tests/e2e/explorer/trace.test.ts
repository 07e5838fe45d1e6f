import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { drawnNodes, focusBySearch, openExplorer, screenshot, settle, type Explorer } from './explorer-page';

describe('explorer traces', () => {
  let browser: Browser;
  let ex: Explorer;
  beforeAll(async () => {
    browser = await launchBrowser();
    ex = await openExplorer(browser, inject('appUrl'));
    await focusBySearch(ex.page, '体外膜肺氧合机', 'equipment:ecmo');
  });
  afterAll(async () => {
    await ex.close();
    await browser.close();
  });

  it('traces upstream of ECMO and draws 中空纤维膜 left of it', async () => {
    const before = (await drawnNodes(ex.page)).map((n) => n.id).sort();
    await ex.page.getByTestId('trace-upstream').click();
    await ex.page.waitForFunction(
      () =>
        (window as unknown as { planAtlas: { store: { get(): { trace: unknown } } } }).planAtlas.store.get()
          .trace !== null,
    );
    await settle(ex.page);
    const nodes = await drawnNodes(ex.page);
    expect(nodes.map((n) => n.name)).toContain('中空纤维膜');
    const x = await ex.page.evaluate(() => {
      const cy = (
        window as unknown as {
          planAtlas: { cy: { getElementById(id: string): { position(): { x: number } } } };
        }
      ).planAtlas.cy;
      return [
        cy.getElementById('material:hollow-fiber-membrane').position().x,
        cy.getElementById('equipment:ecmo').position().x,
      ];
    });
    expect(x[0]).toBeLessThan(x[1]!);
    await screenshot(ex.page, '05-trace-upstream-ecmo');
    // Undo brings back exactly the view before the trace.
    await ex.page.getByTestId('undo').click();
    await settle(ex.page);
    expect((await drawnNodes(ex.page)).map((n) => n.id).sort()).toEqual(before);
    expect(
      await ex.page.evaluate(
        () =>
          (window as unknown as { planAtlas: { store: { get(): { trace: unknown } } } }).planAtlas.store.get()
            .trace,
      ),
    ).toBeNull();
    await ex.page.getByTestId('redo').click();
    await settle(ex.page);
    expect((await drawnNodes(ex.page)).map((n) => n.name)).toContain('中空纤维膜');
  });

  it('shows what is hit when the hollow-fibre membrane is unavailable', async () => {
    await focusBySearch(ex.page, 'zkxwm', 'material:hollow-fiber-membrane');
    await ex.page.getByTestId('impact').click();
    await ex.page.waitForFunction(
      () =>
        (
          window as unknown as { planAtlas: { store: { get(): { trace: { kind: string } | null } } } }
        ).planAtlas.store.get().trace?.kind === 'impact',
    );
    await settle(ex.page);
    const ids = (await drawnNodes(ex.page)).map((n) => n.id);
    expect(ids).toContain('equipment:ecmo');
    await screenshot(ex.page, '06-impact-membrane');
  });
});
