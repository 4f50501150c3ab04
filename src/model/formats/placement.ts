/**
 * Where an exporter puts each node: at its position, and a node without one on a grid below the
 * placed ones (or from the origin when none is placed), so a file written from an unplaced model
 * still opens readable in other tools. Centres only: each format sizes its own boxes.
 */
import type { PathwayNode } from '../types';

export interface GridSpacing {
  /** How far below the lowest placed centre the grid starts. */
  readonly below: number;
  /** Distance between grid columns and between rows. */
  readonly column: number;
  readonly row: number;
}

export interface Placement {
  readonly centres: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** How many nodes went on the grid (for the export's list of losses). */
  readonly gridded: number;
  /** The grid's left edge, top and column count (where a format may put further unplaced things). */
  readonly left: number;
  readonly top: number;
  readonly columns: number;
}

export function placeOnGrid(nodes: readonly PathwayNode[], spacing: GridSpacing): Placement {
  const placed = nodes.filter((n) => n.position);
  const unplaced = nodes.filter((n) => !n.position);
  const top = placed.length ? Math.max(...placed.map((n) => n.position!.y)) + spacing.below : 60;
  const left = placed.length ? Math.min(...placed.map((n) => n.position!.x)) : 100;
  const columns = Math.max(1, Math.ceil(Math.sqrt(unplaced.length)));
  const centres = new Map<string, { x: number; y: number }>();
  for (const n of placed) centres.set(n.id, { x: n.position!.x, y: n.position!.y });
  unplaced.forEach((n, i) =>
    centres.set(n.id, { x: left + (i % columns) * spacing.column, y: top + Math.floor(i / columns) * spacing.row }),
  );
  return { centres, gridded: unplaced.length, left, top, columns };
}
