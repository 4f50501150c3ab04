/**
 * Property-based tests of the URL contract (src/model/url.ts): arbitrary query strings never break
 * the reader, everything it returns is valid for the model, and what the app writes reads back.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layersShowing } from '../../../src/model/layers';
import type { Model } from '../../../src/model/model';
import { THEMES } from '../../../src/model/theme';
import {
  CONTROLS,
  URL_PARAMS,
  VIEWS,
  isSafePathwayUrl,
  namedTargets,
  readUrlState,
  serializeUrlState,
} from '../../../src/model/url';
import type { UrlState } from '../../../src/model/url';
import { appStore, resetAppStore } from '../../../src/store/store';
import { applyUrl, currentQuery, stateFromUrl, urlStateOf } from '../../../src/store/urlBridge';
import {
  MODELS,
  MODEL_NAMES,
  TIMEOUT,
  check,
  expectPrototypesClean,
  fcParams,
  floor,
  idsOf,
  prototypeSnapshot,
  wildString,
  type ModelName,
} from './support';

const PARAM_NAMES = URL_PARAMS.map((p) => p.name);

/** Fields that need a model to be read; the rest are read without one. */
const MODEL_FIELDS = ['layers', 'selection', 'focus', 'tour', 'step', 'experiment', 'compare'] as const;
const MODEL_FREE_FIELDS = [
  'pathway',
  'sideBySide',
  'view',
  'theme',
  'present',
  'presenter',
  'embed',
  'controls',
  'origin',
] as const;
const KNOWN_FIELDS: readonly string[] = [...MODEL_FIELDS, ...MODEL_FREE_FIELDS];

const APP_BASE = 'https://app.example.org/course/pathway-layers/';

// ---------------------------------------------------------------------------------------------
// Validity of a read state, checked independently of the parser.

function checkTarget(model: Model, t: unknown, what: string): void {
  check(typeof t === 'object' && t !== null, `${what} is an object`, t);
  const target = t as { kind: unknown; id: unknown };
  check(Object.keys(target).sort().join() === 'id,kind', `${what} has exactly kind and id`, t);
  check(target.kind === 'node' || target.kind === 'edge', `${what}.kind is node or edge`, t);
  check(typeof target.id === 'string', `${what}.id is a string`, t);
  const known = target.kind === 'node' ? model.nodeById : model.edgeById;
  check(known.has(target.id), `${what} exists in the model`, t);
}

function checkInOrder(order: readonly string[], ids: unknown, what: string): void {
  check(Array.isArray(ids), `${what} is a list`, ids);
  const positions = (ids as unknown[]).map((id) => order.indexOf(id as string));
  // Known, in display order, no repeats: strictly increasing positions.
  positions.forEach((p, i) =>
    check(p >= 0 && (i === 0 || p > positions[i - 1]!), `${what} are known and in display order`, ids),
  );
}

