import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './helpers';

/** The built-in model's tours, read from the data file (ids only: no positions or zoom levels). */
const data = JSON.parse(readFileSync('data/antidepressants.json', 'utf8')) as {
  tours: { id: string; steps: { focus: string[] }[] }[];
  layers: { id: string; defaultVisible?: boolean }[];
  edges: { id: string; target: string; layers: string[] }[];
};

/** The switch of a layer: its name starts with its number. */
const chipName = (id: string) => new RegExp(`^${data.layers.findIndex((l) => l.id === id) + 1}\\. `);

/** A lecturer's projector. */
test.use({ viewport: { width: 1280, height: 720 } });

/** A box on the page: left, top, right, bottom in CSS pixels. */
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The rendered box (page coordinates) of some elements: `node:<id>` or `edge:<id>` (every stroke of
 * the edge), or, with no targets, everything shown.
 */
function renderedBox(page: Page, targets: readonly string[] = []): Promise<Box | null> {
  return page.evaluate((targets) => {
    const cy = window.__cy!;
    let eles = cy.collection();
    for (const t of targets) {
      const [kind, id] = t.split(':') as [string, string];
      eles = eles.union(kind === 'node' ? cy.$id(id) : cy.edges().filter((e) => e.data('edgeId') === id));
    }
    if (!targets.length) eles = cy.elements(':visible').filter((e) => !e.isNode() || e.isChildless());
    eles = eles.filter(':visible');
    if (eles.empty()) return null;
    const bb = eles.renderedBoundingBox({});
    const c = cy.container()!.getBoundingClientRect();
    return { x1: c.left + bb.x1, y1: c.top + bb.y1, x2: c.left + bb.x2, y2: c.top + bb.y2 };
  }, targets);
}

function canvasBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const c = window.__cy!.container()!.getBoundingClientRect();
    return { x1: c.left, y1: c.top, x2: c.right, y2: c.bottom };
  });
}

const inside = (inner: Box, outer: Box) =>
  inner.x1 >= outer.x1 - 1 && inner.y1 >= outer.y1 - 1 && inner.x2 <= outer.x2 + 1 && inner.y2 <= outer.y2 + 1;
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const viewport = (page: Page) => page.evaluate(() => ({ zoom: window.__cy!.zoom(), pan: { ...window.__cy!.pan() } }));

type View = Awaited<ReturnType<typeof viewport>>;

/** The same camera, give or take rounding. */
const sameView = (a: View, b: View) =>
  Math.abs(a.zoom / b.zoom - 1) < 1e-3 && Math.abs(a.pan.x - b.pan.x) < 1 && Math.abs(a.pan.y - b.pan.y) < 1;

/** Wait until the camera has stopped moving (an animated fit takes a few hundred milliseconds). */
async function settled(page: Page) {
  await expect
    .poll(async () => {
      const a = await viewport(page);
      await page.waitForTimeout(150);
      const b = await viewport(page);
      return JSON.stringify(a) === JSON.stringify(b);
    })
    .toBe(true);
}

