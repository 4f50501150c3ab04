import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { generateNetworkGraphml } from '../../bench/networks';
import { expectClean, openApp, watch } from './helpers';

declare global {
  interface Window {
    __stages?: string[];
  }
}

/** Record, in order, each stage the progress bar marks as current. */
async function recordStages(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__stages = [];
    const note = () => {
      const stage = document.querySelector('.work-progress [aria-current="step"]')?.textContent;
      if (stage && window.__stages?.at(-1) !== stage) window.__stages?.push(stage);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

async function nodeBox(page: Page): Promise<{ w: number; h: number; nodes: number }> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const xs = cy.nodes().map((n) => n.position('x'));
    const ys = cy.nodes().map((n) => n.position('y'));
    return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys), nodes: cy.nodes().length };
  });
}

const network = generateNetworkGraphml(3000);
const file = { name: 'regulatory.graphml', mimeType: 'application/xml', buffer: Buffer.from(network.graphml) };
/** Laid out for about ten seconds here: time to check the bar and press Cancel before it is done. */
const larger = {
  name: 'regulatory.graphml',
  mimeType: 'application/xml',
  buffer: Buffer.from(generateNetworkGraphml(10_000).graphml),
};

test.describe('a large network file', () => {
  test.setTimeout(120_000);

  test('is read, checked and laid out off the main thread with progress, and drawn in a readable shape', async ({
    page,
  }) => {
    const w = watch(page);
    await openApp(page);
    await recordStages(page);
    await page.locator('input[type=file]').setInputFiles(file);
    const bar = page.getByRole('progressbar', { name: 'Opening regulatory.graphml' });
    await expect(page.locator('.work-progress [aria-current="step"]')).toHaveText('Laying out', { timeout: 30_000 });
    // The page answers while the worker lays the network out: a tab switch is handled, and the
    // bar is still there after it.
    await page.getByRole('tab', { name: 'Tours' }).click();
    await expect(page.getByRole('tab', { name: 'Tours' })).toHaveAttribute('aria-selected', 'true');
    await expect(bar).toBeVisible();
    await expect(bar).toBeHidden({ timeout: 60_000 });

    const stages = (await page.evaluate(() => window.__stages)) ?? [];
    const order = ['Reading', 'Checking', 'Laying out', 'Drawing'];
    expect(stages).toEqual(expect.arrayContaining(['Reading', 'Laying out', 'Drawing']));
    expect(stages.map((s) => order.indexOf(s))).toEqual([...stages.map((s) => order.indexOf(s))].sort());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Generated regulatory network, 3000 nodes');
    const box = await nodeBox(page);
    expect(box.nodes).toBe(3000);
    expect(box.w / box.h).toBeLessThanOrEqual(4);
    expect(box.w / box.h).toBeGreaterThanOrEqual(0.25);
    // Everything is in view at first.
    const inView = await page.evaluate(() => {
      const cy = window.__cy!;
      const e = cy.extent();
      return cy.nodes().every((n) => {
        const { x, y } = (n as NodeSingular).position();
        return x >= e.x1 && x <= e.x2 && y >= e.y1 && y <= e.y2;
      });
    });
    expect(inView).toBe(true);
    expectClean(w);
  });

  test('Cancel keeps the diagram that was shown; the bar is accessible', async ({ page }) => {
    await openApp(page);
    const before = await page.evaluate(() => window.__cy!.nodes().length);
    // The file worker: started for the file, and terminated by Cancel.
    let started = 0;
    let closed = 0;
    page.on('worker', (worker) => {
      started++;
      worker.on('close', () => closed++);
    });
    await page.locator('input[type=file]').setInputFiles(larger);
    await expect(page.locator('.work-progress [aria-current="step"]')).toHaveText('Laying out', { timeout: 30_000 });
    const axe = await new AxeBuilder({ page }).include('.work-progress').analyze();
    expect(axe.violations).toEqual([]);
    expect(started).toBe(1);
    expect(closed).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('progressbar')).toBeHidden();
    await expect.poll(() => closed).toBe(1);
    await expect(page.locator('#diagram')).toBeFocused();
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
      'Stopped opening regulatory.graphml; the diagram shown is unchanged.',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do antidepressants work?');
    expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(before);
  });

  test('gives the same picture again when the kept file comes back on a reload', async ({ page }) => {
    await openApp(page);
    await page.locator('input[type=file]').setInputFiles(file);
    // Read, checked and laid out first: a few seconds, more on a busy machine.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Generated regulatory network, 3000 nodes', {
      timeout: 60_000,
    });
    await expect(page.getByRole('progressbar')).toBeHidden({ timeout: 60_000 });
    const sample = () =>
      page.evaluate(() =>
        ['reg0', 'reg7', 'gene500', 'gene2999'].map((id) => {
          const p = window.__cy!.$id(id).position();
          return [id, Math.round(p.x), Math.round(p.y)];
        }),
      );
    const first = await sample();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Generated regulatory network, 3000 nodes', {
      timeout: 30_000,
    });
    // The reopened pathway carries no positions: it is laid out again, in the worker, the same way.
    await page.waitForFunction(
      () => window.__cy?.nodes().length === 3000 && !document.querySelector('.work-progress'),
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await sample()).toEqual(first);
  });
});