/** Every field the reader returns is one the contract defines and holds a value valid for the model. */
function checkValidState(model: Model | null, state: UrlState): void {
  check(Object.getPrototypeOf(state) === Object.prototype, 'the state is a plain object');
  for (const key of Reflect.ownKeys(state))
    check(KNOWN_FIELDS.includes(key as string), 'only known fields', String(key));
  for (const [key, value] of Object.entries(state)) check(value !== undefined, `state.${key} is not undefined`);
  if (!model) for (const field of MODEL_FIELDS) check(!(field in state), `no ${field} without a model`);

  if (state.pathway !== undefined) {
    const p = state.pathway;
    check(typeof p === 'string' && p.length > 0 && p.length <= 2000, 'pathway is 1–2000 characters', p);
    // The security property: whatever is accepted resolves to a file on the app's own origin.
    check(new URL(p, APP_BASE).origin === new URL(APP_BASE).origin, 'pathway stays on the app origin', p);
  }
  if (state.layers !== undefined) checkInOrder(model!.layerIds, state.layers, 'layers');
  if (state.selection !== undefined) checkTarget(model!, state.selection, 'selection');
  if (state.focus !== undefined) {
    check(Array.isArray(state.focus), 'focus is a list', state.focus);
    state.focus.forEach((t, i) => checkTarget(model!, t, `focus[${i}]`));
  }
  if (state.tour !== undefined) check(model!.tourById.has(state.tour), 'tour exists', state.tour);
  if (state.step !== undefined) {
    check(state.tour !== undefined, 'step= only with a tour');
    const steps = model!.tourById.get(state.tour)!.steps.length;
    check(
      Number.isInteger(state.step) && state.step >= 1 && state.step <= steps,
      'step is within the tour',
      state.step,
    );
  }
  if (state.experiment !== undefined && state.experiment !== null)
    check(model!.experimentById.has(state.experiment), 'experiment exists', state.experiment);
  if (state.compare !== undefined) {
    const c = state.compare;
    check(Array.isArray(c) && c.length === 2 && c[0] !== c[1], 'compare is two different ids', c);
    check(
      c.every((id) => model!.layerById.has(id)),
      'compare names layers',
      c,
    );
  }
  if (state.view !== undefined) check(VIEWS.includes(state.view), 'view is known', state.view);
  if (state.theme !== undefined) check(THEMES.includes(state.theme), 'theme is known', state.theme);
  if (state.sideBySide !== undefined)
    check(typeof state.sideBySide === 'boolean', 'sideBySide is a boolean', state.sideBySide);
  if (state.present !== undefined) check(typeof state.present === 'boolean', 'present is a boolean', state.present);
  if (state.presenter !== undefined)
    check(typeof state.presenter === 'boolean', 'presenter is a boolean', state.presenter);
  if (state.embed !== undefined) check(typeof state.embed === 'boolean', 'embed is a boolean', state.embed);
  if (state.controls !== undefined) checkInOrder(CONTROLS, state.controls, 'controls');
  if (state.origin !== undefined) {
    const url = new URL(state.origin);
    check(url.protocol === 'http:' || url.protocol === 'https:', 'origin is http(s)', state.origin);
    check(url.origin === state.origin, 'origin is scheme, host and port only', state.origin);
  }
}

/**
 * The state as it reads back from the address: values equal to the defaults are not written —
 * except layers next to a tour or a comparison, which set layers of their own when opened.
 */
function canonical(model: Model, state: UrlState): UrlState {
  const out: Record<string, unknown> = { ...state };
  const layers = state.layers;
  // Default layers are left out of the address, unless a tour or comparison would set its own, or
  // a named target would turn another on (see layersShowing).
  if (
    layers &&
    !state.tour &&
    !state.compare &&
    layersShowing(model, layers, namedTargets(state)).length === layers.length &&
    layers.length === model.defaultLayerIds.length &&
    layers.every((id, i) => id === model.defaultLayerIds[i])
  )
    delete out.layers;
  if (state.view === 'diagram') delete out.view;
  if (state.embed === false) delete out.embed;
  if (state.sideBySide === false) delete out.sideBySide;
  if (state.present === false) delete out.present;
  if (state.presenter === false) delete out.presenter;
  if (state.focus && state.focus.length === 0) delete out.focus;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Arbitrary query strings.

const safeEncode = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s; // a lone surrogate: leave it raw
  }
};

const PERCENT_GARBAGE = [
  '%',
  '%Z',
  '%0',
  '%ZZ',
  '%%',
  '%E0%A4%A',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%00',
  '%0A',
  '%2C',
  '%26',
  '%3D',
  '%25',
  '%2B',
  '+',
  '&',
  '=',
  '#',
  ';',
  ',',
  ':',
];

const percentGarbage = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PERCENT_GARBAGE),
      fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Around the 2000-character limit, and far beyond it. */
const longString = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1990, max: 2010 }), fc.constantFrom('a', 'é', '🧠', ',', 'node:a,', '%41'))
    .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
  fc.integer({ min: 5_000, max: 60_000 }).map((n) => 'x'.repeat(n)),
);

