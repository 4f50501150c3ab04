import { expect, test, type Page } from '@playwright/test';
import { expectClean, openApp, watch } from './helpers';

/**
 * Issue 12: the built page holds its default view, prerendered from the app's own components; the
 * app takes that markup over (hydrates it) and draws the diagram after.
 */

/** Keep, as the HTML is parsed, the prerendered header and details panel, to compare after start-up. */
async function keepPrerenderedNodes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const kept = window as unknown as { __prerendered?: (Element | null)[] };
      kept.__prerendered = [document.querySelector('h1'), document.querySelector('.details-panel')];
    });
  });
}

/** Whether the nodes kept at parse time are still the page's own (taken over, not replaced). */
const sameNodes = (page: Page) =>
  page.evaluate(() => {
    const kept = (window as unknown as { __prerendered?: (Element | null)[] }).__prerendered ?? [];
    return {
      kept: kept.filter(Boolean).length,
      same: kept[0] === document.querySelector('h1') && kept[1] === document.querySelector('.details-panel'),
    };
  });

/** The layout shifts recorded since the page started (CLS's raw entries, buffered). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 100);
      }),
  );

test.describe('the first view', () => {
  test('with no script at all, the page shows the hypotheses and every interaction of the default view with its evidence', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do antidepressants work?');
    await expect(page.getByRole('heading', { name: /text view/ })).toBeVisible();
    // The default layers' interactions, each a sentence with its evidence and links to the sources.
    const layers = page.locator('.diagram-twin .text-layer');
    await expect(layers).toHaveCount(2);
    const sentences = page.locator('.diagram-twin .text-edges > li');
    expect(await sentences.count()).toBeGreaterThanOrEqual(30);
    await expect(sentences.first()).toContainText('Evidence:');
    expect(await page.locator('.diagram-twin a[href^="https://doi.org/"]').count()).toBeGreaterThan(10);
    // The shell is there too: the layer switches and the details panel's guide.
    await expect(page.getByRole('checkbox', { name: /Classic monoamine/ })).toBeChecked();
    await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
    await context.close();
  });

  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    test(`at ${width}×${height} the app takes the prerendered page over: same nodes, no error, nothing moves, then the diagram replaces the text`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const w = watch(page);
      await keepPrerenderedNodes(page);
      await openApp(page);
      // The diagram is drawn, and the text twin that stood in for it is gone.
      await expect(page.locator('.diagram-twin')).toHaveCount(0);
      expect(await page.evaluate(() => window.__cy!.nodes(':visible').length)).toBeGreaterThan(10);
      expect(await sameNodes(page)).toEqual({ kept: 2, same: true });
      expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
      expectClean(w);
    });
  }

  test('an address that asks for another view is rendered afresh over the prerendered page, without an error', async ({
    page,
  }) => {
    const w = watch(page);
    await keepPrerenderedNodes(page);
    await openApp(page, '?theme=dark&layers=direct-trkb');
    // Positive control for the check above: here the prerendered nodes were replaced.
    expect(await sameNodes(page)).toEqual({ kept: 2, same: false });
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('checkbox', { name: /Direct TrkB binding/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Classic monoamine/ })).not.toBeChecked();
    expectClean(w);
  });

  test('the page paints from its HTML and stylesheet; the app and the canvas engine load after, side by side', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\.\/(assets\/[\w.-]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    // Nothing else is fetched with the HTML: no preload shares the network with the stylesheet.
    expect(html).not.toMatch(/rel="(modulepreload|preload)"/);
    const entry = await (await request.get(`/${scripts[0]}`)).text();
    expect(entry.length).toBeLessThan(10_000);
    expect(entry).not.toContain('boxSelectionEnabled');
    await openApp(page);
    const timing = await page.evaluate(() => {
      // Marked by the page's script when it starts loading, once the page has painted.
      const start = performance.getEntriesByName('pathway-layers:start')[0]?.startTime ?? null;
      const started = (pattern: RegExp) =>
        performance
          .getEntriesByType('resource')
          .filter((r) => pattern.test(r.name))
          .map((r) => r.startTime);
      return {
        start,
        app: started(/\/assets\/main-[\w-]+\.js$/),
        engine: started(/\/assets\/engine-[\w-]+\.js$/),
        model: started(/\/assets\/antidepressants-[\w-]+\.json$/),
      };
    });
    expect(timing.start).not.toBeNull();
    for (const [what, starts] of [
      ['app', timing.app],
      ['engine', timing.engine],
      ['model', timing.model],
    ] as const) {
      expect(starts, what).toHaveLength(1);
      expect(starts[0]!, what).toBeGreaterThanOrEqual(timing.start!);
    }
    // Cytoscape (its core's option names) is in the engine's chunks, loaded with the app.
    const chunks = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => name.endsWith('.js')),
    );
    const code = await Promise.all(chunks.map(async (url) => (await request.get(url)).text()));
    expect(code.some((text) => text.includes('boxSelectionEnabled'))).toBe(true);
  });
});
