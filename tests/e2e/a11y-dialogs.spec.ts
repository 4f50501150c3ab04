import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Every dialog of the app: how it is opened, and its name. */
const DIALOGS = [
  { opener: 'Export', name: 'Export' },
  { opener: 'Embed', name: 'Embed this view in a course page' },
  // Shown only where the clipboard is unavailable; each test here removes the Clipboard API.
  { opener: 'Copy link', name: 'Link to this view' },
] as const;

const withoutClipboard = (page: Page) =>
  page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));

test.describe('dialogs', () => {
  test.beforeEach(async ({ page }) => {
    await withoutClipboard(page);
    await openApp(page);
  });

  for (const { opener, name } of DIALOGS) {
    test(`${name}: a labelled modal without axe violations; Esc closes it and focus goes back to ${opener}`, async ({
      page,
    }) => {
      const button = page.getByRole('button', { name: opener, exact: true });
      await button.click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
      // Modal (the page behind is inert), with the focus inside it.
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      const result = await new AxeBuilder({ page }).include('dialog[open]').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });

    test(`${name}: its Close button closes it and gives focus back to ${opener}`, async ({ page }) => {
      const button = page.getByRole('button', { name: opener, exact: true });
      await button.click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  }

  test('Copy link: without a clipboard, the link is selected in the dialog, ready for Ctrl+C', async ({ page }) => {
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('dialog', { name: 'Link to this view' }).getByRole('textbox', { name: 'Link' });
    await expect(field).toBeFocused();
    const url = page.url();
    await expect(field).toHaveValue(url);
    expect(await field.evaluate((f: HTMLInputElement) => f.value.slice(f.selectionStart!, f.selectionEnd!))).toBe(url);
  });
});

test('Copy link: with the clipboard, copies the address and opens no dialog', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?layers=classic');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
