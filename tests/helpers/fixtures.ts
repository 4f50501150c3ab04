import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildModel, type Model } from '../../src/model/model';
import type { Pathway } from '../../src/model/types';
import { parsePathway } from '../../src/model/validate';

export function readJson(relativeToRepo: string): unknown {
  // Vitest runs from the repository root.
  return JSON.parse(readFileSync(resolve(process.cwd(), relativeToRepo), 'utf8'));
}

/** A fixture from tests/fixtures, validated. */
export function loadFixture(name: string): Pathway {
  const result = parsePathway(readJson(`tests/fixtures/${name}.json`));
  if (!result.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.errors)}`);
  return result.pathway;
}

export function fixtureModel(name = 'mini'): Model {
  return buildModel(loadFixture(name));
}

/** A deep copy of a fixture's raw JSON, to break in a test. */
export function rawFixture(name = 'mini'): Record<string, unknown> & { edges: Record<string, unknown>[] } {
  return structuredClone(readJson(`tests/fixtures/${name}.json`)) as Record<string, unknown> & {
    edges: Record<string, unknown>[];
  };
}