const genericValue = fc.oneof(
  { weight: 4, arbitrary: wildString(60) },
  { weight: 2, arbitrary: percentGarbage },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: fc.constant('') },
);

const junkId = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), wildString(20));

/** Mostly real ids, sometimes junk. */
const idOrJunk = (ids: readonly string[]) =>
  ids.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: junkId }) : junkId;

/** A comma-separated list, sometimes with blanks around the items or empty items. */
const listOf = (item: fc.Arbitrary<string>, maxLength = 8) =>
  fc
    .array(fc.tuple(fc.constantFrom('', '', '', ' ', '  ', '\t'), item, fc.constantFrom('', '', ' ')), { maxLength })
    .map((items) => items.map(([a, s, b]) => `${a}${s}${b}`).join(','));

/** A canonical http(s) origin: scheme, host (name, IPv4 or IPv6) and maybe a port. */
const validOrigin: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.oneof(
      fc.domain(),
      fc.ipV4(),
      fc.ipV6().map((v) => `[${v}]`),
    ),
    fc.option(fc.integer({ min: 1, max: 65_535 })),
  )
  .map(([scheme, host, port]) => new URL(`${scheme}://${host}${port === null ? '' : `:${port}`}`).origin);

function valueArbs(model: Model): Record<string, fc.Arbitrary<string>> {
  const ids = idsOf(model);
  const target = fc.oneof(
    fc.constantFrom(...ids.nodes).map((id) => `node:${id}`),
    fc.constantFrom(...ids.edges).map((id) => `edge:${id}`),
    fc.constantFrom(...ids.nodes).map((id) => `edge:${id}`),
    fc.tuple(fc.constantFrom('node', 'edge', 'Node', 'layer', ''), junkId).map(([k, id]) => `${k}:${id}`),
    wildString(20),
  );
  return {
    pathway: fc.oneof(
      fc.constantFrom(
        'models/glycolysis.json',
        './x/y.json',
        '/abs/path.json',
        '../up.json',
        '?q=1',
        '#hash',
        '//evil.example/x.json',
        '///evil.example/x.json',
        'https://evil.example/x.json',
        'HTTPS://evil.example/x.json',
        'javascript:alert(1)',
        'data:application/json,{}',
        'blob:https://evil.example/1',
        ' models/x.json',
        '\\\\evil.example\\x',
        '/\\evil.example/x',
        '\tjavascript:alert(1)',
        'java\nscript:alert(1)',
        'C:\\x.json',
        '1:x',
        '%2F%2Fevil.example',
        '\u00a0//evil.example',
        '\u200b//evil.example',
        '\ufeff//evil.example',
        '\u3000//evil.example',
        'a'.repeat(2000),
        'a'.repeat(2001),
      ),
      wildString(60),
    ),
    layers: listOf(idOrJunk(ids.layers)),
    select: target,
    focus: listOf(target),
    tour: idOrJunk(ids.tours),
    step: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 10 }).map(String) },
      fc.integer({ min: -3, max: 12_000 }).map(String),
      fc.constantFrom('01', '1.0', '1e1', ' 1', '1 ', '+1', '0x1', '١', '', 'NaN', 'Infinity', '9999', '10000'),
    ),
    experiment: idOrJunk(ids.experiments),
    compare: listOf(idOrJunk(ids.layers), 3),
    canvases: fc.constantFrom('1', '2', '0', '', 'two', ' 2', '3'),
    view: fc.oneof(fc.constantFrom(...VIEWS, 'DIAGRAM', 'Text', ' split', ''), wildString(10)),
    theme: fc.oneof(fc.constantFrom(...THEMES, 'neon', 'Dark', 'system', ''), wildString(10)),
    present: fc.constantFrom('1', '0', 'true', 'false', 'yes', '', 'on'),
    presenter: fc.constantFrom('1', '0', 'true', 'false', 'yes', '', 'on'),
    embed: fc.constantFrom('1', '0', 'true', 'false', 'yes', '', 'TRUE', ' 1', '2'),
    controls: listOf(fc.oneof(fc.constantFrom(...CONTROLS), junkId)),
    origin: fc.oneof(
      validOrigin,
      fc.constantFrom(
        'https://lms.example.edu/',
        'https://lms.example.edu/course',
        'HTTPS://LMS.example.edu',
        'https://lms.example.edu:443',
        'http://lms.example.edu:80',
        'https://lms.example.edu?x',
        'https://lms.example.edu#x',
        'null',
        '*',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'https://user:pw@lms.example.edu',
        'http://[::1]:8080',
        'http://127.0.0.1',
        'https://xn--bcher-kva.example',
        'https://bücher.example',
        'ftp://x.example',
        'https://',
        'https:lms.example.edu',
        ' https://lms.example.edu',
      ),
      wildString(30),
    ),
  };
}

