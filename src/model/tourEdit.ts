/**
 * Writing tours in the app, without a text editor: a step recorded from what the view shows, and
 * pure edits of a pathway's tours (steps added, moved, changed and removed; a tour added, replaced or
 * removed). Every edit returns new arrays and leaves its input as it was. Also the checks a caption
 * gets as it is typed.
 */
import type { Model } from './model';
import type { Target } from './target';
import { citeKeys, malformedCitations, parseFocus, type Tour } from './tours';

export type TourStep = Tour['steps'][number];

/** What the view shows when a step is recorded. */
export interface RecordedView {
  /** The active layers, in display order. */
  readonly layers: readonly string[];
  /** The selected node or edge: the step's focus (drawn highlighted). */
  readonly selection: Target | null;
  /**
   * What the camera shows when it is zoomed in on part of what is shown (the step frames it without
   * highlighting it); null when everything shown is in view.
   */
  readonly inView: readonly Target[] | null;
  /** The experiment shown in the Experiments panel. */
  readonly experiment: string | null;
}

const entry = (t: Target): string => `${t.kind}:${t.id}`;

/** A node's label, or an interaction as its two ends (`A → B`). */
function targetLabel(model: Model, target: Target): string {
  if (target.kind === 'node') return model.nodeById.get(target.id)?.label ?? target.id;
  const edge = model.edgeById.get(target.id);
  if (!edge) return target.id;
  return `${model.nodeById.get(edge.source)?.label ?? edge.source} → ${model.nodeById.get(edge.target)?.label ?? edge.target}`;
}

function listOf(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * A plain first caption for a recorded step: what it shows, never a claim, so that a step is valid
 * from the start and the lecturer writes the explanation over it.
 */
export function describeView(model: Model, view: RecordedView): string {
  const named = namesOf(model, view.layers, view.selection ? [view.selection] : [], view.experiment);
  const parts = [named.layers.length ? `Shows ${listOf(named.layers)}.` : 'Shows no hypothesis layer.'];
  if (named.focus.length) parts.push(`Focus: ${listOf(named.focus)}.`);
  if (named.experiment) parts.push(`Experiment: ${named.experiment}.`);
  return parts.join(' ');
}

/** A step in one line, for the editor's list: its layers, focus, framing and experiment. */
export function stepSummary(model: Model, step: TourStep): string {
  const focus = step.focus.flatMap((e) => parseFocus(e) ?? []);
  const named = namesOf(model, step.layers, focus, step.experiment);
  const parts = [named.layers.length ? named.layers.join(', ') : 'no layers'];
  if (named.focus.length) parts.push(`focus: ${named.focus.join(', ')}`);
  if (step.frame?.length) parts.push(`framed on ${step.frame.length} items`);
  if (named.experiment) parts.push(`experiment: ${named.experiment}`);
  return parts.join(' · ');
}

/** The names of what a view or a step shows: layer titles, focus labels, the experiment's title. */
function namesOf(
  model: Model,
  layers: readonly string[],
  focus: readonly Target[],
  experiment: string | null | undefined,
): { layers: string[]; focus: string[]; experiment: string | undefined } {
  return {
    layers: layers.flatMap((id) => model.layerById.get(id)?.title ?? []),
    focus: focus.map((t) => targetLabel(model, t)),
    experiment: experiment ? model.experimentById.get(experiment)?.title : undefined,
  };
}

/** The parts of a step that come from the view: layers, focus, framing and experiment. */
function viewPart(model: Model, view: RecordedView): Pick<TourStep, 'layers' | 'focus' | 'frame' | 'experiment'> {
  const focus = view.selection ? [entry(view.selection)] : [];
  const frame = (view.inView ?? []).map(entry).filter((e) => !focus.includes(e));
  const experiment = view.experiment && model.experimentById.has(view.experiment) ? view.experiment : undefined;
  return {
    layers: view.layers.filter((id) => model.layerById.has(id)),
    focus,
    ...(frame.length ? { frame } : {}),
    ...(experiment ? { experiment } : {}),
  };
}

/** A new step showing what the view shows, with a plain caption to write over. */
export function recordStep(model: Model, view: RecordedView, title: string): TourStep {
  return { title, text: describeView(model, view), ...viewPart(model, view) };
}

/** The step with what the view shows now; its title, caption and notes stay. */
export function restage(step: TourStep, model: Model, view: RecordedView): TourStep {
  const { frame: _frame, experiment: _experiment, ...kept } = step;
  return { ...kept, ...viewPart(model, view) };
}

/** An id for a new tour that no tour of the model has: `my-tour`, `my-tour-2`, … */
function freshTourId(model: Model): string {
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? 'my-tour' : `my-tour-${n}`;
    if (!model.tourById.has(id)) return id;
  }
}

