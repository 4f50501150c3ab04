/**
 * The canvas stylesheet, generated from the notation tables (`model/notation.ts`) and the model's
 * layers. Sync code only ever toggles classes; appearance lives here.
 */
import type { StylesheetJson } from 'cytoscape';
import type { Model } from '../model/model';
import { ARROW_SCALE, BASE_EDGE_WIDTH, LINE_DASH, NODE_SHAPE, RELATION_ARROW, STATUS_GLYPH } from '../model/notation';
import { NODE_KINDS, RELATIONS, STATUSES } from '../model/schema';

export interface CanvasTheme {
  readonly background: string;
  readonly nodeFill: string;
  readonly nodeBorder: string;
  readonly text: string;
  readonly outcomeFill: string;
  readonly drugFill: string;
  readonly selection: string;
  readonly highlight: string;
  readonly fontSize: number;
  readonly widthScale: number;
}

export const LIGHT_THEME: CanvasTheme = {
  background: '#ffffff',
  nodeFill: '#ffffff',
  nodeBorder: '#4a4a4a',
  text: '#1a1a1a',
  outcomeFill: '#f1f1f1',
  drugFill: '#fff8e6',
  selection: '#000000',
  highlight: '#d55e00',
  fontSize: 12,
  widthScale: 1,
};

export function buildStylesheet(model: Model, theme: CanvasTheme = LIGHT_THEME): StylesheetJson {
  const w = BASE_EDGE_WIDTH * theme.widthScale;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(w)',
        height: 'data(h)',
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': theme.fontSize,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: theme.text,
        'background-color': theme.nodeFill,
        'border-width': 1.5,
        'border-color': theme.nodeBorder,
      },
    },
    { selector: 'node.kind-drug', style: { 'background-color': theme.drugFill, 'border-width': 2 } },
    { selector: 'node.kind-phenotype, node.kind-process', style: { 'background-color': theme.outcomeFill } },
    { selector: 'node.kind-concept', style: { 'border-style': 'dashed' } },
    {
      selector: ':parent',
      style: { 'text-valign': 'top', 'background-opacity': 0.06, 'border-style': 'dashed', padding: '16px' },
    },
    ...NODE_KINDS.map((kind) => ({ selector: `node.kind-${kind}`, style: { shape: NODE_SHAPE[kind] } })),
    {
      selector: 'edge',
      style: {
        width: w,
        'curve-style': 'bezier',
        'control-point-step-size': 14,
        'arrow-scale': ARROW_SCALE,
        'line-cap': 'butt',
        'font-size': theme.fontSize - 2,
        color: theme.text,
        'text-background-color': theme.background,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
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
    { selector: 'edge.primary', style: { label: 'data(statusText)' } },
    { selector: 'edge.shared', style: { 'line-cap': 'round' } },
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
      style: { 'border-width': 4, 'border-color': theme.selection },
    },
    { selector: 'node.is-neighbour', style: { 'border-width': 3 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
  return sheet;
}
