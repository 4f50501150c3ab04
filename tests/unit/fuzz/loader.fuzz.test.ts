/**
 * Property-based tests of the pathway loader: mutated copies of the built-in model and of the mini
 * fixture never make the validator throw, every problem is reported with a path and a message,
 * and a file that fails to load leaves the loaded model, layers and selection exactly as they were.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/model/theme';
import { parsePathwayText } from '../../../src/model/validate';
import { loadPathwayText } from '../../../src/store/boot';
import { resetAppStore, useAppStore } from '../../../src/store/store';
import {
  BUILTIN_PATH,
  MINI_PATH,
  MODELS,
  TIMEOUT,
  changedKeys,
  check,
  dataOf,
  expectPrototypesClean,
  fcParams,
  idsOf,
  prototypeSnapshot,
  rawText,
  wildString,
} from './support';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;
type Container = Json[] | { [key: string]: Json };

const BASES = { builtin: rawText(BUILTIN_PATH), mini: rawText(MINI_PATH) } as const;
type BaseName = keyof typeof BASES;

// ---------------------------------------------------------------------------------------------
// Mutations. Each is a plain description (so fast-check can shrink and print it) applied to a
// fresh parse of the base file; positions are indexes into the list of places of that kind.

type ProtoKey = '__proto__' | 'constructor' | 'prototype';

type Mutation =
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'retype'; readonly at: number; readonly value: Json }
  | { readonly op: 'dangle'; readonly at: number; readonly id: string }
  | { readonly op: 'badId'; readonly at: number; readonly id: string }
  | {
      readonly op: 'duplicate';
      readonly list: number;
      readonly from: number;
      readonly to: number;
      readonly push: boolean;
    }
  | { readonly op: 'huge'; readonly at: number; readonly length: number; readonly unit: string }
  | { readonly op: 'deep'; readonly at: number; readonly depth: number; readonly objects: boolean }
  | {
      readonly op: 'protoKey';
      readonly at: number;
      readonly key: ProtoKey;
      readonly value: Json;
      readonly rename: boolean;
    };

type TextMutation =
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'inject'; readonly at: number; readonly bytes: string }
  | { readonly op: 'whole'; readonly value: Json }
  | { readonly op: 'bom' };

interface Place {
  readonly parent: Container;
  readonly key: Key;
  /** The key under which `parent` itself sits (for an array element: the list's name). */
  readonly parentKey: Key | null;
}

/** Every place in the tree (not the root), breadth first, to a bounded depth. */
function places(root: Json, maxDepth = 40): Place[] {
  const out: Place[] = [];
  const queue: { node: Json; key: Key | null; depth: number }[] = [{ node: root, key: null, depth: 0 }];
  for (let i = 0; i < queue.length; i++) {
    const { node, key: parentKey, depth } = queue[i]!;
    if (node === null || typeof node !== 'object' || depth >= maxDepth) continue;
    if (Array.isArray(node))
      node.forEach((value, key) => {
        out.push({ parent: node, key, parentKey });
        queue.push({ node: value, key, depth: depth + 1 });
      });
    else
      for (const key of Object.keys(node)) {
        out.push({ parent: node, key, parentKey });
        queue.push({ node: node[key]!, key, depth: depth + 1 });
      }
  }
  return out;
}

const pick = <T>(list: readonly T[], at: number): T | undefined => (list.length ? list[at % list.length] : undefined);

const ID_FIELDS = new Set(['id', 'source', 'target', 'ref', 'parent', 'drug', 'readout', 'experiment']);
const ID_LISTS = new Set(['layers', 'references', 'removeNodes', 'cutEdges', 'abolishBinding', 'focus']);

/** Places holding an id or a reference to one. */
function idPlaces(root: Json): Place[] {
  return places(root).filter((p) => {
    const value = getAt(p);
    if (typeof value !== 'string') return false;
    if (typeof p.key === 'string') return ID_FIELDS.has(p.key);
    return typeof p.parentKey === 'string' && ID_LISTS.has(p.parentKey);
  });
}

const getAt = (p: Place): Json => (p.parent as Record<Key, Json>)[p.key]!;
const setAt = (p: Place, value: Json) => {
  (p.parent as Record<Key, Json>)[p.key] = value;
};

