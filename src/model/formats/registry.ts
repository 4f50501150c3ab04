/**
 * Which formats exist, how to recognise a file, and one `importFile` that loads the right module on
 * demand (each format is its own chunk: this file imports none of them statically).
 */
import { parsePathwayText } from '../validate';
import { looksBinary } from './common';
import type { ImportResult } from './types';

export type FormatId = 'pathway' | 'sif' | 'cyjs' | 'graphml' | 'sbgnml';

export interface FormatInfo {
  readonly id: FormatId;
  /** For people: `SIF`, `GraphML`. */
  readonly label: string;
  /** Without the dot; the first is the one exports use. */
  readonly extensions: readonly string[];
  readonly mimeType: string;
}

export const FORMATS: readonly FormatInfo[] = [
  { id: 'pathway', label: 'Pathway Layers JSON', extensions: ['json'], mimeType: 'application/json' },
  { id: 'sif', label: 'SIF', extensions: ['sif', 'txt', 'tsv'], mimeType: 'text/plain;charset=utf-8' },
  { id: 'cyjs', label: 'Cytoscape.js JSON', extensions: ['cyjs', 'json'], mimeType: 'application/json' },
  { id: 'graphml', label: 'GraphML', extensions: ['graphml', 'xml'], mimeType: 'application/graphml+xml' },
  {
    id: 'sbgnml',
    label: 'SBGN-ML (Activity Flow)',
    extensions: ['sbgn', 'sbgnml', 'xml'],
    mimeType: 'application/xml',
  },
];

/** The local name of the first element of an XML text, skipping the declaration, comments and doctype. */
function xmlRootName(text: string): string | undefined {
  const body = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, '');
  return /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body)?.[1]?.toLowerCase();
}

/**
 * Guess the format from the content first (JSON with `schemaVersion` → pathway, other JSON → cyjs,
 * XML root `<graphml>` / `<sbgn>`), then from the extension (`.sif`, `.txt`, `.tsv` and any other
 * plain text → SIF). `undefined` for binary data, empty text or XML of another kind.
 */
export function detectFormat(fileName: string | undefined, text: string): FormatId | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (!head || looksBinary(head)) return undefined;
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(head);
      return typeof value === 'object' && value !== null && 'schemaVersion' in value ? 'pathway' : 'cyjs';
    } catch {
      return /\.cyjs$/i.test(fileName ?? '') ? 'cyjs' : 'pathway';
    }
  }
  if (head.startsWith('<')) {
    const root = xmlRootName(head);
    if (root === 'graphml') return 'graphml';
    if (root === 'sbgn') return 'sbgnml';
    if (/\.graphml$/i.test(fileName ?? '')) return 'graphml';
    if (/\.sbgn(ml)?$/i.test(fileName ?? '')) return 'sbgnml';
    return undefined;
  }
  return 'sif';
}

/**
 * Import a file in any supported format, detected with {@link detectFormat} unless `format` is
 * given; the format module is loaded with a dynamic `import()`. A pathway file is validated with
 * `parsePathwayText` (its edges keep their citations; warnings are then empty). Never rejects.
 */
export async function importFile(text: string, fileName?: string, format?: FormatId): Promise<ImportResult> {
  const id = format ?? detectFormat(fileName, text);
  try {
    switch (id) {
      case 'pathway': {
        const result = parsePathwayText(text);
        return result.ok
          ? { ok: true, pathway: result.pathway, warnings: [] }
          : { ok: false, errors: [...result.errors] };
      }
      case 'sif':
        return (await import('./sif')).importSif(text, fileName);
      case 'cyjs':
        return (await import('./cyjs')).importCyjs(text, fileName);
      case 'graphml':
        return (await import('./graphml')).importGraphml(text, fileName);
      case 'sbgnml':
        return (await import('./sbgnml')).importSbgnml(text, fileName);
      case undefined:
        return {
          ok: false,
          errors: [
            {
              path: '(file)',
              message:
                'not a recognised pathway file: expected Pathway Layers JSON, SIF, Cytoscape.js JSON, GraphML or SBGN-ML',
            },
          ],
        };
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [{ path: '(file)', message: `could not load the importer: ${message}` }] };
  }
}
