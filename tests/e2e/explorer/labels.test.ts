// Labels a presenter can put on a projector: in the opening view, every mode's default view and
// every step of every tour, at 1280x720 and 1920x1080, in normal and stage mode, in Chinese and
// English, no two drawn labels overlap, no drawn label covers another node, and none is drawn under
// 8 px; each tour step also draws the nodes, edges and colours it declares.
// Figures per view go to test-artifacts/labels/figures.json, screenshots beside them.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stepProblems } from '../../../client/src/tours/step-check';
import { parseTour, type Tour } from '../../../client/src/tours/tour-schema';
import { launchBrowser } from '../../helpers/browser';
import { drawnStep } from './drawn-step';
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
    `[labels] ${name}: ${f.drawn}/${f.labels} drawn (${f.inView} in view), ${f.overlaps.length} overlapping pairs, ${f.overNodes.length} over nodes, ${f.small.length} under 8 px`,
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
              const f = await record(p.page, `${view.name}-${combo}`);
              expectLegible(f);
              // A comparison is informative on a projector too: its three column titles (group and
              // count) and most of its labels are drawn, not only legible ones.
              if (view.name === 'compare') {
                expect(f.titles.sort()).toEqual([
                  'compare-title:both',
                  'compare-title:onlyA',
                  'compare-title:onlyB',
                ]);
                expect(f.drawn).toBeGreaterThanOrEqual(f.labels * 0.8);
              }
            } finally {
              await p.close();
            }
          });
        // Every step of every tour, walked in one page per combination: the labels as above, and
        // what the step declares (nodes, edges, comparison colours) is what the graph draws.
        it(`every tour step at ${combo}`, { timeout: 900_000 }, async () => {
          const first = tours[0]!;
          const p = await open(viewport, `lang=${lang}&mode=tour&m.tour=${first.id}&m.step=1`, stage);
          try {
            const failed: string[] = [];
            for (const tour of tours) {
              if (tour !== first)
                // A new fragment is a history move (popstate): the page plays that tour's first step,
                // in stage mode too, where the side panel with the tour buttons is hidden.
                await p.page.evaluate(
                  (at) => (window.location.hash = at),
                  `lang=${lang}&mode=tour&m.tour=${tour.id}&m.step=1`,
                );
              for (const [i, step] of tour.steps.entries()) {
                if (i > 0) await p.page.getByTestId('tour-next').click();
                await p.page.waitForFunction(
                  ([id, n]) =>
                    window.location.hash.includes(`m.tour=${id}`) &&
                    document.querySelector('[data-testid="tour-caption"]')?.getAttribute('data-step') === n,
                  [tour.id, String(i + 1)] as const,
                  { timeout: 60_000 },
                );
                // The step's answer comes from the API before its draw starts: wait for what it
                // declares to be on the graph, then for the draw (layout included) to land.
                const name = `tour-${tour.id}-${i + 1}-${combo}`;
                let problems = stepProblems(step.expect, await drawnStep(p.page));
                for (let k = 0; k < 60 && problems.length > 0; k++) {
                  await p.page.waitForTimeout(500);
                  problems = stepProblems(step.expect, await drawnStep(p.page));
                }
                await settle(p.page);
                const bad = (x: LabelFigures): boolean =>
                  x.overlaps.length > 0 || x.overNodes.length > 0 || x.small.length > 0 || x.drawn === 0;
                let f = await record(p.page, name);
                // On a loaded machine a step's last layout or camera move can land after the reading
                // settled; what a presenter sees is the view once it is still, so a bad reading is
                // taken once more after another settle, and only a lasting collision fails.
                if (bad(f)) {
                  await settle(p.page, 3000);
                  f = await record(p.page, `${name}-again`);
                }
                if (bad(f))
                  failed.push(
                    `${name}: ${f.drawn} drawn, ${f.overlaps.length} overlaps, ${f.overNodes.length} over nodes, ${f.small.length} small`,
                  );
                for (const problem of problems) failed.push(`${name}: ${problem}`);
              }
            }
            expect(failed).toEqual([]);
          } finally {
            await p.close();
          }
        });
      }
});
