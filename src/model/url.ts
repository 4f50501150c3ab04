/**
 * The URL contract: every query parameter the app understands, defined once, each with how it is
 * read (validated against the model) and written. Pure: the store's URL bridge feeds it
 * `location.search` and writes back what `serializeUrlState` returns.
 *
 * Reading never throws: a malformed or unknown value is dropped and reported as a notice, and the
 * rest of the URL still applies.
 */
import { orderLayers } from './layers';
import type { Model } from './model';
import { isTheme, type Theme } from './theme';
import { targetText, type Target } from './target';
import type { Selection } from './types';

export const VIEWS = ['diagram', 'text', 'split'] as const;
export type ViewMode = (typeof VIEWS)[number];

/** Panels a host page may show in embed mode (`controls=`). */
export const CONTROLS = ['layers', 'details', 'legend', 'search', 'toolbar'] as const;
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
  /** Two layers compared side by side. */
  readonly compare?: readonly [string, string];
  readonly view?: ViewMode;
  readonly theme?: Theme;
  readonly embed?: boolean;
  readonly controls?: readonly Control[];
  /** The host page's origin, for the embed message API. */
  readonly origin?: string;
}

export interface UrlReadResult {
  readonly state: UrlState;
  readonly notices: readonly string[];
}

type Parsed<T> = { value: T } | { error: string };

interface ParamSpec<K extends keyof UrlState> {
  readonly name: string;
  readonly field: K;
  readonly doc: string;
  /** Parse a raw value. `model` is null for parameters read before any model is loaded. */
  read(raw: string, model: Model | null): Parsed<Exclude<UrlState[K], undefined>>;
  /** The raw value to write, or null to leave the parameter out. */
  write(value: UrlState[K], model: Model): string | null;
}

const MAX_PARAM_LENGTH = 2000;

function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `“${short}”`;
}

function list(raw: string): string[] {
  return raw === '' ? [] : raw.split(',').map((s) => s.trim());
}

export function parseTarget(model: Model, raw: string): Target | string {
  const m = /^(node|edge):(.+)$/.exec(raw);
  if (!m) return `${quote(raw)} is not node:<id> or edge:<id>`;
  const kind = m[1] as 'node' | 'edge';
  const id = m[2] as string;
  const known = kind === 'node' ? model.nodeById.has(id) : model.edgeById.has(id);
  return known ? { kind, id } : `there is no ${kind} ${quote(id)}`;
}

/** Same-origin or relative paths only: a page may not make the app fetch from elsewhere. */
export function isSafePathwayUrl(raw: string): boolean {
  if (!raw || /^\s/.test(raw) || raw.includes('\\') || raw.startsWith('//')) return false;
  if ([...raw].some((ch) => ch.charCodeAt(0) < 0x20)) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(raw);
}

/** An origin such as https://moodle.example.edu — scheme, host and optional port, nothing else. */
export function parseOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === raw.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

const needsModel = { error: 'no model is loaded' } as const;

