// Every step of every shipped tour, played in the page: what the step declares (`expect`: nodes,
// edges, comparison colours) is what the graph draws. Screenshots of each step are kept.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stepProblems, type DrawnStep } from '../../../client/src/tours/step-check';
import { parseTour, type Tour } from '../../../client/src/tours/tour-schema';
import { launchBrowser } from '../../helpers/browser';
import { openAt, screenshot, settle, type ModesPage } from './modes-page';

const TOURS_DIR = path.resolve('client/src/tours/data');
const tours: Tour[] = fs
  .readdirSync(TOURS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => parseTour(JSON.parse(fs.readFileSync(path.join(TOURS_DIR, f), 'utf8'))));

interface Cy {
  nodes(): { map<T>(f: (n: { id(): string; style(k: string): string }) => T): T[] };
  edges(): { map<T>(f: (e: { id(): string }) => T): T[] };
}

const drawnStep = async (m: ModesPage): Promise<DrawnStep> => {
  const raw = await m.page.evaluate(() => {
    const cy = (window as unknown as { planAtlas: { cy: Cy } }).planAtlas.cy;
    return {
      nodes: cy.nodes().map((n) => [n.id(), n.style('background-color')] as const),
      edges: cy.edges().map((e) => e.id()),
    };
  });
  return {
    nodes: new Set(raw.nodes.map(([id]) => id)),
    edges: new Set(raw.edges),
    colours: new Map(raw.nodes),
  };
};

describe('every tour step shows what it declares', () => {
  let browser: Browser;
  let m: ModesPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    m = await openAt(browser, inject('appUrl'), '#lang=en');
    await m.page.getByTestId('mode-tour').click();
    await m.page.getByTestId('tour-caption').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await m.close();
    await browser.close();
  });

  for (const tour of tours)
    it(`${tour.id}: all ${tour.steps.length} steps`, async () => {
      await m.page.locator(`[data-testid="tour-start"][data-tour-id="${tour.id}"]`).click();
      for (const [i, step] of tour.steps.entries()) {
        if (i > 0) await m.page.getByTestId('tour-next').click();
        await expect
          .poll(() => m.page.getByTestId('tour-caption').getAttribute('data-step'))
          .toBe(String(i + 1));
        await expect
          .poll(async () => stepProblems(step.expect, await drawnStep(m)), { timeout: 20_000 })
          .toEqual([]);
        await settle(m.page, 700);
        await screenshot(m.page, `tour-${tour.id}-${i + 1}`);
      }
    });
});
