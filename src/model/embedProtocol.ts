/**
 * The embed message API, version 1: message shapes and the parsing of commands from a host page,
 * with zod schemas reported like every other boundary (`validation/issues.ts`). Pure and total:
 * `parseCommand` never throws, whatever it is given. Which window and origin may
 * send commands is decided by the bridge (`store/embedBridge.ts`), not here.
 */
import * as z from 'zod/mini';
import { THEMES, type Theme } from './theme';
import type { ValidationError } from './types';
import type { ViewMode } from './url';
import { checkInput } from './validation/issues';

const MESSAGE_PREFIX = 'pathway-layers:';
const PROTOCOL_VERSION = 1;

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

/** The message name of a namespaced message, or null for anything else (H5P, other tools…). */
function messageName(data: unknown): string | null {
  if (!isRecord(data)) return null;
  const type = data.type;
  return typeof type === 'string' && type.startsWith(MESSAGE_PREFIX) ? type.slice(MESSAGE_PREFIX.length) : null;
}

/** A non-empty string of at most 500 characters; every problem with it reads `needs`. */
const shortString = (needs: string) =>
  z.string({ error: needs }).check(z.minLength(1, { error: needs }), z.maxLength(MAX_STRING, { error: needs }));

/** Checked first: a bad `requestId` cannot be echoed in the error reply. */
const requestIdSchema = z.object({ requestId: z.optional(shortString('requestId must be a short string')) });

/** Checked next: the protocol version. */
const versionSchema = z.object({
  version: z.literal(PROTOCOL_VERSION, {
    error: (issue) =>
      `unsupported version ${String(JSON.stringify(issue.input) ?? 'none').slice(0, 40)}; this app speaks version ${PROTOCOL_VERSION}`,
  }),
});

/** The `type` of a command message: its name in our namespace. */
const typeOf = <const N extends Command['name']>(name: N) => z.literal(`${MESSAGE_PREFIX}${name}` as const);

const SET_LAYERS = 'setLayers needs "layers": a list of layer ids';
const SELECT = 'select needs "target": "node:<id>", "edge:<id>" or null';
const GO_TO_STEP = 'goToStep needs "tour" (an id) and "step" (a whole number from 1)';
const RUN_EXPERIMENT = 'runExperiment needs "id": an experiment id or null';
const SET_THEME = 'setTheme needs "theme": "light", "dark", "projector" or null';

/** The commands, told apart by `type`; an unknown `type` is an unknown command. */
const commandSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: typeOf('setLayers'),
      layers: z
        .array(shortString(SET_LAYERS), { error: SET_LAYERS })
        .check(z.maxLength(MAX_LIST, { error: SET_LAYERS })),
    }),
    z.object({
      type: typeOf('select'),
      target: z.nullable(z.string({ error: SELECT }).check(z.regex(/^(node|edge):.{1,200}$/, { error: SELECT }))),
    }),
    z.object({
      type: typeOf('goToStep'),
      tour: shortString(GO_TO_STEP),
      step: z.int({ error: GO_TO_STEP }).check(z.gte(1, { error: GO_TO_STEP }), z.lte(1000, { error: GO_TO_STEP })),
    }),
    z.object({ type: typeOf('runExperiment'), id: z.nullable(shortString(RUN_EXPERIMENT)) }),
    z.object({ type: typeOf('setTheme'), theme: z.nullable(z.enum(THEMES, { error: SET_THEME })) }),
    z.object({ type: typeOf('getState') }),
  ],
  {
    error: (issue) => `unknown command "${String(messageName(issue.input) ?? '').slice(0, 40)}"`,
  },
);

/** The reply to a malformed command names its first problem (they are checked one at a time). */
const firstMessage = (errors: readonly ValidationError[]) => errors[0]?.message ?? 'malformed message';

/** A command as the schema reads it, named by its namespaced `type`. */
type CommandMessage = z.output<typeof commandSchema>;

/** The command a message asks for, without its `type`, `version` and `requestId`. */
function toCommand(m: CommandMessage): Command {
  switch (m.type) {
    case 'pathway-layers:setLayers':
      return { name: 'setLayers', layers: m.layers };
    case 'pathway-layers:select':
      return { name: 'select', target: m.target };
    case 'pathway-layers:goToStep':
      return { name: 'goToStep', tour: m.tour, step: m.step };
    case 'pathway-layers:runExperiment':
      return { name: 'runExperiment', id: m.id };
    case 'pathway-layers:setTheme':
      return { name: 'setTheme', theme: m.theme };
    case 'pathway-layers:getState':
      return { name: 'getState' };
  }
}

/**
 * Parse a command from a host page. Returns null for messages that are not ours (ignored
 * silently), an error for ours that are malformed (answered with `pathway-layers:error`): the first
 * problem, in the order requestId, version, command.
 */
export function parseCommand(data: unknown): ParsedCommand | null {
  try {
    if (messageName(data) === null) return null;
  } catch {
    return null; // a hostile object (throwing getter, revoked proxy): not a message of ours
  }
  let requestId: string | undefined;
  try {
    const id = checkInput(requestIdSchema, data);
    if (!id.ok) return { ok: false, error: firstMessage(id.errors) };
    requestId = id.value.requestId;
    const withId = requestId ? { requestId } : {};
    const version = checkInput(versionSchema, data);
    if (!version.ok) return { ok: false, error: firstMessage(version.errors), ...withId };
    const parsed = checkInput(commandSchema, data);
    if (!parsed.ok) return { ok: false, error: firstMessage(parsed.errors), ...withId };
    return { ok: true, command: { ...toCommand(parsed.value), ...withId } };
  } catch {
    // A getter on a hostile object threw: treat it as malformed.
    return { ok: false, error: 'malformed message', ...(requestId ? { requestId } : {}) };
  }
}

/** A message to the host. */
export function message(name: string, body: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...body, type: `${MESSAGE_PREFIX}${name}`, version: PROTOCOL_VERSION };
}
