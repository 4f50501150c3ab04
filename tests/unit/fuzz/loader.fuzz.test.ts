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
import { appStore, resetAppStore } from '../../../src/store/store';
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
  floor,
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

// ---------------------------------------------------------------------------------------------
// Mutations that keep a file valid: what an author may legitimately write. Any of them being
// rejected is a bug of the validator; each accepted one must load exactly as written.

type IdKind = 'node' | 'edge' | 'layer' | 'experiment' | 'tour';

type KeepValid =
  /** Any non-empty text without "@" (so no citation) in a free-text field. */
  | { readonly op: 'text'; readonly at: number; readonly value: string }
  /** An id renamed to another valid, unused id, with every reference to it. */
  | { readonly op: 'renameId'; readonly kind: IdKind; readonly at: number; readonly id: string }
  /** A reference key renamed, with every citation of it (`ref`, `references`, `[@key]`). */
  | { readonly op: 'renameRef'; readonly at: number; readonly key: string }
  /** An optional field left out. */
  | { readonly op: 'drop'; readonly at: number }
  /** Any string at all as a synonym (synonyms are free). */
  | { readonly op: 'synonym'; readonly at: number; readonly value: string }
  /** A node at any finite position. */
  | { readonly op: 'position'; readonly at: number; readonly x: number; readonly y: number }
  /** A copy of a node under a new id. */
  | { readonly op: 'copyNode'; readonly at: number; readonly id: string }
  /** The fields of an object in another order. */
  | { readonly op: 'shuffle'; readonly at: number; readonly order: readonly number[] };

/** A valid file: a base, 1–4 validity-keeping changes, written with some indentation. */
interface ValidPlan {
  readonly base: BaseName;
  readonly keep: readonly KeepValid[];
  readonly indent: 0 | 1 | 2 | '\t';
}

const FREE_TEXT = new Set([
  'title',
  'description',
  'label',
  'summary',
  'claim',
  'reason',
  'note',
  'text',
  'prompt',
  'feedback',
  'container-title',
  'volume',
  'issue',
  'page',
  'genre',
  'given',
  'family',
  'literal',
]);
const OPTIONAL = new Set([
  'synonyms',
  'xrefs',
  'position',
  'note',
  'role',
  'author',
  'issued',
  'container-title',
  'volume',
  'issue',
  'page',
  'genre',
  'DOI',
  'PMID',
  'PMCID',
  'URL',
  'custom',
  'given',
  'questions',
  'tours',
]);

/** Where each kind of id is declared and referred to. */
const ID_KINDS: Record<
  IdKind,
  {
    readonly list: string;
    readonly fields: readonly string[];
    readonly lists: readonly string[];
    readonly focus?: string;
  }
> = {
  node: {
    list: 'nodes',
    fields: ['source', 'target', 'parent', 'drug', 'readout'],
    lists: ['removeNodes'],
    focus: 'node:',
  },
  edge: { list: 'edges', fields: [], lists: ['cutEdges', 'abolishBinding'], focus: 'edge:' },
  layer: { list: 'layers', fields: [], lists: ['layers'] },
  experiment: { list: 'experiments', fields: ['experiment'], lists: [] },
  tour: { list: 'tours', fields: [], lists: [] },
};

type JsonObject = { [key: string]: Json };
const isJsonObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectsIn = (root: Json): JsonObject[] => [
  ...(isJsonObject(root) ? [root] : []),
  ...places(root).map(getAt).filter(isJsonObject),
];

