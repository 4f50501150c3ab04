/**
 * The URL contract: every query parameter the app understands, defined once, each with the zod
 * schema that reads it (validated against the model; the pieces are in `urlValues.ts`) and how it
 * is written. Pure: the store's URL bridge feeds it `location.search` and writes back what
 * `serializeUrlState` returns.
 *
 * Reading never throws: a malformed or unknown value is dropped and reported as a notice, and the
 * rest of the URL still applies.
 */
import * as z from 'zod/mini';
import { layersShowing, orderLayers } from './layers';
import type { Model } from './model';
import { THEMES, type Theme } from './theme';
import { targetText, type Target } from './target';
import type { Selection } from './types';
import {
  flag,
  isSafePathwayUrl,
  knownId,
  list,
  parseOrigin,
  problem,
  type Problem,
  quote,
  readWith,
  said,
  targetSchema,
  text,
  type ValueSchema,
} from './urlValues';
import { checkInput } from './validation/issues';

export { isSafePathwayUrl, parseOrigin, parseTarget } from './urlValues';

export const VIEWS = ['diagram', 'text', 'split', 'grid'] as const;
export type ViewMode = (typeof VIEWS)[number];

/** Panels a host page may show in embed mode (`controls=`). */
export const CONTROLS = ['layers', 'details', 'legend', 'search', 'toolbar', 'experiments'] as const;
export type Control = (typeof CONTROLS)[number];

export type { Target } from './target';

/** Everything the URL can hold. Absent (undefined) fields keep the app's defaults. */
export interface UrlState {
  /** A pathway file to load instead of the built-in model (same-origin or relative URL). */
  readonly pathway?: string;
  /** Active layer ids in display order. */
  readonly layers?: readonly string[];
  readonly selection?: Selection;
  /** Nodes or edges to centre the view on at start. */
  readonly focus?: readonly Target[];
  /** A guided tour and its step (1-based). */
  readonly tour?: string;
  readonly step?: number;
  /**
   * The experiment whose perturbation and predictions are shown; `null` (written `experiment=`)
   * says "none" where a tour step would otherwise start one.
   */
  readonly experiment?: string | null;
  /** Two layers compared. */
  readonly compare?: readonly [string, string];
  /** With `compare`: each in its own canvas, side by side, the cameras linked (`canvases=2`). */
  readonly sideBySide?: boolean;
  readonly view?: ViewMode;
  readonly theme?: Theme;
  /** Presentation mode: the diagram takes the screen (ignored in embed mode). */
  readonly present?: boolean;
  /** The presenter view: the running tour's notes, next step and a timer, in step with the projected window. */
  readonly presenter?: boolean;
  readonly embed?: boolean;
  readonly controls?: readonly Control[];
  /** The host page's origin, for the embed message API. */
  readonly origin?: string;
}

export interface UrlReadResult {
  readonly state: UrlState;
  readonly notices: readonly string[];
}

/** A parameter's value type, as `readUrlState` returns it. */
type Value<K extends keyof UrlState> = Exclude<UrlState[K], undefined>;

/** One URL parameter: its name, the field it fills, its schema and how it is written. */
export interface ParamSpec<K extends keyof UrlState = keyof UrlState> {
  readonly name: string;
  readonly field: K;
  readonly doc: string;
  /**
   * The schema of the raw value; `null` when the parameter cannot be read without a model (the
   * parameter is then skipped silently). Its error texts are the notices' wording.
   */
  schema(model: Model | null): ValueSchema<Value<K>> | null;
  /** The raw value to write, or null to leave the parameter out. */
  write(value: Value<K>, model: Model): string | null;
}

/** Ties a parameter's schema and writer to its field's type, then lists it with the others. */
const param = <K extends keyof UrlState>(spec: ParamSpec<K>): ParamSpec => spec;

const MAX_PARAM_LENGTH = 2000;

