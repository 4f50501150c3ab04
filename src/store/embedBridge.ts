/**
 * The embed message bridge: talks to the page that frames the app.
 *
 * - Commands are obeyed only when they come from `window.parent` AND from the allowed origin: the
 *   `origin` URL parameter, or the app's own origin when none is given. Everything else is ignored.
 * - A malformed command from the right sender gets a `pathway-layers:error` reply and changes nothing.
 * - Messages carrying state go only to the `origin` parameter's origin. Without one, only `ready`,
 *   `resize` and H5P resizer messages are sent, to '*', and they carry no state.
 * - Predict, then reveal: each answer a student commits is sent as `pathway-layers:answer`, to the
 *   `origin` parameter's origin only (nothing is sent without one).
 */
import { message, parseCommand, type Command, type EmbedState } from '../model/embedProtocol';
import { targetText } from '../model/target';
import { parseTarget } from '../model/url';
import { scoreOf } from '../model/predict';
import { selectAnswers, selectSelection } from './selectors';
import type { AppStore as Store } from './store';
import type { AppState } from './types';

export type BridgeWindow = Pick<Window, 'parent' | 'addEventListener' | 'removeEventListener' | 'location'>;

/** The state a host sees. */
function embedStateOf(s: AppState): EmbedState {
  return {
    layers: s.activeLayers,
    selection: s.selection ? targetText(s.selection) : null,
    tour: s.tour,
    step: s.step,
    experiment: s.experiment,
    compare: s.compare,
    view: s.view,
    theme: s.theme,
  };
}

/** Apply a command; returns an error message when it cannot be obeyed (and nothing changed). */
function applyCommand(store: Store, command: Command): string | null {
  const s = store.getState();
  const model = s.model;
  if (!model) return 'no model is loaded yet';
  switch (command.name) {
    case 'setLayers': {
      const unknown = command.layers.filter((id) => !model.layerById.has(id));
      if (unknown.length) return `unknown layer ${unknown.map((id) => `"${id.slice(0, 60)}"`).join(', ')}`;
      s.setLayers(command.layers);
      return null;
    }
    case 'select': {
      if (command.target === null) {
        s.select(null);
        return null;
      }
      const target = parseTarget(model, command.target);
      if (typeof target === 'string') return target;
      s.select(target);
      return null;
    }
    case 'setTheme':
      s.setTheme(command.theme);
      return null;
    case 'goToStep': {
      const tour = model.tourById.get(command.tour);
      if (!tour) return `there is no tour "${command.tour.slice(0, 60)}"`;
      if (command.step > tour.steps.length) return `tour "${tour.id}" has ${tour.steps.length} steps`;
      s.goToStep(command.tour, command.step);
      return null;
    }
    case 'runExperiment':
      if (command.id !== null && !model.experimentById.has(command.id))
        return `there is no experiment "${command.id.slice(0, 60)}"`;
      s.runExperiment(command.id);
      return null;
    case 'getState':
      return null;
  }
}

export function startEmbedBridge(store: Store, win: BridgeWindow = window): () => void {
  const parent = win.parent;
  if (!parent || parent === (win as unknown)) return () => {};
  const configured = store.getState().origin;
  // Without an origin parameter, only the app's own origin may drive it ("null" when sandboxed).
  const allowed = configured ?? win.location.origin;
  const post = (data: Record<string, unknown>, withState: boolean) => {
    try {
      if (withState) {
        if (configured) parent.postMessage(data, configured);
      } else parent.postMessage(data, configured ?? '*');
    } catch {
      // A closed or navigated parent: nothing to tell.
    }
  };
  const stateMessage = (name: string, extra: Record<string, unknown> = {}) =>
    message(name, { ...extra, state: embedStateOf(store.getState()) });

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || event.origin !== allowed) return;
    const parsed = parseCommand(event.data);
    if (!parsed) return;
    const reply = (data: Record<string, unknown>) => {
      try {
        parent.postMessage(data, event.origin === 'null' ? '*' : event.origin);
      } catch {
        // ignore
      }
    };
    if (!parsed.ok) {
      reply(message('error', { message: parsed.error, ...(parsed.requestId ? { requestId: parsed.requestId } : {}) }));
      return;
    }
    const { command } = parsed;
    const error = applyCommand(store, command);
    const requestId = command.requestId ? { requestId: command.requestId } : {};
    if (error) reply(message('error', { message: error, ...requestId }));
    else if (command.name === 'getState')
      reply(message('state', { ...requestId, state: embedStateOf(store.getState()) }));
  };
  win.addEventListener('message', onMessage);

  post(configured ? stateMessage('ready') : message('ready'), false);

  // The host's view of the state as text: a change of it is a `statechange`.
  const unsubscribeState = store.subscribe(
    (s) => JSON.stringify(embedStateOf(s)),
    () => post(stateMessage('statechange'), true),
  );
  const unsubscribeSelect = store.subscribe(selectSelection, (selection) => {
    if (configured) post(message('select', { target: selection ? targetText(selection) : null }), true);
  });
  // Answers are only ever appended (a new model starts a new list): send those not sent yet.
  let sent = store.getState().answers.length;
  const unsubscribeAnswers = store.subscribe(selectAnswers, (answers) => {
    if (answers.length < sent) sent = 0;
    for (let i = sent; i < answers.length; i++) {
      const a = answers[i]!;
      const experiment = store.getState().model?.experimentById.get(a.experiment);
      post(
        message('answer', {
          experiment: a.experiment,
          layer: a.layer,
          answer: a.guess,
          predicted: a.predicted,
          correct: a.correct,
          observed: experiment?.observed.result ?? null,
          score: scoreOf(answers.slice(0, i + 1)),
        }),
        true,
      );
    }
    sent = answers.length;
  });
  return () => {
    unsubscribeState();
    unsubscribeSelect();
    unsubscribeAnswers();
    win.removeEventListener('message', onMessage);
  };
}