/** Rename a declared id and every reference to it; a no-op when the new id is taken. */
function renameId(root: JsonObject, kind: IdKind, at: number, id: string): void {
  const { list, fields, lists, focus } = ID_KINDS[kind];
  const declared = (Array.isArray(root[list]) ? root[list] : []).filter(isJsonObject);
  const target = pick(declared, at);
  const old = target?.id;
  if (!target || typeof old !== 'string' || declared.some((d) => d.id === id)) return;
  for (const p of places(root)) {
    const value = getAt(p);
    if (typeof value !== 'string') continue;
    const parent = p.parent as JsonObject;
    // An edge's "source" is a node id; a reference's custom.source is prose.
    const isField = typeof p.key === 'string' && fields.includes(p.key) && (p.key !== 'source' || 'relation' in parent);
    const isListItem = typeof p.key === 'number' && typeof p.parentKey === 'string' && lists.includes(p.parentKey);
    if ((isField || isListItem) && value === old) setAt(p, id);
    else if (focus && p.parentKey === 'focus' && value === `${focus}${old}`) setAt(p, `${focus}${id}`);
  }
  target.id = id;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rename a reference key (keeping the order of the record) and every citation of it. */
function renameRef(root: JsonObject, at: number, key: string): void {
  const refs = root.references;
  if (!isJsonObject(refs)) return;
  const old = pick(Object.keys(refs), at);
  if (old === undefined || key in refs) return;
  const cite = new RegExp(`@${escapeRegExp(old)}(?![a-z0-9_-])`, 'g');
  for (const p of places(root)) {
    const value = getAt(p);
    if (typeof value !== 'string') continue;
    if ((p.key === 'ref' || p.parentKey === 'references') && value === old) setAt(p, key);
    else if (value.includes(`@${old}`)) setAt(p, value.replace(cite, `@${key}`));
  }
  const entries = Object.entries(refs);
  for (const k of Object.keys(refs)) delete refs[k];
  for (const [k, v] of entries) refs[k === old ? key : k] = v;
}

function keepValid(base: string, changes: readonly KeepValid[]): JsonObject {
  const root = JSON.parse(base) as JsonObject;
  for (const m of changes) {
    switch (m.op) {
      case 'text': {
        const fields = places(root).filter(
          (p) => typeof p.key === 'string' && FREE_TEXT.has(p.key) && typeof getAt(p) === 'string',
        );
        const p = pick(fields, m.at);
        if (p) setAt(p, m.value);
        break;
      }
      case 'renameId':
        renameId(root, m.kind, m.at, m.id);
        break;
      case 'renameRef':
        renameRef(root, m.at, m.key);
        break;
      case 'drop': {
        // In a file with clones every drawn node needs its position (see validation/clones.ts).
        const cloned = (root.edges as Json[]).some((e) => isJsonObject(e) && 'sourceClone' in e);
        const optional = places(root).filter(
          (p) => typeof p.key === 'string' && OPTIONAL.has(p.key) && !(cloned && p.key === 'position'),
        );
        const p = pick(optional, m.at);
        if (p) delete (p.parent as JsonObject)[p.key as string];
        break;
      }
      case 'synonym': {
        const node = pick((root.nodes as Json[]).filter(isJsonObject), m.at);
        if (node) node.synonyms = [...(Array.isArray(node.synonyms) ? node.synonyms : []), m.value];
        break;
      }
      case 'position': {
        const node = pick((root.nodes as Json[]).filter(isJsonObject), m.at);
        if (node) node.position = { x: m.x, y: m.y };
        break;
      }
      case 'copyNode': {
        const nodes = (root.nodes as Json[]).filter(isJsonObject);
        const node = pick(nodes, m.at);
        if (node && !nodes.some((n) => n.id === m.id))
          (root.nodes as Json[]).push({ ...structuredClone(node), id: m.id });
        break;
      }
      case 'shuffle': {
        const object = pick(objectsIn(root), m.at);
        if (!object) break;
        const entries = Object.entries(object);
        const order = entries.map((_, i) => i).sort((a, b) => (m.order[a] ?? 0) - (m.order[b] ?? 0) || a - b);
        for (const k of Object.keys(object)) delete object[k];
        for (const i of order) object[entries[i]![0]] = entries[i]![1];
        break;
      }
    }
  }
  return root;
}

/** Valid ids, among them the names of Object.prototype's members (ids are map keys). */
const validId = fc.oneof(
  fc.constantFrom('constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'then', '0', 'x-1'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
);
const validRefKey = fc.oneof(
  fc.constantFrom('constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'a', 'z_9'),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,15}$/),
);
/** Non-empty text without "@": hostile, Unicode, lone surrogates, markup — anything prose may hold. */
const freeText = fc
  .oneof(wildString(40), fc.constantFrom('__proto__', 'constructor', '<b>x</b>', '[not a citation]', '\u2028'))
  .filter((s) => s.length > 0 && !s.includes('@'));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });

const keepValidChange: fc.Arbitrary<KeepValid> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('text' as const), at: position, value: freeText }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('renameId' as const),
      kind: fc.constantFrom<IdKind>('node', 'edge', 'layer', 'experiment', 'tour'),
      at: position,
      id: validId,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('renameRef' as const), at: position, key: validRefKey }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('drop' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('synonym' as const), at: position, value: wildString(30) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('position' as const), at: position, x: finite, y: finite }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('copyNode' as const), at: position, id: validId }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('shuffle' as const),
      at: position,
      order: fc.array(fc.nat(), { maxLength: 20 }),
    }),
  },
);

const validPlan: fc.Arbitrary<ValidPlan> = fc.record({
  base: fc.constantFrom<BaseName>('mini', 'builtin'),
  keep: fc.array(keepValidChange, { minLength: 1, maxLength: 4 }),
  indent: fc.constantFrom<ValidPlan['indent']>(0, 1, 2, '\t'),
});

const validTextOf = (p: ValidPlan): string => JSON.stringify(keepValid(BASES[p.base], p.keep), null, p.indent);

