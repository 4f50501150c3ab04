/**
 * Property-based tests of the embed message handler (src/store/embedBridge.ts with
 * src/model/embedProtocol.ts), driven through startEmbedBridge in a fake framed window: random
 * messages from the allowed host and from everyone else. The expected outcome of each message is
 * computed here from the documented protocol (docs/embedding.md), not by calling the parser.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCommand } from '../../../src/model/embedProtocol';
import type { Model } from '../../../src/model/model';
import { THEMES } from '../../../src/model/theme';
import { startEmbedBridge } from '../../../src/store/embedBridge';
import { appStore, resetAppStore } from '../../../src/store/store';
import type { AppState } from '../../../src/store/types';
import {
  HOSTILE_STRINGS,
  MODELS,
  MODEL_NAMES,
  TIMEOUT,
  changedKeys,
  dataOf,
  expectPrototypesClean,
  fcParams,
  floor,
  idsOf,
  prototypeSnapshot,
  wildString,
  type ModelName,
} from './support';

const PREFIX = 'pathway-layers:';
const COMMANDS = ['setLayers', 'select', 'goToStep', 'runExperiment', 'setTheme', 'getState'] as const;
const HOST = 'https://lms.example.edu';
const OWN = 'https://app.example.org';

// ---------------------------------------------------------------------------------------------
// A framed window, as in tests/unit/embed.test.ts.

function framed(ownOrigin: string) {
  const listeners: ((e: MessageEvent) => void)[] = [];
  const parent = { postMessage: vi.fn() };
  const win = {
    parent,
    location: { origin: ownOrigin, search: '' },
    addEventListener: (type: string, f: (e: MessageEvent) => void) => {
      if (type === 'message') listeners.push(f);
    },
    removeEventListener: (_: string, f: (e: MessageEvent) => void) => {
      const i = listeners.indexOf(f);
      if (i >= 0) listeners.splice(i, 1);
    },
  };
  // No default for `source`: an undefined source must arrive as undefined.
  const deliver = (data: unknown, origin: string, source: unknown) =>
    listeners.forEach((f) => f({ data, origin, source } as MessageEvent));
  return { win: win as unknown as Window, parent, deliver, listeners };
}

// ---------------------------------------------------------------------------------------------
// Messages.

/** An own, enumerable property, even for "__proto__" (as a structured clone would create it). */
function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const hostile = fc.constantFrom(...HOSTILE_STRINGS);
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 0, 1, -1, 1.5, NaN, Infinity, true, false, '', [], {}, 1n, [null], {
    0: 'a',
  }),
  fc.jsonValue({ maxDepth: 2 }),
  wildString(30),
);

