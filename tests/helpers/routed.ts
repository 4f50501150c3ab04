import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A raw pathway file, as the tests break or extend it. */
export type RawPathway = Record<string, unknown> & {
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
};

/**
 * The mini fixture (tests/fixtures/mini.json) with every node placed, and a → b drawn along a stored
 * orthogonal route: from a point on a's border, through two bends, to a point on b's border.
 * Shared by the unit tests of the projection and the browser test of what the canvas draws.
 */
export function routedMini(): { raw: RawPathway; route: { x: number; y: number }[] } {
  const raw = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/mini.json'), 'utf8')) as RawPathway;
  const at: Record<string, { x: number; y: number }> = {
    a: { x: 0, y: 0 },
    b: { x: 200, y: 150 },
    c: { x: 200, y: 300 },
    d: { x: 400, y: 150 },
    e: { x: 200, y: 450 },
    f: { x: 400, y: 0 },
  };
  for (const n of raw.nodes) n.position = at[n.id as string];
  const route = [
    { x: 0, y: 14 },
    { x: 0, y: 75 },
    { x: 200, y: 75 },
    { x: 200, y: 136 },
  ];
  raw.edges.find((e) => e.id === 'a-inhibits-b')!.route = route;
  return { raw, route };
}
