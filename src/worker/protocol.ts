/**
 * The messages between the page and the file worker (`open.worker.ts`). Both ends are this app's
 * own code on one origin, so the types are the contract; the page still checks a reply's `id`
 * against the request it is waiting for.
 */
import type { ImportResult } from '../model/formats/types';
import type { Point } from '../model/layout/aspect';
import type { Pathway } from '../model/types';

/** What the progress bar names, in the order a large file goes through them. */
export type Stage = 'reading' | 'checking' | 'laying out' | 'drawing';

/** Positions as plain data: `[id, x, y]` for each node placed. */
export type PlacedNodes = readonly (readonly [string, number, number])[];

/** Positions by node id, from the worker's plain data. */
export function positionsOf(placed: PlacedNodes): Map<string, Point> {
  return new Map(placed.map(([id, x, y]) => [id, { x, y }]));
}

export type WorkerRequest =
  /** Read a file (any format), check it and, when it needs one, lay it out. */
  | { readonly id: number; readonly type: 'open'; readonly text: string; readonly fileName: string }
  /** Lay out a pathway that needs a force-directed layout (see `model/layout/pathway.ts`). */
  | { readonly id: number; readonly type: 'layout'; readonly pathway: Pathway };

export type WorkerReply =
  | { readonly id: number; readonly type: 'progress'; readonly stage: Stage; readonly fraction?: number | undefined }
  | {
      readonly id: number;
      readonly type: 'opened';
      readonly result: ImportResult;
      readonly placed?: PlacedNodes | undefined;
    }
  | { readonly id: number; readonly type: 'laidOut'; readonly placed: PlacedNodes }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };
