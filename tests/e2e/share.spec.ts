import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expectClean, openApp, watch } from './helpers';

const mini = readFileSync('tests/fixtures/mini.json', 'utf8');
const builtIn = readFileSync('data/antidepressants.json', 'utf8');
const BUILT_IN_TITLE = 'How do antidepressants work?';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const notices = (page: Page) => page.getByRole('status', { name: 'Notices' });

async function openFile(page: Page, name: string, text: string) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

/** The name of the file this browser keeps for the next visit (IndexedDB), once it is written. */
async function keptFile(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('pathway-layers', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('files');
        open.onsuccess = () => {
          const get = open.result.transaction('files').objectStore('files').get('opened');
          get.onsuccess = () => resolve((get.result as { name?: string } | undefined)?.name ?? null);
          get.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
  );
}

/** Copy link, and what it put on the clipboard. */
async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('nothing lost on reload', () => {
  test('an opened file comes back after a reload, until "Built-in model"', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await expect(page.getByRole('button', { name: 'Built-in model', exact: true })).toHaveCount(0);
    await openFile(page, 'mini.json', mini);
    await expect(heading(page)).toHaveText('Mini model');
    await page.getByRole('checkbox', { name: /Beta hypothesis/ }).uncheck();
    await expect(page).toHaveURL(/layers=alpha,critique|layers=alpha(&|$)/);
    await expect.poll(() => keptFile(page)).toBe('mini.json');

    await page.reload();
    await page.waitForFunction(() => Boolean(window.__cy));
    await expect(heading(page)).toHaveText('Mini model');
    await expect(notices(page)).toContainText('Reopened mini.json from your last visit');
    // The view's state came back with it, from the address.
    await expect(page.getByRole('checkbox', { name: /Beta hypothesis/ })).not.toBeChecked();
    await page.waitForFunction(() => window.__cy?.$id('a').length === 1);

    await page.getByRole('button', { name: 'Built-in model', exact: true }).click();
    await expect(heading(page)).toHaveText(BUILT_IN_TITLE);
    await expect(page.getByRole('button', { name: 'Built-in model', exact: true })).toHaveCount(0);
    await expect.poll(() => keptFile(page)).toBeNull();
    await page.reload();
    await page.waitForFunction(() => Boolean(window.__cy));
    await expect(heading(page)).toHaveText(BUILT_IN_TITLE);
    await expect(page.getByText(/Reopened/)).toHaveCount(0);
    expectClean(w);
  });

  test('an embedded frame does not reopen a file kept by the full app', async ({ page }) => {
    await openApp(page);
    await openFile(page, 'mini.json', mini);
    await expect.poll(() => keptFile(page)).toBe('mini.json');
    await openApp(page, '?embed=1');
    await expect(page.locator('h1')).toHaveText(BUILT_IN_TITLE);
    // Positive control: the full app still reopens it.
    await openApp(page);
    await expect(heading(page)).toHaveText('Mini model');
  });
});

