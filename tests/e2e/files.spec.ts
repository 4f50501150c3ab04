import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectClean, openApp, watch } from './helpers';

const mini = readFileSync('tests/fixtures/mini.json', 'utf8');
const sif = 'egfr\tactivates\tras\nras\tactivates\traf\nraf\tinhibits\tegfr\nx\tweird-type\ty\n';

/** Drop a file on the page the way a browser does (dragenter, dragover, drop with a DataTransfer). */
async function dropFile(page: Page, name: string, content: string, type = 'application/json') {
  await page.evaluate(
    ([n, c, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([c], n, { type: t }));
      for (const kind of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [name, content, type] as const,
  );
}

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = readFileSync(await d.path());
  return { name: d.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

test.describe('bring your own pathway', () => {
  test('opens a file by drag and drop', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await dropFile(page, 'mini.json', mini);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mini model');
    await page.waitForFunction(() => window.__cy?.$id('a').length === 1);
    expectClean(w);
  });

  test('opens a SIF file with the picker, marks its edges uncited and says how many', async ({ page }) => {
    await openApp(page);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'mapk.sif', mimeType: 'text/plain', buffer: Buffer.from(sif) });
    await expect(page.locator('.uncited-banner')).toContainText('4 interactions were imported without citations');
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('weird-type');
    await page.waitForFunction(() => window.__cy?.$('edge.uncited').length === 4);
  });

  test('a broken file lists its errors and keeps the previous model', async ({ page }) => {
    await openApp(page);
    const broken = JSON.parse(mini) as { edges: { evidence: { ref: string }[] }[] };
    broken.edges[2]!.evidence[0]!.ref = 'smith2099';
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(page.locator('.load-errors')).toContainText('edges[2].evidence[0].ref: no reference "smith2099"');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do antidepressants work?');
    await dropFile(page, 'truncated.json', mini.slice(0, 200));
    await expect(page.locator('.load-errors')).toContainText('not valid JSON');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do antidepressants work?');
  });

  test('?pathway= refuses another origin with a clear message', async ({ page }) => {
    await openApp(page, '?pathway=https://example.org/evil.json');
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText('not a relative or same-origin address');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do antidepressants work?');
  });

  test('downloads each export with the right content', async ({ page }) => {
    const w = watch(page);
    await openApp(page, '?select=edge:fluoxetine-modulates-trkb');
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const png = await download(page, () => dialog.getByRole('button', { name: 'PNG' }).click());
    expect(png.name).toBe('antidepressants.png');
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const svg = await download(page, () => dialog.getByRole('button', { name: 'SVG' }).click());
    expect(svg.text).toMatch(/<svg[\s>]/);
    const json = await download(page, () => dialog.getByRole('button', { name: 'Pathway file (whole model)' }).click());
    expect(JSON.parse(json.text)).toMatchObject({ schemaVersion: 1, id: 'antidepressants' });
    const cyjs = await download(page, () => dialog.getByRole('button', { name: 'Cytoscape.js JSON' }).click());
    expect((JSON.parse(cyjs.text) as { elements: { nodes: unknown[] } }).elements.nodes.length).toBeGreaterThan(5);
    const sifOut = await download(page, () => dialog.getByRole('button', { name: 'SIF' }).click());
    expect(sifOut.text).toMatch(/^fluoxetine\t\S+\tsert$/m);
    const graphml = await download(page, () => dialog.getByRole('button', { name: 'GraphML' }).click());
    expect(graphml.text).toContain('<graphml');
    const sbgn = await download(page, () => dialog.getByRole('button', { name: 'SBGN-ML (Activity Flow)' }).click());
    expect(sbgn.text).toContain('activity flow');
    const bib = await download(page, () => dialog.getByRole('button', { name: 'BibTeX', exact: true }).click());
    expect(bib.text).toContain('@article{casarotto2021');
    expect(bib.text).toContain('10.1016/j.cell.2021.01.034');
    const ris = await download(page, () => dialog.getByRole('button', { name: 'RIS', exact: true }).click());
    expect(ris.text).toContain('TY  - JOUR');
    const csl = await download(page, () =>
      dialog.getByRole('button', { name: 'CSL-JSON (selected interaction)' }).click(),
    );
    const items = JSON.parse(csl.text) as { id: string }[];
    expect(items.map((i) => i.id)).toContain('casarotto2021');
    expect(items.map((i) => i.id)).not.toContain('takei2004');
    expectClean(w);
  });
});
