/**
 * The one JSON parser for text from outside the app (pathway files, Cytoscape.js JSON, the JSON
 * inside a GraphML key): `JSON.parse`, and on a syntax error one {@link ValidationError} whose path
 * is `line L, column C` and whose message is `not valid JSON: …`, the same whichever engine runs it.
 */
import type { ValidationError } from './types';

/** What {@link parseJson} gives back. */
export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      /** `path` is `line L, column C` (1-based), or `(file)` when no position can be found. */
      readonly error: ValidationError;
      /** The position of the error, when known. */
      readonly position?: { readonly line: number; readonly column: number };
    };

/** Line and column (both 1-based) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The offset of the first JSON syntax error in `text` (a small recursive-descent scan), for engines
 * whose `JSON.parse` message gives no position (Firefox, Safari); `undefined` when the scan finds
 * none.
 */
/** Thrown inside the scan to stop it at the offending offset. */
class ScanStop extends Error {
  constructor(readonly offset: number) {
    super(`JSON scan stopped at ${offset}`);
  }
}

function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new ScanStop(i);
  };
  const str = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 10000) fail();
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          str();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : undefined;
  } catch (err) {
    return err instanceof ScanStop ? err.offset : undefined;
  }
}

/**
 * Parse JSON text from outside. A syntax error is reported at its line and column: the engine's
 * own position where its message gives one (V8), otherwise where {@link jsonErrorOffset} finds it.
 * The engine's wording is kept without its position and text excerpt, since the path says where.
 * Never throws.
 */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : jsonErrorOffset(text);
    const position = offset === undefined ? undefined : lineColumn(text, offset);
    const detail = message
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
      .replace(/\s*(?:in JSON )?at position \d+$/, '');
    const path = position ? `line ${position.line}, column ${position.column}` : '(file)';
    return {
      ok: false,
      error: { path, message: `not valid JSON: ${detail}` },
      ...(position ? { position } : {}),
    };
  }
}