const JUNK_KEYS = [
  'zoom',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'layers[]',
  'layers ',
  ' select',
  '',
  '?layers',
  'layers\u0000',
  'ｌａｙｅｒｓ',
];

type Pair = readonly [string, string];

function pairArb(model: Model): fc.Arbitrary<Pair> {
  const specific = valueArbs(model);
  const forName = (name: string) =>
    fc.tuple(
      fc.oneof(
        { weight: 8, arbitrary: fc.constant(name) },
        { weight: 1, arbitrary: fc.constant(name.toUpperCase()) },
        // The name itself percent-encoded: reads as the parameter.
        { weight: 1, arbitrary: fc.constant([...name].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')) },
      ),
      specific[name]
        ? fc.oneof({ weight: 4, arbitrary: specific[name] }, { weight: 1, arbitrary: genericValue })
        : genericValue,
    );
  return fc.oneof(
    { weight: 8, arbitrary: fc.oneof(...PARAM_NAMES.map(forName)) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...JUNK_KEYS), wildString(15)), genericValue) },
  );
}

const ENCODINGS = ['raw', 'encoded', 'app', 'plus', 'bare'] as const;

function encodePair([key, value]: Pair, how: (typeof ENCODINGS)[number]): string {
  switch (how) {
    case 'raw':
      return `${key}=${value}`;
    case 'encoded':
      return `${safeEncode(key)}=${safeEncode(value)}`;
    case 'app':
      return `${key}=${safeEncode(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`;
    case 'plus':
      return `${safeEncode(key)}=${safeEncode(value).replace(/%20/g, '+')}`;
    case 'bare':
      return key;
  }
}

/** Arbitrary query strings: real and junk keys, repeated keys, any values, any encoding. */
function queryArb(model: Model): fc.Arbitrary<string> {
  const structured = fc
    .tuple(
      fc.constantFrom('?', '?', '?', '', '??', '&', '?&'),
      fc.array(fc.tuple(pairArb(model), fc.constantFrom(...ENCODINGS)), { maxLength: 14 }),
      fc.constantFrom('&', '&', '&', '&&', ';'),
    )
    .map(([prefix, pairs, sep]) => prefix + pairs.map(([pair, how]) => encodePair(pair, how)).join(sep));
  // The same parameter several times, valid and not, in any order: the first one counts.
  const values = valueArbs(model);
  const repeated = fc
    .constantFrom(...PARAM_NAMES)
    .chain((name) =>
      fc
        .array(values[name] ?? genericValue, { minLength: 2, maxLength: 4 })
        .map((vs) => `?${vs.map((v) => `${name}=${safeEncode(v)}`).join('&')}`),
    );
  // Mostly well-formed addresses: each parameter at most once, with a value meant for it.
  const plausible = fc
    .shuffledSubarray(PARAM_NAMES)
    .chain((names) => fc.tuple(...names.map((n) => (values[n] ?? genericValue).map((v) => [n, v] as const))))
    .map((pairs) => `?${pairs.map((pair) => encodePair(pair, 'app')).join('&')}`);
  return fc.oneof(
    { weight: 6, arbitrary: structured },
    { weight: 4, arbitrary: plausible },
    { weight: 2, arbitrary: repeated },
    { weight: 1, arbitrary: wildString(200) },
    { weight: 1, arbitrary: percentGarbage.map((s) => `?${s}`) },
  );
}

