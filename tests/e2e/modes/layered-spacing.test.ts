// Layered views leave room for labels: in the impact view and in English tour steps (labels wrapped
// to several lines) no two nodes, labels included, overlap. Each view is opened from its own link,
// which also checks that a link naming a mode draws that mode's view without the opening overview.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawn, openAt, overlappingNodes, screenshot, settle } from './modes-page';
import { launchBrowser } from '../../helpers/browser';

const VIEWS: { name: string; at: string; has: string; knownDefect?: boolean }[] = [
  {
    name: 'impact-ct-tube-zh',
    at: '#lang=zh&mode=supply-chain&m.tool=impact&m.node=component:ct-tube',
    has: 'component:ct-tube',
  },
  {
    name: 'tour-membrane-1-en',
    at: '#lang=en&mode=tour&m.tour=membrane-to-ecmo&m.step=1',
    has: 'material:hollow-fiber-membrane',
  },
  {
    name: 'tour-membrane-3-en',
    at: '#lang=en&mode=tour&m.tour=membrane-to-ecmo&m.step=3',
    has: 'equipment:ecmo',
  },
  {
    name: 'tour-who-2-en',
    at: '#lang=en&mode=tour&m.tour=who-is-responsible&m.step=2',
    has: 'department:miit',
  },
];

describe('layered layout spacing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const v of VIEWS)
    (v.knownDefect ? it.skip : it)(`overlaps no two nodes or their labels: ${v.name}`, async () => {
      const m = await openAt(browser, inject('appUrl'), v.at);
      try {
        await expect.poll(() => drawn(m.page), { timeout: 15_000 }).toContain(v.has);
        await settle(m.page, 1500);
        // The mode's view, not the opening overview (whose layout is `clusters`).
        const layout = await m.page.evaluate(
          () =>
            (
              window as unknown as { planAtlas: { store: { get(): { layout: string } } } }
            ).planAtlas.store.get().layout,
        );
        expect(layout).toBe('layered');
        await screenshot(m.page, `spacing-${v.name}`);
        expect(await overlappingNodes(m.page)).toEqual([]);
      } finally {
        await m.close();
      }
    });
});
