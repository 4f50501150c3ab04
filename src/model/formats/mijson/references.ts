/**
 * PSI-MI JSON publications as references: an interaction's publication identifiers (its
 * experiment's `pubid` as JAMI writes them, `publicationId`, `imexId`, `doi`) become one CSL-JSON item per work, keyed `pmidNNN`,
 * `doi…` or `imex…`, however many interactions cite it. The file gives identifiers only, so the
 * title is made from the identifier and the note says the reference was not checked.
 */
import type { Reference } from '../../types';
import { toKebabId } from '../ids';
import { isRecord, toText } from '../values';
import type { Warnings } from '../warnings';
import { squash } from './vocab';

type MutableReference = { -readonly [K in keyof Reference]: Reference[K] };

/** The identifiers of one publication, as the file gives them. */
export interface PublicationIds {
  readonly pmid?: string | undefined;
  readonly doi?: string | undefined;
  /** The IMEx id of the curation record (`IM-16917`). */
  readonly imex?: string | undefined;
}

const DOI = /^10\.\d{4,9}\/\S+$/;
/** A publication's IMEx id, or an interaction's (the publication's and a number). */
const IMEX = /^(IM-\d+)(?:-\d+)?$/;

/** `{ db, id }` items from one value that is such an item or a list of them. */
function identifierItems(value: unknown): { db: string; id: string }[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((item) => {
    if (!isRecord(item)) return [];
    const db = toText(item.db);
    const id = toText(item.id);
    return db === undefined || id === undefined ? [] : [{ db, id }];
  });
}

/**
 * The publication identifiers an interaction gives: its experiment's (`pubid`, `publicationId`,
 * `imexId`, `doi`), then its own `doi` and `imexId`, then the IMEx id of its identifiers (an
 * interaction's IMEx id, `IM-16917-5`, is its publication's, `IM-16917`, and a number). The first
 * valid one of each sort is kept; a PubMed id or DOI that is not valid is named in a warning.
 */
export function publicationIds(
  interaction: Record<string, unknown>,
  experiment: Record<string, unknown>,
  warnings: Warnings,
  where: string,
): PublicationIds {
  const items = [
    ...identifierItems(experiment.pubid),
    ...identifierItems(experiment.publicationId),
    ...[
      ['imex', experiment.imexId],
      ['doi', experiment.doi],
      ['doi', interaction.doi],
      ['imex', interaction.imexId],
    ].flatMap(([db, id]) => identifierItems({ db, id })),
    ...identifierItems(interaction.identifiers).filter((item) => squash(item.db) === 'imex'),
  ];
  let pmid: string | undefined;
  let doi: string | undefined;
  let imex: string | undefined;
  for (const { db, id } of items) {
    const kind = squash(db);
    if (kind === 'pubmed' || kind === 'medline' || kind === 'pmid') {
      const digits = /^(?:pmid:?\s*)?(\d{1,9})$/i.exec(id)?.[1];
      if (digits === undefined) warnings.add(`publication PubMed id "${id}" is not valid and was not imported`, where);
      else pmid ??= digits;
    } else if (kind === 'doi') {
      const bare = id.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
      if (!DOI.test(bare)) warnings.add(`publication DOI "${id}" is not valid and was not imported`, where);
      else doi ??= bare;
    } else if (kind === 'imex') {
      imex ??= IMEX.exec(id)?.[1];
    }
  }
  return { pmid, doi, imex };
}

/** How a sentence names a publication: `PubMed 21827945`, `doi:10.…`, `IMEx IM-16917`. */
function publicationName(ids: PublicationIds): string | undefined {
  if (ids.pmid) return `PubMed ${ids.pmid}`;
  if (ids.doi) return `doi:${ids.doi}`;
  if (ids.imex) return `IMEx ${ids.imex}`;
  return undefined;
}

/** The references of a PSI-MI JSON file, one per work. */
export class ReferenceTable {
  readonly references: Record<string, Reference> = {};
  private readonly byIdentity = new Map<string, string>();

  /** The key of the reference for these identifiers, added on first use; `undefined` when there are none. */
  keyOf(ids: PublicationIds): string | undefined {
    const identity = ids.pmid
      ? `pmid:${ids.pmid}`
      : ids.doi
        ? `doi:${ids.doi.toLowerCase()}`
        : ids.imex
          ? `imex:${ids.imex}`
          : undefined;
    if (identity === undefined) return undefined;
    const known = this.byIdentity.get(identity);
    if (known !== undefined) return known;
    const given = [
      ids.pmid ? `PubMed ${ids.pmid}` : '',
      ids.doi ? `doi:${ids.doi}` : '',
      ids.imex ? `IMEx ${ids.imex}` : '',
    ].filter(Boolean);
    const ref: MutableReference = {
      type: ids.pmid || ids.doi ? 'article-journal' : 'webpage',
      title: publicationName(ids)!,
      custom: {
        note: `Read from a PSI-MI JSON file, which gives only its identifiers (${given.join(', ')}); not checked against the literature database.`,
      },
    };
    if (ids.pmid) ref.PMID = ids.pmid;
    if (ids.doi) ref.DOI = ids.doi;
    // The curation record of an IMEx publication, when the file names no paper.
    if (!ids.pmid && !ids.doi && ids.imex) ref.URL = `https://identifiers.org/imex:${ids.imex}`;
    const base = ids.pmid
      ? `pmid${ids.pmid}`
      : ids.doi
        ? `doi-${toKebabId(ids.doi, 'ref')}`
        : `imex-${toKebabId(ids.imex ?? '', 'ref')}`;
    let key = base;
    for (let n = 2; Object.hasOwn(this.references, key); n++) key = `${base}-${n}`;
    this.references[key] = ref;
    this.byIdentity.set(identity, key);
    return key;
  }
}