function commandArb(model: Model): fc.Arbitrary<Record<string, unknown>> {
  const ids = idsOf(model);
  const idOr = (list: readonly string[]) =>
    list.length
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...list) },
          { weight: 1, arbitrary: hostile },
          { weight: 1, arbitrary: wildString(20) },
        )
      : fc.oneof(hostile, wildString(20));
  const layerList = fc.oneof(
    { weight: 5, arbitrary: fc.subarray(ids.layers) },
    { weight: 2, arbitrary: fc.array(idOr(ids.layers), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...ids.layers), { minLength: 99, maxLength: 102 }) },
    { weight: 1, arbitrary: fc.array(oddValue, { maxLength: 3 }) },
    { weight: 1, arbitrary: oddValue },
  );
  const target = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids.nodes).map((id) => `node:${id}`) },
    { weight: 3, arbitrary: fc.constantFrom(...ids.edges).map((id) => `edge:${id}`) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...ids.nodes).map((id) => `edge:${id}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('node:', 'edge:', 'Node:', ''), fc.oneof(hostile, wildString(10)))
        .map(([k, id]) => k + id),
    },
    { weight: 1, arbitrary: fc.constantFrom('node:' + 'a'.repeat(201), `node:${ids.nodes[0]}\n`, ids.nodes[0]!) },
    { weight: 1, arbitrary: oddValue },
  );
  const tours = [...model.tourById.values()];
  const tourStep = fc.record({
    tour: tours.length ? idOr(ids.tours) : fc.oneof(hostile, wildString(10), oddValue),
    step: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 8 }) },
      { weight: 1, arbitrary: fc.integer({ min: -2, max: 1_200 }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(1.5, '1', NaN, Infinity, null, 1e3, 1001, 0, -0) },
    ),
  });
  const experiment = fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: idOr(ids.experiments) },
    { weight: 1, arbitrary: oddValue },
  );
  const theme = fc.oneof(fc.constantFrom<unknown>(...THEMES, null, 'neon', 'Dark', ''), oddValue);

  const name = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...COMMANDS) },
    { weight: 1, arbitrary: fc.constantFrom('launch', 'SetLayers', 'setLayers ', '', 'state', 'error', 'ready') },
    { weight: 1, arbitrary: fc.oneof(hostile, wildString(50)) },
  );
  const type = (n: string) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constant(PREFIX + n) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(n, `Pathway-Layers:${n}`, ` ${PREFIX}${n}`, `pathway-layers-${n}`, `h5p:${n}`),
      },
      { weight: 1, arbitrary: oddValue },
    );
  const version = fc.oneof(
    { weight: 16, arbitrary: fc.constant(1) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(0, 2, '1', 1.0000001, -1, null, true, [1], { v: 1 }, NaN, 1n) },
    // Hostile versions end up in the error message.
    { weight: 1, arbitrary: fc.constantFrom<unknown>('v'.repeat(100_000), cyclic()) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const requestId = fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>('', 'r'.repeat(500), 'r'.repeat(501), 7, null, ['r1'], { id: 'r1' }),
    },
    { weight: 1, arbitrary: hostile },
  );
  const extras = fc.dictionary(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'context', 'action', 'state', 'toString'), wildString(8)),
    oddValue,
    {
      maxKeys: 3,
    },
  );

  return name.chain((n) =>
    fc
      .record({
        type: type(n),
        version,
        requestId,
        layers: fc.option(layerList, { nil: undefined, freq: 4 }),
        target: fc.option(target, { nil: undefined, freq: 4 }),
        tourStep: fc.option(tourStep, { nil: undefined, freq: 4 }),
        id: fc.option(experiment, { nil: undefined, freq: 4 }),
        theme: fc.option(theme, { nil: undefined, freq: 4 }),
        extras,
        // Which of the generated fields to leave out entirely (absent, not undefined).
        omit: fc.oneof(
          { weight: 4, arbitrary: fc.constant<string[]>([]) },
          {
            weight: 1,
            arbitrary: fc.subarray(['version', 'requestId', 'layers', 'target', 'tour', 'step', 'id', 'theme']),
          },
        ),
      })
      .map((r) => {
        const msg: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r.extras)) defineOwn(msg, k, v);
        const fields: Record<string, unknown> = {
          type: r.type,
          version: r.version,
          requestId: r.requestId,
          layers: r.layers,
          target: r.target,
          tour: r.tourStep?.tour,
          step: r.tourStep?.step,
          id: r.id,
          theme: r.theme,
        };
        for (const [k, v] of Object.entries(fields)) {
          if (k !== 'type' && (v === undefined || r.omit.includes(k))) continue;
          defineOwn(msg, k, v);
        }
        return msg;
      }),
  );
}

function cyclic(): unknown {
  const a: unknown[] = [];
  a.push(a);
  return a;
}

/** Anything at all a window could receive: primitives, arrays, Maps, Dates, typed arrays, BigInts. */
const anyData = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

/** What postMessage would deliver: a structured clone (when the value can be cloned). */
function asDelivered(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function dataArb(model: Model): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: commandArb(model) },
    { weight: 1, arbitrary: anyData },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        null,
        undefined,
        'pathway-layers:setLayers',
        42,
        [{ type: 'pathway-layers:getState', version: 1 }],
        { context: 'h5p', action: 'hello' },
        { type: 'other:x', version: 1 },
        new Map([['type', 'pathway-layers:getState']]),
      ),
    },
  );
}

const DATA: Record<ModelName, fc.Arbitrary<unknown>> = { builtin: dataArb(MODELS.builtin), mini: dataArb(MODELS.mini) };

// ---------------------------------------------------------------------------------------------
// The protocol, as documented: what a message from the allowed sender should do.

type Outcome =
  | { readonly kind: 'ignore' }
  | { readonly kind: 'error'; readonly requestId?: string }
  | {
      readonly kind: 'apply';
      readonly name: (typeof COMMANDS)[number];
      readonly requestId?: string;
      readonly expect: Record<string, unknown>;
    };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 500;
const inOrder = (model: Model, ids: Iterable<unknown>) => {
  const wanted = new Set(ids);
  return model.layerIds.filter((id) => wanted.has(id));
};

function expectedOutcome(model: Model, data: unknown): Outcome {
  if (!isObject(data) || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return { kind: 'ignore' };
  const name = data.type.slice(PREFIX.length);
  if (data.requestId !== undefined && !isShortString(data.requestId)) return { kind: 'error' };
  const rid = data.requestId === undefined ? {} : { requestId: data.requestId };
  const error: Outcome = { kind: 'error', ...rid };
  if (data.version !== 1) return error;
  const apply = (n: (typeof COMMANDS)[number], changes: Record<string, unknown>): Outcome => ({
    kind: 'apply',
    name: n,
    expect: changes,
    ...rid,
  });
  switch (name) {
    case 'setLayers': {
      const layers = data.layers;
      if (
        !Array.isArray(layers) ||
        layers.length > 100 ||
        !layers.every((id) => typeof id === 'string' && model.layerById.has(id))
      )
        return error;
      return apply('setLayers', { activeLayers: inOrder(model, layers) });
    }
    case 'select': {
      const t = data.target;
      if (t === null) return apply('select', { selection: null });
      if (typeof t !== 'string') return error;
      const [kind, ...rest] = t.split(':');
      const id = rest.join(':');
      if (kind === 'node' && model.nodeById.has(id)) return apply('select', { selection: { kind, id } });
      if (kind === 'edge' && model.edgeById.has(id)) return apply('select', { selection: { kind, id } });
      return error;
    }
    case 'goToStep': {
      const tour = typeof data.tour === 'string' ? model.tourById.get(data.tour) : undefined;
      const step = data.step;
      if (!tour || typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > tour.steps.length)
        return error;
      const s = tour.steps[step - 1]!;
      return apply('goToStep', {
        activeLayers: inOrder(model, s.layers),
        tour: tour.id,
        step,
        experiment: s.experiment ?? null,
        pathLayer: null,
        compare: null,
        questionsOpen: false,
      });
    }
    case 'runExperiment': {
      const id = data.id;
      if (id !== null && !(typeof id === 'string' && model.experimentById.has(id))) return error;
      return apply('runExperiment', { experiment: id, pathLayer: null });
    }
    case 'setTheme': {
      const theme = data.theme;
      if (theme !== null && !(THEMES as readonly unknown[]).includes(theme)) return error;
      return apply('setTheme', { theme });
    }
    case 'getState':
      return apply('getState', {});
    default:
      return error;
  }
}

/** The state a host sees, per docs/embedding.md. */
const hostState = (s: AppState) => ({
  layers: s.activeLayers,
  selection: s.selection ? `${s.selection.kind}:${s.selection.id}` : null,
  tour: s.tour,
  step: s.step,
  experiment: s.experiment,
  compare: s.compare,
  view: s.view,
  theme: s.theme,
});

// ---------------------------------------------------------------------------------------------
// A run: a model, a bridge configuration and a lived-in state, then a few messages.

const setup = fc.record({
  model: fc.constantFrom(...MODEL_NAMES),
  /** The `origin` URL parameter; without one the app's own origin (or "null" when sandboxed) may drive it. */
  configured: fc.constantFrom<string | null>(HOST, HOST, null),
  own: fc.constantFrom(OWN, OWN, OWN, 'null'),
  prior: fc.noShrink(
    fc.record({
      tour: fc.option(fc.tuple(fc.nat(), fc.nat())),
      layers: fc.array(fc.nat(), { maxLength: 4 }),
      select: fc.option(fc.nat()),
      theme: fc.option(fc.constantFrom(...THEMES)),
      experiment: fc.option(fc.nat()),
    }),
  ),
});

type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;

function prepare({ model: name, configured, prior }: Setup): Model {
  resetAppStore();
  const model = MODELS[name];
  const s = appStore.getState();
  s.loadModel(model);
  s.setConfig({ origin: configured, embed: true });
  const ids = idsOf(model);
  const at = <T>(list: readonly T[], i: number) => list[i % list.length];
  if (prior.tour && ids.tours.length) {
    const tour = model.tourById.get(at(ids.tours, prior.tour[0])!)!;
    s.goToStep(tour.id, (prior.tour[1] % tour.steps.length) + 1);
  }
  s.setLayers(prior.layers.map((i) => at(ids.layers, i)!));
  const targets = [
    ...ids.nodes.map((id) => ({ kind: 'node' as const, id })),
    ...ids.edges.map((id) => ({ kind: 'edge' as const, id })),
  ];
  if (prior.select !== null) s.select(at(targets, prior.select)!);
  s.setTheme(prior.theme);
  if (prior.experiment !== null && ids.experiments.length) s.runExperiment(at(ids.experiments, prior.experiment)!);
  return model;
}

type Call = [Record<string, unknown>, string];

function withBridge(setupValue: Setup, body: (model: Model, f: ReturnType<typeof framed>) => void): void {
  const model = prepare(setupValue);
  const f = framed(setupValue.own);
  const stop = startEmbedBridge(appStore, f.win);
  try {
    expect(f.listeners).toHaveLength(1);
    body(model, f);
  } finally {
    stop();
  }
  expect(f.listeners).toHaveLength(0);
}

// ---------------------------------------------------------------------------------------------

// Messages carry "__proto__" and "constructor" keys: nothing may leak into the built-in prototypes.
let prototypes: ReturnType<typeof prototypeSnapshot> = [];
beforeAll(() => {
  prototypes = prototypeSnapshot();
});
afterAll(() => expectPrototypesClean(prototypes));

describe('embed message handler (property-based)', () => {
  it(
    'from the allowed host: ignores what is not ours, answers malformed commands with an error and no change, obeys valid ones exactly (1200 runs × 1–4 messages)',
    () => {
      const counts = { ignore: 0, error: 0, apply: 0 };
      const applied: Record<string, number> = {};
      const run = setup.chain((st) =>
        fc.tuple(fc.constant(st), fc.array(DATA[st.model], { minLength: 1, maxLength: 4 })),
      );
      fc.assert(
        fc.property(run, ([st, messages]) => {
          withBridge(st, (model, { parent, deliver }) => {
            const allowed = st.configured ?? st.own;
            const replyTo = allowed === 'null' ? '*' : allowed;
            for (const raw of messages) {
              const data = asDelivered(raw);
              const expected = expectedOutcome(model, data);
              counts[expected.kind]++;
              if (expected.kind === 'apply') applied[expected.name] = (applied[expected.name] ?? 0) + 1;
              const before = dataOf();
              const hostBefore = JSON.stringify(hostState(appStore.getState()));
              parent.postMessage.mockClear();

              expect(() => deliver(data, allowed, parent)).not.toThrow();

              const after = dataOf();
              const calls = parent.postMessage.mock.calls as Call[];
              const types = calls.map(([m]) => m.type);
              // Nothing is ever sent anywhere but to the allowed origin.
              for (const [, to] of calls) expect(to).toBe(replyTo);
              if (expected.kind === 'ignore') {
                expect(changedKeys(before, after)).toEqual([]);
                expect(calls).toEqual([]);
              } else if (expected.kind === 'error') {
                expect(changedKeys(before, after)).toEqual([]);
                expect(calls).toHaveLength(1);
                const [reply] = calls[0]!;
                expect(Object.keys(reply).sort()).toEqual(
                  expected.requestId === undefined
                    ? ['message', 'type', 'version']
                    : ['message', 'requestId', 'type', 'version'],
                );
                expect(reply).toMatchObject({
                  type: `${PREFIX}error`,
                  version: 1,
                  ...(expected.requestId === undefined ? {} : { requestId: expected.requestId }),
                });
                expect(typeof reply.message).toBe('string');
                expect((reply.message as string).length).toBeGreaterThan(0);
              } else {
                // Only what the command says changes (a select of the same item may renew the object).
                const changed = changedKeys(before, after);
                for (const key of changed)
                  expect(Object.keys(expected.expect), `unexpected change of ${key}`).toContain(key);
                for (const [key, value] of Object.entries(expected.expect))
                  expect(after[key], key).toStrictEqual(value);
                expect(types).not.toContain(`${PREFIX}error`);
                const hostAfter = JSON.stringify(hostState(appStore.getState()));
                if (expected.name === 'getState') {
                  expect(calls).toHaveLength(1);
                  expect(calls[0]![0]).toStrictEqual({
                    type: `${PREFIX}state`,
                    version: 1,
                    state: hostState(appStore.getState()),
                    ...(expected.requestId === undefined ? {} : { requestId: expected.requestId }),
                  });
                } else if (st.configured) {
                  // The host hears about the change, and only about a change; the last statechange
                  // carries the state now shown (that there is only one: "a command is one change").
                  const changes = calls.filter(([m]) => m.type === `${PREFIX}statechange`).map(([m]) => m);
                  expect(changes.length > 0).toBe(hostAfter !== hostBefore);
                  if (changes.length)
                    expect(changes.at(-1)).toStrictEqual({
                      type: `${PREFIX}statechange`,
                      version: 1,
                      state: hostState(appStore.getState()),
                    });
                  for (const [m] of calls) {
                    if (m.type !== `${PREFIX}statechange`)
                      expect(m).toStrictEqual({
                        type: `${PREFIX}select`,
                        version: 1,
                        target: hostState(appStore.getState()).selection,
                      });
                  }
                  if (!Object.is(before.selection, after.selection)) expect(types).toContain(`${PREFIX}select`);
                  else expect(types).not.toContain(`${PREFIX}select`);
                } else {
                  // Without an origin parameter no state is sent, so nothing at all.
                  expect(calls).toEqual([]);
                }
              }
            }
          });
        }),
        fcParams(1200),
      );
      // The generators reach every outcome often.
      for (const n of Object.values(counts)) expect(n).toBeGreaterThan(300);
      for (const name of COMMANDS) expect(applied[name], name).toBeGreaterThan(10);
    },
    TIMEOUT,
  );

  it(
    'from any other origin or window: nothing changes and nothing is sent (1000 runs × 1–4 messages)',
    () => {
      const wrongOrigin = (allowed: string) =>
        fc
          .oneof(
            fc.constantFrom(
              'https://evil.example',
              'null',
              '*',
              '',
              `${allowed}/`,
              allowed.toUpperCase(),
              allowed.replace('https:', 'http:'),
              `${allowed}:443`,
              `${allowed}.evil.example`,
              OWN,
              HOST,
              'https://lms.example.edu.evil.example',
              'http://lms.example.edu',
            ),
            wildString(30),
          )
          .filter((o) => o !== allowed);
      const run = setup.chain((st) => {
        const allowed = st.configured ?? st.own;
        const sender = fc.oneof(
          fc.record({ origin: wrongOrigin(allowed), source: fc.constant<'parent' | 'other'>('parent') }),
          fc.record({ origin: fc.constant(allowed), source: fc.constant<'parent' | 'other'>('other') }),
          fc.record({ origin: wrongOrigin(allowed), source: fc.constant<'parent' | 'other'>('other') }),
        );
        return fc.tuple(
          fc.constant(st),
          fc.array(fc.tuple(DATA[st.model], sender, fc.constantFrom<unknown>(null, undefined, {}, 'self', 'twin')), {
            minLength: 1,
            maxLength: 4,
          }),
        );
      });
      fc.assert(
        fc.property(run, ([st, messages]) => {
          withBridge(st, (_model, { win, parent, deliver }) => {
            for (const [raw, sender, otherSource] of messages) {
              const source =
                sender.source === 'parent'
                  ? parent
                  : otherSource === 'self'
                    ? win
                    : otherSource === 'twin'
                      ? { postMessage: parent.postMessage }
                      : otherSource;
              const before = dataOf();
              parent.postMessage.mockClear();
              expect(() => deliver(asDelivered(raw), sender.origin, source)).not.toThrow();
              expect(changedKeys(before, dataOf())).toEqual([]);
              expect(parent.postMessage).not.toHaveBeenCalled();
            }
          });
        }),
        fcParams(1000),
      );
    },
    TIMEOUT,
  );

  it(
    // Regression guard for goToStep posting two statechanges, the first with the new layers but the old step.
    'a command is one change: exactly one statechange when the state changes, carrying the settled state (500 runs)',
    () => {
      let changed = 0;
      const tours = [...MODELS.builtin.tourById.values()];
      const goToStep = fc
        .constantFrom(...tours)
        .chain((t) => fc.integer({ min: 1, max: t.steps.length }).map((step) => ({ tour: t.id, step })));
      const run = fc.tuple(
        setup.map((st) => ({ ...st, model: 'builtin' as const, configured: HOST })),
        goToStep,
      );
      fc.assert(
        fc.property(run, ([st, { tour, step }]) => {
          withBridge(st, (_model, { parent, deliver }) => {
            const hostBefore = hostState(appStore.getState());
            parent.postMessage.mockClear();
            deliver({ type: `${PREFIX}goToStep`, version: 1, tour, step }, HOST, parent);
            const hostAfter = hostState(appStore.getState());
            const changes = (parent.postMessage.mock.calls as Call[])
              .map(([m]) => m)
              .filter((m) => m.type === `${PREFIX}statechange`);
            const didChange = JSON.stringify(hostAfter) !== JSON.stringify(hostBefore);
            if (didChange) changed++;
            expect(changes.map((m) => m.state)).toStrictEqual(didChange ? [hostAfter] : []);
          });
        }),
        {
          ...fcParams(500),
          examples: [
            [
              [
                {
                  model: 'builtin',
                  configured: HOST,
                  own: OWN,
                  prior: { tour: null, layers: [0, 1], select: null, theme: null, experiment: null },
                },
                { tour: 'classic-puzzles', step: 1 },
              ],
            ],
          ],
        },
      );
      // Going to the step already shown changes nothing; most runs go somewhere new.
      expect(changed).toBeGreaterThanOrEqual(floor(400));
    },
    TIMEOUT,
  );

  it(
    // Regression guard for parseCommand reading `data.type` outside its try. (postMessage delivers
    // structured clones, which carry no getters or proxies: this is the exported function's contract.)
    'parseCommand is total even on hostile objects: throwing getters and proxies (1000 runs)',
    () => {
      // Generated as descriptions (fast-check prints counterexamples by reading them, which a
      // hostile object would not survive) and built inside the property.
      type Hostile =
        | { readonly kind: 'getter'; readonly key: string; readonly base: unknown }
        | { readonly kind: 'proxy' }
        | { readonly kind: 'revoked' };
      const build = (h: Hostile): unknown => {
        switch (h.kind) {
          case 'getter': {
            const o: Record<string, unknown> = isObject(h.base) ? { ...h.base } : {};
            Object.defineProperty(o, h.key, {
              enumerable: true,
              get() {
                throw new Error(`hostile getter ${h.key}`);
              },
            });
            return o;
          }
          case 'proxy':
            return new Proxy(
              {},
              {
                get: () => {
                  throw new Error('hostile proxy');
                },
              },
            );
          case 'revoked': {
            const { proxy, revoke } = Proxy.revocable({}, {});
            revoke();
            return proxy;
          }
        }
      };
      const hostile: fc.Arbitrary<Hostile> = fc.oneof(
        fc.record({
          kind: fc.constant('getter' as const),
          key: fc.constantFrom('type', 'version', 'requestId', 'layers', 'target', 'tour', 'step', 'id', 'theme'),
          base: DATA.builtin,
        }),
        fc.constant({ kind: 'proxy' as const }),
        fc.constant({ kind: 'revoked' as const }),
      );
      fc.assert(
        fc.property(hostile, (h) => {
          expect(() => parseCommand(build(h))).not.toThrow();
        }),
        {
          ...fcParams(1000),
          examples: [[{ kind: 'getter', key: 'type', base: {} }]],
        },
      );
    },
    TIMEOUT,
  );
});
