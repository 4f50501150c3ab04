import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickNode, expectClean, openApp, visibleElementIds, watch } from './helpers';

const PHONE = { width: 390, height: 844 };

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).boundingBox();
  expect(b, selector).not.toBeNull();
  return b!;
};

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

/** Whether a node's centre is drawn inside the canvas as it is on screen now. */
const nodeInView = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = window.__cy!;
    const p = cy.$id(nodeId).renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
  }, id);

test.describe('phone (390×844)', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the diagram comes first, full width and most of the height; the panels wait as tabs at the bottom', async ({
    page,
  }) => {
    const w = watch(page);
    await openApp(page);
    const canvas = await box(page, '.graph-canvas');
    expect(canvas.width).toBeGreaterThanOrEqual(0.95 * PHONE.width);
    expect(canvas.height).toBeGreaterThanOrEqual(0.55 * PHONE.height);
    // Only the slim header and the chip row above it.
    expect(canvas.y).toBeLessThan(0.15 * PHONE.height);
    // Nothing scrolls sideways or down: the page is the screen.
    expect(
      await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
    ).toEqual([PHONE.width, PHONE.height]);
    // The side panels are closed sheets; their tabs sit below the diagram.
    await expect(page.getByRole('complementary')).toHaveCount(0);
    const tabs = page.getByRole('navigation', { name: 'Panels' });
    await expect(tabs.getByRole('button', { name: 'Hypotheses', expanded: false })).toBeVisible();
    await expect(tabs.getByRole('button', { name: 'Details', expanded: false })).toBeVisible();
    expect((await tabs.boundingBox())!.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    // The toolbar waits in the menu.
    await expect(page.getByRole('button', { name: 'Export' })).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    expectClean(w);
  });

  test('the first view is readable, from the start of the flow; Fit then shows the whole diagram', async ({ page }) => {
    await openApp(page);
    // Labels drawn at 10 px or more (zoom × font size), and the serotonin neuron's SERT on screen.
    const labelPx = () =>
      page.evaluate(() => window.__cy!.zoom() * parseFloat(String(window.__cy!.$id('sert').style('font-size'))));
    await expect.poll(labelPx).toBeGreaterThanOrEqual(10);
    expect(await nodeInView(page, 'sert')).toBe(true);
    // Not everything fits at that size: the drug at the far end is off screen until Fit.
    const rightmost = await page.evaluate(() =>
      window
        .__cy!.nodes(':visible:childless')
        .max((n) => n.position('x'))
        .ele.id(),
    );
    expect(await nodeInView(page, rightmost)).toBe(false);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(() => nodeInView(page, rightmost)).toBe(true);
    expect(await labelPx()).toBeLessThan(10);
  });

  test('the chip row switches layers on and off', async ({ page }) => {
    await openApp(page);
    const chips = page.getByRole('navigation', { name: 'Hypotheses' }).getByRole('button');
    const pressed = await chips.evaluateAll((all) => all.map((c) => c.getAttribute('aria-pressed')));
    // The default view leaves some hypotheses off: the test switches the first of them.
    expect(pressed).toContain('false');
    const off = pressed.indexOf('false');
    const chip = chips.nth(off);
    const before = await visibleElementIds(page);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => visibleElementIds(page)).not.toEqual(before);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => visibleElementIds(page)).toEqual(before);
  });

  test('selecting a node opens the details sheet with the node in view above it; Close folds it away', async ({
    page,
  }) => {
    await openApp(page);
    const full = await box(page, '.graph-canvas');
    // SERT is in the first view (which opens on the start of the flow).
    expect(await nodeInView(page, 'sert')).toBe(true);
    await clickNode(page, 'sert');
    const sheet = page.getByRole('complementary', { name: 'Selection details' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'SERT' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Details', expanded: true })).toBeVisible();
    // The diagram makes room for the sheet, and what was selected stays in view.
    await expect.poll(async () => (await box(page, '.graph-canvas')).height).toBeLessThan(full.height - 100);
    await expect.poll(() => nodeInView(page, 'sert')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await sheet.getByRole('button', { name: 'Full height' }).click();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(0.7 * PHONE.height);

    await sheet.getByRole('button', { name: 'Close Details' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: 'Details', expanded: false })).toBeFocused();
    await expect.poll(async () => (await box(page, '.graph-canvas')).height).toBe(full.height);
  });

  test('a select= link opens the details sheet on first load', async ({ page }) => {
    await openApp(page, '?select=node:trkb');
    const sheet = page.getByRole('complementary', { name: 'Selection details' });
    await expect(sheet.getByRole('heading', { name: 'TrkB' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the sheets work from the keyboard: Enter opens one with the focus in it, Esc closes it', async ({ page }) => {
    await openApp(page);
    const tab = page.getByRole('button', { name: 'Hypotheses', exact: true });
    await tab.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('complementary', { name: 'Hypotheses and study tools' });
    await expect(sheet).toBeVisible();
    await expect(tab).toHaveAttribute('aria-expanded', 'true');
    await expect(sheet).toBeFocused();
    // Tab reaches the sheet's controls, then the study tabs.
    await page.keyboard.press('Tab');
    await expect(sheet.getByRole('button', { name: 'Full height' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-expanded', 'false');
  });

  test('the menu holds every tool: a dialog opened from it closes back into it', async ({ page }) => {
    await openApp(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Diagram', 'Text', 'Open…', 'Export', 'Copy link', 'Embed', 'Keyboard shortcuts'])
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(exportButton).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(exportButton).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('a tour started from its sheet folds the sheet away, so the diagram and the caption show', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Hypotheses', exact: true }).click();
    const sheet = page.getByRole('complementary', { name: 'Hypotheses and study tools' });
    await sheet.getByRole('tab', { name: 'Tours' }).click();
    await sheet
      .getByRole('button', { name: /^Start/ })
      .first()
      .click();
    await expect(sheet).toBeHidden();
    await expect(page.locator('.tour-caption')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('desktop (1440×900): both side panels beside the diagram, no sheets, no menu', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await expect(page.getByRole('complementary')).toHaveCount(2);
  await expect(page.getByRole('navigation', { name: 'Panels' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  const canvas = await box(page, '.graph-canvas');
  const left = await box(page, '.sidebar-left');
  const right = await box(page, '.sidebar-right');
  expect(left.x + left.width).toBeLessThanOrEqual(canvas.x + 1);
  expect(right.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
});