/** A new tour whose first step is the view as it is. */
export function newTour(model: Model, view: RecordedView): Tour {
  const id = freshTourId(model);
  const n = id === 'my-tour' ? '' : ` ${id.slice('my-tour-'.length)}`;
  return {
    id,
    title: `My tour${n}`,
    description: 'A tour written in Pathway Layers.',
    steps: [recordStep(model, view, 'Step 1')],
  };
}

/** The tour with `step` inserted at index `at` (clamped to the ends). */
export function insertStep(tour: Tour, step: TourStep, at: number): Tour {
  const i = Math.max(0, Math.min(tour.steps.length, at));
  return { ...tour, steps: [...tour.steps.slice(0, i), step, ...tour.steps.slice(i)] };
}

/** The tour with the step at `from` moved to index `to`; the tour itself when either is out of range. */
export function moveStep(tour: Tour, from: number, to: number): Tour {
  const n = tour.steps.length;
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return tour;
  const steps = [...tour.steps];
  const [moved] = steps.splice(from, 1);
  if (moved) steps.splice(to, 0, moved);
  return { ...tour, steps };
}

/** The tour without the step at `index`; null when it has only one step (a tour has at least one). */
export function removeStep(tour: Tour, index: number): Tour | null {
  if (tour.steps.length <= 1) return null;
  if (index < 0 || index >= tour.steps.length) return tour;
  return { ...tour, steps: tour.steps.filter((_, i) => i !== index) };
}

/** The tour with the step at `index` replaced. */
export function replaceStep(tour: Tour, index: number, step: TourStep): Tour {
  if (index < 0 || index >= tour.steps.length) return tour;
  return { ...tour, steps: tour.steps.map((s, i) => (i === index ? step : s)) };
}

/** The tours with `tour` in place of the one with its id, or added at the end. */
export function putTour(tours: readonly Tour[], tour: Tour): Tour[] {
  return tours.some((t) => t.id === tour.id) ? tours.map((t) => (t.id === tour.id ? tour : t)) : [...tours, tour];
}

/** The tours without the one with `id`. */
export function dropTour(tours: readonly Tour[], id: string): Tour[] {
  return tours.filter((t) => t.id !== id);
}

/** What a required field says while it is empty. */
export const EMPTY_TEXT = 'Write something here: it cannot be empty.';

/**
 * What is wrong with a caption, a description or speaker notes as typed, in plain words: empty
 * (when `required`), a `[@key]` no reference has (with the nearest key, if one is close), or a
 * citation that is not well formed. Empty when it can be saved.
 */
export function proseProblems(text: string, references: Readonly<Record<string, unknown>>, required = true): string[] {
  const problems: string[] = [];
  if (required && !text.trim()) problems.push(EMPTY_TEXT);
  for (const key of citeKeys(text)) {
    if (Object.hasOwn(references, key)) continue;
    const near = nearestKey(key, Object.keys(references));
    problems.push(`No reference has the key “${key}”.${near ? ` Did you mean [@${near}]?` : ''}`);
  }
  for (const bad of malformedCitations(text))
    problems.push(`“${bad}” is not a citation: write [@key] with a lower-case reference key.`);
  return problems;
}

/** The reference key closest to a mistyped one (a few edits away at most), or null. */
function nearestKey(typed: string, keys: readonly string[]): string | null {
  let best: { key: string; d: number } | null = null;
  for (const key of keys) {
    const d = editDistance(typed, key);
    if (d <= Math.max(2, Math.floor(key.length / 4)) && (!best || d < best.d)) best = { key, d };
  }
  return best?.key ?? null;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}
