/**
 * Ids for imported pathways: any text made kebab-case (`^[a-z0-9][a-z0-9-]*$`, as the schema
 * wants), and unique within a list.
 */

const MAX_ID_LENGTH = 64;

/**
 * Kebab-case id (`^[a-z0-9][a-z0-9-]*$`) from any text: accents stripped, lower case, every run of
 * other characters turned into one hyphen, at most 64 characters; `fallback` when nothing is left.
 */
export function toKebabId(raw: string, fallback = 'node'): string {
  const id = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  return id || fallback;
}

/** Hands out unique kebab-case ids: the second `b` becomes `b-2`, the third `b-3`. */
export class IdAllocator {
  private readonly used = new Set<string>();

  /** Reserve an id that must not be handed out (e.g. a layer id that already exists). */
  reserve(id: string): void {
    this.used.add(id);
  }

  /** A fresh id made from `raw`. */
  take(raw: string, fallback?: string): string {
    const base = toKebabId(raw, fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
