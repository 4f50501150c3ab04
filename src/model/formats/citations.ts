/**
 * Export the pathway's references (CSL-JSON items keyed by citation key) as BibTeX, RIS or CSL-JSON,
 * and find which keys the visible layers or one edge cite. Hand-written for our few fields; no
 * dependency.
 *
 * Every exporter takes the keys to write, in order (duplicates written once, keys the pathway does
 * not have skipped). The entry keys / ids are our reference keys. Authors and the issued date may be
 * absent and are then left out, never guessed. A cut-short author list (`custom.etAl`) ends in
 * `and others` (BibTeX) or is noted (RIS `N1`).
 *
 * **What BibTeX and RIS lose**: the `custom` verification details. CSL-JSON keeps everything.
 */
import type { Author, Pathway, Reference } from '../types';

/** Unique keys in the given order that the pathway has references for. */
function knownKeys(pathway: Pathway, refKeys: Iterable<string>): string[] {
  return [...new Set(refKeys)].filter((k) => Object.hasOwn(pathway.references, k));
}

// ---------------------------------------------------------------------------------------------- BibTeX

/** LaTeX for characters BibTeX/LaTeX treat specially; braces as balanced commands, so field braces stay balanced. */
const BIB_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escape text for a braced BibTeX field. Non-ASCII is kept as UTF-8 (biber and modern BibTeX read it). */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}$&%#_~^]/g, (c) => BIB_ESCAPES[c] ?? c);
}

/** URL and DOI fields are verbatim: nothing escaped, only braces percent-encoded so the field stays balanced. */
function verbatim(text: string): string {
  return text.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s+/g, '');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

function bibAuthor(a: Author): string {
  if ('literal' in a) return `{${escapeBibtex(a.literal)}}`;
  return a.given ? `${escapeBibtex(a.family)}, ${escapeBibtex(a.given)}` : escapeBibtex(a.family);
}

/** Entry type, and the field that holds `container-title`. */
function bibType(ref: Reference): { type: string; container: string; note?: string } {
  switch (ref.type) {
    case 'article-journal':
    case 'review':
      return { type: 'article', container: 'journal' };
    case 'article':
      return ref.genre === 'preprint'
        ? { type: 'misc', container: 'howpublished', note: 'Preprint' }
        : { type: 'article', container: 'journal' };
    case 'chapter':
      return { type: 'incollection', container: 'booktitle' };
    case 'book':
      return { type: 'book', container: 'series' };
    case 'report':
      return { type: 'techreport', container: 'institution' };
    case 'thesis':
      return { type: 'misc', container: 'howpublished', note: 'Thesis' };
    case 'post-weblog':
    case 'webpage':
      return { type: 'misc', container: 'howpublished' };
  }
}

/** One BibTeX entry. */
function bibEntry(key: string, ref: Reference): string {
  const { type, container, note } = bibType(ref);
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined, raw = false) => {
    if (value !== undefined && value !== '') fields.push([name, raw ? value : `{${value}}`]);
  };
  if (ref.author?.length) {
    const names = ref.author.map(bibAuthor);
    if (ref.custom?.etAl) names.push('others');
    add('author', names.join(' and '));
  }
  add('title', `{${escapeBibtex(ref.title)}}`);
  if (ref['container-title']) add(container, escapeBibtex(ref['container-title']));
  const [year, month] = ref.issued?.['date-parts'][0] ?? [];
  if (year !== undefined) add('year', String(year));
  if (month !== undefined && month >= 1 && month <= 12) add('month', MONTHS[month - 1], true);
  if (ref.volume) add('volume', escapeBibtex(ref.volume));
  if (ref.issue) add('number', escapeBibtex(ref.issue));
  if (ref.page) add('pages', escapeBibtex(ref.page.replace(/\s*[-–—]+\s*/g, '--')));
  if (ref.DOI) add('doi', verbatim(ref.DOI));
  if (ref.PMID) add('pmid', ref.PMID);
  if (ref.PMCID) add('pmcid', ref.PMCID);
  if (ref.URL) add('url', verbatim(ref.URL));
  add('note', note);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/**
 * BibTeX entries for `refKeys` (see the module comment). Titles are double-braced so styles keep
 * their capitalisation; pages use `--`; `doi`, `url`, `pmid`, `pmcid` fields are written as given.
 */
