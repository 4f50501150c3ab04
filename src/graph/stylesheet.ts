/**
 * The canvas stylesheet, generated from the notation tables (`model/notation.ts`) and the model's
 * layers. Sync code only ever toggles classes; appearance lives here.
 */
import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import type { Model } from '../model/model';
import { ARROW_SCALE, BASE_EDGE_WIDTH, LINE_DASH, NODE_SHAPE, RELATION_ARROW, STATUS_GLYPH } from '../model/notation';
import { NODE_KINDS, RELATIONS, STATUSES } from '../model/schema';
import { COMPARTMENT_PADDING } from './elements';
import type { Theme } from '../model/theme';
import { FONT_FAMILY, THEME_TOKENS, type CanvasScale, type ThemeTokens } from '../model/tokens';

/** What the stylesheet needs of a theme: its colours on the diagram and its stroke and type scale. */
export interface CanvasTheme extends CanvasScale {
  readonly background: string;
  readonly nodeFill: string;
  readonly nodeBorder: string;
  readonly text: string;
  readonly outcomeFill: string;
  readonly drugFill: string;
  /** Compartment boxes: fill, border and title. */
  readonly compartmentFill: string;
  readonly compartmentLine: string;
  readonly compartmentInk: string;
  readonly selection: string;
  readonly highlight: string;
  /** Greyed-out strokes (cut edges, removed nodes). */
  readonly muted: string;
  /** The keyboard focus ring drawn on the canvas. */
  readonly focus: string;
}

/** The diagram's view of a theme's design tokens (the same values the page's CSS is built from). */
export function canvasTheme(tokens: ThemeTokens): CanvasTheme {
  const c = tokens.colors;
  return {
    background: c.canvasBg,
    nodeFill: c.nodeFill,
    nodeBorder: c.nodeLine,
    text: c.ink,
    outcomeFill: c.outcomeFill,
    drugFill: c.drugFill,
    compartmentFill: c.compartmentFill,
    compartmentLine: c.compartmentLine,
    compartmentInk: c.compartmentInk,
    selection: c.selection,
    highlight: c.highlight,
    muted: c.edgeMuted,
    focus: c.focus,
    ...tokens.canvas,
  };
}

/** The canvas theme of each theme, generated from the design tokens (`model/tokens.ts`). */
export const CANVAS_THEMES: Readonly<Record<Theme, CanvasTheme>> = {
  light: canvasTheme(THEME_TOKENS.light),
  dark: canvasTheme(THEME_TOKENS.dark),
  projector: canvasTheme(THEME_TOKENS.projector),
};

export const LIGHT_THEME: CanvasTheme = CANVAS_THEMES.light;

/** The largest node scale of any theme; the built-in layout is tested to have room for it. */
export const MAX_NODE_SCALE = Math.max(...Object.values(CANVAS_THEMES).map((t) => t.nodeScale));

