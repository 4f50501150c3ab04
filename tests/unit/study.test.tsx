import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp as renderAppWith } from '../helpers/renderApp';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/model';
import { readUrlState, serializeUrlState } from '../../src/model/url';
import { parsePathway } from '../../src/model/validate';
import { appStore } from '../../src/store/store';
import { stateFromUrl, urlStateOf } from '../../src/store/urlBridge';
import { readJson } from '../helpers/fixtures';

const parsed = parsePathway(readJson('data/antidepressants.json'));
if (!parsed.ok) throw new Error('built-in model invalid');
const model = buildModel(parsed.pathway);

const renderApp = () => renderAppWith(model);

const strokesWith = (cy: Core, cls: string) => [...new Set(cy.$(`edge.${cls}`).map((e) => e.data('edgeId') as string))];

describe('study tools on the built-in model', () => {
  it('running an experiment draws its perturbation, and a path can be shown and cleared', async () => {
    const { cy, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: 'Experiments' }));
    await user.click(await screen.findByRole('button', { name: 'SERT Met172 mice + fluoxetine' }));
    expect(strokesWith(cy, 'abolished').sort()).toEqual(['citalopram-inhibits-sert', 'fluoxetine-inhibits-sert']);
    expect(cy.$id('antidepressant-response').hasClass('readout')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Show without predicting' }));
    const row = screen.getByRole('rowheader', { name: /Direct TrkB binding/ }).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: 'path' }));
    expect(strokesWith(cy, 'on-path').sort()).toEqual(['fluoxetine-modulates-trkb', 'trkb-needed-for-response']);
    await user.click(screen.getByRole('button', { name: 'Stop the experiment' }));
    expect(strokesWith(cy, 'abolished')).toEqual([]);
    expect(strokesWith(cy, 'on-path')).toEqual([]);
  });

  it('predict, then reveal: the result stays hidden until every hypothesis has an answer, then is marked', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: 'Experiments' }));
    await user.click(await screen.findByRole('button', { name: 'SERT Met172 mice + fluoxetine' }));
    const form = screen.getByRole('form', { name: 'Your prediction first' });
    // Nothing of the answer shows yet: no predictions table, no observed result.
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Observed')).toBeNull();
    const groups = within(form).getAllByRole('group');
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const classic = within(form).getByRole('group', { name: /Classic monoamine/ });
    const direct = within(form).getByRole('group', { name: /Direct TrkB binding/ });
    await user.click(within(classic).getByRole('radio', { name: 'effect lost' }));
    await user.click(within(form).getByRole('button', { name: 'Reveal' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(`Answer every hypothesis first: ${groups.length - 1}`);
    expect(screen.queryByRole('table')).toBeNull();
    // The rest: direct binding wrongly "lost", every other asked hypothesis "partly kept".
    await user.click(within(direct).getByRole('radio', { name: 'effect lost' }));
    for (const group of groups.slice(2)) await user.click(within(group).getByRole('radio', { name: 'partly kept' }));
    await user.click(within(form).getByRole('button', { name: 'Reveal' }));
    expect(screen.queryByRole('form', { name: 'Your prediction first' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Result' })).toHaveFocus();
    expect(
      screen.getByText(/^You matched the diagram on 1 of \d+ hypotheses\. This visit: 1 of \d+\.$/),
    ).toBeInTheDocument();
    const rowOf = (name: RegExp) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(rowOf(/Classic monoamine/)).toHaveTextContent('✓ effect lost');
    expect(rowOf(/Direct TrkB binding/)).toHaveTextContent('✗ effect lost');
    expect(
      appStore
        .getState()
        .answers.map((a) => a.correct)
        .filter(Boolean),
    ).toHaveLength(1);
  });

  it('Print handout lays a tour out: a block per step, its references, the questions and an answer key', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: 'Tours' }));
    const tourItem = (await screen.findByRole('heading', { name: 'The classic story and its puzzles' })).closest('li')!;
    const opener = within(tourItem).getByRole('button', { name: 'Print handout' });
    const before = appStore.getState().activeLayers;
    await user.click(opener);
    const handout = screen.getByRole('dialog', { name: 'The classic story and its puzzles' });
    expect(handout).toHaveAttribute('aria-modal', 'true');
    expect(document.querySelector('.app')).toHaveAttribute('inert');
    // Drawn one step per task: wait for the ninth.
    const sections = await within(handout).findAllByRole('region', { name: /^\d\. / }, { timeout: 5000 });
    expect(sections).toHaveLength(9);
    const tour = model.tourById.get('classic-puzzles')!;
    expect(sections.map((s) => within(s).getByRole('heading').textContent)).toEqual(
      tour.steps.map((step, i) => `${i + 1}. ${step.title}`),
    );
    // A headless canvas draws no picture, and says so.
    expect(within(sections[0]!).getByText('(The diagram could not be drawn here.)')).toBeInTheDocument();
    // Full references for each step that cites.
    const citing = tour.steps.findIndex((step) => /\[@/.test(step.text));
    // The tour's first step cites its sources (a tour whose steps cite nothing would test nothing).
    expect(citing).toBe(0);
    const refs = within(sections[citing]!).getByRole('list', { name: `References for step ${citing + 1}` });
    expect(within(refs).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(refs.textContent).toMatch(/doi:10\.|PubMed \d+/);
    const answers = within(handout).getByRole('region', { name: 'Answer key' });
    for (const q of tour.questions!)
      for (const c of q.choices.filter((choice) => choice.correct)) expect(answers).toHaveTextContent(c.text);
    expect(within(handout).getByRole('region', { name: 'Check questions' })).toHaveTextContent(
      tour.questions![0]!.choices[1]!.text,
    );
    // The view is put back as it was, and Close gives the focus back.
    expect(appStore.getState().tour).toBeNull();
    expect(appStore.getState().activeLayers).toEqual(before);
    await user.click(within(handout).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'The classic story and its puzzles' })).toBeNull();
    expect(document.querySelector('.app')).not.toHaveAttribute('inert');
    await act(() => Promise.resolve());
    expect(opener).toHaveFocus();
  });

  it('a removed node is crossed out on the canvas', async () => {
    const { cy } = await renderApp();
    act(() => appStore.getState().runExperiment('sert-knockout-ssri-trkb'));
    expect(cy.$id('sert').hasClass('knocked-out')).toBe(true);
    expect(cy.$id('sert').style('label')).toMatch(/^✕ SERT/);
  });

  it('compare labels A-only, B-only and shared edges and shows both layers', async () => {
    const { cy, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: 'Compare' }));
    await user.click(await screen.findByRole('button', { name: 'Compare' }));
    expect(appStore.getState().compare).toEqual(['classic', 'direct-trkb']);
    expect(strokesWith(cy, 'only-a')).toContain('fluoxetine-inhibits-sert');
    expect(strokesWith(cy, 'only-b')).toContain('fluoxetine-modulates-trkb');
    expect(strokesWith(cy, 'in-both')).toContain('bdnf-binds-trkb');
    expect(screen.getByRole('button', { name: 'TrkB Y433F mice + fluoxetine' })).toBeInTheDocument();
  });

  it('side by side: the main canvas draws A alone; One diagram draws both again; the address says so', async () => {
    const { cy, user } = await renderApp();
    const shown = () => [...new Set(cy.$('edge.primary').map((e) => e.data('edgeId') as string))];
    await user.click(screen.getByRole('tab', { name: 'Compare' }));
    // Not compared yet: nothing to draw side by side.
    act(() => appStore.getState().setSideBySide(true));
    expect(appStore.getState().sideBySide).toBe(false);
    await user.click(await screen.findByRole('button', { name: 'Compare' }));
    expect(shown()).toEqual(expect.arrayContaining(['fluoxetine-inhibits-sert', 'fluoxetine-modulates-trkb']));
    await user.click(screen.getByRole('button', { name: 'Side by side' }));
    expect(screen.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true');
    expect(shown()).toContain('fluoxetine-inhibits-sert');
    expect(shown()).not.toContain('fluoxetine-modulates-trkb');
    expect(screen.getByRole('img', { name: /^Hypothesis B alone: Direct TrkB binding/ })).toBeInTheDocument();
    expect(serializeUrlState(model, urlStateOf(appStore.getState()))).toMatch(/compare=classic,direct-trkb&canvases=2/);
    // A layer switch shows the layers it names: side by side gives way.
    act(() => appStore.getState().toggleLayer('psychedelics'));
    expect(appStore.getState().sideBySide).toBe(false);
    expect(shown()).toContain('fluoxetine-modulates-trkb');
    act(() => appStore.getState().toggleLayer('psychedelics'));
    await user.click(screen.getByRole('button', { name: 'Side by side' }));
    expect(shown()).not.toContain('fluoxetine-modulates-trkb');
    await user.click(screen.getByRole('button', { name: 'One diagram' }));
    expect(shown()).toContain('fluoxetine-modulates-trkb');
    expect(screen.queryByRole('img', { name: /^Hypothesis B alone/ })).toBeNull();
    // Stopping the comparison ends the side-by-side view too.
    await user.click(screen.getByRole('button', { name: 'Side by side' }));
    await user.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(appStore.getState().sideBySide).toBe(false);
    expect(cy.destroyed()).toBe(false);
  });

  it('canvases=2 applies only with compare=', () => {
    appStore.getState().loadModel(model);
    expect(stateFromUrl(model, '?canvases=2').state.sideBySide).toBe(false);
    expect(stateFromUrl(model, '?compare=classic,psychedelics&canvases=2').state.sideBySide).toBe(true);
    expect(stateFromUrl(model, '?compare=classic,psychedelics&canvases=3').notices).toEqual([
      'Ignored canvases=: “3” is not 1 or 2.',
    ]);
  });

  it('a tour step sets its layers and marks its focus; keys move through the steps', async () => {
    const { cy, user } = await renderApp();
    act(() => void appStore.getState().goToStep('direct-binding', 1));
    const step1 = model.tourById.get('direct-binding')!.steps[0]!;
    expect(appStore.getState().activeLayers).toEqual(model.layerIds.filter((id) => step1.layers.includes(id)));
    const focusedNode = step1.focus.find((f) => f.startsWith('node:'))!.slice(5);
    await screen.findByText('1 / 9');
    expect(cy.$id(focusedNode).hasClass('tour-focus')).toBe(true);
    await user.keyboard('{ArrowRight}');
    expect(appStore.getState().step).toBe(2);
    await user.keyboard('{End}');
    expect(appStore.getState().step).toBe(9);
    await user.keyboard('{Escape}');
    expect(appStore.getState().tour).toBeNull();
  });

  it('hovering a paper in the timeline highlights the edges that cite it', async () => {
    const { cy, user } = await renderApp();
    await user.click(screen.getByRole('tab', { name: 'Timeline' }));
    await user.hover(await screen.findByRole('link', { name: /^“Essential contributions of serotonin/ }));
    expect(strokesWith(cy, 'cites-ref')).toContain('fluoxetine-modulates-trkb');
    await user.unhover(screen.getByRole('link', { name: /^“Essential contributions of serotonin/ }));
    expect(strokesWith(cy, 'cites-ref')).toEqual([]);
  });

  it('experiment, compare and tour round-trip through the URL', () => {
    appStore.getState().loadModel(model);
    const s = appStore.getState();
    s.goToStep('classic-puzzles', 2);
    s.runExperiment('trkb-y433f-fluoxetine');
    const query = serializeUrlState(model, urlStateOf(appStore.getState()));
    expect(query).toMatch(/tour=classic-puzzles&step=2&experiment=trkb-y433f-fluoxetine/);
    const { state, notices } = readUrlState(model, query);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ tour: 'classic-puzzles', step: 2, experiment: 'trkb-y433f-fluoxetine' });
  });
});

