/**
 * A tour as a handout: each step drawn on the real canvas (its layers, focus and experiment, in the
 * light theme, for paper) and photographed, then the view put back as it was. One step per task,
 * so the page stays responsive and the work can be cancelled.
 */
import { citeKeys } from '../../model/tours';
import { graphController } from '../../store/graphController';
import { withoutPresenterSync } from '../../store/presenterBridge';
import { appStore } from '../../store/store';
import type { AppState } from '../../store/types';

export interface HandoutStep {
  readonly title: string;
  readonly text: string;
  /** The diagram at this step as a PNG data URL; null where it cannot be drawn. */
  readonly image: string | null;
  /** The references the caption cites, in order. */
  readonly refs: readonly string[];
}

/** The state a handout changes while it draws, put back afterwards. */
const VIEW_FIELDS = [
  'activeLayers',
  'tour',
  'step',
  'experiment',
  'pathLayer',
  'compare',
  'questionsOpen',
  'selection',
  'focused',
  'highlightRef',
  'theme',
] as const satisfies readonly (keyof AppState)[];

type View = Pick<AppState, (typeof VIEW_FIELDS)[number]>;

const viewOf = (s: AppState): View => Object.fromEntries(VIEW_FIELDS.map((k) => [k, s[k]])) as unknown as View;

/** A task boundary: the browser paints and handles input between steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draw and photograph every step of a tour. `onProgress(done, total)` after each step; resolves
 * with the steps, or null when cancelled (`signal`) or the tour is unknown. The view is restored in
 * every case.
 */
export function drawHandout(
  tourId: string,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<HandoutStep[] | null> {
  // One drawing at a time (a second would save the first one's light theme as the view to restore),
  // and a presenter window does not follow the steps it goes through.
  const run = drawing.then(() => withoutPresenterSync(() => draw(tourId, onProgress, signal)));
  drawing = run.catch(() => null);
  return run;
}

let drawing: Promise<unknown> = Promise.resolve();

async function draw(
  tourId: string,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<HandoutStep[] | null> {
  const start = appStore.getState();
  const tour = start.model?.tourById.get(tourId);
  if (!tour) return null;
  const saved = viewOf(start);
  const steps: HandoutStep[] = [];
  try {
    appStore.setState({ theme: 'light', selection: null, focused: null, highlightRef: null });
    for (const [i, step] of tour.steps.entries()) {
      await nextTask();
      if (signal.aborted || appStore.getState().model !== start.model) return null;
      appStore.getState().goToStep(tourId, i + 1);
      steps.push({
        title: step.title,
        text: step.text,
        image: graphController()?.snapshot(1.5) ?? null,
        refs: citeKeys(step.text),
      });
      onProgress(i + 1, tour.steps.length);
    }
    return steps;
  } finally {
    // Put the view back, unless another model came meanwhile (its own defaults then stand). A
    // running tour's step is framed again as its step comes back; otherwise show everything.
    if (appStore.getState().model === start.model) {
      appStore.setState(saved);
      if (!saved.tour) graphController()?.fit({ animate: false });
    }
  }
}
