/**
 * The one keymap: every key the app answers, what it does, and when it applies. One document
 * listener (`useKeymap`) picks, for each key press, the applicable binding with the highest
 * priority and runs only that one, so one Esc never does two things. The shortcuts dialog is
 * generated from this table.
 *
 * When a binding applies is decided from a `KeyContext`: typing in a field, a modal dialog open,
 * the diagram focused, a tour running, something selected, and whether single-key presenter
 * shortcuts are switched on (WCAG 2.1.4 lets users turn them off).
 */
import { isArrowKey, navigate } from '../model/keyboardNav';
import { graphController } from '../store/graphController';
import { selectCanvasLayerView, selectPresenting } from '../store/selectors';
import type { AppState } from '../store/types';
import { focusRegion } from './regions';

export interface UiHandlers {
  toggleFullscreen: () => void;
  openHelp: () => void;
  openPresenter: () => void;
}

export interface KeyContext {
  readonly state: AppState;
  /** Focus is in a text field, a select or an editable element. */
  readonly typing: boolean;
  /** A modal dialog is open (it handles its own keys, Esc included). */
  readonly dialogOpen: boolean;
  /** The diagram has keyboard focus. */
  readonly canvasFocused: boolean;
  readonly ui: UiHandlers;
}

export type KeyGroup = 'Tour' | 'Diagram' | 'Layers and view' | 'Moving around';

export interface KeyBinding {
  readonly id: string;
  /** `KeyboardEvent.key` values that trigger it. */
  readonly keys: readonly string[];
  /** Shift must be held (true), must not be (false), or either (undefined). */
  readonly shift?: boolean;
  /** How the shortcuts dialog writes the keys. */
  readonly label: string;
  readonly description: string;
  readonly group: KeyGroup;
  /** A single-key presenter shortcut: inert when the user switched those off. */
  readonly presenter?: boolean;
  /** Applies while typing in a field (only keys that type nothing, such as F6). */
  readonly whileTyping?: boolean;
  /** Higher wins when several bindings apply to the same key press. */
  readonly priority: number;
  readonly when: (ctx: KeyContext) => boolean;
  readonly run: (ctx: KeyContext, press: KeyPress) => void;
}

const tourRunning = (ctx: KeyContext) => Boolean(ctx.state.tour && ctx.state.step);
const lastStep = (s: AppState) => (s.tour ? (s.model?.tourById.get(s.tour)?.steps.length ?? 0) : 0);