describe('writing a tour in the app', () => {
  it('records the view as steps, checks a caption as it is typed, reorders, deletes and plays, on the same canvas', async () => {
    const { cy, user } = await renderApp();
    appStore.getState().setLayers(['classic']);
    appStore.getState().select({ kind: 'node', id: 'trkb' });
    await user.click(screen.getByRole('tab', { name: 'Tours' }));
    await user.click(await screen.findByRole('button', { name: 'New tour from this view' }));
    expect(screen.getByRole('heading', { name: 'Editing “My tour”' })).toHaveFocus();
    const tourOf = () => appStore.getState().model?.tourById.get('my-tour');
    expect(tourOf()?.steps[0]).toMatchObject({ layers: ['classic'], focus: ['node:trkb'] });
    expect(appStore.getState().modelSource).toMatchObject({ kind: 'file', edited: true });
    // Going back to the built-in model would forget the tour: it asks first.
    await user.click(screen.getByRole('button', { name: 'Built-in model' }));
    const leave = screen.getByRole('dialog', { name: 'Leave the tours you wrote?' });
    expect(within(leave).getByRole('button', { name: 'Save the pathway file' })).toBeVisible();
    await user.click(within(leave).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Leave the tours you wrote?' })).toBeNull();
    expect(tourOf()).toBeDefined();

    // The caption: a near-miss key is named and nothing is saved until it is fixed.
    await user.click(screen.getByRole('button', { name: 'Edit step 1' }));
    const caption = screen.getByLabelText('Step 1 caption');
    await user.clear(caption);
    await user.type(caption, 'TrkB binds [[@casarotto2012]');
    expect(caption).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('No reference has the key “casarotto2012”. Did you mean [@casarotto2021]?')).toBeVisible();
    expect(tourOf()?.steps[0]?.text).toBe('TrkB binds [');
    await user.clear(caption);
    await user.type(caption, 'TrkB binds it');
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Insert a citation' })[1]!, 'casarotto2021');
    expect(tourOf()?.steps[0]?.text).toBe('TrkB binds it [@casarotto2021]');
    expect(caption).toHaveAttribute('aria-invalid', 'false');

    // A second step from another view, then reorder and delete.
    appStore.getState().setLayers(['ketamine-nmdar']);
    appStore.getState().select(null);
    await user.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    expect(tourOf()?.steps.map((s) => s.layers)).toEqual([['classic'], ['ketamine-nmdar']]);
    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(tourOf()?.steps.map((s) => s.layers)).toEqual([['ketamine-nmdar'], ['classic']]);
    expect(screen.getByRole('button', { name: 'Move step 1 up' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move step 1 up' }));
    expect(tourOf()?.steps.map((s) => s.layers)).toEqual([['ketamine-nmdar'], ['classic']]);

    await user.click(screen.getByRole('button', { name: 'Play the tour' }));
    expect([appStore.getState().tour, appStore.getState().step]).toEqual(['my-tour', 1]);
    expect(appStore.getState().activeLayers).toEqual(['ketamine-nmdar']);
    // Deleting the step on show shows the one that takes its place, layers and caption.
    await user.click(screen.getByRole('button', { name: 'Delete step 1' }));
    expect(tourOf()?.steps.map((s) => s.text)).toEqual(['TrkB binds it [@casarotto2021]']);
    expect(appStore.getState().activeLayers).toEqual(['classic']);
    await waitFor(() => expect(document.querySelector('.tour-caption .tour-text')).toHaveTextContent(/^TrkB binds it/));
    expect(screen.getByRole('button', { name: 'Delete step 1' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Delete step 1' }));
    expect(tourOf()?.steps).toHaveLength(1);

    // Every edit kept the drawing: the canvas was never rebuilt.
    expect(cy.destroyed()).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete the tour' }));
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('button', { name: 'Delete the tour' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete the tour' }));
    await user.click(screen.getByRole('button', { name: 'Delete “My tour” for good' }));
    expect(tourOf()).toBeUndefined();
    await waitFor(() => expect(screen.getByRole('button', { name: 'New tour from this view' })).toHaveFocus());
  });
});