export function buildStylesheet(model: Model, theme: CanvasTheme = LIGHT_THEME): StylesheetJson {
  const w = BASE_EDGE_WIDTH * theme.widthScale;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: theme.nodeScale === 1 ? 'data(w)' : (ele: NodeSingular) => (ele.data('w') as number) * theme.nodeScale,
        height: theme.nodeScale === 1 ? 'data(h)' : (ele: NodeSingular) => (ele.data('h') as number) * theme.nodeScale,
        'font-weight': theme.fontWeight,
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': theme.fontSize,
        'font-family': FONT_FAMILY,
        color: theme.text,
        'background-color': theme.nodeFill,
        'border-width': theme.borderWidth,
        'border-color': theme.nodeBorder,
      },
    },
    {
      selector: 'node.kind-drug',
      style: { 'background-color': theme.drugFill, 'border-width': theme.borderWidth + 0.5 },
    },
    { selector: 'node.kind-phenotype, node.kind-process', style: { 'background-color': theme.outcomeFill } },
    // SBGN clone marker: a node drawn more than once has the lower part of its glyph filled.
    ...(['node.clone', 'node.kind-drug.clone'] as const).map((selector) => {
      const fill = selector === 'node.clone' ? theme.nodeFill : theme.drugFill;
      return {
        selector,
        style: {
          'background-fill': 'linear-gradient' as const,
          'background-gradient-direction': 'to-bottom' as const,
          'background-gradient-stop-colors': [fill, fill, theme.compartmentLine, theme.compartmentLine],
          'background-gradient-stop-positions': ['0%', '80%', '80%', '100%'],
        },
      };
    }),
    { selector: 'node.kind-concept', style: { 'border-style': 'dashed' } },
    {
      // SBGN compartment glyph: a rounded box with a heavy border, its name inside along the top.
      selector: 'node.kind-compartment',
      style: {
        shape: 'round-rectangle',
        'corner-radius': '14',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-wrap': 'none',
        'font-size': theme.fontSize,
        'font-weight': 'bold',
        color: theme.compartmentInk,
        'background-color': theme.compartmentFill,
        'background-opacity': 1,
        'border-width': theme.borderWidth + 1.5,
        'border-color': theme.compartmentLine,
        padding: `${COMPARTMENT_PADDING.side}px`,
        'compound-sizing-wrt-labels': 'include',
        'z-compound-depth': 'bottom',
        events: 'no',
      },
    },
    ...NODE_KINDS.map((kind) => ({ selector: `node.kind-${kind}`, style: { shape: NODE_SHAPE[kind] } })),
    {
      selector: 'edge',
      style: {
        width: w,
        // A large drawing's strokes are straight (cheaper than bundled curves); routes still apply.
        'curve-style': isLargeDrawing(model) ? 'straight' : 'bezier',
        'control-point-step-size': 14,
        'arrow-scale': ARROW_SCALE * Math.sqrt(theme.widthScale),
        'line-cap': 'butt',
        'font-size': theme.fontSize,
        color: theme.text,
        'text-background-color': theme.background,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
      },
    },
    {
      // A route stored by the layout: orthogonal segments from border to border.
      selector: 'edge.routed',
      style: {
        'curve-style': 'segments',
        'edge-distances': 'node-position',
        'segment-weights': 'data(segW)',
        'segment-distances': 'data(segD)',
        'source-endpoint': (e: EdgeSingular) => e.data('sourceEnd') as string,
        'target-endpoint': (e: EdgeSingular) => e.data('targetEnd') as string,
      },
    },
    {
      selector: 'edge.routed-straight',
      style: {
        'curve-style': 'straight',
        'source-endpoint': (e: EdgeSingular) => e.data('sourceEnd') as string,
        'target-endpoint': (e: EdgeSingular) => e.data('targetEnd') as string,
      },
    },
    ...model.pathway.layers.map((layer) => {
      const dash = LINE_DASH[layer.lineStyle];
      return {
        selector: `edge[layer = ${JSON.stringify(layer.id)}]`,
        style: {
          'line-color': layer.color,
          'target-arrow-color': layer.color,
          'mid-target-arrow-color': layer.color,
          'line-style': dash ? ('dashed' as const) : ('solid' as const),
          ...(dash ? { 'line-dash-pattern': [...dash] } : {}),
        },
      };
    }),
    ...RELATIONS.map((rel) => ({
      selector: `edge.rel-${rel}`,
      style: { 'target-arrow-shape': RELATION_ARROW[rel].shape, 'target-arrow-fill': RELATION_ARROW[rel].fill },
    })),
    ...STATUSES.map((status) => {
      const glyph = STATUS_GLYPH[status];
      return {
        selector: `edge.status-${status}`,
        style: {
          width: w * glyph.width,
          'mid-target-arrow-shape': glyph.marker.shape,
          'mid-target-arrow-fill': glyph.marker.fill,
        },
      };
    }),
    // Only strokes that carry a label map one (Cytoscape warns, once per stroke, about the others).
    { selector: 'edge.primary[label]', style: { label: 'data(label)' } },
    {
      // Asserted by several shown layers: one stroke in ink, its label the layers' numbers.
      selector: 'edge.shared',
      style: {
        'line-color': theme.text,
        'target-arrow-color': theme.text,
        'mid-target-arrow-color': theme.text,
        'line-style': 'solid',
        width: w * 1.3,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.uncited',
      style: {
        'line-color': theme.muted,
        'target-arrow-color': theme.muted,
        'line-style': 'dashed',
        'line-dash-pattern': [2, 5],
      },
    },
    {
      selector: 'edge.contested',
      style: { 'underlay-color': theme.highlight, 'underlay-padding': 4, 'underlay-opacity': 0.25 },
    },
    {
      selector: 'edge.is-selected',
      style: { 'underlay-color': theme.selection, 'underlay-padding': 5, 'underlay-opacity': 0.3, 'z-index': 10 },
    },
    {
      selector: 'node.is-selected',
      style: { 'border-width': theme.borderWidth + 2.5, 'border-color': theme.selection },
    },
    { selector: 'node.is-neighbour', style: { 'border-width': theme.borderWidth + 1.5 } },
    // Study overlays: an experiment's perturbation, a witnessing path, the compare view, a tour's focus.
    {
      selector: 'node.knocked-out',
      style: { label: 'data(koLabel)', opacity: 0.55, 'border-style': 'dashed', 'background-color': theme.outcomeFill },
    },
    { selector: 'node.readout', style: { 'border-width': theme.borderWidth + 2, 'border-style': 'double' } },
    { selector: 'node.tested-drug', style: { 'border-width': theme.borderWidth + 2 } },
    {
      selector: 'edge.cut, edge.abolished',
      style: {
        'line-color': theme.muted,
        'target-arrow-color': theme.muted,
        'line-style': 'dotted',
        opacity: 0.7,
        'mid-target-arrow-shape': 'none',
      },
    },
    { selector: 'edge.cut.primary', style: { label: '✂ cut' } },
    { selector: 'edge.abolished.primary', style: { label: '✕ binding abolished' } },
    { selector: 'edge.on-path', style: { width: w * 2.2, 'z-index': 15 } },
    { selector: 'edge.only-a.primary', style: { label: 'A only' } },
    { selector: 'edge.only-b.primary', style: { label: 'B only' } },
    { selector: 'edge.in-both.primary', style: { label: 'A + B' } },
    { selector: 'edge.only-a, edge.only-b', style: { width: w * 1.6 } },
    {
      selector: '.tour-focus, edge.cites-ref',
      style: { 'underlay-color': theme.highlight, 'underlay-padding': 8, 'underlay-opacity': 0.35 },
    },
    {
      selector: '.kbd-focus',
      style: { 'underlay-color': theme.focus, 'underlay-padding': 7, 'underlay-opacity': 0.55, 'z-index': 20 },
    },
    // A compartment's box hugs what is shown inside it: a layer that adds nodes to it widens the box,
    // and nothing already drawn moves.
    { selector: 'node.hidden', style: { display: 'none' } },
    { selector: 'edge.hidden', style: { display: 'none' } },
    ...(isLargeDrawing(model) ? LEVEL_OF_DETAIL : []),
  ];
  return sheet;
}