/** The parameters, in the order they are written. */
export const URL_PARAMS: readonly ParamSpec[] = [
  param({
    name: 'pathway',
    field: 'pathway',
    doc: 'a pathway file to open: a relative or same-origin URL',
    schema: () =>
      text.check(
        z.refine(isSafePathwayUrl, { error: (issue) => `${said(issue)} is not a relative or same-origin address` }),
      ),
    write: (v) => v,
  }),
  param({
    name: 'layers',
    field: 'layers',
    doc: 'comma-separated layer ids to show; empty shows none; absent shows the defaults',
    schema: (model) =>
      model &&
      readWith(text, (raw) => {
        const ids = list(raw);
        const unknown = ids.filter((id) => !model.layerById.has(id));
        // Some unknown ids are dropped with a notice each (readUrlState); all unknown is an error.
        if (unknown.length && unknown.length === ids.length)
          return problem(`there is no layer ${unknown.map(quote).join(', ')}`);
        return orderLayers(model, ids);
      }),
    write: (v, model) => {
      const layers = orderLayers(model, v);
      const same =
        layers.length === model.defaultLayerIds.length && layers.every((id, i) => id === model.defaultLayerIds[i]);
      return same ? null : layers.join(',');
    },
  }),
  param({
    name: 'select',
    field: 'selection',
    doc: '`node:<id>` or `edge:<id>`: the item whose details are open',
    schema: (model) => model && targetSchema(model),
    write: (v) => (v ? targetText(v) : null),
  }),
  param({
    name: 'focus',
    field: 'focus',
    doc: 'comma-separated `node:<id>` / `edge:<id>` to centre the view on at start',
    schema: (model) => model && z.pipe(z.pipe(text, z.transform(list)), z.array(targetSchema(model))),
    write: (v) => (v.length ? v.map(targetText).join(',') : null),
  }),
  param({
    name: 'tour',
    field: 'tour',
    doc: 'a guided tour id; starts the tour (at `step`, or its first step)',
    schema: (model) => model && knownId(model.tourById, 'tour'),
    write: (v) => v,
  }),
  param({
    name: 'step',
    field: 'step',
    doc: 'the tour step, from 1',
    schema: () =>
      z.pipe(
        text.check(z.regex(/^[1-9]\d{0,3}$/, { error: (issue) => `${said(issue)} is not a step number from 1` })),
        z.transform(Number),
      ),
    write: (v) => String(v),
  }),
  param({
    name: 'experiment',
    field: 'experiment',
    doc: 'an experiment id: shows its perturbation and what each hypothesis predicts; empty: none (over a tour step’s)',
    schema: (model) =>
      model &&
      readWith(text, (raw): string | null | Problem => {
        if (raw === '') return null;
        return model.experimentById.has(raw) ? raw : problem(`there is no experiment ${quote(raw)}`);
      }),
    write: (v) => v ?? '',
  }),
  param({
    name: 'compare',
    field: 'compare',
    doc: 'two layer ids, `a,b`: compares the two hypotheses',
    schema: (model) =>
      model &&
      readWith(text, (raw): readonly [string, string] | Problem => {
        const ids = list(raw);
        const [a, b] = ids;
        if (ids.length !== 2 || a === undefined || b === undefined || a === b)
          return problem(`${quote(raw)} is not two different layer ids`);
        const unknown = [a, b].filter((id) => !model.layerById.has(id));
        return unknown.length ? problem(`there is no layer ${unknown.map(quote).join(', ')}`) : [a, b];
      }),
    write: (v) => v.join(','),
  }),
  param({
    name: 'canvases',
    field: 'sideBySide',
    doc: '`2`, with `compare=`: the two hypotheses in two canvases side by side, A alone and B alone, zoom and pan linked; `1` (default): one diagram with both',
    schema: () =>
      z.pipe(
        z.enum(['1', '2'], { error: (issue) => `${said(issue)} is not 1 or 2` }),
        z.transform((raw) => raw === '2'),
      ),
    write: (v) => (v ? '2' : null),
  }),
  param({
    name: 'view',
    field: 'view',
    doc: '`diagram` (default), `text` (the accessible text view), `split` (both side by side) or `grid` (every layer as its own small diagram)',
    schema: () => z.enum(VIEWS, { error: (issue) => `${said(issue)} is not one of ${VIEWS.join(', ')}` }),
    write: (v) => (v !== 'diagram' ? v : null),
  }),
  param({
    name: 'theme',
    field: 'theme',
    doc: '`light`, `dark` or `projector`; absent follows the system setting',
    schema: () => z.enum(THEMES, { error: (issue) => `${said(issue)} is not light, dark or projector` }),
    write: (v) => v,
  }),
  param({
    name: 'present',
    field: 'present',
    doc: '`1`: presentation mode — the diagram takes the screen, with the layer switches, Fit and the tour caption; no effect with `embed=1`',
    schema: () => flag,
    write: (v) => (v ? '1' : null),
  }),
  param({
    name: 'presenter',
    field: 'presenter',
    doc: '`1`: the presenter view, opened by **Presenter view** in a second window: the running tour step with its speaker notes, the next step and a timer, kept in step with the projected window',
    schema: () => flag,
    write: (v) => (v ? '1' : null),
  }),
  param({
    name: 'embed',
    field: 'embed',
    doc: '`1`: embedded in a course page (minimal chrome, Ctrl/⌘ + wheel zooms)',
    schema: () =>
      z.pipe(
        z.enum(['1', 'true', '0', 'false'], { error: (issue) => `${said(issue)} is not 1 or 0` }),
        z.transform((raw) => raw === '1' || raw === 'true'),
      ),
    write: (v) => (v ? '1' : null),
  }),
  param({
    name: 'controls',
    field: 'controls',
    doc: `comma-separated panels to show in embed mode: ${CONTROLS.join(', ')}`,
    schema: () =>
      readWith(text, (raw) => {
        const names = list(raw);
        const bad = names.filter((n) => !(CONTROLS as readonly string[]).includes(n));
        return bad.length
          ? problem(`unknown panel ${bad.map(quote).join(', ')}`)
          : CONTROLS.filter((c) => names.includes(c));
      }),
    write: (v) => v.join(','),
  }),
  param({
    name: 'origin',
    field: 'origin',
    doc: 'the host page origin (e.g. `https://moodle.example.edu`) allowed to drive the app by postMessage',
    schema: () =>
      readWith(
        text,
        (raw) => parseOrigin(raw) ?? problem(`${quote(raw)} is not an origin such as https://example.edu`),
      ),
    write: (v) => v,
  }),
];