test.describe('share a pathway by link (#model=)', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('Copy link on an opened file carries it; the link opens it elsewhere, framed or not', async ({
    page,
    browser,
  }) => {
    await openApp(page);
    // The built-in model itself, opened as a file: the largest pathway we ship (58 interactions).
    await openFile(page, 'antidepressants.json', builtIn);
    await expect(notices(page)).toContainText('Opened antidepressants.json');
    await page.getByRole('checkbox', { name: /Psychedelics bind TrkB/ }).check();
    const link = await copyLink(page);
    const value = new URL(link).hash.replace(/^#model=/, '');
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    // Measured: the built-in model makes a link of about 53,000 characters.
    expect(value.length).toBeGreaterThan(45_000);
    expect(value.length).toBeLessThanOrEqual(64 * 1024);

    // Another browser profile: no IndexedDB, no clipboard; only the link.
    const other = await browser.newContext();
    const fresh = await other.newPage();
    const w = watch(fresh);
    await fresh.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await fresh.waitForFunction(() => Boolean(window.__cy));
    await expect(heading(fresh)).toHaveText(BUILT_IN_TITLE);
    await expect(fresh.getByRole('button', { name: 'Built-in model', exact: true })).toBeVisible();
    await expect(fresh.getByRole('checkbox', { name: /Psychedelics bind TrkB/ })).toBeChecked();
    const drawn = () => fresh.evaluate(() => window.__cy!.edges(':visible').length);
    const edges = await drawn();
    expect(edges).toBeGreaterThan(10);

    // A course page can embed the same link.
    const url = new URL(link);
    url.searchParams.set('embed', '1');
    await fresh.goto(url.pathname + url.search + url.hash);
    await fresh.waitForFunction(() => Boolean(window.__cy));
    await expect(fresh.locator('h1')).toHaveText(BUILT_IN_TITLE);
    expect(await drawn()).toBe(edges);
    // The model is the link's (a refused link would fall back to the same title): nothing was refused.
    await expect(fresh.getByText(/was not opened/)).toHaveCount(0);
    expect(new URL(fresh.url()).hash).toBe(url.hash);
    expectClean(w);
    await other.close();
  });

  test('a link pasted into the same tab (only the fragment changes) opens its pathway', async ({ page }) => {
    await openApp(page);
    await openFile(page, 'mini.json', mini);
    // The file is read asynchronously: Copy link before it shows would copy the built-in model's address.
    await expect(heading(page)).toHaveText('Mini model');
    const link = await copyLink(page);
    expect(new URL(link).hash).toMatch(/^#model=/);
    await page.getByRole('button', { name: 'Built-in model', exact: true }).click();
    await expect(heading(page)).toHaveText(BUILT_IN_TITLE);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, new URL(link).hash);
    await expect(heading(page)).toHaveText('Mini model');
  });

  test.describe('a broken or hostile link is refused with the reason, and the built-in model stays', () => {
    const cases: [string, string, RegExp][] = [
      ['damaged', '#model=abc$def', /the link is damaged: #model= holds characters that are not base64url/],
      ['cut short', `#model=${deflateRawSync(Buffer.from(mini)).subarray(0, 300).toString('base64url')}`, /cut short/],
      [
        'a decompression bomb',
        `#model=${deflateRawSync(Buffer.alloc(40 * 1024 * 1024, 0x20), { level: 9 }).toString('base64url')}`,
        /expands to more than 5 MB/,
      ],
      [
        'not a pathway',
        `#model=${deflateRawSync(Buffer.from('{"nodes":"<img src=x onerror=alert(1)>"}')).toString('base64url')}`,
        /could not be loaded/,
      ],
    ];
    for (const [name, hash, reason] of cases) {
      test(name, async ({ page }) => {
        const w = watch(page);
        await openApp(page, hash);
        await expect(heading(page)).toHaveText(BUILT_IN_TITLE);
        await expect(notices(page)).toContainText(reason);
        // The refused link leaves the address, so a reload does not try it again.
        expect(new URL(page.url()).hash).toBe('');
        expectClean(w);
      });
    }
  });

  test('a pathway too large for a link is offered as a file instead', async ({ page }) => {
    await openApp(page);
    // The mini model with 120,000 random letters of description: they compress to about 97,000
    // characters of base64url, past the limit, with nothing to lay out (a large network would test
    // the layout's speed instead). mulberry32: a seeded generator whose letters do not repeat.
    let a = 7;
    const next = () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const letters = Array.from({ length: 120_000 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]).join(
      '',
    );
    const big = { ...(JSON.parse(mini) as Record<string, unknown>), id: 'big', description: letters };
    await openFile(page, 'big.json', JSON.stringify(big));
    await expect(notices(page)).toContainText('Opened big.json');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Too large for a link' });
    await expect(dialog).toContainText(/would make a link of [\d,]+ characters; links carry pathways up to 65,536/);
    const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(axe.violations).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save the pathway file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('big.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { description: string };
    expect(saved.description).toBe(letters);
  });
});
