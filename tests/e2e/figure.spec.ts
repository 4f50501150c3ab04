import { expect, test } from '@playwright/test';
import { routedMini } from '../helpers/routed';
import { openApp } from './helpers';

/** The routed mini fixture with b and c in a "cell" compartment. */
function routedModel(): { body: string; route: { x: number; y: number }[] } {
  const { raw, route } = routedMini();
  for (const n of raw.nodes) if (n.id === 'b' || n.id === 'c') n.parent = 'cell';
  raw.nodes.push({ id: 'cell', label: 'Cell', kind: 'compartment', description: 'A cell.' });
  return { body: JSON.stringify(raw), route };
}

test.describe('the figure', () => {
  test('draws a stored route through its points, from border to border', async ({ page }) => {
    const { body, route } = routedModel();
    await page.route('**/models/routed.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
    await openApp(page, '?pathway=models/routed.json');
    await page.waitForFunction(() => window.__cy?.$id('cell').isParent() === true);
    const drawn = await page.evaluate(() => {
      const edge = window.__cy!.$id('a-inhibits-b@alpha');
      return {
        curve: edge.style('curve-style') as string,
        points: [edge.sourceEndpoint(), ...edge.segmentPoints(), edge.targetEndpoint()].map((p) => ({
          x: p.x,
          y: p.y,
        })),
      };
    });
    expect(drawn.curve).toBe('segments');
    expect(drawn.points).toHaveLength(route.length);
    // Bends exactly; the two ends within 2 px (Cytoscape stops a line short of its arrowhead).
    drawn.points.forEach((p, i) => {
      const slack = i === 0 || i === route.length - 1 ? 2 : 0.5;
      expect(Math.abs(p.x - route[i]!.x)).toBeLessThanOrEqual(slack);
      expect(Math.abs(p.y - route[i]!.y)).toBeLessThanOrEqual(slack);
    });
  });

  test('a compartment keeps its box when a layer that draws nothing inside it switches off, and positions never move', async ({
    page,
  }) => {
    const { body } = routedModel();
    await page.route('**/models/routed.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
    await openApp(page, '?pathway=models/routed.json');
    await page.waitForFunction(() => window.__cy?.$id('cell').isParent() === true);
    const box = () => page.evaluate(() => window.__cy!.$id('cell').boundingBox());
    const before = await box();
    await page.getByRole('checkbox', { name: /Alpha/ }).uncheck();
    // Positive control: the switch took effect (a's only edge is alpha's, so a is no longer drawn).
    await expect.poll(() => page.evaluate(() => window.__cy!.$id('a').visible())).toBe(false);
    expect(await box()).toEqual(before);
  });

  test('the diagram fills the height under the header whatever the side panels hold', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page);
    const layout = () =>
      page.evaluate(() => {
        const header = document.querySelector('.app-header')!.getBoundingClientRect();
        const canvas = document.querySelector('.canvas-area')!.getBoundingClientRect();
        return { top: canvas.top - header.bottom, bottom: window.innerHeight - canvas.bottom };
      });
    // Positive control: the page as drawn, the diagram from under the header to the bottom.
    expect(await layout()).toEqual({ top: 0, bottom: 0 });
    // A panel whose content is still loading (a lazy tab, say) is short: the diagram keeps its height.
    await page.evaluate(() => {
      for (const panel of document.querySelectorAll('.sidebar')) panel.replaceChildren();
    });
    expect(await layout()).toEqual({ top: 0, bottom: 0 });
  });
});
