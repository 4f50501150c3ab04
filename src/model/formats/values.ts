/**
 * Reading loosely typed values from foreign files (JSON data fields, XML attributes): plain
 * objects, numbers, trimmed text and lists, each `undefined` when the value is not usable.
 */

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, or a string holding one; `undefined` otherwise. */
export function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A non-empty trimmed string from a string or number; `undefined` otherwise. */
export function toText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t || undefined;
}

/** Strings from an array of strings, or from one string split at `separator`. */
export function toList(value: unknown, separator: RegExp): string[] | undefined {
  if (Array.isArray(value)) return value.map(toText).filter((v): v is string => v !== undefined);
  const text = toText(value);
  if (text === undefined) return undefined;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}