/** Either kind of plan, tagged, for the properties that take both. */
type AnyPlan = { readonly valid: false; readonly plan: Plan } | { readonly valid: true; readonly plan: ValidPlan };
const anyPlan = (validWeight: number, brokenWeight: number): fc.Arbitrary<AnyPlan> =>
  fc.oneof(
    { weight: brokenWeight, arbitrary: plan.map((p) => ({ valid: false as const, plan: p })) },
    { weight: validWeight, arbitrary: validPlan.map((p) => ({ valid: true as const, plan: p })) },
  );
const anyTextOf = (p: AnyPlan): string => (p.valid ? validTextOf(p.plan) : textOf(p.plan));

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
    'parsePathwayText never throws, and every error has a path and a message (1200 files, most of them broken)',
    () => {
      const seen = { rejected: 0, accepted: 0 };
      fc.assert(
        fc.property(anyPlan(1, 3), (p) => {
          const result = parsePathwayText(anyTextOf(p));
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            seen.rejected++;
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) {
              check(Object.keys(error).sort().join() === 'message,path', 'an error is { path, message }', error);
              check(typeof error.path === 'string' && error.path.trim() !== '', 'an error has a path', error);
              check(typeof error.message === 'string' && error.message.trim() !== '', 'an error has a message', error);
            }
          } else {
            seen.accepted++;
            // What was accepted validates again, unchanged.
            expect(parsePathwayText(JSON.stringify(result.pathway)).ok).toBe(true);
          }
          expectPrototypesClean(prototypes);
        }),
        fcParams(1200),
      );
      // Both branches are exercised: the mutations do break most files, and some stay valid.
      expect(seen.rejected).toBeGreaterThanOrEqual(floor(600));
      expect(seen.accepted).toBeGreaterThanOrEqual(floor(150));
    },
    TIMEOUT,
  );

  it(
    'a validity-keeping change is accepted (renamed ids and reference keys, free text, dropped optional fields…) (600 files)',
    () => {
      fc.assert(
        fc.property(validPlan, (p) => {
          const result = parsePathwayText(validTextOf(p));
          check(result.ok, 'a valid file is accepted', result.ok ? undefined : result.errors.slice(0, 3));
        }),
        fcParams(600),
      );
    },
    TIMEOUT,
  );

  it(
    'through the store, an invalid file leaves the model, layers and selection exactly as they were; a valid one replaces them (1000 files)',
    () => {
      const seen = { invalid: 0, valid: 0 };
      const before = fc.noShrink(
        fc.record({
          layers: fc.array(fc.nat(), { maxLength: 4 }),
          select: fc.option(fc.nat()),
          theme: fc.option(fc.constantFrom(...THEMES)),
          tour: fc.option(fc.tuple(fc.nat(), fc.nat())),
        }),
      );
      fc.assert(
        fc.property(anyPlan(1, 1), before, (p, prior) => {
          const text = anyTextOf(p);
          resetAppStore();
          const model = MODELS[p.plan.base];
          const s = appStore.getState();
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
          const noticesBefore = appStore.getState().notices;

          const loaded = loadPathwayText(text);
          const after = appStore.getState();
          if (!loaded) {
            seen.invalid++;
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
            seen.valid++;
            // A valid file replaces the model, as any valid file does.
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
      expect(seen.invalid).toBeGreaterThanOrEqual(floor(300));
      expect(seen.valid).toBeGreaterThanOrEqual(floor(300));
    },
    TIMEOUT,
  );

  it(
    // Regression guard for a "__proto__" reference key that zod's record parser dropped silently.
    'an accepted file is loaded exactly as written: nothing is silently dropped (500 files, most of them valid)',
    () => {
      // The first object after the root in breadth-first order is "references".
      const protoReference: AnyPlan = {
        valid: false,
        plan: {
          base: 'mini',
          mutations: [{ op: 'protoKey', at: 1, key: '__proto__', value: 0, rename: false }],
          text: [],
        },
      };
      expect(Object.keys((JSON.parse(anyTextOf(protoReference)) as { references: object }).references)).toContain(
        '__proto__',
      );
      let checked = 0;
      fc.assert(
        fc.property(anyPlan(4, 1), (p) => {
          const text = anyTextOf(p);
          const result = parsePathwayText(text);
          // A broken file may be rejected; a rejected valid one is the previous property's failure.
          if (!result.ok) return;
          checked++;
          const raw = JSON.parse(text) as { references: object };
          expect(Object.keys(result.pathway.references), 'reference keys').toEqual(Object.keys(raw.references));
          expect(canonicalJson(result.pathway)).toBe(canonicalJson(raw));
        }),
        { ...fcParams(500), examples: [[protoReference]] },
      );
      expect(checked, 'accepted files compared with their text').toBeGreaterThanOrEqual(floor(300));
    },
    TIMEOUT,
  );
});
