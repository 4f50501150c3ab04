/**
 * The URL contract: which query parameters exist, how each is read and written. Pure: the store's
 * URL bridge feeds it `location.search` and writes back what `serializeUrlState` returns.
 *
 * Reading never throws: a malformed or unknown value is dropped and reported as a notice, and the
 * rest of the URL still applies.
 */
import type { Model } from './model';
import { orderLayers } from './layers';
import type { Selection } from './types';

/** The part of the app state that lives in the URL. */
export interface UrlState {
  /** Active layer ids in display order. */
  readonly layers: readonly string[];
  readonly selection: Selection;
}

export interface UrlReadResult {
  /** Only the fields the URL set; absent fields keep their defaults. */
  readonly state: Partial<UrlState>;
  readonly notices: readonly string[];
}

/** Every query parameter the app understands, documented in the README. */
export const URL_PARAMS = {
  layers: 'comma-separated layer ids to show; empty shows none; absent shows the defaults',
  select: '`node:<id>` or `edge:<id>`: the item whose details are open',
} as const;

const MAX_PARAM_LENGTH = 2000;

function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `“${short}”`;
}

export function parseSelection(model: Model, raw: string): Selection | string {
  const m = /^(node|edge):(.+)$/.exec(raw);
  if (!m) return `select=${quote(raw)} is not node:<id> or edge:<id>`;
  const kind = m[1] as 'node' | 'edge';
  const id = m[2] as string;
  const known = kind === 'node' ? model.nodeById.has(id) : model.edgeById.has(id);
  return known ? { kind, id } : `there is no ${kind} ${quote(id)} (select)`;
}

export function readUrlState(model: Model, search: string): UrlReadResult {
  const notices: string[] = [];
  const state: { layers?: string[]; selection?: Selection } = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ['The address could not be read; showing the default view.'] };
  }
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (seen.has(key)) {
      notices.push(`URL parameter “${key}” is given twice; the first is used.`);
      continue;
    }
    seen.add(key);
    if (value.length > MAX_PARAM_LENGTH) {
      notices.push(`URL parameter “${key}” is too long and was ignored.`);
      continue;
    }
    switch (key) {
      case 'layers': {
        const ids = value === '' ? [] : value.split(',').map((s) => s.trim());
        const unknown = ids.filter((id) => !model.layerById.has(id));
        for (const id of unknown) notices.push(`There is no layer ${quote(id)}; it was ignored.`);
        state.layers = orderLayers(model, ids);
        break;
      }
      case 'select': {
        const sel = parseSelection(model, value);
        if (typeof sel === 'string') notices.push(`Could not select: ${sel}.`);
        else state.selection = sel;
        break;
      }
      default:
        notices.push(`Unknown URL parameter ${quote(key)} was ignored.`);
    }
  }
  return { state, notices };
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/**
 * The query string (with its `?`, or empty) for a state. Layers are written only when they differ
 * from the model's defaults, so the plain address stays plain.
 */
export function serializeUrlState(model: Model, state: UrlState): string {
  const parts: string[] = [];
  const layers = orderLayers(model, state.layers);
  const isDefault =
    layers.length === model.defaultLayerIds.length && layers.every((id, i) => id === model.defaultLayerIds[i]);
  if (!isDefault) parts.push(`layers=${encode(layers.join(','))}`);
  if (state.selection) parts.push(`select=${encode(`${state.selection.kind}:${state.selection.id}`)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
