import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { nodePositions, openApp } from './helpers';

/** The built-in model, read the way the app reads it: each layer's title and the edges it asserts. */
interface Data {
  layers: { id: string; title: string }[];
  edges: { id: string; source: string; target: string; layers: string[] }[];
}
const data = JSON.parse(readFileSync('data/antidepressants.json', 'utf8')) as Data;
const LAYERS = data.layers;
const edgesOf = (layer: string) => data.edges.filter((e) => e.layers.includes(layer));
const cardName = (title: string) => `Open ${title} large`;

/** Open the grid view and wait until every card has built its small diagram. */
async function openGrid(page: Page, query = ''): Promise<void> {
  await openApp(page, `?view=grid${query}`);
  await page.waitForFunction((n) => Object.keys(window.__gridCy ?? {}).length === n, LAYERS.length);
}

/** What a canvas shows: the layers of its visible strokes, their interactions, the plain nodes they draw. */
const shownIn = (page: Page, layer: string | null) =>
  page.evaluate((layer) => {
    const cy = layer ? window.__gridCy![layer]! : window.__cy!;
    const strokes = cy.edges(':visible');
    return {
      layers: [...new Set(strokes.map((e) => e.data('layer') as string))].sort(),
      edges: [...new Set(strokes.map((e) => e.data('edgeId') as string))].sort(),
      // By the node each glyph draws: a drug drawn beside each target is one node.
      nodes: [
        ...new Set(
          cy
            .nodes(':visible')
            .filter((n) => !n.isParent())
            .map((n) => (n.data('entity') as string | undefined) ?? n.id()),
        ),
      ].sort(),
    };
  }, layer);

/**
 * Whether the canvas frames its visible strokes and plain nodes: inside its box (1 px of slack) and
 * filling half its width or height, unless the zoom is at the framing's cap.
 */
const framed = (page: Page, layer: string | null) =>
  page.evaluate((layer) => {
    const cy = layer ? window.__gridCy![layer]! : window.__cy!;
    const own = cy.elements(':visible').filter((e) => e.isEdge() || !e.isParent());
    if (own.empty()) return false;
    const box = own.renderedBoundingBox({});
    const inside = box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
    const filling = box.w >= cy.width() / 2 || box.h >= cy.height() / 2 || cy.zoom() >= 1.5;
    return inside && filling;
  }, layer);

/** Where a canvas puts each node that is not a compartment (a compartment is drawn around what it holds). */
const placedPositions = (page: Page, layer: string | null) =>
  page.evaluate(
    (layer) =>
      Object.fromEntries(
        (layer ? window.__gridCy![layer]! : window.__cy!).nodes(':childless').map((n) => [n.id(), { ...n.position() }]),
      ),
    layer,
  );

