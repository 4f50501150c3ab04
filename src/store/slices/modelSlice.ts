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
    const running = tour ? next.tourById.get(tour) : undefined;
    const stop = tour && !running ? { tour: null, step: null, questionsOpen: false } : {};
    const clamp = running && step && step > running.steps.length ? { step: running.steps.length } : {};
    set({ model: next, modelSource: editedSource(modelSource, model), ...stop, ...clamp });
    return [];
  },
});
