import { afterEach, describe, expect, it } from 'vitest';
import { buildModel, sameDrawing, withTours } from '../../src/model/model';
import {
  describeView,
  dropTour,
  insertStep,
  moveStep,
  newTour,
  proseProblems,
  putTour,
  recordStep,
  removeStep,
  replaceStep,
  restage,
  type RecordedView,
} from '../../src/model/tourEdit';
import type { Tour } from '../../src/model/tours';
import { parsePathway } from '../../src/model/validate';
import { stepTargets } from '../../src/store/selectors';
import { appStore } from '../../src/store/store';
import { loadFixture, rawFixture } from '../helpers/fixtures';

const model = buildModel(loadFixture('reach'));
const view = (over: Partial<RecordedView> = {}): RecordedView => ({
  layers: ['chain', 'single'],
  selection: null,
  inView: null,
  experiment: null,
  ...over,
});
const tour = (titles: string[]): Tour => ({
  id: 't',
  title: 'T',
  description: 'D',
  steps: titles.map((title) => ({ title, text: title, layers: [], focus: [] })),
});
const titles = (t: Tour | null) => t?.steps.map((s) => s.title);

describe('recording a step from the view', () => {
  it('takes the layers, the selection as focus, what is in view as framing, and the experiment', () => {
    const step = recordStep(
      model,
      view({
        selection: { kind: 'node', id: 't' },
        inView: [
          { kind: 'node', id: 't' },
          { kind: 'node', id: 's' },
        ],
        experiment: 'abolish-t',
      }),
      'Step 1',
    );
    expect(step).toEqual({
      title: 'Step 1',
      text: 'Shows Double negation and Single negation. Focus: Transporter T. Experiment: T made drug-insensitive.',
      layers: ['chain', 'single'],
      focus: ['node:t'],
      frame: ['node:s'],
      experiment: 'abolish-t',
    });
  });

  it('leaves out framing when everything shown is in view, and ids the model does not have', () => {
    const step = recordStep(model, view({ layers: ['chain', 'gone'], experiment: 'no-such' }), 'S');
    expect(step).toEqual({ title: 'S', text: 'Shows Double negation.', layers: ['chain'], focus: [] });
  });

  it('names an interaction in focus by its two ends', () => {
    expect(describeView(model, view({ layers: [], selection: { kind: 'edge', id: 't-clears-s' } }))).toBe(
      'Shows no hypothesis layer. Focus: Transporter T → Signal S.',
    );
  });

  it('restages a step: the view changes, its title, caption and notes stay', () => {
    const old = {
      title: 'Mine',
      text: 'My words [@ref2020].',
      notes: 'Ask.',
      layers: ['chain'],
      focus: [],
      experiment: 'abolish-t',
      frame: ['node:s'],
    };
    expect(restage(old, model, view({ layers: ['pam'], selection: { kind: 'edge', id: 'g-binds-r' } }))).toEqual({
      title: 'Mine',
      text: 'My words [@ref2020].',
      notes: 'Ask.',
      layers: ['pam'],
      focus: ['edge:g-binds-r'],
    });
  });

  it('a new tour has an id no tour has and one step that validates', () => {
    const first = newTour(model, view());
    expect(first.id).toBe('my-tour');
    const second = newTour(withTours(model, [...(model.pathway.tours ?? []), first]), view());
    expect([second.id, second.title]).toEqual(['my-tour-2', 'My tour 2']);
    const pathway = withTours(model, [...(model.pathway.tours ?? []), first, second]).pathway;
    expect(parsePathway(pathway).ok).toBe(true);
  });
});

