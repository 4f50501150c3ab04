import { expect, test, type Page } from '@playwright/test';
import { PRODUCTION_ORIGIN } from '../e2e/env';
import { expectClean, expectStrictScriptPolicy, pageCsp, watch } from '../e2e/helpers';

/** Pixels of the diagram's canvases that have been drawn on (not transparent). */
const inkedPixels = (page: Page) =>
  page.evaluate(() => {
    let inked = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')) {
      const context = canvas.getContext('2d');
      if (!context || !canvas.width || !canvas.height) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) inked++;
    }
    return inked;
  });

test('the production build loads, draws the diagram, keeps its CSP and stays on its origin', async ({ page }) => {
  const w = watch(page, PRODUCTION_ORIGIN);
  // The page as served holds the default view, prerendered: the text twin of the diagram.
  const served = await (await page.request.get('/')).text();
  expect(served).toContain('data-view-key=');
  expect(served).toContain('class="diagram-twin"');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do antidepressants work?');
  await expect.poll(() => page.locator('.layer-list input[type=checkbox]').count()).toBeGreaterThanOrEqual(6);

  // The diagram is drawn on the canvas, and redrawn when a layer is switched off.
  await expect.poll(() => inkedPixels(page), { timeout: 15_000 }).toBeGreaterThan(5_000);
  const before = await inkedPixels(page);
  await page.locator('.layer-list input[type=checkbox]').first().click();
  await expect.poll(() => inkedPixels(page)).not.toBe(before);

  // The details of a node open from the search box.
  await page.getByRole('searchbox', { name: 'Find' }).fill('NTRK2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'TrkB' })).toBeVisible();

  expectStrictScriptPolicy(await pageCsp(page));
  expect(await page.locator('script:not([src])').count()).toBe(0);
  // The browser tests' handle on the canvas is for the e2e build only.
  expect(await page.evaluate(() => '__cy' in window)).toBe(false);
  expectClean(w);
});
