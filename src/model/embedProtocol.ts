/**
 * The embed message API, version 1: message shapes and the parsing of commands from a host page.
 * Pure and total: `parseCommand` never throws, whatever it is given. Which window and origin may
 * send commands is decided by the bridge (`store/embedBridge.ts`), not here.
 */
import { isTheme, type Theme } from './theme';
import type { ViewMode } from './url';

export const MESSAGE_PREFIX = 'pathway-layers:';
export const PROTOCOL_VERSION = 1;

/** The state a host sees: the same state the URL holds. */
export interface EmbedState {
  readonly layers: readonly string[];
  /** `node:<id>`, `edge:<id>` or null. */
  readonly selection: string | null;
  readonly tour: string | null;
  readonly step: number | null;
  readonly experiment: string | null;
  readonly compare: readonly [string, string] | null;
  readonly view: ViewMode;
  readonly theme: Theme | null;
}

export type Command =
  | { readonly name: 'setLayers'; readonly layers: readonly string[]; readonly requestId?: string }
  | { readonly name: 'select'; readonly target: string | null; readonly requestId?: string }
  | { readonly name: 'goToStep'; readonly tour: string; readonly step: number; readonly requestId?: string }
  | { readonly name: 'runExperiment'; readonly id: string | null; readonly requestId?: string }
  | { readonly name: 'setTheme'; readonly theme: Theme | null; readonly requestId?: string }
  | { readonly name: 'getState'; readonly requestId?: string };

export type ParsedCommand =
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly error: string; readonly requestId?: string };

const MAX_STRING = 500;
const MAX_LIST = 100;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_STRING;

/** The message name of a namespaced message, or null for anything else (H5P, other tools…). */
export function messageName(data: unknown): string | null {
  if (!isRecord(data)) return null;
  const type = data.type;
  return typeof type === 'string' && type.startsWith(MESSAGE_PREFIX) ? type.slice(MESSAGE_PREFIX.length) : null;
}

/**
 * Parse a command from a host page. Returns null for messages that are not ours (ignored
 * silently), an error for ours that are malformed (answered with `pathway-layers:error`).
 */
export function parseCommand(data: unknown): ParsedCommand | null {
  let name: string | null;
  try {
    name = messageName(data);
  } catch {
    return null; // a hostile object (throwing getter, revoked proxy): not a message of ours
  }
  if (name === null || !isRecord(data)) return null;
  let requestId: string | undefined;
  try {
    if (data.requestId !== undefined) {
      if (!isShortString(data.requestId)) return { ok: false, error: 'requestId must be a short string' };
      requestId = data.requestId;
    }
    const fail = (error: string): ParsedCommand => ({ ok: false, error, ...(requestId ? { requestId } : {}) });
    if (data.version !== PROTOCOL_VERSION)
      return fail(
        `unsupported version ${String(JSON.stringify(data.version) ?? 'none').slice(0, 40)}; this app speaks version ${PROTOCOL_VERSION}`,
      );
    const ok = (command: Command): ParsedCommand => ({
      ok: true,
      command: requestId ? { ...command, requestId } : command,
    });
    switch (name) {
      case 'setLayers': {
        const layers = data.layers;
        if (!Array.isArray(layers) || layers.length > MAX_LIST || !layers.every(isShortString))
          return fail('setLayers needs "layers": a list of layer ids');
        return ok({ name, layers: [...layers] });
      }
      case 'select': {
        const target = data.target;
        if (target !== null && !(typeof target === 'string' && /^(node|edge):.{1,200}$/.test(target)))
          return fail('select needs "target": "node:<id>", "edge:<id>" or null');
        return ok({ name, target });
      }
      case 'goToStep': {
        const { tour, step } = data;
        if (!isShortString(tour) || typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > 1000)
          return fail('goToStep needs "tour" (an id) and "step" (a whole number from 1)');
        return ok({ name, tour, step });
      }
      case 'runExperiment': {
        const id = data.id;
        if (id !== null && !isShortString(id)) return fail('runExperiment needs "id": an experiment id or null');
        return ok({ name, id });
      }
      case 'setTheme': {
        const theme = data.theme;
        if (theme !== null && !isTheme(theme))
          return fail('setTheme needs "theme": "light", "dark", "projector" or null');
        return ok({ name, theme });
      }
      case 'getState':
        return ok({ name });
      default:
        return fail(`unknown command "${name.slice(0, 40)}"`);
    }
  } catch {
    // A getter on a hostile object threw: treat it as malformed.
    return { ok: false, error: 'malformed message', ...(requestId ? { requestId } : {}) };
  }
}

/** A message to the host. */
export function message(name: string, body: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...body, type: `${MESSAGE_PREFIX}${name}`, version: PROTOCOL_VERSION };
}
