import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { expectClean, openApp, watch } from './helpers';

const predictionOf = (page: Page, layerTitle: RegExp) =>
  page.locator('table.predictions tbody tr').filter({ has: page.getByRole('rowheader', { name: layerTitle }) });

test.describe('experiments and compare', () => {
  test('SERT Met172: classic predicts lost, direct binding retained; observed lost (Nackenoff)', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await page.getByRole('tab', { name: 'Experiments' }).click();
    await page.getByRole('button', { name: 'SERT Met172 mice + fluoxetine' }).click();
    await expect(page).toHaveURL(/experiment=sert-met172-fluoxetine/);
    const article = page.getByRole('article', { name: 'SERT Met172 mice + fluoxetine' });
    await article.getByRole('button', { name: 'Show without predicting' }).click();
    await expect(predictionOf(page, /Classic monoamine/)).toContainText('effect lost');
    await expect(predictionOf(page, /Classic monoamine/)).toContainText('✓ agrees');
    // …and the experiment runs: its perturbation is drawn.
    await expect
      .poll(() => page.evaluate(() => window.__cy!.$('edge.abolished').map((e) => e.data('edgeId') as string)))
      .toContain('fluoxetine-inhibits-sert');
    await expect(predictionOf(page, /Direct TrkB binding/)).toContainText('✗ disagrees');
    await expect(article.locator('dd strong')).toHaveText('effect lost');
    await expect(article.locator('.observed-evidence')).toContainText(
      '“Essential contributions of serotonin transporter…”',
    );
    // The perturbation is drawn: the drug's binding to SERT is abolished on the canvas.
    expect(
      await page.evaluate(() => window.__cy!.$('edge.abolished').map((e) => e.data('edgeId') as string)),
    ).toContain('fluoxetine-inhibits-sert');
    expectClean(w);
  });

  test('TrkB Y433F gives the reverse prediction, and the URL restores it on reload', async ({ page }) => {
    await openApp(page, '?experiment=trkb-y433f-fluoxetine');
    await page.getByRole('button', { name: 'Show without predicting' }).click();
    await expect(predictionOf(page, /Classic monoamine/)).toContainText('effect retained');
    await expect(predictionOf(page, /Direct TrkB binding/)).toContainText('effect lost');
    await expect(page.locator('.observed-evidence')).toContainText('Casarotto et al. 2021');
    await page.reload();
    // Nothing is stored: after a reload the student is asked again.
    await page.getByRole('button', { name: 'Show without predicting' }).click();
    await expect(predictionOf(page, /Direct TrkB binding/)).toContainText('effect lost');
    expect(await page.evaluate(() => window.__cy!.$('edge.abolished').length)).toBeGreaterThan(0);
  });

  test('a witnessing path can be shown for a hypothesis that predicts the effect survives', async ({ page }) => {
    await openApp(page, '?experiment=sert-met172-fluoxetine');
    await page.getByRole('button', { name: 'Show without predicting' }).click();
    await predictionOf(page, /Direct TrkB binding/)
      .getByRole('button', { name: 'path' })
      .click();
    const onPath = await page.evaluate(() => window.__cy!.$('edge.on-path').map((e) => e.data('edgeId') as string));
    expect(onPath).toContain('fluoxetine-modulates-trkb');
  });

  test('predict, then reveal: answered by keyboard, marked, scored for the visit, axe-clean', async ({ page }) => {
    const w = watch(page);
    await openApp(page, '?experiment=sert-met172-fluoxetine');
    const form = page.getByRole('form', { name: 'Your prediction first' });
    await expect(form).toBeVisible();
    await expect(page.locator('table.predictions')).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    // Keyboard only: Tab into each group, arrow keys choose, Enter on Reveal.
    const groups = form.getByRole('group');
    const n = await groups.count();
    for (let i = 0; i < n; i++) {
      await groups.nth(i).getByRole('radio', { name: 'effect lost' }).focus();
      await page.keyboard.press('ArrowRight');
    }
    // ArrowRight from "effect lost" chose "effect retained" in each group.
    for (let i = 0; i < n; i++)
      await expect(groups.nth(i).getByRole('radio', { name: 'effect retained' })).toBeChecked();
    await form.getByRole('button', { name: 'Reveal' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Result' })).toBeFocused();
    await expect(page.locator('.score')).toHaveText(
      new RegExp(`^You matched the diagram on \\d of ${n} hypotheses\\. This visit: \\d of ${n}\\.$`),
    );
    await expect(predictionOf(page, /Classic monoamine/)).toContainText('✗ effect retained');
    await expect(predictionOf(page, /Direct TrkB binding/)).toContainText('✓ effect retained');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    // Another experiment adds to the visit's score.
    await page.getByRole('button', { name: 'TrkB Y433F mice + fluoxetine' }).click();
    const second = page.getByRole('form', { name: 'Your prediction first' });
    const m = await second.getByRole('group').count();
    for (let i = 0; i < m; i++)
      await second.getByRole('group').nth(i).getByRole('radio', { name: 'effect lost' }).check();
    await second.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.locator('.score')).toContainText(`This visit: `);
    await expect(page.locator('.score')).toContainText(` of ${n + m}.`);
    expectClean(w);
  });

  test('Print handout: each step drawn, on paper only the handout, the view put back', async ({ page }) => {
    const w = watch(page);
    await openApp(page, '?theme=dark');
    const url = page.url();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('tab', { name: 'Tours' }).click();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Ketamine: fast and lasting' }) });
    await item.getByRole('button', { name: 'Print handout' }).click();
    const handout = page.getByRole('dialog', { name: 'Ketamine: fast and lasting' });
    await expect(handout.getByRole('region', { name: /^\d\. / })).toHaveCount(8);
    // Each step is a picture of the diagram at that step, drawn in the light theme for paper.
    const images = handout.locator('.handout-step img');
    await expect(images).toHaveCount(8);
    const sizes = await images.evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({ src: img.src.slice(0, 22), w: img.naturalWidth })),
    );
    for (const size of sizes)
      expect(size).toEqual({ src: 'data:image/png;base64,', w: expect.any(Number) as unknown as number });
    expect(Math.min(...sizes.map((s) => s.w))).toBeGreaterThan(600);
    const first = await images.first().getAttribute('src');
    const last = await images.last().getAttribute('src');
    expect(first).not.toBe(last);
    await expect(handout.getByRole('region', { name: 'Answer key' })).toContainText(
      'The effect started but was not maintained',
    );
    expect((await new AxeBuilder({ page }).include('.handout-root').analyze()).violations).toEqual([]);

    // Printed: only the handout, without its toolbar.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app')).toBeHidden();
    await expect(handout.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(handout.getByRole('heading', { name: 'Ketamine: fast and lasting', level: 1 })).toBeVisible();
    await expect(handout.getByRole('region', { name: 'Answer key' })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await handout.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // The app behind is inert: its presenter keys (a digit toggles a layer) do nothing.
    await page.keyboard.press('3');
    await page.keyboard.press('Escape');
    await expect(handout).toHaveCount(0);
    await expect(item.getByRole('button', { name: 'Print handout' })).toBeFocused();
    // The view (and its address) are as they were: dark theme, no tour.
    expect(page.url()).toBe(url);
    expectClean(w);
  });

  test('presenter view: a second window with notes, next step and timer, in step both ways', async ({
    page,
    context,
  }) => {
    const w = watch(page);
    await openApp(page);
    await page.getByRole('tab', { name: 'Tours' }).click();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'The classic story and its puzzles' }) });
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      item.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await expect(page).toHaveURL(/tour=classic-puzzles&step=1/);
    await expect(presenter).toHaveURL(/presenter=1/);
    const now = presenter.getByRole('heading', { name: /^Now: / });
    await expect(now).toHaveText('Now: Blocking the transporter');
    await expect(presenter.locator('.presenter-notes')).toContainText('Ask the class');
    await expect(presenter.getByRole('heading', { name: /^Next: / })).toHaveText(
      'Next: Serotonin rises, but not at once everywhere',
    );
    await expect(presenter.getByRole('timer')).toHaveText(/^0:0\d$/);
    expect((await new AxeBuilder({ page: presenter }).analyze()).violations).toEqual([]);

    // The clicker in the presenter window moves the projected one…
    await presenter.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2/);
    await expect(page.locator('.tour-caption')).toContainText('2 / 9');
    // …and the other way round.
    await page.locator('.tour-caption').focus();
    await page.keyboard.press('PageDown');
    await expect(now).toHaveText('Now: The classic answer: the brake wears off');
    await expect(presenter.getByText('No notes for this step.')).toBeVisible();

    // Closing the presenter leaves the projected window working; a new one, even opened with an
    // old address, finds the step the projected window is at.
    await presenter.close();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=4/);
    const again = await context.newPage();
    await again.goto('/?tour=classic-puzzles&step=1&presenter=1');
    await expect(again.getByRole('heading', { name: /^Now: / })).toHaveText('Now: BDNF rises with chronic treatment');
    expectClean(w);
  });

  test('v opens the presenter view on the running step', async ({ page, context }) => {
    await openApp(page, '?tour=direct-binding&step=2');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
    await expect(presenter.getByRole('heading', { name: /^Now: / })).toHaveText(
      `Now: ${await page.locator('#tour-step-title').innerText()}`,
    );
  });

  test('compare classic vs direct lists the discriminating experiments', async ({ page }) => {
    const w = watch(page);
    await openApp(page, '?compare=classic,direct-trkb');
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('heading', { name: /Experiments that tell them apart/ })).toBeVisible();
    for (const title of ['SERT Met172 mice + fluoxetine', 'TrkB Y433F mice + fluoxetine'])
      await expect(panel.getByRole('button', { name: title })).toBeVisible();
    const labelled = await page.evaluate(() => ({
      a: window.__cy!.$('edge.only-a').length,
      b: window.__cy!.$('edge.only-b').length,
      both: window.__cy!.$('edge.in-both').length,
    }));
    expect(labelled.a).toBeGreaterThan(0);
    expect(labelled.b).toBeGreaterThan(0);
    expect(labelled.both).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'SERT Met172 mice + fluoxetine' }).click();
    await expect(page).toHaveURL(/experiment=sert-met172-fluoxetine&compare=classic,direct-trkb/);
    expectClean(w);
  });

  test('an unknown experiment or compare pair is ignored with a notice', async ({ page }) => {
    await openApp(page, '?experiment=nope&compare=classic,classic&tour=ghost&step=3');
    const notices = page.getByRole('status', { name: 'Notices' });
    await expect(notices).toContainText('there is no experiment “nope”');
    await expect(notices).toContainText('not two different layer ids');
    await expect(notices).toContainText('there is no tour “ghost”');
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('lecturer mode', () => {
  test('a tour plays with the clicker keys, each step is a URL, and reload restores it', async ({ page }) => {
    const w = watch(page);
    await openApp(page);
    await page.getByRole('tab', { name: 'Tours' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Direct binding: the 2021 proposal' })
      .getByRole('button', { name: 'Start the tour' })
      .click();
    const caption = page.locator('.tour-caption');
    await expect(caption).toContainText('1 / 9');
    await expect(page).toHaveURL(/tour=direct-binding&step=1/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/tour=direct-binding&step=2/);
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/step=3/);
    await expect(caption).toContainText('3 / 9');
    const title = await caption.getByRole('heading').textContent();
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/step=2/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/step=9/);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/step=1/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await page.waitForFunction(() => Boolean(window.__cy));
    await expect(page.locator('.tour-caption')).toContainText('3 / 9');
    await expect(page.locator('.tour-caption').getByRole('heading')).toHaveText(title!);
    // Each step's layers are applied: the URL carries them and the canvas shows them.
    expect(await page.evaluate(() => window.__cy!.edges(':visible').length)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('.tour-caption')).toHaveCount(0);
    await expect(page).not.toHaveURL(/tour=/);
    expectClean(w);
  });

  test('the last step leads to check questions with cited feedback that can run the experiment', async ({ page }) => {
    await openApp(page, '?tour=direct-binding&step=9');
    await page.getByRole('button', { name: 'Check questions →' }).click();
    const question = page.locator('fieldset.question').first();
    await question.getByRole('radio').first().check();
    await expect(question.locator('.feedback')).toBeVisible();
    await expect(question.locator('.feedback a').first()).toHaveAttribute('href', /^https:\/\//);
    // The first question of this tour is about SERT Met172, and an answer offers to run it.
    await question.getByRole('button', { name: 'Run this experiment' }).click();
    await expect(page).toHaveURL(/experiment=sert-met172-fluoxetine/);
    // …and the experiment runs: its perturbation is drawn.
    await expect
      .poll(() => page.evaluate(() => window.__cy!.$('edge.abolished').map((e) => e.data('edgeId') as string)))
      .toContain('fluoxetine-inhibits-sert');
  });

  test('presenter keys toggle layers but are inert while typing in search', async ({ page }) => {
    await openApp(page);
    const first = page.locator('.layer-list input[type=checkbox]').first();
    await expect(first).toBeChecked();
    await page.keyboard.press('1');
    await expect(first).not.toBeChecked();
    await page.getByRole('searchbox', { name: 'Find' }).fill('1');
    await page.getByRole('searchbox', { name: 'Find' }).press('1');
    await page.getByRole('searchbox', { name: 'Find' }).press('t');
    await expect(first).not.toBeChecked();
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'light');
  });

  for (const theme of ['light', 'dark', 'projector'] as const) {
    test(`axe colour contrast (and all rules) pass in the ${theme} theme`, async ({ page }, info) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openApp(page, `?theme=${theme}&select=edge:fluoxetine-modulates-trkb`);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: info.outputPath(`theme-${theme}.png`) });
    });
  }
});

