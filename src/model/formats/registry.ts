/**
 * The one table of file formats: for each, its id, label, file extensions, MIME types, importer,
 * exporter and what an export of it always loses. Everything that lists formats reads it: the Open
 * dialog's `accept` attribute ({@link ACCEPT}), drag and drop ({@link formatsOfFile}), the loader
 * (`load.ts`: `detectFormat`, `importFile`), the Export dialog's list, and the exporters themselves
 * (file extension, MIME type, losses: {@link exportedFile}).
 *
 * A format may be read only (PSI-MI JSON): it is in {@link READ_FORMATS}, which the Open dialog,
 * drag and drop and the loader read, but not in {@link FORMATS}, the formats written, which the
 * Export dialog and `npm run convert -- --to` list.
 *
 * The format modules and the loader are loaded on demand (each is its own chunk): this file imports
 * none of them statically, so it stays small in the first download, where the UI needs it.
 */
import type { Pathway } from '../types';
import type { EdgeSelection, ExportResult, ImportResult } from './types';

/** A format the app reads and writes. */
export type FormatId = 'pathway' | 'cyjs' | 'sif' | 'graphml' | 'sbgnml' | 'gpml';

/** Any format the app reads: those it also writes, and PSI-MI JSON, which it only reads. */
export type ReadFormatId = FormatId | 'mijson';

/** Reads a file's text; `fileName` names the pathway when the file does not. Never throws. */
export type Importer = (text: string, fileName?: string) => ImportResult;

interface ExportOptions {
  /** Only these edges (and the nodes they need); ignored by a whole-model format. */
  readonly edgeIds?: EdgeSelection | undefined;
  /** The `$schema` a pathway file points at (absolute for a download). */
  readonly schemaUrl?: string | undefined;
}

type Exporter = (pathway: Pathway, options?: ExportOptions) => ExportResult;

/** How a format is exported. */
interface ExportInfo {
  /** The Export dialog's button. */
  readonly button: string;
  /** True when the file always holds the whole model, whatever edges are chosen. */
  readonly wholeModel: boolean;
  /**
   * What every file of this format leaves out, one sentence each; the exporter adds to
   * `ExportResult.losses` what depends on the pathway (ids renamed, nodes placed on a grid…).
   */
  readonly loses: readonly string[];
  readonly load: () => Promise<Exporter>;
}

/** A format the app reads; {@link FormatInfo} when it also writes it. */
export interface ReadFormatInfo {
  readonly id: ReadFormatId;
  /** For people: `SIF`, `GraphML`. */
  readonly label: string;
  /** Without the dot; the first is the one exports use. */
  readonly extensions: readonly string[];
  /** The first is the one exports use. */
  readonly mimeTypes: readonly string[];
  readonly importer: () => Promise<Importer>;
  /** How the format is written; absent for a format that is only read. */
  readonly export?: ExportInfo | undefined;
}

/** A format the app reads and writes. */
export interface FormatInfo extends ReadFormatInfo {
  readonly id: FormatId;
  readonly export: ExportInfo;
}

const CITATIONS_LOST =
  'Citations are not written: the references, every edge’s evidence and every layer’s key papers; re-imported edges are marked uncited.';

/** Every format the app writes (and reads), in the order the Export dialog lists them. */
export const FORMATS: readonly FormatInfo[] = [
  {
    id: 'pathway',
    label: 'Pathway Layers JSON',
    extensions: ['json'],
    mimeTypes: ['application/json'],
    importer: async () => (await import('./load')).importPathway,
    export: {
      button: 'Pathway file (whole model)',
      wholeModel: true,
      loses: [],
      load: async () => {
        const { exportPathwayFile } = await import('./pathway');
        return (pathway, options) => exportPathwayFile(pathway, options?.schemaUrl);
      },
    },
  },
  {
    id: 'cyjs',
    label: 'Cytoscape.js JSON',
    extensions: ['cyjs', 'json'],
    mimeTypes: ['application/json'],
    importer: async () => (await import('./cyjs/read')).importCyjs,
    export: {
      button: 'Cytoscape.js JSON',
      wholeModel: false,
      loses: [CITATIONS_LOST],
      load: async () => {
        const { exportCyjs } = await import('./cyjs/write');
        return (pathway, options) => exportCyjs(pathway, options?.edgeIds);
      },
    },
  },
  {
    id: 'sif',
    label: 'SIF',
    extensions: ['sif', 'txt', 'tsv'],
    mimeTypes: ['text/plain;charset=utf-8', 'text/plain', 'text/tab-separated-values'],
    importer: async () => (await import('./sif')).importSif,
    export: {
      button: 'SIF',
      wholeModel: false,
      loses: [
        'SIF names nodes by id only: labels, kinds, descriptions, synonyms, cross-references, compartments and positions are not written.',
        'SIF has no edge ids, layers, status, claims, reasons or citations: every interaction imports as uncited and proposed, on one layer.',
      ],
      load: async () => {
        const { exportSif } = await import('./sif');
        return (pathway, options) => exportSif(pathway, options?.edgeIds);
      },
    },
  },
  {
    id: 'graphml',
    label: 'GraphML',
    extensions: ['graphml', 'xml'],
    mimeTypes: ['application/graphml+xml', 'application/xml', 'text/xml'],
    importer: async () => (await import('./graphml/read')).importGraphml,
    export: {
      button: 'GraphML',
      wholeModel: false,
      loses: [CITATIONS_LOST],
      load: async () => {
        const { exportGraphml } = await import('./graphml/write');
        return (pathway, options) => exportGraphml(pathway, options?.edgeIds);
      },
    },
  },
  {
    id: 'sbgnml',
    label: 'SBGN-ML (Activity Flow; Process Description read)',
    extensions: ['sbgn', 'sbgnml', 'xml'],
    mimeTypes: ['application/xml', 'text/xml'],
    importer: async () => (await import('./sbgnml/read')).importSbgnml,
    export: {
      button: 'SBGN-ML (Activity Flow)',
      wholeModel: false,
      loses: [
        'SBGN-ML Activity Flow has no layers, status, claims, reasons or citations, and no place for node descriptions, synonyms or cross-references: none is written.',
      ],
      load: async () => {
        const { exportSbgnml } = await import('./sbgnml/write');
        return (pathway, options) => exportSbgnml(pathway, options?.edgeIds);
      },
    },
  },
  {
    id: 'gpml',
    label: 'GPML (WikiPathways)',
    extensions: ['gpml'],
    mimeTypes: ['application/xml', 'text/xml'],
    importer: async () => (await import('./gpml/read')).importGpml,
    export: {
      button: 'GPML (WikiPathways, PathVisio)',
      wholeModel: false,
      loses: [
        'GPML has no layers, status or reasons, and a data node has no synonyms and one cross-reference: none of these is written (the claim is the interaction’s comment).',
        'Only supporting citations are written, as BiopaxRefs to the references (PubMed id or DOI, title, journal, year, authors); evidence kinds and notes, contesting evidence and the layers’ key papers are not.',
      ],
      load: async () => {
        const { exportGpml } = await import('./gpml/write');
        return (pathway, options) => exportGpml(pathway, options?.edgeIds);
      },
    },
  },
];

