/**
 * The loader: which format a file is in (by its content, then by its name) and one `importFile`
 * that runs that format's importer from the registry (`registry.ts`). Loaded on demand when a file
 * is opened (on the main thread for a small file, in the file worker for a large one).
 */
import { parseJson } from '../json';
import { announceChecking, whileImporting } from './build';
import { parsePathwayText } from '../validate';
import { READ_FORMATS, type Importer, type ReadFormatId, extensionOf, formatById, formatsOfFile } from './registry';
import { looksBinary } from './text';
import type { ImportResult } from './types';
import { isRecord } from './values';

/** Pathway files go through the same validation as the built-in model (their edges keep their citations). */
export const importPathway: Importer = (text) => {
  announceChecking();
  const result = parsePathwayText(text);
  return result.ok ? { ok: true, pathway: result.pathway, warnings: [] } : { ok: false, errors: [...result.errors] };
};

/** The format that alone claims this file name's extension (`.cyjs`, `.graphml`; not `.json` or `.xml`). */
function ownerOfExtension(fileName: string | undefined): ReadFormatId | undefined {
  const claimed = formatsOfFile(fileName);
  return extensionOf(fileName) && claimed.length === 1 ? claimed[0]!.id : undefined;
}

/** A GPML namespace declaration (any version: old ones get the importer's "not supported" message). */
const GPML_NAMESPACE = /xmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/(?:pathvisio|genmapp)\.org\/GPML\//;

/** The local name of the first element of an XML text, skipping the declaration, comments and doctype. */
function xmlRootName(text: string): string | undefined {
  const body = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, '');
  return /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body)?.[1]?.toLowerCase();
}

/**
 * PSI-MI JSON (MI-JSON, what IntAct's portal downloads and JAMI writes): a top-level `data` list
 * holding `"object": "interactor"` / `"interaction"` items. (Cytoscape.js JSON's top-level `data`
 * is an object, never a list.)
 */
function isMiJson(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.data) &&
    value.data.some((item) => isRecord(item) && (item.object === 'interactor' || item.object === 'interaction'))
  );
}

/**
 * Guess the format from the content first (JSON with `schemaVersion` → pathway, a `data` list of
 * MI-JSON interactors and interactions → mijson, other JSON → cyjs, XML root `<graphml>` /
 * `<sbgn>`, a `<Pathway>` in a GPML namespace), then from an extension only one format claims
 * (broken JSON in a `.cyjs` file → cyjs, broken XML in a `.graphml`, `.sbgn` or `.gpml` file →
 * that format); any other plain text is SIF. `undefined` for binary data, empty text or XML of
 * another kind.
 */
export function detectFormat(fileName: string | undefined, text: string): ReadFormatId | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (!head || looksBinary(head)) return undefined;
  const owner = ownerOfExtension(fileName);
  if (head.startsWith('{') || head.startsWith('[')) {
    const parsed = parseJson(head);
    if (!parsed.ok) return owner === 'cyjs' ? 'cyjs' : 'pathway';
    const value = parsed.value;
    if (isRecord(value) && 'schemaVersion' in value) return 'pathway';
    return isMiJson(value) ? 'mijson' : 'cyjs';
  }
  if (head.startsWith('<')) {
    const root = xmlRootName(head);
    if (root === 'graphml') return 'graphml';
    if (root === 'sbgn') return 'sbgnml';
    // GPML (WikiPathways, PathVisio): a <Pathway> in a GPML namespace, whatever the version.
    if (root === 'pathway' && GPML_NAMESPACE.test(head)) return 'gpml';
    return owner === 'graphml' || owner === 'sbgnml' || owner === 'gpml' ? owner : undefined;
  }
  return 'sif';
}

/** `A, B or C`. */
const orList = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : (items[0] ?? '');

/**
 * Import a file in any format, detected with {@link detectFormat} unless `format` is given; the
 * format's importer is loaded with a dynamic `import()`. A pathway file is validated with
 * `parsePathwayText` (its edges keep their citations; warnings are then empty). Never rejects.
 */
export async function importFile(
  text: string,
  fileName?: string,
  format?: ReadFormatId,
  /** Told when the file has been read and what it holds is being checked. */
  onChecking?: () => void,
): Promise<ImportResult> {
  const id = format ?? detectFormat(fileName, text);
  if (id === undefined)
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: `not a recognised pathway file: expected ${orList(READ_FORMATS.map((f) => f.label))}`,
        },
      ],
    };
  try {
    const importer = await formatById(id).importer();
    return whileImporting(onChecking, () => importer(text, fileName));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [{ path: '(file)', message: `could not load the importer: ${message}` }] };
  }
}
