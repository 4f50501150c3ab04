/**
 * The presenter view and the projected window keep the running tour step together over a
 * `BroadcastChannel` (same origin only: other sites cannot join). Either window may move; each says
 * where it is after every step change and follows what the other says, for the same pathway only.
 * A presenter window asks where the tour is when it opens. Closing either leaves the other working.
 *
 * Messages are checked like every other input: anything not exactly of our shape is ignored.
 */
import * as z from 'zod/mini';
import type { AppStore } from './store';
import type { AppState } from './types';

const CHANNEL = 'pathway-layers-presenter';

/** What a channel needs to offer: `BroadcastChannel`, or a fake in tests. */
export interface PresenterChannel {
  postMessage(data: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

const stepMessage = z.object({
  type: z.literal('pathway-layers:tourstep'),
  pathway: z.string().check(z.maxLength(200)),
  tour: z.nullable(z.string().check(z.maxLength(200))),
  step: z.nullable(z.int().check(z.gte(1), z.lte(1000))),
  /** The check questions are shown (after the last step). */
  questions: z.boolean(),
});
const helloMessage = z.object({ type: z.literal('pathway-layers:where') });

/** While positive, step changes here are not told (a handout photographing each step). */
let muted = 0;

/** Run `work` without telling the other window the steps it goes through. */
export async function withoutPresenterSync<T>(work: () => Promise<T>): Promise<T> {
  muted++;
  try {
    return await work();
  } finally {
    muted--;
  }
}

/** The tour and step as one value: a change of it is a step to tell the other window. */
const stepKey = (s: AppState) => keyOf(s.tour, s.step, s.questionsOpen);
const keyOf = (tour: string | null, step: number | null, questions: boolean) =>
  tour && step ? `${tour}#${step}${questions ? '?' : ''}` : '';

export function startPresenterBridge(
  store: AppStore,
  channel: PresenterChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null,
): () => void {
  if (!channel) return () => {};
  let applying = false;
  const tell = () => {
    const { model, tour, step, questionsOpen } = store.getState();
    if (!model) return;
    channel.postMessage({
      type: 'pathway-layers:tourstep',
      pathway: model.pathway.id,
      tour,
      step,
      questions: questionsOpen,
    });
  };
  const unsubscribe = store.subscribe(stepKey, () => {
    if (!applying && !muted) tell();
  });
  const onMessage = (event: MessageEvent) => {
    if (z.safeParse(helloMessage, event.data).success) return tell();
    const parsed = z.safeParse(stepMessage, event.data);
    const s = store.getState();
    if (!parsed.success || !s.model || parsed.data.pathway !== s.model.pathway.id) return;
    const { tour, step, questions } = parsed.data;
    if (stepKey(s) === keyOf(tour, step, questions)) return;
    applying = true;
    try {
      if (tour && step) {
        if (s.tour !== tour || s.step !== step) s.goToStep(tour, step);
        store.getState().setQuestionsOpen(questions);
      } else s.endTour();
    } finally {
      applying = false;
    }
  };
  channel.addEventListener('message', onMessage);
  if (store.getState().presenter) channel.postMessage({ type: 'pathway-layers:where' });
  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}