const QUERIES: Record<ModelName, fc.Arbitrary<string>> = {
  builtin: queryArb(MODELS.builtin),
  mini: queryArb(MODELS.mini),
};

const modelAndQuery = fc
  .constantFrom(...MODEL_NAMES)
  .chain((name) => QUERIES[name].map((query) => [name, query] as const));

// ---------------------------------------------------------------------------------------------
// Valid states.

function validStateArb(model: Model): fc.Arbitrary<UrlState> {
  const ids = idsOf(model);
  const target = fc.oneof(
    fc.constantFrom(...ids.nodes).map((id) => ({ kind: 'node' as const, id })),
    fc.constantFrom(...ids.edges).map((id) => ({ kind: 'edge' as const, id })),
  );
  const tours = [...model.tourById.values()];
  const tourStep: fc.Arbitrary<Partial<UrlState>> = tours.length
    ? fc.option(
        fc
          .constantFrom(...tours)
          .chain((t) =>
            fc.record(
              { tour: fc.constant(t.id), step: fc.integer({ min: 1, max: t.steps.length }) },
              { requiredKeys: ['tour'] },
            ),
          ),
        { nil: {} },
      )
    : fc.constant({});
  const pathway = fc.oneof(
    fc.constantFrom(
      'models/glycolysis.json',
      'a'.repeat(2000),
      'x.json?y=1&z=2#h',
      'a,b:c/d%e+f g;h=i',
      'ü/🧠.json',
      '1:x',
      '%2F%2Fevil.example',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter(isSafePathwayUrl),
  );
  const others = fc.record(
    {
      pathway,
      layers: fc.subarray([...model.layerIds]),
      selection: target,
      focus: fc.array(target, { maxLength: 25 }),
      ...(ids.experiments.length ? { experiment: fc.constantFrom(...ids.experiments) } : {}),
      compare: fc
        .uniqueArray(fc.constantFrom(...ids.layers), { minLength: 2, maxLength: 2 })
        .map((pair) => [pair[0]!, pair[1]!] as const),
      sideBySide: fc.boolean(),
      view: fc.constantFrom(...VIEWS),
      theme: fc.constantFrom(...THEMES),
      present: fc.boolean(),
      presenter: fc.boolean(),
      embed: fc.boolean(),
      controls: fc.subarray([...CONTROLS]),
      origin: validOrigin,
    },
    { requiredKeys: [] },
  );
  return fc.tuple(others, tourStep).map(([a, b]) => ({ ...a, ...b }));
}

const modelAndState = fc
  .constantFrom(...MODEL_NAMES)
  .chain((name) => validStateArb(MODELS[name]).map((state) => [name, state] as const));

// ---------------------------------------------------------------------------------------------

// Query strings carry "__proto__" and "constructor" keys: nothing may leak into the built-in prototypes.
let prototypes: ReturnType<typeof prototypeSnapshot> = [];
beforeAll(() => {
  prototypes = prototypeSnapshot();
});
afterAll(() => expectPrototypesClean(prototypes));

describe('URL contract (property-based)', () => {
  it('the contract is covered: every parameter field has a validity check here', () => {
    for (const p of URL_PARAMS) expect(KNOWN_FIELDS).toContain(p.field);
  });

  it(
    'reads any query string without throwing, returns only valid state, and its canonical form reads back (6000 runs)',
    () => {
      // How often each field was read, so that the validity checks below are known to have run.
      const read = Object.fromEntries(KNOWN_FIELDS.map((field) => [field, 0]));
      fc.assert(
        fc.property(modelAndQuery, ([name, query]) => {
          const model = MODELS[name];
          const { state, notices } = readUrlState(model, query);
          checkValidState(model, state);
          for (const field of Object.keys(state)) read[field]!++;
          for (const n of notices) {
            expect(typeof n).toBe('string');
            expect(n.length).toBeGreaterThan(0);
          }
          // Idempotent: what the app would write for this state reads back to it, silently.
          const written = serializeUrlState(model, state);
          const again = readUrlState(model, written);
          expect(again.notices).toEqual([]);
          expect(again.state).toStrictEqual(canonical(model, state));
          expect(serializeUrlState(model, again.state)).toBe(written);
        }),
        fcParams(6000),
      );
      // Every field was read valid, and checked, in a good share of the runs (the rarest, compare, ~2%).
      for (const field of KNOWN_FIELDS) expect(read[field], `${field} read`).toBeGreaterThanOrEqual(floor(50));
    },
    TIMEOUT,
  );

  it(
    'serialize → read is the identity on valid states, with no notices (2500 runs)',
    () => {
      fc.assert(
        fc.property(modelAndState, ([name, state]) => {
          const model = MODELS[name];
          const written = serializeUrlState(model, state);
          const { state: read, notices } = readUrlState(model, written);
          expect(notices).toEqual([]);
          expect(read).toStrictEqual(canonical(model, state));
          checkValidState(model, read);
          // Reading a serialized state is idempotent.
          const rewritten = serializeUrlState(model, read);
          expect(rewritten).toBe(written);
          expect(readUrlState(model, rewritten).state).toStrictEqual(read);
        }),
        fcParams(2500),
      );
    },
    TIMEOUT,
  );

  it(
    'without a model: never throws, returns no model-dependent field, and the other fields as with a model (1500 runs)',
    () => {
      fc.assert(
        fc.property(modelAndQuery, ([name, query]) => {
          const { state } = readUrlState(null, query);
          checkValidState(null, state);
          const withModel = readUrlState(MODELS[name], query).state;
          for (const field of MODEL_FREE_FIELDS) expect(state[field]).toStrictEqual(withModel[field]);
        }),
        fcParams(1500),
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// Through the store: the address the app writes (currentQuery) opens the same view.

type Action =
  | readonly ['setLayers', readonly string[]]
  | readonly ['toggleLayer', string]
  | readonly ['select', { kind: 'node' | 'edge'; id: string } | null]
  | readonly ['runExperiment', string | null]
  | readonly ['goToStep', string, number]
  | readonly ['setCompare', readonly [string, string] | null]
  | readonly ['setTheme', (typeof THEMES)[number] | null]
  | readonly ['setView', (typeof VIEWS)[number]]
  | readonly ['setPresent', boolean]
  | readonly ['endTour' | 'nextStep' | 'previousStep' | 'showAllLayers' | 'showDefaultLayers'];

function actionArb(model: Model): fc.Arbitrary<Action> {
  const ids = idsOf(model);
  const tours = [...model.tourById.values()];
  const arbs: fc.Arbitrary<Action>[] = [
    fc.subarray(ids.layers).map((l) => ['setLayers', l] as const),
    fc.constantFrom(...ids.layers).map((id) => ['toggleLayer', id] as const),
    fc
      .option(
        fc.oneof(
          fc.constantFrom(...ids.nodes).map((id) => ({ kind: 'node' as const, id })),
          fc.constantFrom(...ids.edges).map((id) => ({ kind: 'edge' as const, id })),
        ),
      )
      .map((t) => ['select', t] as const),
    fc.option(fc.constantFrom(...ids.layers, ...ids.experiments)).map((id) => ['runExperiment', id] as const),
    fc
      .option(fc.uniqueArray(fc.constantFrom(...ids.layers), { minLength: 2, maxLength: 2 }))
      .map((p) => ['setCompare', p ? ([p[0]!, p[1]!] as const) : null] as const),
    fc.option(fc.constantFrom(...THEMES)).map((t) => ['setTheme', t] as const),
    fc.constantFrom(...VIEWS).map((v) => ['setView', v] as const),
    fc.boolean().map((on) => ['setPresent', on] as const),
    fc
      .constantFrom('endTour', 'nextStep', 'previousStep', 'showAllLayers', 'showDefaultLayers')
      .map((name) => [name] as const),
  ];
  if (tours.length)
    arbs.push(
      fc
        .constantFrom(...tours)
        .chain((t) => fc.integer({ min: 1, max: t.steps.length }).map((step) => ['goToStep', t.id, step] as const)),
    );
  return fc.oneof(...arbs);
}

function run(action: Action): void {
  const s = appStore.getState();
  switch (action[0]) {
    case 'setLayers':
      return s.setLayers(action[1]);
    case 'toggleLayer':
      return s.toggleLayer(action[1]);
    case 'select':
      return s.select(action[1]);
    case 'runExperiment':
      return s.runExperiment(action[1]);
    case 'goToStep':
      s.goToStep(action[1], action[2]);
      return;
    case 'setCompare':
      return s.setCompare(action[1]);
    case 'setTheme':
      return s.setTheme(action[1]);
    case 'setView':
      return s.setView(action[1]);
    case 'setPresent':
      return s.setPresent(action[1]);
    default:
      return s[action[0]]();
  }
}

/** Open the app on an address (as boot does after loading the model), then use it. */
function openApp(model: Model, query: string, actions: readonly Action[] = []) {
  resetAppStore();
  appStore.getState().loadModel(model);
  applyUrl(appStore, query);
  for (const action of actions) run(action);
  return appStore.getState();
}

const ACTIONS: Record<ModelName, fc.Arbitrary<Action[]>> = {
  builtin: fc.array(actionArb(MODELS.builtin), { maxLength: 6 }),
  mini: fc.array(actionArb(MODELS.mini), { maxLength: 6 }),
};

const session = fc
  .constantFrom(...MODEL_NAMES)
  .chain((name) => fc.tuple(fc.constant(name), QUERIES[name], ACTIONS[name]));

describe('URL round trip through the store (property-based)', () => {
  it('stateFromUrl and urlStateOf are inverse: the written address reads back to the same state (3000 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODEL_NAMES).chain((name) => fc.tuple(fc.constant(name), QUERIES[name])),
        ([name, query]) => {
          const model = MODELS[name];
          const { state } = stateFromUrl(model, query);
          const link = serializeUrlState(model, urlStateOf({ ...state, model }));
          const again = stateFromUrl(model, link);
          expect(again.notices).toEqual([]);
          expect(again.state).toStrictEqual(state);
        },
      ),
      fcParams(3000),
    );
  });

  it(
    // Regression guard: an address must reopen the same view even where a tour step or compare=
    // sets layers and an experiment before explicit parameters refine them.
    'the address the app writes opens the same view (1000 runs)',
    () => {
      fc.assert(
        fc.property(session, ([name, query, actions]) => {
          const model = MODELS[name];
          const before = openApp(model, query, actions);
          const link = currentQuery(before);
          expect(link).not.toBeNull();
          expect(readUrlState(model, link!).notices).toEqual([]);
          const reopened = openApp(model, link!);
          expect(urlStateOf(reopened)).toStrictEqual(urlStateOf(before));
          expect(currentQuery(reopened)).toBe(link);
        }),
        {
          ...fcParams(1000),
          examples: [
            [['builtin', '?tour=classic-puzzles&layers=classic,direct-trkb', []]],
            [['builtin', '?compare=classic,critique&layers=classic,direct-trkb', []]],
            [['builtin', '?tour=direct-binding&step=2', [['runExperiment', null]]]],
          ],
        },
      );
    },
    TIMEOUT,
  );
});
