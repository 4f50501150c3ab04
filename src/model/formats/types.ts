/**
 * Shared result types of the "bring your own pathway" import/export modules in `src/model/formats/`.
 *
 * Every importer returns an {@link ImportResult} and never throws; every graph exporter returns an
 * {@link ExportResult} that says, in `losses`, what of the pathway the file cannot carry.
 */
import type { Pathway, ValidationError } from '../types';

/**
 * What an importer gives back. `ok: true` carries a pathway that passed `parsePathway`, plus
 * warnings: everything the file said that could not be represented (an unknown interaction type, a
 * logic operator, a second graph, a dangling edge…), each naming what and where. `ok: false`
 * carries errors with a path or line where one is known.
 */
export type ImportResult =
  { ok: true; pathway: Pathway; warnings: string[] } | { ok: false; errors: ValidationError[] };

/** A file produced by an exporter, ready to download. */
export interface ExportResult {
  /** The file's content. */
  readonly text: string;
  /** A suggested file name: the pathway id plus {@link fileExtension}. */
  readonly fileName: string;
  /** Without the dot, e.g. `sif`. */
  readonly fileExtension: string;
  /** For the download `Blob`, e.g. `text/plain;charset=utf-8`. */
  readonly mimeType: string;
  /**
   * What of the pathway this file does not carry, one sentence each (citations, layers, positions…).
   * Empty when the file carries everything the exported part of the pathway holds.
   */
  readonly losses: readonly string[];
}

/**
 * Which edges to export: their ids (e.g. the edges of the visible layers). Omitted: every edge and
 * every node. Given: only these edges, the nodes they touch and the compartments containing those.
 */
export type EdgeSelection = readonly string[] | ReadonlySet<string>;
