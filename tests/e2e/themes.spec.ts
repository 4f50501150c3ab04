import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

/**
 * The page's colours come from CSS custom properties and the diagram's from its stylesheet; both are
 * generated from one token table (src/model/tokens.ts). In the built app, in each theme, the two must
 * name the same colours.
 */
for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`the page and the diagram draw the ${theme} theme in the same colours`, async ({ page }) => {
    await openApp(page, `?theme=${theme}`);
    await expect(page.locator('.app')).toHaveAttribute('data-theme', theme);
    const pairs = await page.evaluate(() => {
      const app = document.querySelector('.app');
      const probe = document.createElement('span');
      app?.append(probe);
      /** Any CSS colour (a var(), a hex, Cytoscape's rgb()) as the browser computes it. */
      const colour = (value: string) => {
        probe.style.color = '';
        probe.style.color = value;
        return getComputedStyle(probe).color;
      };
      const cy = window.__cy!;
      // Cytoscape's typings leave out Style#json(); it lists the stylesheet's blocks as applied.
      const blocks = (
        cy.style() as unknown as { json(): { selector: string; style: Record<string, string> }[] }
      ).json();
      const rule = (selector: string) => blocks.find((b) => b.selector === selector)?.style ?? {};
      const canvasBackground = getComputedStyle(document.querySelector('.graph-canvas')!).backgroundColor;
      const result = {
        'node label / --ink': [colour(String(cy.$id('trkb').style('color'))), colour('var(--ink)')],
        'compartment title / --compartment-ink': [
          colour(String(cy.$id('nucleus').style('color'))),
          colour('var(--compartment-ink)'),
        ],
        'keyboard focus ring / --focus': [colour(String(rule('.kbd-focus')['underlay-color'])), colour('var(--focus)')],
        'contested halo / --highlight': [
          colour(String(rule('edge.contested')['underlay-color'])),
          colour('var(--highlight)'),
        ],
        'edge label ground / canvas background': [
          colour(String(rule('edge')['text-background-color'])),
          canvasBackground,
        ],
      };
      probe.remove();
      return result;
    });
    for (const [what, [canvas, css]] of Object.entries(pairs)) {
      expect(css, what).toMatch(/^rgb/);
      expect(canvas, what).toBe(css);
    }
  });
}

test('the colour tokens are in the bundled stylesheet, not written by script', async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(href).toMatch(/\.css$/);
  const css = await (await request.get(new URL(href!, page.url()).href)).text();
  for (const property of ['--ink', '--focus', '--canvas-bg', '--font-size', '--space-4']) {
    expect(css, property).toContain(`${property}:`);
  }
  const inline = await page.locator('style').allTextContents();
  expect(inline.filter((text) => text.includes('--focus'))).toEqual([]);
});
