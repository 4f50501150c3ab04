import type { StateCreator } from 'zustand/vanilla';
import { orderLayers } from '../../model/layers';
import type { AppState, StudySlice } from '../types';

/** No experiment, comparison, tour or highlight: the start, and the state after loading a model. */
export const NO_STUDY = {
  experiment: null,
  pathLayer: null,
  compare: null,
  sideBySide: false,
  tour: null,
  step: null,
  highlightRef: null,
  questionsOpen: false,
  answers: [],
  revealed: [],
} as const satisfies Partial<StudySlice>;

export const createStudySlice: StateCreator<AppState, [], [], StudySlice> = (set, get) => ({
  ...NO_STUDY,
  runExperiment: (id) => {
    const { model } = get();
    if (id !== null && !model?.experimentById.has(id)) return;
    set({ experiment: id, pathLayer: null });
  },
  setPathLayer: (pathLayer) => set({ pathLayer }),
  // Each action is one store update, so subscribers (the URL, the embed API) never see a half-way state.
  setCompare: (pair) => {
    const { model } = get();
    if (!pair) return set({ compare: null, sideBySide: false });
    if (!model || pair[0] === pair[1] || !pair.every((id) => model.layerById.has(id))) return;
    set({ compare: [pair[0], pair[1]], activeLayers: orderLayers(model, pair) });
  },
  setSideBySide: (on) => set({ sideBySide: on && get().compare !== null }),
  goToStep: (tourId, step) => {
    const { model } = get();
    const tour = model?.tourById.get(tourId);
    const data = tour?.steps[step - 1];
    if (!model || !tour || !data) return false;
    set({
      activeLayers: orderLayers(model, data.layers),
      tour: tourId,
      step,
      experiment: data.experiment ?? null,
      pathLayer: null,
      compare: null,
      sideBySide: false,
      questionsOpen: false,
    });
    return true;
  },
  nextStep: () => {
    const { tour, step, goToStep } = get();
    if (tour && step) goToStep(tour, step + 1);
  },
  previousStep: () => {
    const { tour, step, goToStep } = get();
    if (tour && step && step > 1) goToStep(tour, step - 1);
  },
  endTour: () => set({ tour: null, step: null, questionsOpen: false }),
  setQuestionsOpen: (open) => {
    const { model, tour } = get();
    const questions = tour ? model?.tourById.get(tour)?.questions : undefined;
    set({ questionsOpen: open && Boolean(questions?.length) });
  },
  setHighlightRef: (highlightRef) => set({ highlightRef }),
  commitAnswers: (experimentId, answers) => {
    const { model, revealed } = get();
    if (!model?.experimentById.has(experimentId) || revealed.includes(experimentId)) return;
    const own = answers.filter((a) => a.experiment === experimentId);
    set((s) => ({ answers: [...s.answers, ...own], revealed: [...s.revealed, experimentId] }));
  },
  reveal: (experimentId) => {
    const { model, revealed } = get();
    if (!model?.experimentById.has(experimentId) || revealed.includes(experimentId)) return;
    set({ revealed: [...revealed, experimentId] });
  },
});