/** An own, enumerable property, even for "__proto__" (which plain assignment would not create). */
function defineOwn(target: object, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const DEEP = (i: number) => `\u0000deep${i}\u0000`;

/** Apply the mutations; returns the JSON text and the nested texts that replace the DEEP markers. */
function mutate(base: string, mutations: readonly Mutation[], text: readonly TextMutation[]): string {
  const root = JSON.parse(base) as Json;
  const deep: string[] = [];
  for (const m of mutations) {
    switch (m.op) {
      case 'delete': {
        const p = pick(places(root), m.at);
        if (!p) break;
        if (Array.isArray(p.parent)) p.parent.splice(p.key as number, 1);
        else delete p.parent[p.key as string];
        break;
      }
      case 'retype': {
        const p = pick(places(root), m.at);
        if (p) setAt(p, structuredClone(m.value)); // a copy: generated values may be shared between runs
        break;
      }
      case 'dangle':
      case 'badId': {
        const p = pick(idPlaces(root), m.at);
        if (!p) break;
        const current = getAt(p) as string;
        setAt(p, current.startsWith('node:') || current.startsWith('edge:') ? `${current.slice(0, 5)}${m.id}` : m.id);
        break;
      }
      case 'duplicate': {
        const lists = ['layers', 'nodes', 'edges', 'experiments', 'tours']
          .map((k) => (root as Record<string, Json>)[k])
          .filter((l): l is Json[] => Array.isArray(l) && l.length > 0);
        const list = pick(lists, m.list);
        if (!list) break;
        const from = list[m.from % list.length];
        if (m.push) list.push(structuredClone(from) as Json);
        else {
          const to = list[m.to % list.length];
          if (
            from &&
            to &&
            typeof from === 'object' &&
            typeof to === 'object' &&
            !Array.isArray(from) &&
            !Array.isArray(to)
          )
            to.id = from.id ?? null;
        }
        break;
      }
      case 'huge': {
        const strings = places(root).filter((p) => typeof getAt(p) === 'string');
        const p = pick(strings, m.at);
        if (p) setAt(p, m.unit.repeat(Math.ceil(m.length / Math.max(1, m.unit.length))));
        break;
      }
      case 'deep': {
        const p = pick(places(root), m.at);
        if (!p) break;
        setAt(p, DEEP(deep.length));
        deep.push(
          m.objects
            ? `${'{"a":'.repeat(m.depth)}1${'}'.repeat(m.depth)}`
            : `${'['.repeat(m.depth)}${']'.repeat(m.depth)}`,
        );
        break;
      }
      case 'protoKey': {
        const objects: object[] = [
          root as object,
          ...places(root)
            .map(getAt)
            .filter((v): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v)),
        ].filter((o) => typeof o === 'object' && o !== null && !Array.isArray(o));
        const target = pick(objects, m.at) as Record<string, Json> | undefined;
        if (!target) break;
        const existing = Object.keys(target);
        if (m.rename && existing.length) {
          const old = existing[m.at % existing.length]!;
          const value = target[old]!;
          delete target[old];
          defineOwn(target, m.key, value);
        } else defineOwn(target, m.key, structuredClone(m.value));
        break;
      }
    }
  }
  let out = JSON.stringify(root, null, 2);
  deep.forEach((nested, i) => {
    out = out.replace(JSON.stringify(DEEP(i)), nested);
  });
  for (const t of text) {
    switch (t.op) {
      case 'truncate':
        out = out.slice(0, t.at % (out.length + 1));
        break;
      case 'inject': {
        const at = t.at % (out.length + 1);
        out = out.slice(0, at) + t.bytes + out.slice(at);
        break;
      }
      case 'whole':
        out = JSON.stringify(t.value) ?? '';
        break;
      case 'bom':
        out = `\ufeff${out}`;
        break;
    }
  }
  return out;
}

const position = fc.nat({ max: 1_000_000 });

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom<Json>(null, 0, -1, 1.5, 1e308, true, false, '', 'x', '1', [], {}, [1], { a: 1 }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: wildString(30) },
);

const dangling = fc.oneof(
  fc.stringMatching(/^ghost-[a-z0-9]{1,6}$/),
  fc.constantFrom('constructor', 'prototype', 'tostring', 'hasownproperty', 'valueof'),
);

