/**
 * Shared pieces of the property-based (fast-check) tests: the two models they run against, the
 * run settings, and snapshots of the store and of Object.prototype.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { buildModel, type Model } from '../../../src/model/model';
import { parsePathway } from '../../../src/model/validate';
import { appStore } from '../../../src/store/store';
import type { AppState } from '../../../src/store/types';
import { readJson } from '../../helpers/fixtures';

/**
 * `FC_FACTOR=10` multiplies every run count, for a deeper search than the default budget. (The seed
 * is set once for every property in tests/unit/setup.ts: `FC_SEED` replays a run.)
 */
const factor = Math.max(1, Number(process.env.FC_FACTOR) || 1);
/** A run count scaled by `FC_FACTOR`. */
const runs = (numRuns: number): number => Math.round(numRuns * factor);

export const fcParams = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: runs(numRuns) });

/**
 * The least number of runs that must reach a property's check, scaled like the run count. A
 * property whose cases may end early asserts it, so that it cannot pass by checking almost nothing.
 * Replaying one case with `FC_PATH` runs only that case, so there is no floor then.
 */
export const floor = (minimum: number): number => (process.env.FC_PATH ? 0 : runs(minimum));

/** Generous per-test timeout; the properties are sized to finish well inside it on 2 cores. */
export const TIMEOUT = 120_000;

function modelOf(relativePath: string): Model {
  const result = parsePathway(readJson(relativePath));
  if (!result.ok) throw new Error(`${relativePath} is invalid: ${JSON.stringify(result.errors)}`);
  return buildModel(result.pathway);
}

export const BUILTIN_PATH = 'data/antidepressants.json';
export const MINI_PATH = 'tests/fixtures/mini.json';

/** The built-in model (has tours and experiments) and the small fixture (has neither). */
export const MODELS = { builtin: modelOf(BUILTIN_PATH), mini: modelOf(MINI_PATH) } as const;
export type ModelName = keyof typeof MODELS;
export const MODEL_NAMES = Object.keys(MODELS) as ModelName[];

export const rawText = (relativePath: string): string => readFileSync(resolve(process.cwd(), relativePath), 'utf8');

/** Every id a model has, by kind. */
export function idsOf(model: Model) {
  return {
    layers: [...model.layerIds],
    nodes: [...model.nodeById.keys()],
    edges: [...model.edgeById.keys()],
    tours: [...model.tourById.keys()],
    experiments: [...model.experimentById.keys()],
  };
}

/** A plain assertion: vitest's expect costs too much for the thousands of checks per property. */
export function check(ok: boolean, what: string, value?: unknown): asserts ok {
  if (ok) return;
  const shown = value === undefined ? '' : `: ${(JSON.stringify(value) ?? typeof value).slice(0, 300)}`;
  throw new Error(`${what}${shown}`);
}

/** The data part of the store (actions left out), by key. */
export function dataOf(s: AppState = appStore.getState()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(s)) if (typeof value !== 'function') out[key] = value;
  return out;
}

/** Keys whose value is not the very same (Object.is) in both snapshots. */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !Object.is(before[k], after[k])).sort();
}

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

type PrototypeSnapshot = readonly (readonly [object, PropertyKey, PropertyDescriptor])[];

/** Every own property of the built-in prototypes a hostile input could pollute, with its descriptor. */
export function prototypeSnapshot(): PrototypeSnapshot {
  return PROTOTYPES.flatMap((proto) =>
    Reflect.ownKeys(proto).map((key) => [proto, key, Object.getOwnPropertyDescriptor(proto, key)!] as const),
  );
}

/** Throws when a prototype gained, lost or changed a property since the snapshot. */
export function expectPrototypesClean(before: PrototypeSnapshot): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'type', 'version', 'id', 'layers', 'evil']) {
    if (key in probe) throw new Error(`Object.prototype was polluted with "${key}"`);
  }
  if (Object.getPrototypeOf(probe) !== Object.prototype) throw new Error('{} has a different prototype');
  const now = prototypeSnapshot();
  if (now.length !== before.length) throw new Error('a built-in prototype gained or lost a property');
  before.forEach(([proto, key, d], i) => {
    const [p2, k2, d2] = now[i]!;
    const same =
      p2 === proto &&
      k2 === key &&
      Object.is(d.value, d2.value) &&
      d.get === d2.get &&
      d.set === d2.set &&
      d.writable === d2.writable &&
      d.enumerable === d2.enumerable;
    if (!same) throw new Error(`a built-in prototype changed its property ${String(key)}`);
  });
}

/** Hostile strings for ids, names and values. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'then',
  'null',
  'undefined',
  'NaN',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
  '\n',
  '\u2028\u2029',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u0644\u0627',
  '🧠💊',
  'é',
  'e\u0301',
  '%00',
  '%E0%A4%A',
  '../../etc/passwd',
  'node:',
  'edge:',
  'a'.repeat(500),
  'a'.repeat(501),
] as const;

/** Any string, including lone surrogates (any UTF-16 code unit). */
const anyCodeUnits = (maxLength = 40) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Strings of several flavours: printable, full Unicode, raw code units and the hostile list. */
export const wildString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    anyCodeUnits(maxLength),
    fc.constantFrom(...HOSTILE_STRINGS),
  );
