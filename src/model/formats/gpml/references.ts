/**
 * GPML citations as references: 2013a `bp:PublicationXref`s and 2021 `<Citation>`s become CSL-JSON
 * items keyed `familyYEAR` (else `pmidNNN`, `ref`), one per work however many times the file lists
 * it; each file citation id maps to its key.
 */
import type { Author, Reference } from '../../types';
import { toKebabId } from '../ids';
import type { Warnings } from '../warnings';
import type { GPublication } from './elements';

type MutableReference = { -readonly [K in keyof Reference]: Reference[K] };

export interface ReadReferences {
  readonly references: Record<string, Reference>;
  /** The file's citation id (`rdf:id`, `elementId`) → our reference key. */
  readonly keyOf: ReadonlyMap<string, string>;
  /** Our key → how a sentence names the work: `Bramham et al. 2008 (PMID 19005037)`. */
  readonly nameOf: ReadonlyMap<string, string>;
}

const DOI = /^10\.\d{4,9}\/\S+$/;
const INITIALS = /^(.*\S)\s+((?:\p{Lu}\.?-?){1,4})$/u;
const REF_KEY = /^[a-z][a-z0-9_-]*$/;
/** PathVisio's own citation ids (`e12`, `zsn`, `id3a5f`): random, no name worth keeping. */
const RANDOM_ID = /^(?:id)?[0-9a-f]{1,10}$|^[a-z0-9]{1,3}$/;

/** `van der Starre PJ` → family `van der Starre`, given `PJ`; `Smith, John` → Smith, John; else a literal name. */
function parseAuthor(name: string): Author {
  const initials = INITIALS.exec(name);
  if (initials) return { family: initials[1]!, given: initials[2]! };
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  return { literal: name };
}

/** The authors of `bp:AUTHORS` elements; one element listing several (`Smith J, Jones K`) is split. */
function authorsOf(names: readonly string[]): Author[] {
  return names.flatMap((n) => {
    const parts = n.split(/,\s*/);
    return parts.length > 1 && parts.every((p) => INITIALS.test(p)) ? parts.map(parseAuthor) : [parseAuthor(n)];
  });
}

/** The identifier a citation gives, by its database. */
interface Identifiers {
  readonly pmid?: string | undefined;
  readonly doi?: string | undefined;
  readonly url?: string | undefined;
  readonly isbn?: string | undefined;
  /** What the file gives that is not a valid identifier, for the warning. */
  readonly bad?: string | undefined;
}

function identifiers(p: GPublication): Identifiers {
  const db = (p.db ?? '').toLowerCase().replace(/[\s_-]+/g, '');
  const id = p.dbId?.trim();
  const url = p.url && /^https?:\/\//.test(p.url) ? p.url : undefined;
  if (!id) return { url };
  if (db === 'pubmed' || db === 'medline' || db === 'pmid' || (db === '' && /^\d+$/.test(id))) {
    const digits = /^(?:pmid:?\s*)?(\d{1,9})$/i.exec(id)?.[1];
    return digits ? { pmid: digits, url } : { bad: `PubMed id "${id}"`, url };
  }
  if (db === 'doi') {
    const doi = id.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
    return DOI.test(doi) ? { doi, url } : { bad: `DOI "${id}"`, url };
  }
  if (db === 'url') return /^https?:\/\//.test(id) ? { url: id } : { bad: `URL "${id}"`, url };
  if (db === 'isbn') return { isbn: id, url };
  return { bad: `${p.db ?? 'identifier'} "${id}"`, url };
}

/** ASCII letters of a family name, lower case: `van der Starre` → `vanderstarre`. */
const keyStem = (family: string) => toKebabId(family, '').replace(/[^a-z]/g, '');

