// Labels a presenter can put on a projector: in the opening view, every mode's default view and
// (the first tour's first step for tours), at 1280x720 and 1920x1080, in normal and stage mode, in
// Chinese and English, and every tour step at 1920x1080, no
// two drawn labels overlap, no drawn label covers another node, and none is drawn under 8 px.
// Figures per view go to test-artifacts/labels/figures.json, screenshots beside them.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTour, type Tour } from '../../../client/src/tours/tour-schema';
import { launchBrowser } from '../../helpers/browser';
import { labelFigures, type LabelFigures } from './label-figures';

const ARTIFACTS = path.resolve('test-artifacts', 'labels');
const TOURS_DIR = path.resolve('client/src/tours/data');
const tours: Tour[] = fs
  .readdirSync(TOURS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => parseTour(JSON.parse(fs.readFileSync(path.join(TOURS_DIR, f), 'utf8'))));

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const LANGS = ['zh', 'en'] as const;
const STAGES = [false, true] as const;
/** The opening view and each mode's default view, as a link opens them. */
const VIEWS = [
  { name: 'opening', at: '' },
  { name: 'supply-chain', at: '&mode=supply-chain' },
  { name: 'responsibility', at: '&mode=responsibility' },
  { name: 'compare', at: '&mode=compare' },
  { name: 'tour', at: '&mode=tour' },
] as const;

const figures: Record<string, LabelFigures> = {};

/** The page's own signal that no draw is pending, then time for animations (camera, layouts). */
const settle = async (page: Page, ms = 1500): Promise<void> => {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => document.body.dataset.drawing !== 'true', null, { timeout: 60_000 });
  await page.waitForTimeout(ms);
};

/** Figures once they are stable (two readings 400 ms apart agree), so a late fit cannot fool them. */
const stableFigures = async (page: Page): Promise<LabelFigures> => {
  let last = await labelFigures(page);
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(400);
    const next = await labelFigures(page);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
};

const record = async (page: Page, name: string): Promise<LabelFigures> => {
  const f = await stableFigures(page);
  figures[name] = f;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  console.log(
    `[labels] ${name}: ${f.drawn}/${f.labels} drawn, ${f.overlaps.length} overlapping pairs, ${f.overNodes.length} over nodes, ${f.small.length} under 8 px`,
  );
  return f;
};

/** Legible and not legible by hiding everything: some labels are drawn. */
const expectLegible = (f: LabelFigures): void => {
  expect(f.labels).toBeGreaterThan(0);
  expect(f.drawn).toBeGreaterThan(0);
  expect(f.overlaps).toEqual([]);
  expect(f.overNodes).toEqual([]);
  expect(f.small).toEqual([]);
};

describe('labels never collide', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'figures.json'), JSON.stringify(figures, null, 2));
    await browser.close();
  });

  const open = async (
    viewport: { width: number; height: number },
    fragment: string,
    stage: boolean,
  ): Promise<{ page: Page; close: () => Promise<void> }> => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    const url = new URL(`#${fragment}`, inject('appUrl')).toString();
    const drawn = () =>
      page.waitForFunction(() => document.body.dataset.graphDrawn === 'true', null, { timeout: 60_000 });
    await page.goto(url);
    // One reload if the first graph does not come (a page loaded while the shared build was rewritten).
    await drawn().catch(async () => {
      await page.reload();
      await drawn();
    });
    await settle(page);
    if (stage) {
      await page.getByTestId('fullscreen').click();
      await page.waitForFunction(() => document.body.classList.contains('stage'));
      await settle(page);
    }
    return { page, close: () => context.close() };
  };

  it(
    'shows a hidden label on hover with the full name as tooltip, and the SVG export hides it too',
    {
      timeout: 180_000,
    },
    async () => {
      const p = await open(VIEWPORTS[0], 'lang=en', false);
      try {
        const hidden = await p.page.evaluate(() => {
          interface N {
            id(): string;
            hasClass(c: string): boolean;
            data(k: string): string;
            renderedPosition(): { x: number; y: number };
          }
          const cy = (window as unknown as { planAtlas: { cy: { nodes(): { toArray(): N[] } } } }).planAtlas
            .cy;
          const n = cy
            .nodes()
            .toArray()
            .find((x) => x.hasClass('label-hidden'));
          return n ? { id: n.id(), display: n.data('display'), at: n.renderedPosition() } : null;
        });
        expect(hidden).not.toBeNull();
        const box = await p.page.getByTestId('graph').boundingBox();
        await p.page.mouse.move(box!.x + hidden!.at.x, box!.y + hidden!.at.y);
        await expect
          .poll(() =>
            p.page.evaluate(
              (id) =>
                (
                  window as unknown as {
                    planAtlas: { cy: { getElementById(i: string): { hasClass(c: string): boolean } } };
                  }
                ).planAtlas.cy
                  .getElementById(id)
                  .hasClass('label-hover'),
              hidden!.id,
            ),
          )
          .toBe(true);
        expect(await p.page.getByTestId('graph').getAttribute('title')).toBe(hidden!.display);
        const [file] = await Promise.all([
          p.page.waitForEvent('download'),
          p.page.getByTestId('export-svg').click(),
        ]);
        const svg = fs.readFileSync(await file.path(), 'utf8');
        expect(svg).toMatch(/<text [^>]*display="none"/);
      } finally {
        await p.close();
      }
    },
  );

  for (const viewport of VIEWPORTS)
    for (const stage of STAGES)
      for (const lang of LANGS) {
        const combo = `${viewport.width}x${viewport.height}-${stage ? 'stage' : 'normal'}-${lang}`;
        for (const view of VIEWS)
          it(`${view.name} at ${combo}`, { timeout: 180_000 }, async () => {
            const p = await open(viewport, `lang=${lang}${view.at}`, stage);
            try {
              expectLegible(await record(p.page, `${view.name}-${combo}`));
            } finally {
              await p.close();
            }
          });
        // Every tour step is walked at the presenters' usual screen (the default tour view is above).
        if (viewport.width === 1920 && !stage)
          for (const tour of tours)
            it(`tour ${tour.id}, every step, at ${combo}`, { timeout: 400_000 }, async () => {
              const p = await open(viewport, `lang=${lang}&mode=tour&m.tour=${tour.id}&m.step=1`, stage);
              try {
                const failed: string[] = [];
                for (let i = 0; i < tour.steps.length; i++) {
                  if (i > 0) await p.page.getByTestId('tour-next').click();
                  await p.page.waitForFunction(
                    (n) =>
                      document.querySelector('[data-testid="tour-caption"]')?.getAttribute('data-step') === n,
                    String(i + 1),
                    { timeout: 60_000 },
                  );
                  await settle(p.page);
                  const f = await record(p.page, `tour-${tour.id}-${i + 1}-${combo}`);
                  if (f.overlaps.length || f.overNodes.length || f.small.length || f.drawn === 0)
                    failed.push(`step ${i + 1}`);
                }
                expect(failed).toEqual([]);
              } finally {
                await p.close();
              }
            });
      }
});
