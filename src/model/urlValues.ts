/**
 * How a URL parameter's raw text is read: zod schemas from the text to a value, whose error texts
 * are the wording of the notices (`Ignored select=: “banana” is not node:<id> or edge:<id>.`).
 * The parameters themselves are listed in `url.ts`.
 */
import * as z from 'zod/mini';
import type { Model } from './model';
import type { Target } from './target';
import { checkInput } from './validation/issues';

/** A schema that reads one parameter's raw text into its value. */
export type ValueSchema<T> = z.ZodMiniType<T, string>;

/** Text in a notice: in curly quotes, cut at 40 characters. */
export function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return `“${short}”`;
}

/** The raw value a zod issue was raised for, quoted for a notice. */
export const said = (issue: { readonly input?: unknown }) => quote(String(issue.input));

/** The items of a comma-separated value; `''` is the empty list. */
export function list(raw: string): string[] {
  return raw === '' ? [] : raw.split(',').map((s) => s.trim());
}

/** What is wrong with a raw value, in a notice's words. */
export type Problem = { readonly problem: string };

/** A {@link Problem} with this message. */
export const problem = (message: string): Problem => ({ problem: message });
const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'problem' in value;

/**
 * `schema`, then `read` on its value: `read` returns the parameter's value or, as a
 * {@link Problem}, what is wrong with it (reported in those words).
 */
export function readWith<I, T>(schema: ValueSchema<I>, read: (value: I) => T | Problem): ValueSchema<T> {
  return z.pipe(
    schema,
    z.transform((value: I, payload) => {
      const out = read(value);
      if (!isProblem(out)) return out;
      payload.issues.push({ code: 'custom', message: out.problem, input: value });
      return z.NEVER;
    }),
  );
}

/** Any raw text. */
export const text = z.string();

/** An on/off switch: `1` or `true` is on, `0` or `false` off (`embed=`, `present=`). */
export const flag: ValueSchema<boolean> = z.pipe(
  z.enum(['1', 'true', '0', 'false'], { error: (issue) => `${said(issue)} is not 1 or 0` }),
  z.transform((raw) => raw === '1' || raw === 'true'),
);

/** `node:<id>` or `edge:<id>`, whatever the model. */
const TARGET_PATTERN = /^(node|edge):(.+)$/;

/** A target as the URL writes it: `node:<id>` or `edge:<id>`. */

/** `node:<id>` or `edge:<id>` naming a node or edge of the model. */
export function targetSchema(model: Model): ValueSchema<Target> {
  const syntax = text.check(
    z.regex(TARGET_PATTERN, { error: (issue) => `${said(issue)} is not node:<id> or edge:<id>` }),
  );
  return readWith(syntax, (raw): Target | Problem => {
    const [, kind = '', id = ''] = TARGET_PATTERN.exec(raw) ?? [];
    if (kind === 'node') return model.nodeById.has(id) ? { kind, id } : problem(`there is no node ${quote(id)}`);
    return model.edgeById.has(id) ? { kind: 'edge', id } : problem(`there is no edge ${quote(id)}`);
  });
}

/** A target of the model, or what is wrong with `raw` (the embed bridge checks `select` with it). */
export function parseTarget(model: Model, raw: string): Target | string {
  const result = checkInput(targetSchema(model), raw);
  return result.ok ? result.value : result.errors.map((e) => e.message).join('; ');
}

/** An id the model knows, e.g. a tour. */
export const knownId = (ids: ReadonlyMap<string, unknown>, what: string): ValueSchema<string> =>
  readWith(text, (raw) => (ids.has(raw) ? raw : problem(`there is no ${what} ${quote(raw)}`)));

/** Same-origin or relative paths only: a page may not make the app fetch from elsewhere. */
export function isSafePathwayUrl(raw: string): boolean {
  if (!raw || /^\s/.test(raw) || raw.includes('\\') || raw.startsWith('//')) return false;
  if ([...raw].some((ch) => ch.charCodeAt(0) < 0x20)) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(raw);
}

/** An origin such as https://moodle.example.edu — scheme, host and optional port, nothing else. */
export function parseOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === raw.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}
