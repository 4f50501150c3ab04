/**
 * The checks every importer makes on the text it is given (a string, not empty, not binary), and
 * how it fails: one error at one place, never an exception.
 */
import type { ValidationError } from '../types';
import type { ImportResult } from './types';

/** `my network.sif` → `my network`; `undefined` for an empty name. */
export function fileStem(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim();
  return stem || undefined;
}

/** True for text that is clearly not text: NUL bytes, or many control or replacement characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  if (!sample) return false;
  // eslint-disable-next-line no-control-regex
  const odd = sample.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return odd / sample.length > 0.05;
}

/** One error at one place. */
export function failure(path: string, message: string): ImportResult {
  return { ok: false, errors: [{ path, message }] };
}

/** The common entry checks: a string, not empty, not binary. Returns the text without a BOM, or the failure. */
export function checkText(text: unknown, format: string): { text: string } | { result: ImportResult } {
  if (typeof text !== 'string') return { result: failure('(file)', `expected the ${format} file as text`) };
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) return { result: failure('(file)', `the ${format} file is empty`) };
  if (looksBinary(clean))
    return { result: failure('(file)', `this does not look like a ${format} text file (it contains binary data)`) };
  return { text: clean };
}

/** Run an importer so that nothing escapes as an exception. */
export function guarded(format: string, run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const error: ValidationError = { path: '(file)', message: `could not read the ${format} file: ${message}` };
    return { ok: false, errors: [error] };
  }
}
