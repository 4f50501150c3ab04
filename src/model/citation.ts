/**
 * Formatting references (CSL-JSON items) for people: short in-text labels and full citations.
 */
import type { Author, Reference } from './types';

function authorName(author: Author): string {
  return 'literal' in author ? author.literal : [author.family, author.given].filter(Boolean).join(' ');
}

export function issuedYear(ref: Reference): number | undefined {
  return ref.issued?.['date-parts'][0]?.[0];
}

const surname = (author: Author) => ('literal' in author ? author.literal : author.family);

/** The first words of a title, for references whose authors are not given. */
function shortTitle(title: string): string {
  const words = title.split(/\s+/);
  return words.length > 5 ? `“${words.slice(0, 5).join(' ')}…”` : `“${title}”`;
}

/** "Casarotto et al. 2021", "Björkholm & Monteggia 2016", "Castrén 2013"; the title when no author is given. */
export function shortCitation(ref: Reference): string {
  const authors = ref.author ?? [];
  const etAl = ref.custom?.etAl === true;
  const [first, second] = authors;
  const who = !first
    ? shortTitle(ref.title)
    : authors.length === 1 && !etAl
      ? surname(first)
      : authors.length === 2 && second && !etAl
        ? `${surname(first)} & ${surname(second)}`
        : `${surname(first)} et al.`;
  const year = issuedYear(ref);
  return year === undefined ? who : `${who} ${year}`;
}

/** Vancouver-style author list, cut after `max` names; empty when no author is given. */
export function authorList(ref: Reference, max = 6): string {
  const names = (ref.author ?? []).map(authorName);
  const cut = names.length > max;
  const shown = cut ? names.slice(0, max - 1) : names;
  const tail = cut ? `, … ${names[names.length - 1]}` : ref.custom?.etAl ? ', et al.' : '';
  return shown.join(', ') + tail;
}

/** Year, volume(issue):page, as far as the reference has them. */
export function sourceDetails(ref: Reference): string {
  const parts: string[] = [];
  const year = issuedYear(ref);
  let vol = ref.volume ?? '';
  if (ref.issue) vol += `(${ref.issue})`;
  if (ref.page) vol += vol ? `:${ref.page}` : ref.page;
  if (year !== undefined) parts.push(String(year));
  if (vol) parts.push(vol);
  return parts.join(';');
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(doi)}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`;
}

/** The best link to the work itself: DOI, then PubMed, then its URL. */
export function primaryLink(ref: Reference): string | undefined {
  if (ref.DOI) return doiUrl(ref.DOI);
  if (ref.PMID) return pubmedUrl(ref.PMID);
  return ref.URL;
}