/** The formats the app reads but does not write: no exporter, not in the Export dialog or `--to`. */
const READ_ONLY_FORMATS: readonly ReadFormatInfo[] = [
  {
    id: 'mijson',
    label: 'PSI-MI JSON (IntAct)',
    extensions: ['json'],
    mimeTypes: ['application/json'],
    importer: async () => (await import('./mijson/read')).importMiJson,
  },
];

/** Every format the app reads, in table order: those of {@link FORMATS}, then the read-only ones. */
export const READ_FORMATS: readonly ReadFormatInfo[] = [...FORMATS, ...READ_ONLY_FORMATS];

/** The format with this id. */
export function formatById(id: FormatId): FormatInfo;
export function formatById(id: ReadFormatId): ReadFormatInfo;
export function formatById(id: ReadFormatId): ReadFormatInfo {
  const format = READ_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`no format "${id}"`); // unreachable: ReadFormatId lists exactly the ids above
  return format;
}

/**
 * An exporter's file: `<pathway id>.<extension>` with the format's MIME type, and `losses` made of
 * the selection's `notes`, what the format always loses, then the pathway-specific `more`.
 */
export function exportedFile(
  id: FormatId,
  pathwayId: string,
  text: string,
  notes: readonly string[],
  more: readonly string[] = [],
): ExportResult {
  const format = formatById(id);
  const extension = format.extensions[0]!;
  return {
    text,
    fileName: `${pathwayId}.${extension}`,
    fileExtension: extension,
    mimeType: format.mimeTypes[0]!,
    losses: [...notes, ...format.export.loses, ...more],
  };
}

/** The file name's extension, lower case, without the dot; `''` when it has none. */
export function extensionOf(fileName: string | undefined): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
}

/** Every extension any format reads, each once, with its dot, in table order. */
const EXTENSIONS = [...new Set(READ_FORMATS.flatMap((f) => f.extensions))];

/** The Open dialog's `accept` attribute: `.json,.cyjs,.sif,…`. */
export const ACCEPT = EXTENSIONS.map((e) => `.${e}`).join(',');

/** The MIME type without parameters, lower case: `text/plain;charset=utf-8` → `text/plain`. */
const essence = (mime: string) => mime.split(';')[0]!.trim().toLowerCase();

/**
 * The formats a file may be in, judged by its name's extension or, failing that, its MIME type
 * (what a drop or the file picker tells before the content is read). Empty when neither is known.
 */
export function formatsOfFile(fileName: string | undefined, mimeType = ''): ReadFormatInfo[] {
  const ext = extensionOf(fileName);
  const byExtension = READ_FORMATS.filter((f) => f.extensions.includes(ext));
  if (byExtension.length) return byExtension;
  const mime = essence(mimeType);
  return mime ? READ_FORMATS.filter((f) => f.mimeTypes.some((m) => essence(m) === mime)) : [];
}

/** A citation export format: the references cited by the chosen part of a pathway. */
export interface CitationFormatInfo {
  readonly id: 'bibtex' | 'ris' | 'csl';
  readonly label: string;
  /** Without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  readonly load: () => Promise<(pathway: Pathway, refKeys: Iterable<string>) => string>;
}

/** The citation formats, in the order the Export dialog lists them. */
export const CITATION_FORMATS: readonly CitationFormatInfo[] = [
  {
    id: 'bibtex',
    label: 'BibTeX',
    extension: 'bib',
    mimeType: 'application/x-bibtex;charset=utf-8',
    load: async () => (await import('./citations')).exportBibtex,
  },
  {
    id: 'ris',
    label: 'RIS',
    extension: 'ris',
    mimeType: 'application/x-research-info-systems;charset=utf-8',
    load: async () => (await import('./citations')).exportRis,
  },
  {
    id: 'csl',
    label: 'CSL-JSON',
    extension: 'json',
    mimeType: 'application/json',
    load: async () => (await import('./citations')).exportCslJson,
  },
];
