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
    cy.viewport({ zoom: 0.9, pan: { x: 40, y: 25 } });
  });
  for (const name of ['Both', 'Text', 'Diagram']) await page.getByRole('button', { name, exact: true }).click();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await page.evaluate(() => {
    const cy = window.__cy!;
    return { marker: (cy as unknown as { marker?: string }).marker, zoom: cy.zoom(), pan: cy.pan() };
  });
  expect(after).toEqual({ marker: 'first', zoom: 0.9, pan: { x: 40, y: 25 } });
});