const badId = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'A',
    'Upper-Case',
    'with space',
    '-lead',
    'trailing\n',
    '__proto__',
    'ü',
    'a'.repeat(5000),
    'node:x',
  ),
  wildString(20),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: position }),
  fc.record({ op: fc.constant('retype' as const), at: position, value: jsonValue }),
  fc.record({ op: fc.constant('dangle' as const), at: position, id: dangling }),
  fc.record({ op: fc.constant('badId' as const), at: position, id: badId }),
  fc.record({
    op: fc.constant('duplicate' as const),
    list: position,
    from: position,
    to: position,
    push: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('huge' as const),
    at: position,
    length: fc.integer({ min: 1_000, max: 100_000 }),
    unit: fc.constantFrom('x', 'é', '🧠', '\ud800', '\\', '"', '\u0000', '[@smith2020]', '[@', 'node:a,'),
  }),
  fc.record({
    op: fc.constant('deep' as const),
    at: position,
    depth: fc.integer({ min: 50, max: 20_000 }),
    objects: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('protoKey' as const),
    at: position,
    key: fc.constantFrom<ProtoKey>('__proto__', 'constructor', 'prototype'),
    value: fc.oneof(
      fc.constant<Json>({ polluted: true, isAdmin: true }),
      fc.constant<Json>({ type: 'book', title: 'A polluting book' }),
      jsonValue,
    ),
    rename: fc.boolean(),
  }),
);

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('inject' as const),
      at: position,
      bytes: fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 16 }).map((b) => String.fromCharCode(...b)),
        wildString(16),
        fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'NaN', 'undefined', '/*', '\u2028', '\ud800'),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('whole' as const), value: jsonValue }) },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
);

/** A mutated file: a base, 1–3 structural mutations, and sometimes damage to the text itself. */
interface Plan {
  readonly base: BaseName;
  readonly mutations: readonly Mutation[];
  readonly text: readonly TextMutation[];
}

const plan: fc.Arbitrary<Plan> = fc.record({
  base: fc.constantFrom<BaseName>('mini', 'builtin'),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  text: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(textMutation, { maxLength: 2 }) },
  ),
});

const textOf = (p: Plan): string => mutate(BASES[p.base], p.mutations, p.text);