export function exportBibtex(pathway: Pathway, refKeys: Iterable<string>): string {
  const entries = knownKeys(pathway, refKeys).map((k) => bibEntry(k, pathway.references[k]!));
  return entries.length ? entries.join('\n\n') + '\n' : '';
}

// ------------------------------------------------------------------------------------------------- RIS

const RIS_TYPE: Readonly<Record<Reference['type'], string>> = {
  'article-journal': 'JOUR',
  article: 'JOUR',
  review: 'JOUR',
  chapter: 'CHAP',
  book: 'BOOK',
  'post-weblog': 'BLOG',
  webpage: 'ELEC',
  report: 'RPRT',
  thesis: 'THES',
};

function risAuthor(a: Author): string {
  return 'literal' in a ? a.literal : a.given ? `${a.family}, ${a.given}` : a.family;
}

/** One RIS record; lines end in CRLF as the format asks. */
function risEntry(key: string, ref: Reference): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | number | undefined) => {
    if (value === undefined || value === '') return;
    lines.push(`${tag}  - ${String(value).replace(/\s+/g, ' ').trim()}`);
  };
  add('TY', ref.type === 'article' && ref.genre === 'preprint' ? 'UNPB' : RIS_TYPE[ref.type]);
  add('ID', key);
  for (const a of ref.author ?? []) add('AU', risAuthor(a));
  add('TI', ref.title);
  add('T2', ref['container-title']);
  const [year, month, day] = ref.issued?.['date-parts'][0] ?? [];
  if (year !== undefined) {
    add('PY', year);
    const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
    add('DA', `${year}/${pad(month)}/${pad(day)}/`);
  }
  add('VL', ref.volume);
  add('IS', ref.issue);
  if (ref.page) {
    const [start, end] = ref.page.split(/\s*[-–—]+\s*/);
    add('SP', start);
    add('EP', end);
  }
  add('DO', ref.DOI);
  add('AN', ref.PMID);
  add('C2', ref.PMCID);
  add('UR', ref.URL);
  if (ref.PMID) add('N1', `PMID: ${ref.PMID}`);
  if (ref.genre) add('N1', `Genre: ${ref.genre}`);
  if (ref.custom?.etAl) add('N1', 'The author list is cut short (et al.).');
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** RIS records for `refKeys` (see the module comment): PMID as `AN`, PMCID as `C2`, DOI as `DO`. */
export function exportRis(pathway: Pathway, refKeys: Iterable<string>): string {
  const entries = knownKeys(pathway, refKeys).map((k) => risEntry(k, pathway.references[k]!));
  return entries.length ? entries.join('\r\n\r\n') + '\r\n' : '';
}

// -------------------------------------------------------------------------------------------- CSL-JSON

/** A CSL-JSON array (pretty-printed) of the references for `refKeys`, each with `id` set to its key. */
export function exportCslJson(pathway: Pathway, refKeys: Iterable<string>): string {
  const items = knownKeys(pathway, refKeys).map((k) => ({ id: k, ...pathway.references[k]! }));
  return JSON.stringify(items, null, 2) + '\n';
}

// ------------------------------------------------------------------------------------------ cited keys

/**
 * Reference keys cited, without duplicates, in first-appearance order:
 * - with `edgeId`: that edge's evidence (empty for an unknown edge; `layers` is then ignored);
 * - otherwise the key papers of the given layers (all layers when `layers` is omitted), in display
 *   order, then the evidence of every edge on one of those layers, in file order.
 */
export function citedKeys(pathway: Pathway, scope: { layers?: readonly string[]; edgeId?: string } = {}): string[] {
  const keys: string[] = [];
  if (scope.edgeId !== undefined) {
    const edge = pathway.edges.find((e) => e.id === scope.edgeId);
    keys.push(...(edge?.evidence.map((ev) => ev.ref) ?? []));
  } else {
    const layers = new Set(scope.layers ?? pathway.layers.map((l) => l.id));
    for (const l of pathway.layers) if (layers.has(l.id)) keys.push(...l.references);
    for (const e of pathway.edges)
      if (e.layers.some((l) => layers.has(l))) keys.push(...e.evidence.map((ev) => ev.ref));
  }
  return knownKeys(pathway, keys);
}