test.describe('compare side by side', () => {
  test('A alone and B alone in two canvases, framed together, cameras linked both ways; back to one diagram', async ({
    page,
  }) => {
    const w = watch(page);
    await openApp(page, '?compare=classic,direct-trkb&canvases=2');
    await page.waitForFunction(() => Boolean(window.__cy2));
    const second = page.getByTestId('graph-canvas-second');
    await expect(second).toBeVisible();
    const shownEdges = (which: '__cy' | '__cy2') =>
      page.evaluate(
        (key) => [...new Set(window[key]!.$('edge.primary').map((e) => e.data('edgeId') as string))],
        which,
      );
    const [a, b] = [await shownEdges('__cy'), await shownEdges('__cy2')];
    expect(a).toContain('fluoxetine-inhibits-sert');
    expect(a).not.toContain('fluoxetine-modulates-trkb');
    expect(b).toContain('fluoxetine-modulates-trkb');
    expect(b).not.toContain('fluoxetine-inhibits-sert');
    // Same size, same camera, and everything either side draws is in view.
    const cameras = () =>
      page.evaluate(() => {
        const [one, two] = [window.__cy!, window.__cy2!];
        const inView = (cy: typeof one) => {
          const { x1, x2, y1, y2 } = cy.extent();
          return cy
            .nodes(':visible')
            .filter((n) => !n.isParent())
            .toArray()
            .every((n) => {
              const { x, y } = (n as NodeSingular).position();
              return x >= x1 && x <= x2 && y >= y1 && y <= y2;
            });
        };
        return {
          sizes: [one.width(), one.height(), two.width(), two.height()],
          zoom: [one.zoom(), two.zoom()],
          pan: [one.pan(), two.pan()],
          inView: [inView(one), inView(two)],
        };
      });
    const first = await cameras();
    expect(first.sizes.slice(0, 2)).toEqual(first.sizes.slice(2));
    expect(first.zoom[0]).toBeCloseTo(first.zoom[1]!, 6);
    expect(first.inView).toEqual([true, true]);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // Drag the background of the second canvas: the first follows.
    const box = (await second.boundingBox())!;
    await page.mouse.move(box.x + box.width - 12, box.y + box.height - 12);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 112, box.y + box.height - 62, { steps: 8 });
    await page.mouse.up();
    const dragged = await cameras();
    expect(dragged.pan[1]!.x).not.toBeCloseTo(first.pan[1]!.x, 0);
    expect(dragged.pan[0]).toEqual(dragged.pan[1]);
    // Zoom the first: the second follows.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await cameras()).zoom[0]).toBeGreaterThan(dragged.zoom[0]! * 1.1);
    const zoomed = await cameras();
    expect(zoomed.zoom[1]).toBeCloseTo(zoomed.zoom[0]!, 6);

    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('button', { name: 'One diagram' }).click();
    await expect(second).toHaveCount(0);
    await expect(page).not.toHaveURL(/canvases=/);
    await expect(page).toHaveURL(/compare=classic,direct-trkb/);
    expect(await shownEdges('__cy')).toEqual(
      expect.arrayContaining(['fluoxetine-modulates-trkb', 'fluoxetine-inhibits-sert']),
    );
    expect(await page.evaluate(() => window.__cy2)).toBeUndefined();
    await page.getByRole('button', { name: 'Side by side' }).click();
    await expect(page).toHaveURL(/canvases=2/);
    await expect(second).toBeVisible();
    expectClean(w);
  });
});