test.describe('grid view (small multiples)', () => {
  test('view=grid shows one titled card per hypothesis, each drawing only its layer, framed, at the same positions', async ({
    page,
  }) => {
    await openGrid(page);
    await expect(page.getByRole('button', { name: 'Grid', exact: true })).toHaveAttribute('aria-pressed', 'true');
    // The main canvas stays mounted, hidden.
    await expect(page.getByRole('application')).toBeHidden();
    const cards = page.getByRole('list', { name: 'Every hypothesis on its own' }).getByRole('listitem');
    await expect(cards).toHaveCount(LAYERS.length);
    const main = await placedPositions(page, null);
    expect(Object.keys(main).length).toBeGreaterThan(0);
    for (const [i, layer] of LAYERS.entries()) {
      await expect(cards.nth(i)).toContainText(layer.title);
      await expect(cards.nth(i).getByRole('button', { name: cardName(layer.title), exact: true })).toBeVisible();

      const asserted = edgesOf(layer.id);
      expect(asserted.length, `${layer.id} asserts something`).toBeGreaterThan(0);
      expect(await shownIn(page, layer.id), layer.id).toEqual({
        layers: [layer.id],
        edges: [...new Set(asserted.map((e) => e.id))].sort(),
        nodes: [...new Set(asserted.flatMap((e) => [e.source, e.target]))].sort(),
      });
      expect(await framed(page, layer.id), `${layer.id} is framed in its card`).toBe(true);

      expect(await placedPositions(page, layer.id), `${layer.id} keeps the main diagram's positions`).toEqual(main);
      const still = await page.evaluate((id) => {
        const cy = window.__gridCy![id]!;
        return [cy.userZoomingEnabled(), cy.userPanningEnabled(), cy.boxSelectionEnabled(), cy.autoungrabify()];
      }, layer.id);
      expect(still, `${layer.id} is not interactive`).toEqual([false, false, false, true]);
    }
  });

  test('clicking a card opens the diagram with only that layer on, framed, positions kept', async ({ page }) => {
    await openApp(page);
    // The user had zoomed far into a corner of the diagram before going to the grid.
    await page.evaluate(() => {
      window.__cy!.viewport({ zoom: 3, pan: { x: 4000, y: 4000 } });
    });
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    await page.waitForFunction((n) => Object.keys(window.__gridCy ?? {}).length === n, LAYERS.length);
    const before = await nodePositions(page);
    const layer = LAYERS[2]!;
    // The whole card is the target: click the middle of its small diagram, not the title.
    const box = (await page.locator(`.grid-card[data-layer="${layer.id}"] .grid-card-diagram`).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    await expect(page.getByRole('application')).toBeVisible();
    await expect(page.getByRole('application')).toBeFocused();
    await expect(page.getByRole('list', { name: 'Every hypothesis on its own' })).toHaveCount(0);
    const url = new URL(page.url());
    expect(url.searchParams.get('layers')).toBe(layer.id);
    expect(url.searchParams.get('view')).toBeNull();
    await expect.poll(async () => (await shownIn(page, null)).layers).toEqual([layer.id]);
    await expect.poll(() => framed(page, null)).toBe(true);
    expect(await nodePositions(page)).toEqual(before);
    // The small instances are gone with the grid.
    expect(await page.evaluate(() => Object.keys(window.__gridCy ?? {}))).toEqual([]);
  });

  test('the cards are buttons in the Tab order: Enter and Space open them', async ({ page }) => {
    await openGrid(page);
    const [first, second, third] = [LAYERS[0]!, LAYERS[1]!, LAYERS[2]!];
    await page.getByRole('button', { name: cardName(first.title), exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: cardName(second.title), exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('application')).toBeFocused();
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe(second.id);
    await expect.poll(async () => (await shownIn(page, null)).layers).toEqual([second.id]);

    // Back to the grid from the view switch; this time Space.
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    const card = page.getByRole('button', { name: cardName(third.title), exact: true });
    await card.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe(third.id);
    await expect.poll(async () => (await shownIn(page, null)).layers).toEqual([third.id]);
  });

  test('the small diagrams follow the theme, drawn with the main canvas stylesheet', async ({ page }) => {
    await openGrid(page, '&theme=light');
    const PROPS = ['font-size', 'font-weight', 'color', 'background-color', 'border-width', 'line-color'];
    /** For each instance (main first), the styles of its first node and first stroke. */
    const looks = () =>
      page.evaluate(
        ([props, layers]) =>
          [window.__cy!, ...layers.map((id) => window.__gridCy![id]!)].map((cy) => {
            const node = cy.nodes().filter((n) => !n.isParent())[0]!;
            const edge = cy.edges()[0]!;
            return JSON.stringify([
              props.map((p) => node.style(p) as unknown),
              props.map((p) => edge.style(p) as unknown),
            ]);
          }),
        [PROPS, LAYERS.map((l) => l.id)] as const,
      );
    const light = await looks();
    expect(new Set(light).size, 'every small diagram looks like the main one').toBe(1);

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
    await expect.poll(async () => (await looks())[0]).not.toBe(light[0]);
    await expect
      .poll(async () => new Set(await looks()).size, { message: 'and still after the theme changed' })
      .toBe(1);
  });

  test('cards keep a fixed aspect: several columns on a laptop, one on a phone', async ({ page }) => {
    const columns = () =>
      page.locator('.grid-card-diagram').evaluateAll((boxes) => [
        new Set(boxes.map((b) => Math.round(b.getBoundingClientRect().left))).size,
        boxes.every((b) => {
          const r = b.getBoundingClientRect();
          return Math.abs(r.height - (r.width * 3) / 4) <= 1;
        }),
      ]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openGrid(page);
    const [wide, aspectWide] = await columns();
    expect(wide).toBeGreaterThan(1);
    expect(aspectWide).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await columns())[0]).toBe(1);
    expect((await columns())[1]).toBe(true);
  });

  for (const [where, query] of [
    ['light', '&theme=light'],
    ['projector', '&theme=projector'],
    ['embed', '&embed=1&controls=layers,toolbar'],
  ] as const) {
    test(`axe finds no violations in the grid view (${where})`, async ({ page }) => {
      await openGrid(page, query);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