test.describe('presentation mode', () => {
  test('present=1 folds the header and panels away; the layer switches work in it; Exit restores', async ({ page }) => {
    await openApp(page, '?present=1&theme=projector');
    const header = page.locator('.app-header');
    const panels = page.locator('.sidebar');
    await expect(header).toBeHidden();
    await expect(panels.first()).toBeHidden();
    await expect(panels.last()).toBeHidden();
    const bar = page.getByRole('group', { name: 'Presentation' });
    await expect(bar).toBeVisible();
    // The diagram takes the width of the window, and all but one row of its height: the switches
    // and the actions share a single row on a 1280 px projector.
    const canvas = await canvasBox(page);
    expect(canvas.x2 - canvas.x1).toBeGreaterThan(1280 * 0.95);
    const tops = await bar
      .locator('button')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(7);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(10);
    expect(canvas.y2 - canvas.y1).toBeGreaterThan(720 - 50);

    const chip = bar.getByRole('button', { name: /^1\. / });
    const pressed = await chip.getAttribute('aria-pressed');
    const before = await page.evaluate(() => window.__cy!.elements(':visible').length);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', pressed === 'true' ? 'false' : 'true');
    await expect.poll(() => page.evaluate(() => window.__cy!.elements(':visible').length)).not.toBe(before);

    await bar.getByRole('button', { name: 'Exit presentation' }).click();
    await expect(header).toBeVisible();
    await expect(panels.first()).toBeVisible();
    await expect(bar).toHaveCount(0);
    await expect(page).not.toHaveURL(/present=/);
    const present = page.getByRole('button', { name: 'Present' });
    await expect(present).toHaveAttribute('aria-pressed', 'false');
    await expect(present).toBeFocused();

    // And back in with the key; Esc leaves again.
    await page.keyboard.press('p');
    await expect(header).toBeHidden();
    await expect(page).toHaveURL(/present=1/);
    await page.keyboard.press('Escape');
    await expect(header).toBeVisible();
  });

  test('a layer switch re-frames what is shown, as Fit would, unless the user has zoomed since', async ({ page }) => {
    // Two layers whose union is larger than the first alone, so that Fit frames them differently.
    await openApp(page, '?layers=');
    const [small, other] = await page.evaluate(
      (ids) => {
        const cy = window.__cy!;
        // From the nodes' positions: with no layer on, nothing is drawn, so nothing has a drawn box.
        const box = (layers: string[]) => {
          const at = cy
            .edges()
            .filter((e) => layers.includes(e.data('layer') as string))
            .connectedNodes()
            .map((n) => n.position());
          const xs = at.map((p) => p.x);
          const ys = at.map((p) => p.y);
          return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
        };
        let best: [string, string] = [ids[0]!, ids[1]!];
        let ratio = Infinity;
        for (const a of ids)
          for (const b of ids) {
            if (a === b) continue;
            const [one, both] = [box([a]), box([a, b])];
            const r = Math.max(one.w / both.w, one.h / both.h);
            if (r < ratio) [ratio, best] = [r, [a, b]];
          }
        return best;
      },
      data.layers.map((l) => l.id),
    );
    const otherKey = String(data.layers.findIndex((l) => l.id === other) + 1);
    const shown = () => page.evaluate(() => window.__cy!.elements(':visible').length);

    // Outside presentation mode the switch leaves the camera where it is, though Fit would move it
    // (the positive control: the two layers are framed differently).
    await openApp(page, `?layers=${small},${other}`);
    await settled(page);
    const before = await viewport(page);
    const count = await shown();
    await page.keyboard.press(otherKey);
    await expect.poll(shown).not.toBe(count);
    await page.waitForTimeout(500);
    expect(await viewport(page)).toEqual(before);
    await page.keyboard.press('z');
    await settled(page);
    expect(sameView(await viewport(page), before)).toBe(false);

    // In presentation mode the switch frames what is now shown, as Fit would.
    await openApp(page, `?present=1&layers=${small},${other}`);
    await settled(page);
    const bar = page.getByRole('group', { name: 'Presentation' });
    const otherChip = bar.getByRole('button', { name: chipName(other) });
    const framedBoth = await viewport(page);
    await otherChip.click();
    await expect(otherChip).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => sameView(await viewport(page), framedBoth)).toBe(false);
    await settled(page);
    const followed = await viewport(page);
    expect(inside((await renderedBox(page))!, await canvasBox(page))).toBe(true);
    await bar.getByRole('button', { name: 'Fit' }).click();
    await settled(page);
    expect(sameView(await viewport(page), followed)).toBe(true);

    // After a wheel zoom the user holds the camera: switching the layer back on does not move it.
    const canvas = await canvasBox(page);
    await page.mouse.move((canvas.x1 + canvas.x2) / 2, (canvas.y1 + canvas.y2) / 2);
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, -120);
        return sameView(await viewport(page), followed);
      })
      .toBe(false);
    await settled(page);
    const held = await viewport(page);
    const fewer = await shown();
    await otherChip.click();
    await expect(otherChip).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(shown).not.toBe(fewer);
    await page.waitForTimeout(500);
    expect(await viewport(page)).toEqual(held);
  });

  for (const tour of data.tours) {
    test(`tour ${tour.id}: in presentation mode at 1280×720 the caption never covers what a step focuses`, async ({
      page,
    }) => {
      for (const [i, step] of tour.steps.entries()) {
        if (!step.focus.length) continue;
        await openApp(page, `?tour=${tour.id}&step=${i + 1}&present=1&theme=projector`);
        const caption = page.locator('.tour-caption');
        await expect(caption).toBeVisible();
        await expect
          .poll(async () => {
            const focus = await renderedBox(page, step.focus);
            const box = await caption.boundingBox();
            if (!focus || !box) return `step ${i + 1}: nothing to compare`;
            const cap = { x1: box.x, y1: box.y, x2: box.x + box.width, y2: box.y + box.height };
            if (overlaps(focus, cap)) return `step ${i + 1}: the caption covers the focus`;
            if (!inside(focus, await canvasBox(page))) return `step ${i + 1}: the focus is not in view`;
            return 'ok';
          })
          .toBe('ok');
      }
    });
  }

  test('on a landscape projector the caption docks down the right, so a tall step is framed readable beside it', async ({
    page,
  }) => {
    // The ketamine tour's last step names things from the drug at the top to the adult-born neurons at
    // the bottom: a tall frame, which a caption across the bottom squeezed to 9 px labels.
    const tour = data.tours.find((t) => t.id === 'ketamine-fast-lasting')!;
    const step = tour.steps.length;
    expect(tour.steps[step - 1]!.focus.length).toBeGreaterThan(3);
    await openApp(page, `?tour=${tour.id}&step=${step}&present=1&theme=projector`);
    const caption = page.locator('.tour-caption');
    await expect(caption).toBeVisible();
    const canvas = await canvasBox(page);
    const cap = (await caption.boundingBox())!;
    expect(cap.x).toBeGreaterThan((canvas.x1 + canvas.x2) / 2);
    expect(cap.height).toBeLessThan(canvas.y2 - canvas.y1);
    const focus = tour.steps[step - 1]!.focus;
    await expect
      .poll(async () => {
        const box = await renderedBox(page, focus);
        return box !== null && box.x2 <= cap.x && inside(box, canvas);
      })
      .toBe(true);
    await settled(page);
    // Every label of what the step names (an interaction: its own and its two ends'), drawn at 12 px
    // or more (zoom × font size).
    const smallest = await page.evaluate((targets) => {
      const cy = window.__cy!;
      const sizes = targets.flatMap((t) => {
        const [kind, id] = t.split(':') as [string, string];
        const strokes = cy.edges().filter((e) => e.data('edgeId') === id);
        const eles = kind === 'node' ? cy.$id(id) : strokes.union(strokes.connectedNodes());
        return eles
          .filter((e) => String(e.style('label')).trim() !== '')
          .map((e) => parseFloat(String(e.style('font-size'))) * cy.zoom());
      });
      return { count: sizes.length, min: Math.min(...sizes) };
    }, focus);
    expect(smallest.count).toBeGreaterThan(5);
    expect(smallest.min).toBeGreaterThanOrEqual(12);
  });

  test('axe finds nothing in presentation mode, with a tour caption, in the projector theme', async ({ page }) => {
    const tour = data.tours[0]!;
    await openApp(page, `?tour=${tour.id}&step=1&present=1&theme=projector`);
    await expect(page.locator('.tour-caption')).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

/** Open `?select=<target>`; the target is then inside the canvas. Returns the camera it was framed with. */
async function openSelected(page: Page, target: string): Promise<View> {
  await openApp(page, `?select=${target}`);
  await expect
    .poll(async () => {
      const box = await renderedBox(page, [target]);
      return box !== null && inside(box, await canvasBox(page));
    })
    .toBe(true);
  await settled(page);
  return viewport(page);
}

/** Framed, not merely somewhere in the whole diagram: Fit (everything shown) zooms out from it. */
async function expectFitZoomsOut(page: Page, framed: View) {
  await page.keyboard.press('z');
  await settled(page);
  expect((await viewport(page)).zoom).toBeLessThan(framed.zoom);
}

test.describe('deep links that frame', () => {
  // select= names a node or an edge; either is framed on first load, at a laptop, a projector and a phone.
  const defaults = data.layers.filter((l) => l.defaultVisible).map((l) => l.id);
  const shownEdges = data.edges.filter((e) => e.layers.some((l) => defaults.includes(l)));
  const node = shownEdges[0]!.target;
  const edge = shownEdges.at(-1)!.id;
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`select=node:… at ${size.width}×${size.height} frames the node, its label readable`, async ({ page }) => {
      await page.setViewportSize(size);
      const framed = await openSelected(page, `node:${node}`);
      const px = await page.evaluate(
        (id) => parseFloat(window.__cy!.$id(id).style('font-size') as string) * window.__cy!.zoom(),
        node,
      );
      expect(px).toBeGreaterThanOrEqual(12);
      await expectFitZoomsOut(page, framed);
    });

    test(`select=edge:… at ${size.width}×${size.height} frames the edge`, async ({ page }) => {
      await page.setViewportSize(size);
      const framed = await openSelected(page, `edge:${edge}`);
      await expectFitZoomsOut(page, framed);
    });
  }
});