describe('editing steps and tours', () => {
  it('inserts, moves, replaces and removes steps without touching the input', () => {
    const t = tour(['a', 'b', 'c']);
    const extra = { title: 'x', text: 'x', layers: [], focus: [] };
    expect(titles(insertStep(t, extra, 1))).toEqual(['a', 'x', 'b', 'c']);
    expect(titles(insertStep(t, extra, 99))).toEqual(['a', 'b', 'c', 'x']);
    expect(titles(moveStep(t, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(titles(moveStep(t, 2, 1))).toEqual(['a', 'c', 'b']);
    expect(moveStep(t, 0, 3)).toBe(t);
    expect(titles(replaceStep(t, 1, extra))).toEqual(['a', 'x', 'c']);
    expect(titles(removeStep(t, 1))).toEqual(['a', 'c']);
    expect(titles(t)).toEqual(['a', 'b', 'c']);
  });

  it('never removes the only step', () => {
    expect(removeStep(tour(['only']), 0)).toBeNull();
  });

  it('puts a tour in place of its namesake or at the end, and drops one by id', () => {
    const a = tour(['a']);
    const b = { ...tour(['b']), id: 'b' };
    const a2 = { ...a, title: 'A again' };
    expect(putTour([a, b], a2).map((t) => t.title)).toEqual(['A again', 'T']);
    expect(putTour([a], b).map((t) => t.id)).toEqual(['t', 'b']);
    expect(dropTour([a, b], 't').map((t) => t.id)).toEqual(['b']);
  });
});

describe('checks as a caption is typed', () => {
  const refs = { casarotto2021: {}, ma2017: {} };
  it('names an unknown key and the key it was probably meant to be', () => {
    expect(proseProblems('TrkB [@casarotto2012].', refs)).toEqual([
      'No reference has the key “casarotto2012”. Did you mean [@casarotto2021]?',
    ]);
    expect(proseProblems('[@zzz]', refs)).toEqual(['No reference has the key “zzz”.']);
  });

  it('refuses a malformed citation and an empty required text, and passes a good one', () => {
    expect(proseProblems('See [@Ma2017]', refs)).toEqual([
      '“[@Ma2017]” is not a citation: write [@key] with a lower-case reference key.',
    ]);
    expect(proseProblems('  ', refs)).toEqual(['Write something here: it cannot be empty.']);
    expect(proseProblems('', refs, false)).toEqual([]);
    expect(proseProblems('Fine [@ma2017; @casarotto2021].', refs)).toEqual([]);
  });
});

describe('models with edited tours', () => {
  it('share the drawing: same nodes, edges, layers and references', () => {
    const edited = withTours(model, [tour(['a'])]);
    expect(edited).not.toBe(model);
    expect(sameDrawing(model, edited)).toBe(true);
    expect(edited.tourById.get('t')?.steps).toHaveLength(1);
    expect(sameDrawing(model, buildModel(loadFixture('reach')))).toBe(false);
    expect(withTours(model, []).pathway).not.toHaveProperty('tours');
  });

  it('validate the framing of a step like its focus', () => {
    const raw = rawFixture('reach') as unknown as { tours: { steps: Record<string, unknown>[] }[] };
    raw.tours[0]!.steps[0]!.frame = ['node:s', 'node:zz'];
    const result = parsePathway(raw);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'tours[0].steps[0].frame[1]: no node "zz"',
    ]);
  });
});

describe('the store with edited tours', () => {
  afterEach(() => appStore.getState().loadModel(model));

  it('applies valid tours and keeps the view; refuses invalid ones and changes nothing', () => {
    const state = appStore.getState();
    state.loadModel(model);
    state.setLayers(['pam']);
    state.select({ kind: 'node', id: 'r' });
    const before = appStore.getState().model;
    const bad = { ...tour(['a']), steps: [{ title: 'a', text: 'See [@nobody].', layers: [], focus: [] }] };
    expect(
      appStore
        .getState()
        .setTours([bad])
        .map((e) => e.message),
    ).toEqual(['no reference "nobody"']);
    expect(appStore.getState().model).toBe(before);
    expect(appStore.getState().modelSource.kind).toBe('built-in');

    expect(appStore.getState().setTours([...(model.pathway.tours ?? []), tour(['a', 'b'])])).toEqual([]);
    const after = appStore.getState();
    expect(after.model).not.toBe(before);
    expect(after.model?.tourById.get('t')?.steps).toHaveLength(2);
    expect(after.activeLayers).toEqual(['pam']);
    expect(after.selection).toEqual({ kind: 'node', id: 'r' });
    expect(after.modelSource).toEqual({ kind: 'file', name: 'reach.json', reopened: false, edited: true });
  });

  it('follows the running step when it moves, shows the next one when it is deleted, ends with its tour', () => {
    const layered: Tour = {
      ...tour([]),
      steps: [
        { title: 'a', text: 'a', layers: ['chain'], focus: [] },
        { title: 'b', text: 'b', layers: ['single'], focus: [] },
        { title: 'c', text: 'c', layers: ['pam'], focus: [] },
      ],
    };
    appStore.getState().loadModel(withTours(model, [layered]));
    expect(appStore.getState().goToStep('t', 2)).toBe(true);
    // Moved: step b is now first, and still the one shown.
    const moved = moveStep(appStore.getState().model!.tourById.get('t')!, 1, 0);
    expect(appStore.getState().setTours([moved])).toEqual([]);
    expect([appStore.getState().step, appStore.getState().activeLayers]).toEqual([1, ['single']]);
    // Edited in place: it stays.
    const edited = replaceStep(moved, 0, { ...moved.steps[0]!, text: 'b, rewritten' });
    appStore.getState().setTours([edited]);
    expect(appStore.getState().step).toBe(1);
    // Deleted: the step now in its place is shown, with its own layers.
    appStore.getState().setTours([removeStep(edited, 0)!]);
    expect([appStore.getState().step, appStore.getState().activeLayers]).toEqual([1, ['chain']]);
    // The last step deleted while shown: the new last one.
    appStore.getState().goToStep('t', 2);
    appStore.getState().setTours([removeStep(appStore.getState().model!.tourById.get('t')!, 1)!]);
    expect([appStore.getState().step, appStore.getState().activeLayers]).toEqual([1, ['chain']]);
    appStore.getState().setTours([]);
    expect([appStore.getState().tour, appStore.getState().step]).toEqual([null, null]);
  });

  it('frames a step by its focus and its framing together', () => {
    const framed = tour(['a']);
    const step = { ...framed.steps[0]!, focus: ['node:t'], frame: ['node:s', 'edge:s-drives-o'] };
    appStore.getState().loadModel(withTours(model, [{ ...framed, steps: [step] }]));
    appStore.getState().goToStep('t', 1);
    expect(stepTargets(appStore.getState())).toEqual([
      { kind: 'node', id: 't' },
      { kind: 'node', id: 's' },
      { kind: 'edge', id: 's-drives-o' },
    ]);
  });
});