test.describe('a tour written in the app', () => {
  test('recorded from the view, captioned with a checked citation, played, kept over a reload and saved', async ({
    page,
  }) => {
    const w = watch(page);
    await openApp(page, '?layers=classic&select=node:trkb');
    // A marker on the canvas: edits must not rebuild it.
    await page.evaluate(() => {
      window.__cy!.scratch('_marker', 'first');
    });
    await page.getByRole('tab', { name: 'Tours' }).click();
    await page.getByRole('button', { name: 'New tour from this view' }).click();
    // Named by its tour's title, which the test changes: found by its class instead.
    const editor = page.locator('.tour-editor');
    await expect(editor.getByRole('heading', { name: 'Editing “My tour”' })).toBeFocused();
    await editor.getByLabel('Title', { exact: true }).fill('TrkB first');
    await editor.getByRole('button', { name: 'Edit step 1' }).click();
    const caption = editor.getByLabel('Step 1 caption');
    await caption.fill('Antidepressants bind TrkB [@casarotto2012].');
    await expect(editor.getByText('Did you mean [@casarotto2021]?')).toBeVisible();
    await expect(caption).toHaveAttribute('aria-invalid', 'true');
    await caption.fill('Antidepressants bind TrkB [@casarotto2021].');
    await expect(caption).toHaveAttribute('aria-invalid', 'false');
    expect((await new AxeBuilder({ page }).include('.tour-editor').analyze()).violations).toEqual([]);

    // Step 2: the whole classic layer, zoomed in on part of it: the step keeps that framing.
    await editor.getByRole('button', { name: 'Add this view as a step' }).focus();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/select=/);
    await page.evaluate(() => {
      const cy = window.__cy!;
      cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await editor.getByRole('button', { name: 'Add this view as a step' }).click();
    await expect(editor.getByRole('status')).toContainText('Kept in this browser.');
    const titles = editor.locator('.tour-edit-step-title');
    await expect(titles).toHaveText(['1. Step 1', '2. Step 2']);
    await editor.getByRole('button', { name: 'Move step 2 up' }).click();
    await expect(titles).toHaveText(['1. Step 2', '2. Step 1']);
    await expect(editor.getByRole('button', { name: 'Move step 1 up' })).toBeFocused();
    await editor.getByRole('button', { name: 'Move step 1 down' }).click();
    await expect(titles).toHaveText(['1. Step 1', '2. Step 2']);
    await expect(editor.getByRole('status')).toContainText('Kept in this browser.');

    await editor.getByRole('button', { name: 'Play the tour' }).click();
    const player = page.locator('.tour-caption');
    await expect(player).toContainText('TrkB first');
    await expect(player).toContainText('Antidepressants bind TrkB');
    await expect(player.getByRole('link', { name: /Casarotto/ })).toBeVisible();
    await expect(page).toHaveURL(/tour=my-tour&step=1/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2/);
    expect(await page.evaluate(() => window.__cy!.scratch('_marker') as string)).toBe('first');

    // Saved with the pathway file, the framing of step 2 included.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      editor.getByRole('button', { name: 'Save the pathway file' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      tours: { id: string; title: string; steps: { text: string; focus: string[]; frame?: string[] }[] }[];
    };
    const mine = saved.tours.find((t) => t.id === 'my-tour');
    expect(mine?.title).toBe('TrkB first');
    expect(mine?.steps[0]).toMatchObject({ text: 'Antidepressants bind TrkB [@casarotto2021].', focus: ['node:trkb'] });
    expect(mine?.steps[1]?.frame?.length).toBeGreaterThan(2);
    expect(saved.tours).toHaveLength(4);

    // A reload reopens the edited pathway at the same step.
    await page.reload();
    await expect(page.locator('.tour-caption')).toContainText('TrkB first');
    await expect(page.locator('.tour-caption h2')).toHaveText('Step 2');
    await expect(page.getByText(/Reopened .*\.json from your last visit/)).toBeVisible();
    expectClean(w);
  });
});
