import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { APP_ORIGIN } from './env';
import { clickNode, clickStroke, expectClean, nodePositions, openApp, visibleElementIds, watch } from './helpers';

test.describe('core explorer', () => {
  test('each layer toggles and the drawn diagram changes; positions never move', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    const canvas = page.getByTestId('graph-canvas');
    const positions = await nodePositions(page);
    const boxes = page.locator('.layer-list input[type=checkbox]');
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i);
      const initially = await box.isChecked();
      const visibleBefore = await visibleElementIds(page);
      const pixelsBefore = await canvas.screenshot();
      await box.click();
      await expect(box).toBeChecked({ checked: !initially });
      // The diagram follows the switch; read it once it has (a click's handlers may run after click() resolves).
      await expect
        .poll(() => visibleElementIds(page), { message: `layer ${i + 1} changes what is shown` })
        .not.toEqual(visibleBefore);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const pixelsAfter = await canvas.screenshot();
      expect(pixelsAfter.equals(pixelsBefore), `layer ${i + 1} changes the drawn canvas`).toBe(false);
      await box.click();
      await expect(box).toBeChecked({ checked: initially });
      await expect.poll(() => visibleElementIds(page)).toEqual(visibleBefore);
    }
    expect(await nodePositions(page)).toEqual(positions);
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await nodePositions(page)).toEqual(positions);
    expectClean(w);
  });

  test('clicking an edge on the canvas shows its claim and citations with DOI links', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    // An edge with a DOI-bearing citation, drawn as a single stroke that is visible now.
    const stroke = await page.evaluate(() => {
      const cy = window.__cy!;
      const candidates = cy.edges(':visible').filter((e) => !e.hasClass('shared'));
      return candidates[Math.floor(candidates.length / 2)]!.id();
    });
    await page.evaluate((id) => {
      const cy = window.__cy!;
      cy.zoom(1.5);
      cy.center(cy.$id(id));
    }, stroke);
    await clickStroke(page, stroke);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Interaction', { exact: true })).toBeVisible();
    await expect(details.locator('.claim')).not.toBeEmpty();
    const doi = details.locator('a[href^="https://doi.org/10."]').first();
    await expect(doi).toBeVisible();
    await expect(doi).toHaveAttribute('target', '_blank');
    await expect(doi).toHaveAttribute('rel', /noopener/);
    const edgeId = stroke.split('@')[0];
    await expect(page).toHaveURL(new RegExp(`select=edge:${edgeId}$`));
    expectClean(w);
  });

  test('clicking a node shows its description, identifiers and edges', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await page.evaluate(() => {
      const cy = window.__cy!;
      cy.zoom(1.2);
      cy.center(cy.$id('trkb'));
    });
    await clickNode(page, 'trkb');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { name: 'TrkB' })).toBeVisible();
    await expect(details.locator('a[href^="https://identifiers.org/"]').first()).toBeVisible();
    await details.locator('.edge-links button').first().click();
    await expect(details.getByText('Interaction', { exact: true })).toBeVisible();
    expectClean(w);
  });

  test('a drug drawn beside each of its targets: every copy is marked, and clicking one selects the drug', async ({
    page,
  }) => {
    const w = watch(page);
    await openApp(page);
    // Fluoxetine acts at SERT (classic) and at TrkB (direct-trkb): both shown by default, each at its own copy.
    const copies = await page.evaluate(() =>
      window
        .__cy!.nodes(':visible')
        .filter((n) => n.data('entity') === 'fluoxetine')
        .map((n) => ({ id: n.id(), clone: n.hasClass('clone') })),
    );
    expect(copies).toHaveLength(2);
    expect(copies.every((c) => c.clone)).toBe(true);
    const first = copies[0]!.id;
    await page.evaluate((id) => {
      const cy = window.__cy!;
      cy.zoom(1.2);
      cy.center(cy.$id(id));
    }, first);
    await clickNode(page, first);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { name: 'Fluoxetine' })).toBeVisible();
    await expect(details.getByText(/Drawn \d times/)).toBeVisible();
    await expect(page).toHaveURL(/select=node:fluoxetine$/);
    const selected = await page.evaluate(() =>
      window.__cy!.nodes('.is-selected:visible').map((n) => n.data('entity') as string),
    );
    expect(selected).toEqual(['fluoxetine', 'fluoxetine']);
    expectClean(w);
  });

  test('the URL round-trips and a reload restores the view', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    const boxes = page.locator('.layer-list input[type=checkbox]');
    await boxes.nth(0).click();
    await boxes.nth(2).click();
    const edge = await page.evaluate(() => window.__cy!.edges(':visible')[0]!.data('edgeId') as string);
    await page.evaluate((id) => {
      // Select through the keyboard-reachable list, as a user without a mouse would.
      document.querySelector<HTMLButtonElement>(`[data-edge-button="${id}"]`)?.click();
    }, edge);
    await expect(page).toHaveURL(/\?layers=[a-z0-9,-]*&select=edge:/);
    const url = page.url();
    const checked = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
    const visible = await visibleElementIds(page);
    await page.reload();
    await page.waitForFunction(() => Boolean(window.__cy));
    expect(page.url()).toBe(url);
    expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual(checked);
    expect(await visibleElementIds(page)).toEqual(visible);
    await expect(page.getByRole('region', { name: 'Details' }).getByText('Interaction', { exact: true })).toBeVisible();
    expectClean(w);
  });

  test('a malformed URL shows a notice and never breaks the app', async ({ page }) => {
    const w = watch(page);
    // What the app shows for the clean addresses the malformed ones come down to.
    const shown = new Map<string, string[]>();
    for (const clean of ['', '?layers=classic']) {
      await openApp(page, clean);
      shown.set(clean, await visibleElementIds(page));
    }
    expect(shown.get('')!.length).toBeGreaterThan(0);
    expect(shown.get('?layers=classic')!.length).toBeGreaterThan(0);
    expect(shown.get('?layers=classic')).not.toEqual(shown.get(''));
    for (const [query, clean] of [
      ['?layers=classic,not-a-layer&select=edge:ghost', '?layers=classic'],
      ['?select=%E0%A4%A&layers=%00%01', ''],
      [`?layers=${'x,'.repeat(3000)}`, ''],
      ['?select=node:&&&===&zoom=9', ''],
    ] as const) {
      await openApp(page, query);
      await expect(page.getByRole('status', { name: 'Notices' }).locator('.notice').first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do antidepressants work?');
      // The usable part is applied, the rest dropped: the address and the diagram are the clean ones.
      await expect(page).toHaveURL(`${APP_ORIGIN}/${clean}`);
      expect(await visibleElementIds(page), query.slice(0, 60)).toEqual(shown.get(clean));
    }
    await openApp(page, '?layers=classic,not-a-layer');
    await expect(page.locator('.layer-list input[type=checkbox]').first()).toBeChecked();
    expectClean(w);
  });

  test('search finds a node by synonym and focuses it', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await page.getByRole('searchbox', { name: 'Find' }).fill('NTRK2');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'TrkB' })).toBeVisible();
    await expect(page).toHaveURL(/select=node:trkb/);
    expectClean(w);
  });

  test('axe finds no violations, with and without details open', async ({ page }) => {
    await openApp(page);
    const first = await new AxeBuilder({ page }).analyze();
    expect(first.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.locator('.layer-edges summary').first().click();
    await page.locator('.layer-edges button').first().click();
    const second = await new AxeBuilder({ page }).analyze();
    expect(second.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.screenshot({ path: 'test-results/explorer-details.png' });
  });
});
