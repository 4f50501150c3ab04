/**
 * One JSON parser (src/model/json.ts) for every JSON text from outside: a syntax error at a known
 * line and column is reported the same way by every caller, whatever the JavaScript engine says.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lineColumn, parseJson } from '../../../src/model/json';
import { importCyjs } from '../../../src/model/formats/cyjs/read';
import { importFile } from '../../../src/model/formats/load';
import type { ValidationError } from '../../../src/model/types';
import { parsePathwayText } from '../../../src/model/validate';

/** A missing colon: the error is at the `2` on line 3, column 7. */
const BROKEN = '{\n  "schemaVersion": 1,\n  "b" 2\n}\n';
const WHERE = 'line 3, column 7';

function theError(): ValidationError {
  const parsed = parseJson(BROKEN);
  if (parsed.ok) throw new Error('the broken text parsed');
  return parsed.error;
}

/** Every caller that reads JSON text from outside, each giving its errors. */
const callers: Record<string, () => Promise<readonly ValidationError[]>> = {
  'parsePathwayText (a pathway file)': () => {
    const r = parsePathwayText(BROKEN);
    return Promise.resolve(r.ok ? [] : r.errors);
  },
  'importCyjs (Cytoscape.js JSON)': () => {
    const r = importCyjs(BROKEN, 'x.cyjs');
    return Promise.resolve(r.ok ? [] : r.errors);
  },
  'importFile, opened as a pathway file': async () => {
    const r = await importFile(BROKEN, 'x.json');
    return r.ok ? [] : r.errors;
  },
  'importFile, opened as Cytoscape.js JSON': async () => {
    const r = await importFile(BROKEN, 'x.cyjs');
    return r.ok ? [] : r.errors;
  },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseJson', () => {
  it('reports the line and column of a syntax error', () => {
    const parsed = parseJson(BROKEN);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.path).toBe(WHERE);
    expect(parsed.position).toEqual({ line: 3, column: 7 });
    expect(parsed.error.message).toMatch(/^not valid JSON: \S/);
    // Neither the engine's offset nor its excerpt of the text is repeated in the message.
    expect(parsed.error.message).not.toMatch(/position|\d+ column|"b" 2/);
  });

  it('finds the position itself when the engine does not give one (Firefox, Safari)', () => {
    const native = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string) => {
      try {
        return native(text) as unknown;
      } catch {
        throw new SyntaxError("JSON.parse: expected ':' after property name in object");
      }
    });
    expect(parseJson(BROKEN)).toEqual({
      ok: false,
      error: { path: WHERE, message: "not valid JSON: JSON.parse: expected ':' after property name in object" },
      position: { line: 3, column: 7 },
    });
    // Truncated text: at the end, which V8 does not locate either.
    expect(parseJson('{\n  "a": [1,')).toMatchObject({ ok: false, error: { path: 'line 2, column 11' } });
  });

  it('parses valid JSON and counts lines and columns from 1', () => {
    expect(parseJson(' {"a": [1, null]} ')).toEqual({ ok: true, value: { a: [1, null] } });
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('every caller reports a JSON syntax error the same way', () => {
  it.each(Object.keys(callers))('%s', async (name) => {
    const errors = await callers[name]!();
    expect(errors).toEqual([theError()]);
    expect(errors[0]!.path).toBe(WHERE);
  });

  it('npm run validate prints it at the same line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pathway-json-'));
    try {
      const file = join(dir, 'broken.json');
      writeFileSync(file, BROKEN);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', file], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      const error = theError();
      expect(run.stderr).toContain(`  ${error.path}: ${error.message}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
