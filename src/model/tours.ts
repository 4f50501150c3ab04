/**
 * Guided tours: their types and the pure helpers the tour view needs — finding `[@key]` citations in
 * prose, splitting prose into text and citation segments for rendering, and reading `focus` entries.
 */
import type { Target } from './target';
import type { Pathway } from './types';

export type Tour = NonNullable<Pathway['tours']>[number];
export type TourQuestion = NonNullable<Tour['questions']>[number];

/** A piece of prose: plain text, or one citation to render as a link to `references[key]`. */
export type CitationSegment =
  { readonly type: 'text'; readonly text: string } | { readonly type: 'cite'; readonly key: string };

const KEY = '[a-z][a-z0-9_-]*';
/** `[@key]` or a group `[@a; @b]`. Keys follow the reference-key pattern of the schema. */
const CITATION = new RegExp(`\\[(@${KEY}(?:\\s*;\\s*@${KEY})*)\\]`, 'g');

function keysOfGroup(group: string): string[] {
  return group.split(';').map((part) => part.trim().slice(1));
}

/**
 * The reference keys cited in `text` as `[@key]` or `[@a; @b]`, in order of first appearance,
 * each once.
 */
export function citeKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const match of text.matchAll(CITATION)) for (const key of keysOfGroup(match[1] ?? '')) keys.add(key);
  return [...keys];
}

/**
 * Splits prose into text and citation segments, in order, for rendering. A group `[@a; @b]` gives
 * one `cite` segment per key; text between citations is kept exactly (including spaces).
 */
export function splitCitations(text: string): CitationSegment[] {
  const out: CitationSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    if (match.index > last) out.push({ type: 'text', text: text.slice(last, match.index) });
    for (const key of keysOfGroup(match[1] ?? '')) out.push({ type: 'cite', key });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/**
 * Citation-like fragments that are not well formed (e.g. `[@Smith2020]`, `[@key` without `]`), so
 * that a typo is reported rather than shown as literal text.
 */
export function malformedCitations(text: string): string[] {
  const rest = text.replace(CITATION, '');
  return [...rest.matchAll(/\[@[^\]\s]*\]?/g)].map((m) => m[0]);
}

/** Reads a `focus` entry: `node:<id>` or `edge:<id>`; anything else is `null`. */
export function parseFocus(entry: string): Target | null {
  const match = /^(node|edge):([a-z0-9][a-z0-9-]*)$/.exec(entry);
  if (!match) return null;
  return { kind: match[1] === 'node' ? 'node' : 'edge', id: match[2] ?? '' };
}