const SPEC_BY_NAME = new Map(URL_PARAMS.map((p) => [p.name, p]));

type MutableUrlState = { -readonly [K in keyof UrlState]?: UrlState[K] };

function assign<K extends keyof UrlState>(state: MutableUrlState, field: K, value: UrlState[K]): void {
  state[field] = value;
}

/** Read the whole query string. Parameters that need a model are skipped when `model` is null. */
export function readUrlState(model: Model | null, search: string): UrlReadResult {
  const notices: string[] = [];
  const state: MutableUrlState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: {}, notices: ['The address could not be read; showing the default view.'] };
  }
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const spec = SPEC_BY_NAME.get(name);
    if (!spec) {
      notices.push(`Unknown URL parameter ${quote(name)} was ignored.`);
      continue;
    }
    if (seen.has(name)) {
      notices.push(`URL parameter “${name}” is given twice; the first is used.`);
      continue;
    }
    seen.add(name);
    if (value.length > MAX_PARAM_LENGTH) {
      notices.push(`URL parameter “${name}” is too long and was ignored.`);
      continue;
    }
    const schema = spec.schema(model);
    if (!schema) continue; // needs a model
    const parsed = checkInput(schema, value);
    if (!parsed.ok) {
      notices.push(`Ignored ${name}=: ${parsed.errors.map((e) => e.message).join('; ')}.`);
      continue;
    }
    assign(state, spec.field, parsed.value);
    if (name === 'layers' && model) {
      for (const id of list(value))
        if (!model.layerById.has(id)) notices.push(`There is no layer ${quote(id)}; it was ignored.`);
    }
  }
  if (state.step !== undefined && state.tour === undefined) {
    delete state.step;
    notices.push('Ignored step=: it needs a tour=.');
  }
  const tour = state.tour === undefined ? undefined : model?.tourById.get(state.tour);
  if (tour && state.step !== undefined && state.step > tour.steps.length) {
    notices.push(`Tour “${tour.id}” has ${tour.steps.length} steps; showing step 1.`);
    state.step = 1;
  }
  return { state, notices };
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/** What an address names to show: its `select=` target, then its `focus=` targets. */
export function namedTargets(state: Pick<UrlState, 'selection' | 'focus'>): Target[] {
  return [...(state.selection ? [state.selection] : []), ...(state.focus ?? [])];
}

/**
 * The query string (with its `?`, or empty) for a state, in a fixed parameter order. Defaults are
 * left out (layers equal to the model's defaults, the diagram view, no theme), so a plain address
 * stays plain and every URL the app writes reads back to the same state.
 */
export function serializeUrlState(model: Model, state: UrlState): string {
  const parts: string[] = [];
  // A tour step or a comparison sets layers of its own when opened, and a link to something the
  // layers do not draw turns a layer on (`layersShowing`), so in those cases the layers are always
  // written, even when they equal the defaults.
  const named = namedTargets(state);
  const explicitLayers =
    Boolean(state.tour || state.compare) ||
    (state.layers !== undefined &&
      layersShowing(model, state.layers, named).length > orderLayers(model, state.layers).length);
  for (const spec of URL_PARAMS) {
    const value = state[spec.field];
    const raw =
      spec.name === 'layers' && explicitLayers && state.layers
        ? orderLayers(model, state.layers).join(',')
        : value === undefined
          ? null
          : spec.write(value, model);
    if (raw !== null) parts.push(`${spec.name}=${encode(raw)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