export const KEYMAP: readonly KeyBinding[] = [
  {
    id: 'diagram.move',
    keys: ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'],
    label: '← ↑ → ↓',
    description: 'on the diagram: move between connected items',
    group: 'Diagram',
    priority: 40,
    when: (ctx) => ctx.canvasFocused,
    run: ({ state }, press) => {
      // What the diagram draws (hypothesis A alone when compared side by side).
      const view = selectCanvasLayerView(state);
      if (view && state.model && isArrowKey(press.key))
        state.setFocused(navigate(state.model, view, state.focused ?? state.selection, press.key));
    },
  },
  {
    id: 'diagram.open',
    keys: ['Enter', ' '],
    label: 'Enter',
    description: 'on the diagram: open the details of the focused item',
    group: 'Diagram',
    priority: 40,
    when: (ctx) => ctx.canvasFocused && ctx.state.focused !== null,
    run: (ctx) => ctx.state.select(ctx.state.focused),
  },
  {
    id: 'details.close',
    keys: ['Escape'],
    label: 'Esc',
    description: 'close the details (press again to end a tour)',
    group: 'Diagram',
    priority: 30,
    when: (ctx) => ctx.state.selection !== null,
    run: (ctx) => ctx.state.select(null),
  },
  {
    id: 'tour.end',
    keys: ['Escape'],
    label: 'Esc',
    description: 'end the tour',
    group: 'Tour',
    priority: 20,
    when: tourRunning,
    run: (ctx) => ctx.state.endTour(),
  },
  {
    id: 'present.exit',
    keys: ['Escape'],
    label: 'Esc',
    description: 'leave presentation mode (after closing the details and ending a tour)',
    group: 'Layers and view',
    priority: 15,
    when: (ctx) => selectPresenting(ctx.state),
    run: (ctx) => ctx.state.setPresent(false),
  },
  {
    id: 'tour.next',
    keys: ['ArrowRight', 'PageDown'],
    label: '→ or Page Down',
    description: 'next step (after the last: the check questions)',
    group: 'Tour',
    priority: 20,
    when: tourRunning,
    run: ({ state }) => {
      if (state.tour && state.step && state.step < lastStep(state)) state.goToStep(state.tour, state.step + 1);
      else state.setQuestionsOpen(true);
    },
  },
  {
    id: 'tour.previous',
    keys: ['ArrowLeft', 'PageUp'],
    label: '← or Page Up',
    description: 'previous step',
    group: 'Tour',
    priority: 20,
    when: tourRunning,
    run: ({ state }) => {
      if (state.questionsOpen) state.setQuestionsOpen(false);
      else if (state.tour && state.step && state.step > 1) state.goToStep(state.tour, state.step - 1);
    },
  },
  {
    id: 'tour.first',
    keys: ['Home'],
    label: 'Home',
    description: 'first step',
    group: 'Tour',
    priority: 20,
    when: tourRunning,
    run: ({ state }) => state.tour && state.goToStep(state.tour, 1),
  },
  {
    id: 'tour.last',
    keys: ['End'],
    label: 'End',
    description: 'last step',
    group: 'Tour',
    priority: 20,
    when: tourRunning,
    run: ({ state }) => state.tour && state.goToStep(state.tour, lastStep(state)),
  },
  {
    id: 'layers.toggle',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    label: '1 – 9',
    description: 'switch hypothesis 1–9 on or off',
    group: 'Layers and view',
    presenter: true,
    priority: 10,
    when: (ctx) => ctx.state.model !== null,
    run: ({ state }, press) => {
      const id = state.model?.layerIds[Number(press.key) - 1];
      if (id) state.toggleLayer(id);
    },
  },
  {
    id: 'layers.all',
    keys: ['0'],
    label: '0',
    description: 'show every hypothesis',
    group: 'Layers and view',
    presenter: true,
    priority: 10,
    when: (ctx) => ctx.state.model !== null,
    run: (ctx) => ctx.state.showAllLayers(),
  },
  {
    id: 'view.fit',
    keys: ['z'],
    label: 'z',
    description: 'fit what the shown hypotheses draw to the window',
    group: 'Layers and view',
    presenter: true,
    priority: 10,
    when: (ctx) => ctx.state.model !== null,
    run: () => graphController()?.fit(),
  },
  {
    id: 'view.present',
    keys: ['p'],
    label: 'p',
    description: 'presentation mode on or off: the diagram takes the screen',
    group: 'Layers and view',
    presenter: true,
    priority: 10,
    when: (ctx) => !ctx.state.embed,
    run: ({ state }) => state.setPresent(!state.present),
  },
  {
    id: 'view.presenter',
    keys: ['v'],
    label: 'v',
    description: 'open the presenter view: speaker notes, next step and a timer in a second window',
    group: 'Tour',
    presenter: true,
    priority: 10,
    when: (ctx) => !ctx.state.embed && !ctx.state.presenter,
    run: (ctx) => ctx.ui.openPresenter(),
  },
  {
    id: 'view.fullscreen',
    keys: ['f'],
    label: 'f',
    description: 'fullscreen on or off',
    group: 'Layers and view',
    presenter: true,
    priority: 10,
    when: () => true,
    run: (ctx) => ctx.ui.toggleFullscreen(),
  },
  {
    id: 'view.theme',
    keys: ['t'],
    label: 't',
    description: 'next theme (light, dark, projector)',
    group: 'Layers and view',
    presenter: true,
    priority: 10,
    when: () => true,
    run: (ctx) => ctx.state.cycleTheme(),
  },
  {
    id: 'help',
    keys: ['?'],
    label: '?',
    description: 'this list',
    group: 'Moving around',
    presenter: true,
    priority: 10,
    when: () => true,
    run: (ctx) => ctx.ui.openHelp(),
  },
  {
    id: 'regions.next',
    keys: ['F6'],
    shift: false,
    label: 'F6',
    description: 'next region: tools, hypotheses, diagram, details, tour',
    group: 'Moving around',
    whileTyping: true,
    priority: 10,
    when: () => true,
    run: () => focusRegion(1),
  },
  {
    id: 'regions.previous',
    keys: ['F6'],
    shift: true,
    label: 'Shift + F6',
    description: 'previous region',
    group: 'Moving around',
    whileTyping: true,
    priority: 10,
    when: () => true,
    run: () => focusRegion(-1),
  },
];

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/** The binding a key press triggers in this context, or null. Pure. */
export function resolveKey(bindings: readonly KeyBinding[], press: KeyPress, ctx: KeyContext): KeyBinding | null {
  if (press.ctrlKey || press.altKey || press.metaKey || ctx.dialogOpen) return null;
  let best: KeyBinding | null = null;
  for (const b of bindings) {
    if (!b.keys.includes(press.key)) continue;
    if (b.shift !== undefined && b.shift !== press.shiftKey) continue;
    if (ctx.typing && !b.whileTyping) continue;
    if (b.presenter && !ctx.state.shortcutsEnabled) continue;
    if (!b.when(ctx)) continue;
    if (!best || b.priority > best.priority) best = b;
  }
  return best;
}

/** Run what a key press means; returns whether a binding took it (the caller prevents the default). */
export function handleKey(press: KeyPress, ctx: KeyContext): boolean {
  const binding = resolveKey(KEYMAP, press, ctx);
  binding?.run(ctx, press);
  return binding !== null;
}
