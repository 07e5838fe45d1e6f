// Comparison drawn in groups: dropped | persisted | new columns with their counts in the titles,
// every node in its group's colour (the legend's), the pair picked in reverse swapping new and
// dropped, and a shared link restoring the same pair.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CompareResponse } from '../../../core/contract';
import { launchBrowser } from '../../helpers/browser';
import { openAt, overlappingNodes, screenshot, settle, type ModesPage } from './modes-page';

type Group = 'both' | 'onlyA' | 'onlyB';
const GROUPS: Group[] = ['onlyA', 'both', 'onlyB'];

interface Drawn {
  nodes: { id: string; colour: string; x: number }[];
  titles: { id: string; text: string; x: number; y: number }[];
}

interface CyLike {
  nodes(sel?: string): {
    map<T>(
      f: (n: { id(): string; style(k: string): string; position(): { x: number; y: number } }) => T,
    ): T[];
  };
}

/** What the graph shows: the nodes with colour and x, and the titles drawn over the columns. */
const drawnNow = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    const cy = (window as unknown as { planAtlas: { cy: CyLike } }).planAtlas.cy;
    return {
      nodes: cy
        .nodes('[^graphTitle]')
        .map((n) => ({ id: n.id(), colour: n.style('background-color'), x: n.position().x })),
      titles: cy
        .nodes('.graph-title')
        .map((n) => ({ id: n.id(), text: n.style('label'), x: n.position().x, y: n.position().y })),
    };
  });