/** Keys sorted: the same JSON value whatever order its fields were written in. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

// ---------------------------------------------------------------------------------------------

let prototypes: ReturnType<typeof prototypeSnapshot> = [];
beforeAll(() => {
  prototypes = prototypeSnapshot();
});
afterAll(() => expectPrototypesClean(prototypes));

describe('pathway loader (property-based)', () => {
  it('the unmutated bases load', () => {
    for (const text of Object.values(BASES)) expect(parsePathwayText(text).ok).toBe(true);
  });

  it(
    'parsePathwayText never throws, and every error has a path and a message (1200 mutated files)',
    () => {
      let rejected = 0;
      fc.assert(
        fc.property(plan, (p) => {
          const result = parsePathwayText(textOf(p));
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            rejected++;
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) {
              check(Object.keys(error).sort().join() === 'message,path', 'an error is { path, message }', error);
              check(typeof error.path === 'string' && error.path.trim() !== '', 'an error has a path', error);
              check(typeof error.message === 'string' && error.message.trim() !== '', 'an error has a message', error);
            }
          } else {
            // What was accepted validates again, unchanged.
            expect(parsePathwayText(JSON.stringify(result.pathway)).ok).toBe(true);
          }
          expectPrototypesClean(prototypes);
        }),
        fcParams(1200),
      );
      // The mutations do break files: most are rejected.
      expect(rejected).toBeGreaterThan(1200 / 2);
    },
    TIMEOUT,
  );

  it(
    'through the store, an invalid file leaves the model, layers and selection exactly as they were (1000 mutated files)',
    () => {
      const before = fc.noShrink(
        fc.record({
          layers: fc.array(fc.nat(), { maxLength: 4 }),
          select: fc.option(fc.nat()),
          theme: fc.option(fc.constantFrom(...THEMES)),
          tour: fc.option(fc.tuple(fc.nat(), fc.nat())),
        }),
      );
      fc.assert(
        fc.property(plan, before, (p, prior) => {
          const text = textOf(p);
          resetAppStore();
          const model = MODELS[p.base];
          const s = useAppStore.getState();
          s.loadModel(model);
          const ids = idsOf(model);
          // A lived-in state: a tour step, some layers, a selection, a theme.
          if (prior.tour && ids.tours.length) {
            const tour = model.tourById.get(pick(ids.tours, prior.tour[0])!)!;
            s.goToStep(tour.id, (prior.tour[1] % tour.steps.length) + 1);
          }
          s.setLayers(prior.layers.map((i) => pick(ids.layers, i)!));
          const all = [
            ...ids.nodes.map((id) => ({ kind: 'node' as const, id })),
            ...ids.edges.map((id) => ({ kind: 'edge' as const, id })),
          ];
          if (prior.select !== null) s.select(pick(all, prior.select)!);
          s.setTheme(prior.theme);
          const snapshot = dataOf();
          const noticesBefore = useAppStore.getState().notices;

          const loaded = loadPathwayText(text);
          const after = useAppStore.getState();
          if (!loaded) {
            expect(after.model).toBe(snapshot.model);
            expect(after.activeLayers).toBe(snapshot.activeLayers);
            expect(after.selection).toBe(snapshot.selection);
            expect(changedKeys(snapshot, dataOf(after))).toEqual(['loadErrors', 'notices']);
            // The errors are shown, and counted in the notice.
            expect(after.loadErrors.length).toBeGreaterThan(0);
            for (const e of after.loadErrors) check(e.path.trim() !== '' && e.message.trim() !== '', 'error shown', e);
            const n = after.loadErrors.length;
            expect(after.notices.at(-1)?.text).toMatch(new RegExp(`could not be loaded: ${n} problems?\\.$`));
            expect(after.notices.length).toBe(Math.min(noticesBefore.length + 1, 5));
          } else {
            // A mutation that kept the file valid: it replaces the model, as any valid file does.
            expect(after.model).not.toBe(snapshot.model);
            expect(after.model?.pathway.id).toBe((JSON.parse(text) as { id: unknown }).id);
            expect(after.activeLayers).toStrictEqual(after.model?.defaultLayerIds);
            expect(after.selection).toBeNull();
            expect(after.loadErrors).toEqual([]);
          }
          expectPrototypesClean(prototypes);
        }),
        fcParams(1000),
      );
    },
    TIMEOUT,
  );

  it(
    // Regression guard (src/model/validate.ts `parsePathway`, via zod's z.record) (fixed; kept so it stays fixed).
    // A reference keyed "__proto__" breaks the reference-key rule (^[a-z][a-z0-9_-]*$, which the
    // published JSON Schema enforces), yet the file is accepted and the entry silently dropped:
    // zod's record parser skips "__proto__" keys without validating them. Minimal counterexample:
    // tests/fixtures/mini.json with `"__proto__": 0,` added as the first entry of "references"
    // → parsePathwayText(...).ok === true and pathway.references has no "__proto__" (expected: an
    // error at references["__proto__"]). Fix: report own "__proto__" keys of records before zod runs.
    'an accepted file is loaded exactly as written: nothing is silently dropped (500 mutated files)',
    () => {
      // The first object after the root in breadth-first order is "references".
      const protoReference: Plan = {
        base: 'mini',
        mutations: [{ op: 'protoKey', at: 1, key: '__proto__', value: 0, rename: false }],
        text: [],
      };
      expect(Object.keys(JSON.parse(textOf(protoReference)).references)).toContain('__proto__');
      fc.assert(
        fc.property(plan, (p) => {
          const text = textOf(p);
          const result = parsePathwayText(text);
          if (!result.ok) return;
          const raw = JSON.parse(text) as { references: object };
          // Regression guard: this failed for a "__proto__" key in "references".
          expect(Object.keys(result.pathway.references), 'reference keys').toEqual(Object.keys(raw.references));
          expect(canonicalJson(result.pathway)).toBe(canonicalJson(raw));
        }),
        {
          ...fcParams(500),
          examples: [[protoReference]],
        },
      );
    },
    TIMEOUT,
  );
});
