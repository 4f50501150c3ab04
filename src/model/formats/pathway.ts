/**
 * Export a pathway in our own file format (`docs/data-format.md`): lossless, and `parsePathwayText`
 * reads it back. Re-importing it is not a "bring your own" import: use `parsePathwayText` from
 * `../validate`.
 */
import type { Pathway } from '../types';
import { exportedFile } from './registry';
import type { ExportResult } from './types';

/** The `$schema` written when the caller gives none: the schema file next to the app's `index.html`. */
const DEFAULT_SCHEMA_URL = 'pathway.schema.json';

/**
 * Pretty-printed JSON (2 spaces, final newline) with `"$schema"` first, then the fields in the
 * documented order. `schemaUrl` should be absolute for a downloaded file, e.g.
 * `new URL('pathway.schema.json', document.baseURI).href`; any `$schema` the pathway holds is replaced.
 */
export function exportPathwayJson(pathway: Pathway, schemaUrl: string = DEFAULT_SCHEMA_URL): string {
  const {
    $schema: _ignored,
    schemaVersion,
    id,
    title,
    description,
    references,
    layers,
    nodes,
    edges,
    ...rest
  } = pathway;
  const ordered = {
    $schema: schemaUrl,
    schemaVersion,
    id,
    title,
    description,
    references,
    layers,
    nodes,
    edges,
    ...rest,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** {@link exportPathwayJson} as a file to download: `<pathway id>.json`, nothing lost. */
export function exportPathwayFile(pathway: Pathway, schemaUrl?: string): ExportResult {
  return exportedFile('pathway', pathway.id, exportPathwayJson(pathway, schemaUrl), []);
}