const rgb = (hex: string): string => {
  const v = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255})`;
};

/** The domains and equipment of each group, as the API answers. */
const apiGroups = async (a: string, b: string): Promise<Record<Group, string[]>> => {
  const res = await fetch(new URL(`/api/compare?a=${a}&b=${b}`, inject('appUrl')));
  const api = (await res.json()) as CompareResponse;
  const ids = (g: Group) =>
    [...(api[g].Domain ?? []), ...(api[g].Equipment ?? [])].map((n) => n.id as string);
  return { both: ids('both'), onlyA: ids('onlyA'), onlyB: ids('onlyB') };
};

const waitForPair = async (page: Page, a: string, b: string): Promise<void> => {
  await page.waitForFunction(
    ([x, y]) => location.hash.includes(`m.a=${x}`) && location.hash.includes(`m.b=${y}`),
    [a, b],
    { timeout: 20_000 },
  );
  await page.waitForFunction(
    () => {
      const cy = (window as unknown as { planAtlas: { cy: CyLike } }).planAtlas.cy;
      return (
        document.querySelectorAll('[data-testid="compare-item"]').length > 0 &&
        cy.nodes('.graph-title').map((n) => n.id()).length === 3
      );
    },
    null,
    { timeout: 20_000 },
  );
  await settle(page, 1200);
};

/** Every drawn node of the comparison in its group's column and colour; the titles name the counts. */
const checkGroups = async (page: Page, expected: Record<Group, string[]>): Promise<Drawn> => {
  const drawn = await drawnNow(page);
  const legend = await page
    .getByTestId('legend-groups')
    .locator('li')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-group'), e.getAttribute('data-colour')] as const),
    );
  const colourOf = Object.fromEntries(legend) as Record<Group, string>;
  const groupOf = new Map(GROUPS.flatMap((g) => expected[g].map((id) => [id, g] as const)));
  expect(drawn.nodes.length).toBe(groupOf.size);
  for (const n of drawn.nodes) {
    const g = groupOf.get(n.id);
    expect(g, n.id).toBeDefined();
    expect(n.colour, n.id).toBe(rgb(colourOf[g!]));
  }
  expect(drawn.titles.map((t) => t.id)).toEqual(GROUPS.map((g) => `compare-title:${g}`));
  GROUPS.forEach((g, i) => expect(drawn.titles[i]!.text).toContain(`（${expected[g].length}）`));
  // Columns left to right: every dropped node left of every persisted one, left of every new one.
  const xs = (g: Group) => drawn.nodes.filter((n) => groupOf.get(n.id) === g).map((n) => n.x);
  if (xs('onlyA').length && xs('both').length)
    expect(Math.max(...xs('onlyA'))).toBeLessThan(Math.min(...xs('both')));
  if (xs('both').length && xs('onlyB').length)
    expect(Math.max(...xs('both'))).toBeLessThan(Math.min(...xs('onlyB')));
  return drawn;
};

describe('compare mode in groups', () => {
  let browser: Browser;
  let m: ModesPage;
  let forward: Record<Group, string[]>;
  beforeAll(async () => {
    browser = await launchBrowser();
    m = await openAt(browser, inject('appUrl'), '#lang=zh');
    await m.page.getByTestId('mode-compare').click();
    await waitForPair(m.page, 'hist-2017', 'meq-2021');
    forward = await apiGroups('hist-2017', 'meq-2021');
    await screenshot(m.page, 'compare-groups');
  });
  afterAll(async () => {
    await m.close();
    await browser.close();
  });

  it('draws dropped, persisted and new domains and equipment in three titled columns with their counts', async () => {
    const drawn = await checkGroups(m.page, forward);
    expect(forward.onlyB.length).toBeGreaterThan(50);
    const ms = await m.page.evaluate(() => Number(document.body.dataset.compareLayoutMs));
    process.stderr.write(
      `[compare-groups] onlyA ${forward.onlyA.length}, both ${forward.both.length}, onlyB ${forward.onlyB.length}; layout ${ms} ms\n`,
    );
    expect(drawn.titles[0]!.text).toContain('不再出现的');
    expect(drawn.titles[1]!.text).toContain('延续的');
    expect(drawn.titles[2]!.text).toContain('新出现的');
  });

  it('draws no two nodes, labels included, over each other', async () => {
    expect(await overlappingNodes(m.page)).toEqual([]);
  });

  it('explains the three colours in the legend with the two plans’ titles', async () => {
    const items = await m.page
      .getByTestId('legend-groups')
      .locator('li')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-group'), e.textContent ?? ''] as const));
    const text = Object.fromEntries(items) as Record<Group, string>;
    expect(text.onlyA).toContain('“十三五”健康产业科技创新专项规划');
    expect(text.onlyB).toContain('医疗装备产业发展规划');
    expect(text.both).toContain('2017');
    expect(text.both).toContain('2021');
  });

  it('offers every loaded plan in both pickers', async () => {
    const plans = (await (await fetch(new URL('/api/plans', inject('appUrl')))).json()) as {
      plans: { id: string }[];
    };
    for (const which of ['compare-a', 'compare-b']) {
      const options = await m.page
        .getByTestId(which)
        .locator('option')
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
      expect(options.sort()).toEqual(plans.plans.map((p) => p.id).sort());
    }
  });

  it('swaps new and dropped when the pair is picked in reverse, and a shared link restores that pair', async () => {
    await m.page.getByTestId('compare-a').selectOption('meq-2021');
    await m.page.getByTestId('compare-b').selectOption('hist-2017');
    await waitForPair(m.page, 'meq-2021', 'hist-2017');
    const reverse = await apiGroups('meq-2021', 'hist-2017');
    expect(reverse.onlyA.sort()).toEqual([...forward.onlyB].sort());
    expect(reverse.onlyB.sort()).toEqual([...forward.onlyA].sort());
    const drawn = await checkGroups(m.page, reverse);
    expect(drawn.titles[0]!.text).toContain(`（${forward.onlyB.length}）`);
    expect(drawn.titles[2]!.text).toContain(`（${forward.onlyA.length}）`);
    await screenshot(m.page, 'compare-groups-reverse');

    const link = m.page.url();
    const fresh = await openAt(browser, inject('appUrl'), new URL(link).hash);
    try {
      await waitForPair(fresh.page, 'meq-2021', 'hist-2017');
      expect(await fresh.page.getByTestId('compare-a').inputValue()).toBe('meq-2021');
      expect(await fresh.page.getByTestId('compare-b').inputValue()).toBe('hist-2017');
      const again = await checkGroups(fresh.page, reverse);
      expect(again.titles.map((t) => t.text)).toEqual(drawn.titles.map((t) => t.text));
      expect(again.nodes.map((n) => n.id).sort()).toEqual(drawn.nodes.map((n) => n.id).sort());
    } finally {
      await fresh.close();
    }
  });

  it('draws at most 150 nodes of a group and says the group was cut (a plan compared with itself)', async () => {
    // The page shows meq-2021 against hist-2017 here (the test before picked them in reverse).
    await m.page.getByTestId('compare-b').selectOption('meq-2021');
    await waitForPair(m.page, 'meq-2021', 'meq-2021');
    const same = await apiGroups('meq-2021', 'meq-2021');
    expect(same.both.length).toBeGreaterThan(150);
    const drawn = await drawnNow(m.page);
    expect(drawn.nodes.length).toBe(150);
    expect(drawn.titles[1]!.text).toContain(`（${same.both.length}，图中前 150 个）`);
    expect(drawn.titles[0]!.text).toContain('（0）');
    await expect(m.page.getByTestId('compare-cut').getAttribute('data-group')).resolves.toBe('both');
    await m.page.getByTestId('compare-b').selectOption('hist-2017');
    await waitForPair(m.page, 'meq-2021', 'hist-2017');
  });

  it('swaps A and B back with the swap button', async () => {
    await m.page.getByTestId('compare-swap').click();
    await waitForPair(m.page, 'hist-2017', 'meq-2021');
    await checkGroups(m.page, forward);
  });
});
