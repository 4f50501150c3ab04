import type { StateCreator } from 'zustand/vanilla';
import { withTours, type Model } from '../../model/model';
import { parsePathway } from '../../model/validate';
import { BUILT_IN, type AppState, type ModelSlice, type ModelSource } from '../types';
import { NO_STUDY } from './studySlice';

/** What a model becomes once its tours are edited: a file kept in this browser, under its file's name. */
function editedSource(source: ModelSource, model: Model): ModelSource {
  const name = source.kind === 'file' ? source.name : `${model.pathway.id}.json`;
  return { kind: 'file', name, reopened: false, edited: true };
}

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set, get) => ({
  model: null,
  modelSource: BUILT_IN,
  loadErrors: [],
  loadModel: (model, modelSource = BUILT_IN) =>
    set({
      model,
      modelSource,
      loadErrors: [],
      activeLayers: model.defaultLayerIds,
      selection: null,
      focused: null,
      ...NO_STUDY,
    }),
  setLoadErrors: (loadErrors) => set({ loadErrors }),
  setTours: (tours) => {
    const { model, modelSource, tour, step } = get();
    if (!model) return [{ path: 'tours', message: 'no pathway is loaded' }];
    const next = withTours(model, tours);
    const checked = parsePathway(next.pathway);
    if (!checked.ok) return checked.errors;
    const source = editedSource(modelSource, model);
    const running = tour ? next.tourById.get(tour) : undefined;
    if (tour && !running) {
      set({ model: next, modelSource: source, tour: null, step: null, questionsOpen: false });
      return [];
    }
    // The running step is followed to where it went (a move); if it was deleted, the step now at
    // its place (or the last) is shown, with its layers; an edited step stays where it is.
    const old = running && step ? model.tourById.get(running.id) : undefined;
    const before = old && step ? old.steps[step - 1] : undefined;
    const moved = before && running ? running.steps.indexOf(before) : -1;
    set({ model: next, modelSource: source, ...(moved >= 0 ? { step: moved + 1 } : {}) });
    const deleted = running && old && before && moved < 0 && running.steps.length < old.steps.length;
    if (deleted && step) get().goToStep(running.id, Math.min(step, running.steps.length));
    return [];
  },
});