/** The parameters, in the order they are written. */
export const URL_PARAMS: readonly ParamSpec<keyof UrlState>[] = [
  {
    name: 'pathway',
    field: 'pathway',
    doc: 'a pathway file to open: a relative or same-origin URL',
    read: (raw) =>
      isSafePathwayUrl(raw) ? { value: raw } : { error: `${quote(raw)} is not a relative or same-origin address` },
    write: (v) => (typeof v === 'string' ? v : null),
  },
  {
    name: 'layers',
    field: 'layers',
    doc: 'comma-separated layer ids to show; empty shows none; absent shows the defaults',
    read: (raw, model) => {
      if (!model) return needsModel;
      const ids = list(raw);
      const unknown = ids.filter((id) => !model.layerById.has(id));
      if (unknown.length && unknown.length === ids.length && ids.length > 0)
        return { error: `there is no layer ${unknown.map(quote).join(', ')}` };
      return { value: orderLayers(model, ids) };
    },
    write: (v, model) => {
      if (!Array.isArray(v)) return null;
      const layers = orderLayers(model, v as readonly string[]);
      const same =
        layers.length === model.defaultLayerIds.length && layers.every((id, i) => id === model.defaultLayerIds[i]);
      return same ? null : layers.join(',');
    },
  },
  {
    name: 'select',
    field: 'selection',
    doc: '`node:<id>` or `edge:<id>`: the item whose details are open',
    read: (raw, model) => {
      if (!model) return needsModel;
      const t = parseTarget(model, raw);
      return typeof t === 'string' ? { error: t } : { value: t };
    },
    write: (v) => (v && typeof v === 'object' && 'kind' in v ? targetText(v as Target) : null),
  },
  {
    name: 'focus',
    field: 'focus',
    doc: 'comma-separated `node:<id>` / `edge:<id>` to centre the view on at start',
    read: (raw, model) => {
      if (!model) return needsModel;
      const targets = list(raw).map((t) => parseTarget(model, t));
      const bad = targets.filter((t): t is string => typeof t === 'string');
      return bad.length ? { error: bad.join('; ') } : { value: targets as Target[] };
    },
    write: (v) => (Array.isArray(v) && v.length ? (v as Target[]).map(targetText).join(',') : null),
  },
  {
    name: 'tour',
    field: 'tour',
    doc: 'a guided tour id; starts the tour (at `step`, or its first step)',
    read: (raw, model) => {
      if (!model) return needsModel;
      return model.tourById.has(raw) ? { value: raw } : { error: `there is no tour ${quote(raw)}` };
    },
    write: (v) => (typeof v === 'string' ? v : null),
  },
  {
    name: 'step',
    field: 'step',
    doc: 'the tour step, from 1',
    read: (raw) =>
      /^[1-9]\d{0,3}$/.test(raw) ? { value: Number(raw) } : { error: `${quote(raw)} is not a step number from 1` },
    write: (v) => (typeof v === 'number' ? String(v) : null),
  },
  {
    name: 'experiment',
    field: 'experiment',
    doc: 'an experiment id: shows its perturbation and what each hypothesis predicts; empty: none (over a tour step’s)',
    read: (raw, model) => {
      if (!model) return needsModel;
      if (raw === '') return { value: null };
      return model.experimentById.has(raw) ? { value: raw } : { error: `there is no experiment ${quote(raw)}` };
    },
    write: (v) => (typeof v === 'string' ? v : v === null ? '' : null),
  },
  {
    name: 'compare',
    field: 'compare',
    doc: 'two layer ids, `a,b`: compares the two hypotheses',
    read: (raw, model) => {
      if (!model) return needsModel;
      const ids = list(raw);
      if (ids.length !== 2 || ids[0] === ids[1]) return { error: `${quote(raw)} is not two different layer ids` };
      const unknown = ids.filter((id) => !model.layerById.has(id));
      return unknown.length
        ? { error: `there is no layer ${unknown.map(quote).join(', ')}` }
        : { value: [ids[0]!, ids[1]!] as const };
    },
    write: (v) => (Array.isArray(v) && v.length === 2 ? v.join(',') : null),
  },
  {
    name: 'view',
    field: 'view',
    doc: '`diagram` (default), `text` (the accessible text view) or `split` (both side by side)',
    read: (raw) =>
      (VIEWS as readonly string[]).includes(raw)
        ? { value: raw as ViewMode }
        : { error: `${quote(raw)} is not one of ${VIEWS.join(', ')}` },
    write: (v) => (v && v !== 'diagram' ? String(v) : null),
  },
  {
    name: 'theme',
    field: 'theme',
    doc: '`light`, `dark` or `projector`; absent follows the system setting',
    read: (raw) => (isTheme(raw) ? { value: raw } : { error: `${quote(raw)} is not light, dark or projector` }),
    write: (v) => (isTheme(v) ? v : null),
  },
  {
    name: 'embed',
    field: 'embed',
    doc: '`1`: embedded in a course page (minimal chrome, Ctrl/⌘ + wheel zooms)',
    read: (raw) =>
      raw === '1' || raw === 'true'
        ? { value: true }
        : raw === '0' || raw === 'false'
          ? { value: false }
          : { error: `${quote(raw)} is not 1 or 0` },
    write: (v) => (v === true ? '1' : null),
  },
  {
    name: 'controls',
    field: 'controls',
    doc: `comma-separated panels to show in embed mode: ${CONTROLS.join(', ')}`,
    read: (raw) => {
      const names = list(raw);
      const bad = names.filter((n) => !(CONTROLS as readonly string[]).includes(n));
      return bad.length
        ? { error: `unknown panel ${bad.map(quote).join(', ')}` }
        : { value: CONTROLS.filter((c) => names.includes(c)) };
    },
    write: (v) => (Array.isArray(v) ? (v as Control[]).join(',') : null),
  },
  {
    name: 'origin',
    field: 'origin',
    doc: 'the host page origin (e.g. `https://moodle.example.edu`) allowed to drive the app by postMessage',
    read: (raw) => {
      const origin = parseOrigin(raw);
      return origin ? { value: origin } : { error: `${quote(raw)} is not an origin such as https://example.edu` };
    },
    write: (v) => (typeof v === 'string' ? v : null),
  },
];

const SPEC_BY_NAME = new Map(URL_PARAMS.map((p) => [p.name, p]));

/** Read the whole query string. Parameters that need a model are skipped when `model` is null. */
export function readUrlState(model: Model | null, search: string): UrlReadResult {
  const notices: string[] = [];
  const state: Record<string, unknown> = {};
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
    const parsed = spec.read(value, model);
    if ('value' in parsed) state[spec.field] = parsed.value;
    else if (parsed !== needsModel) notices.push(`Ignored ${name}=: ${parsed.error}.`);
    if (name === 'layers' && 'value' in parsed && model) {
      for (const id of list(value))
        if (!model.layerById.has(id)) notices.push(`There is no layer ${quote(id)}; it was ignored.`);
    }
  }
  if (state.step !== undefined && state.tour === undefined) {
    delete state.step;
    notices.push('Ignored step=: it needs a tour=.');
  }
  const tour = typeof state.tour === 'string' ? model?.tourById.get(state.tour) : undefined;
  if (tour && typeof state.step === 'number' && state.step > tour.steps.length) {
    notices.push(`Tour “${tour.id}” has ${tour.steps.length} steps; showing step 1.`);
    state.step = 1;
  }
  return { state: state as UrlState, notices };
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/**
 * The query string (with its `?`, or empty) for a state, in a fixed parameter order. Defaults are
 * left out (layers equal to the model's defaults, the diagram view, no theme), so a plain address
 * stays plain and every URL the app writes reads back to the same state.
 */
export function serializeUrlState(model: Model, state: UrlState): string {
  const parts: string[] = [];
  // A tour step or a comparison sets layers of its own when opened, so the layers are then always
  // written, even when they equal the defaults.
  const explicitLayers = Boolean(state.tour || state.compare);
  for (const spec of URL_PARAMS) {
    const raw =
      spec.name === 'layers' && explicitLayers && state.layers
        ? orderLayers(model, state.layers).join(',')
        : spec.write(state[spec.field], model);
    if (raw !== null) parts.push(`${spec.name}=${encode(raw)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