/** From this many elements (nodes and strokes) a drawing is large: see {@link LEVEL_OF_DETAIL}. */
const LARGE_DRAWING_ELEMENTS = 1500;

const large = new WeakMap<object, boolean>();

/** Nodes plus strokes (one per layer of each edge) reach {@link LARGE_DRAWING_ELEMENTS}. */
export function isLargeDrawing(model: Model): boolean {
  const { nodes, edges } = model.pathway;
  let known = large.get(edges);
  if (known === undefined) {
    let n = nodes.length;
    for (const e of edges) n += e.layers.length;
    known = n >= LARGE_DRAWING_ELEMENTS;
    large.set(edges, known);
  }
  return known;
}

/**
 * Level of detail for a large drawing: a label is drawn only once it would be readable (node
 * labels from 8 px on screen, edge labels from 11 px), which spares the canvas thousands of
 * unreadable texts when the whole network is in view (and arrowheads, below `FAR_ZOOM`); what
 * the reader points at, selects,
 * reaches with the keyboard or a tour keeps its label at any zoom, with the selected node's
 * neighbours.
 */
const LEVEL_OF_DETAIL: StylesheetJson = [
  { selector: 'node', style: { 'min-zoomed-font-size': 8 } },
  { selector: 'edge', style: { 'min-zoomed-font-size': 11 } },
  // Zoomed far out, no arrowheads, dashes or labels on strokes (levelOfDetail.ts): a few pixels.
  {
    selector: 'edge.far',
    style: {
      'target-arrow-shape': 'none',
      'mid-target-arrow-shape': 'none',
      'source-arrow-shape': 'none',
      // A dash pattern a pixel long reads as a grey line anyway, and dashes are slow to draw.
      'line-style': 'solid',
      // No label to measure at all (labels this small are hidden anyway).
      label: '',
    },
  },
  {
    selector: '.hover, .is-selected, node.is-neighbour, .kbd-focus, .tour-focus',
    style: { 'min-zoomed-font-size': 0 },
  },
  // ... and a stroke so marked keeps its label when far.
  {
    selector:
      'edge.far.hover[label], edge.far.is-selected[label], edge.far.kbd-focus[label], edge.far.tour-focus[label]',
    style: { label: 'data(label)' },
  },
];
