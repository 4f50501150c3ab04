import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectClean, expectStrictScriptPolicy, openApp, pageCsp, watch } from './helpers';

/** The fields of the mini fixture that hostileModel overwrites (the rest is kept as read). */
interface HostileFields {
  title: string;
  description: string;
  nodes: [{ label: string; description: string; synonyms: string[] }];
  edges: [{ claim: string }];
  layers: [{ summary: string }];
  tours: unknown[];
}

/** The mini fixture, with script-like text in every field a person can write. */
function hostileModel(): string {
  const p = JSON.parse(readFileSync('tests/fixtures/mini.json', 'utf8')) as HostileFields;
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  p.title = `Hostile ${evil}`;
  p.description = `[click](javascript:window.__pwned=3) ${evil}`;
  p.nodes[0].label = `Drug ${evil}`;
  p.nodes[0].description = `<a href="javascript:window.__pwned=4">x</a> ${evil}`;
  p.nodes[0].synonyms = ['javascript:window.__pwned=5'];
  p.edges[0].claim = `A inhibits B ${evil} [x](javascript:window.__pwned=6)`;
  p.layers[0].summary = `Summary ${evil}`;
  p.tours = [
    {
      id: 'evil',
      title: `Tour ${evil}`,
      description: `<iframe src="javascript:window.__pwned=7"></iframe>`,
      steps: [
        {
          title: `Step ${evil}`,
          text: `Look [here](javascript:window.__pwned=8) and <img src=x onerror="window.__pwned=9"> **bold** [@smith2020]`,
          layers: ['alpha'],
          focus: ['node:a'],
        },
      ],
    },
  ];
  return JSON.stringify(p);
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const jsLinks = await page.evaluate(() =>
    [...document.querySelectorAll('[href], [src]')]
      .map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '')
      .filter((v) => /^\s*javascript:/i.test(v)),
  );
  expect(jsLinks).toEqual([]);
  expect(await page.locator('#root script, #root iframe, #root img[onerror]').count()).toBe(0);
}

test.describe('hardening', () => {
  test('hostile text in a loaded file never executes', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('**/models/hostile.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: hostileModel() }),
    );
    await openApp(page, '?pathway=models/hostile.json&select=node:a');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hostile <img');
    await expectNothingRan(page);
    await page.getByRole('button', { name: /→ Protein B/ }).click();
    await expect(page.locator('.claim')).toContainText('<script>');
    await page.getByRole('button', { name: 'Text' }).click();
    await page.getByRole('tab', { name: 'Tours' }).click();
    await page.getByRole('button', { name: 'Start the tour' }).click();
    await expect(page.locator('.tour-caption strong')).toHaveText('bold');
    await expect(page.locator('.tour-caption')).toContainText('Smith et al. 2020');
    await expectNothingRan(page);
    expect(dialogs).toEqual([]);
  });

  test('the page carries a Content-Security-Policy whose script-src is exactly self', async ({ page }) => {
    await openApp(page);
    expectStrictScriptPolicy(await pageCsp(page));
    // Nothing in the page itself would need more: no inline script at all.
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  const axe = async (page: Page, where: string) => {
    const result = await new AxeBuilder({ page }).analyze();
    expect(
      result.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  };

  test('axe: no violations in any view, panel or dialog', async ({ page }) => {
    test.setTimeout(150_000); // about fifteen full axe runs
    const w = watch(page);
    await openApp(page, '?select=edge:fluoxetine-modulates-trkb');
    for (const tab of ['Experiments', 'Compare', 'Timeline', 'Tours', 'Hypotheses']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel')).not.toContainText('Loading…');
      await axe(page, tab);
    }
    await page.getByRole('tab', { name: 'Experiments' }).click();
    await page.getByRole('button', { name: 'SERT Met172 mice + fluoxetine' }).click();
    await axe(page, 'experiment');
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('button', { name: 'Compare' }).click();
    await axe(page, 'compare');
    for (const view of ['Text', 'Both']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await axe(page, `view ${view}`);
    }
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    await openApp(page, '?tour=classic-puzzles&step=9');
    await page.getByRole('button', { name: 'Check questions →' }).click();
    await page.locator('fieldset.question input[type=radio]').first().check();
    await axe(page, 'tour questions');
    for (const [button, dialog] of [
      ['Keyboard shortcuts', 'Keyboard shortcuts'],
      ['Export', 'Export'],
      ['Embed', 'Embed this view in a course page'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      await axe(page, `dialog ${dialog}`);
      await page.keyboard.press('Escape');
    }
    await openApp(page, '?embed=1&controls=layers,details,legend,search,toolbar&select=node:trkb');
    await axe(page, 'embed');
    expectClean(w);
  });

  test('the diagram is usable from the keyboard alone', async ({ page }) => {
    await openApp(page);
    await page.getByRole('application').focus();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => window.__cy!.$('.kbd-focus').map((e) => e.id()));
    expect(first).toHaveLength(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Details' }).getByText('Interaction', { exact: true })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Announcements' })).toContainText('Selected:');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Details' }).getByText('Interaction', { exact: true })).toHaveCount(
      0,
    );
  });
});
