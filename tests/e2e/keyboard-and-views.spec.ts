import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const activeRegion = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null);

test('the diagram is reached in 2 key presses from load: Tab to "Skip to diagram", Enter', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to diagram' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('application')).toBeFocused();
  // The address did not change: the skip link is not a navigation.
  expect(new URL(page.url()).hash).toBe('');
  // The arrow keys work at once.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => window.__cy!.$('.kbd-focus').length)).toBeGreaterThan(0);
});

test('F6 and Shift+F6 move between the regions, the diagram among them', async ({ page }) => {
  await openApp(page);
  const order: (string | null)[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('F6');
    order.push(await activeRegion(page));
  }
  expect(order).toEqual(['tools', 'hypotheses', 'diagram', 'details']);
  await page.keyboard.press('Shift+F6');
  expect(await activeRegion(page)).toBe('diagram');
  await expect(page.getByRole('application')).toBeFocused();
});

test('switching view modes keeps the one canvas with its zoom and pan, and replays no camera move', async ({
  page,
}) => {
  await openApp(page);
  // A camera move (search centres a node), then a manual pan and zoom by the user.
  await page.getByRole('searchbox').fill('TrkB');
  await page.getByRole('searchbox').press('Enter');
  await page.evaluate(() => {
    const cy = window.__cy!;
    cy.stop();
    (cy as unknown as { marker: string }).marker = 'first';
  });
  // The user zooms with the wheel and drags the background: their view, which must be kept.
  const box = (await page.getByRole('application').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.wheel(0, -200);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, box.y + 60, { steps: 5 });
  await page.mouse.up();
  const viewport = () =>
    page.evaluate(() => {
      const cy = window.__cy!;
      return { marker: (cy as unknown as { marker?: string }).marker, zoom: cy.zoom(), pan: cy.pan() };
    });
  const before = await viewport();
  for (const name of ['Both', 'Text', 'Diagram']) await page.getByRole('button', { name, exact: true }).click();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await viewport()).toEqual(before);
  expect(before.marker).toBe('first');
});

test('a tour step opened from its link frames what it names, readable and above the caption', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const tour = 'ketamine-fast-lasting';
  await openApp(page, `?tour=${tour}&step=3`);
  const caption = page.locator('.tour-caption');
  await expect(caption).toBeVisible();
  // The framing settles once the caption has reported its height.
  await expect
    .poll(async () => {
      const captionTop = (await caption.boundingBox())!.y;
      return page.evaluate(
        ({ tour, captionTop }) => {
          const cy = window.__cy!;
          const rect = cy.container()!.getBoundingClientRect();
          const box = cy.$('.tour-focus').renderedBoundingBox({});
          const fits = box.x1 >= -1 && box.x2 <= rect.width + 1 && box.y1 >= -1 && rect.top + box.y2 <= captionTop + 1;
          const large = box.w >= rect.width * 0.3 || box.h >= (captionTop - rect.top) * 0.5;
          return { tour, fits, large, zoom: cy.zoom() >= 0.8 };
        },
        { tour, captionTop },
      );
    })
    .toEqual({ tour, fits: true, large: true, zoom: true });
});
