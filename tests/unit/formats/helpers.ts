/** Shared helpers of the format tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { ImportResult } from '../../../src/model/formats/types';
import type { Pathway } from '../../../src/model/types';
import { parsePathway } from '../../../src/model/validate';
import { loadFixture } from '../../helpers/fixtures';

export const mini = (): Pathway => loadFixture('mini');
export const rich = (): Pathway => loadFixture('formats/rich');

/** A text fixture from tests/fixtures/formats. */
export function formatFixture(name: string): string {
  return readFileSync(resolve(process.cwd(), 'tests/fixtures/formats', name), 'utf8');
}

/** The pathway of a successful import, checked again with parsePathway; fails the test otherwise. */
export function imported(result: ImportResult): { pathway: Pathway; warnings: string[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  const again = parsePathway(JSON.parse(JSON.stringify(result.pathway)));
  expect(again.ok, JSON.stringify(again.ok ? [] : again.errors)).toBe(true);
  for (const edge of result.pathway.edges) {
    expect(edge.uncited).toBe(true);
    expect(edge.evidence).toEqual([]);
  }
  expect(result.pathway.references).toEqual({});
  return { pathway: result.pathway, warnings: result.warnings };
}

/** The errors of a failed import as `path: message` lines; fails the test when the import succeeded. */
export function failed(result: ImportResult): string[] {
  if (result.ok) throw new Error(`expected the import to fail, got ${result.pathway.nodes.length} nodes`);
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors.map((e) => `${e.path}: ${e.message}`);
}

/** `source relation target` per edge, sorted. */
export const triples = (p: Pathway): string[] => p.edges.map((e) => `${e.source} ${e.relation} ${e.target}`).sort();

/** `id label` per node, sorted. */
export const idLabels = (p: Pathway): string[] => p.nodes.map((n) => `${n.id} ${n.label}`).sort();

export const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id).sort();

/** Layers per edge id. */
export const membership = (p: Pathway): Record<string, string[]> =>
  Object.fromEntries(p.edges.map((e) => [e.id, [...e.layers].sort()]));

/** Positions per node id (only nodes that have one). */
export const positions = (p: Pathway): Record<string, { x: number; y: number }> =>
  Object.fromEntries(p.nodes.filter((n) => n.position).map((n) => [n.id, { ...n.position! }]));

/** A pathway with every node given a position, for formats that carry them. */
export function placed(p: Pathway): Pathway {
  return {
    ...p,
    nodes: p.nodes.map((n, i) => ({ ...n, position: n.position ?? { x: 40 + 130 * i, y: 25 * (i % 3) } })),
  };
}

/** A deterministic pseudo-random string of any UTF-16 code units, for junk input. */
export function junk(seed: number, length: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(s % 65536);
  }
  return out;
}

/** Cut a text at several points, for truncated-input tests. */
export const truncations = (text: string, parts = 12): string[] =>
  Array.from({ length: parts }, (_, i) => text.slice(0, Math.floor((text.length * i) / parts)));
