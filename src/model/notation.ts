/**
 * The visual vocabulary, as data. The canvas stylesheet (`graph/stylesheet.ts`) is generated from
 * these tables and the legend is drawn from the same tables, so the two cannot disagree.
 *
 * Meaning never rests on colour alone: a layer has a colour AND a dash pattern; a relation has an
 * SBGN Activity Flow arrowhead; a status has a mid-edge marker.
 */
import type { EdgeStatus, LineStyle, NodeKind, Relation } from './types';

type ArrowShape =
  'triangle' | 'tee' | 'diamond' | 'triangle-cross' | 'circle' | 'square' | 'triangle-backcurve' | 'none';

export interface ArrowGlyph {
  readonly shape: ArrowShape;
  readonly fill: 'filled' | 'hollow';
}

/** SBGN AF arcs as SBGNViz draws them, plus binding (filled circle) and allosteric modulation. */
export const RELATION_ARROW: Readonly<Record<Relation, ArrowGlyph>> = {
  'positive-influence': { shape: 'triangle', fill: 'hollow' },
  'negative-influence': { shape: 'tee', fill: 'filled' },
  'unknown-influence': { shape: 'diamond', fill: 'hollow' },
  'necessary-stimulation': { shape: 'triangle-cross', fill: 'hollow' },
  binds: { shape: 'circle', fill: 'filled' },
  'allosteric-modulation': { shape: 'square', fill: 'hollow' },
};

/** Dash pattern per layer line style (stroke units); `null` is a solid line. */
export const LINE_DASH: Readonly<Record<LineStyle, readonly number[] | null>> = {
  solid: null,
  dashed: [9, 5],
  dotted: [2, 4],
  'dash-dot': [10, 4, 2, 4],
  'long-dash': [18, 6],
  'short-dash': [5, 4],
  'dash-dot-dot': [10, 3, 2, 3, 2, 3],
};

export interface StatusGlyph {
  /** Marker drawn at the middle of the edge (never a shape used as a relation arrowhead there). */
  readonly marker: ArrowGlyph;
  /** A word written on the edge, so the status reads without the legend. */
  readonly text: string;
  /** Stroke width multiplier. */
  readonly width: number;
}

export const STATUS_GLYPH: Readonly<Record<EdgeStatus, StatusGlyph>> = {
  established: { marker: { shape: 'none', fill: 'filled' }, text: '', width: 1 },
  proposed: { marker: { shape: 'circle', fill: 'hollow' }, text: '', width: 1 },
  inferred: { marker: { shape: 'none', fill: 'filled' }, text: 'inferred', width: 0.6 },
  disputed: { marker: { shape: 'none', fill: 'filled' }, text: 'disputed', width: 1 },
};

export interface NodeGlyph {
  readonly shape:
    'round-rectangle' | 'ellipse' | 'rectangle' | 'hexagon' | 'cut-rectangle' | 'barrel' | 'octagon' | 'tag';
}

/** SBGN AF-flavoured node shapes: macromolecules are rounded boxes, perturbing agents (drugs) cut boxes, phenotypes hexagons. */
export const NODE_SHAPE: Readonly<Record<NodeKind, NodeGlyph['shape']>> = {
  drug: 'cut-rectangle',
  protein: 'round-rectangle',
  complex: 'octagon',
  'small-molecule': 'ellipse',
  lipid: 'barrel',
  process: 'rectangle',
  phenotype: 'hexagon',
  'cell-type': 'tag',
  compartment: 'round-rectangle',
  concept: 'rectangle',
};

export const BASE_EDGE_WIDTH = 2.5;
export const ARROW_SCALE = 1.4;