/** How a sentence names a reference. */
function nameOf(ref: Reference): string {
  const first = ref.author?.[0];
  const who = first ? ('family' in first ? first.family : first.literal) : undefined;
  const year = ref.issued?.['date-parts'][0]?.[0];
  const id = ref.PMID ? `PMID ${ref.PMID}` : ref.DOI ? `doi:${ref.DOI}` : undefined;
  // A title made up from the identifier (`PubMed 3091479`) says nothing the identifier does not.
  const titled = !(id && (ref.title === `PubMed ${ref.PMID}` || ref.title === `doi:${ref.DOI}`));
  const people = who ? `${who}${(ref.author?.length ?? 0) > 1 ? ' et al.' : ''}` : titled ? `“${ref.title}”` : '';
  const named = [people, year].filter(Boolean).join(' ');
  return named ? named + (id ? ` (${id})` : '') : (id ?? ref.title);
}

/** The references of a GPML file, keyed, with what each file citation id maps to. */
export function readReferences(publications: readonly GPublication[], warnings: Warnings): ReadReferences {
  const references: Record<string, Reference> = {};
  const keyOf = new Map<string, string>();
  const byIdentity = new Map<string, string>();
  for (const p of publications) {
    const ids = identifiers(p);
    if (ids.bad) warnings.add(`citation ${ids.bad} is not a valid identifier and was not imported`, p.where);
    const identity = ids.pmid
      ? `pmid:${ids.pmid}`
      : ids.doi
        ? `doi:${ids.doi.toLowerCase()}`
        : ids.isbn
          ? `isbn:${ids.isbn}`
          : p.title
            ? `title:${p.title.toLowerCase()}`
            : ids.url
              ? `url:${ids.url}`
              : undefined;
    if (identity === undefined) {
      warnings.add('citation without a PubMed id, DOI, URL or title not imported', p.where);
      continue;
    }
    const known = byIdentity.get(identity);
    if (known !== undefined) {
      keyOf.set(p.id, known);
      continue;
    }
    const authors = authorsOf(p.authors);
    const year = p.year && /^\d{4}$/.test(p.year) ? Number(p.year) : undefined;
    if (p.year && year === undefined) warnings.add(`year "${p.year}" is not a year and was not imported`, p.where);
    const ref: MutableReference = {
      type: ids.isbn ? 'book' : ids.pmid || ids.doi || p.source ? 'article-journal' : ids.url ? 'webpage' : 'article',
      title:
        p.title ??
        (ids.pmid ? `PubMed ${ids.pmid}` : ids.doi ? `doi:${ids.doi}` : ids.isbn ? `ISBN ${ids.isbn}` : ids.url!),
      custom: {
        note: `Read from a GPML (WikiPathways) file${p.title ? '' : ', which gives no title'}; not checked against the literature database.`,
      },
    };
    if (authors.length) ref.author = authors;
    if (year !== undefined) ref.issued = { 'date-parts': [[year]] };
    if (p.source) ref['container-title'] = p.source;
    if (ids.doi) ref.DOI = ids.doi;
    if (ids.pmid) ref.PMID = ids.pmid;
    if (ids.url) ref.URL = ids.url;
    // A key the file gives that reads as one (our export writes ours) is kept; else `familyYEAR`,
    // the title's first word with the year, `pmidNNN`.
    const first = authors[0];
    const word = /[A-Za-z]{3,}/.exec(p.title ?? '')?.[0]?.toLowerCase() ?? '';
    const family = first && 'family' in first ? keyStem(first.family) : '';
    const stem = family || (year !== undefined ? word : '');
    const base =
      REF_KEY.test(p.id) && !RANDOM_ID.test(p.id)
        ? p.id
        : stem && year !== undefined
          ? `${stem}${year}`
          : ids.pmid
            ? `pmid${ids.pmid}`
            : stem || 'ref';
    let key = base;
    for (let n = 1; Object.hasOwn(references, key); n++)
      key = `${base}${String.fromCharCode(97 + (n % 26))}${n > 25 ? n : ''}`;
    references[key] = ref;
    byIdentity.set(identity, key);
    keyOf.set(p.id, key);
  }
  const names = new Map(Object.entries(references).map(([k, r]) => [k, nameOf(r)]));
  return { references, keyOf, nameOf: names };
}
