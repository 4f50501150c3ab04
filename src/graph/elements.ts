/**
 * Projection of a model to Cytoscape elements. Pure: no canvas, no store.
 *
 * Every node appears once. An edge asserted by several layers becomes one stroke per layer
 * (parallel, bundled curves), so a reader sees which layers assert it; every stroke carries the
 * id of the edge it draws, and clicking any of them selects that edge.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Model } from '../model/model';
import { STATUS_GLYPH } from '../model/notation';

export type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/** The id of the stroke that draws `edgeId` for `layerId`. */
export function strokeId(edgeId: string, layerId: string): string {
  return `${edgeId}@${layerId}`;
}

/** Approximate label box, so layouts and shapes fit the text without measuring the DOM. */
export function labelBox(label: string): { width: number; height: number; text: string } {
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > 13) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const longest = Math.max(...lines.map((l) => l.length));
  return { width: Math.max(52, longest * 7.6 + 18), height: 16 * lines.length + 12, text: lines.join('\n') };
}

export function toElements(model: Model, positions: Positions): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const node of model.pathway.nodes) {
    const box = labelBox(node.label);
    const position = positions.get(node.id);
    out.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: box.text,
        /** Shown instead of the label while an experiment knocks the node out. */
        koLabel: `✕ ${box.text}\n(removed)`,
        kind: node.kind,
        w: box.width,
        h: box.height,
        ...(node.parent ? { parent: node.parent } : {}),
      },
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
      classes: `kind-${node.kind}`,
    });
  }
  for (const edge of model.pathway.edges) {
    for (const layerId of edge.layers) {
      out.push({
        group: 'edges',
        data: {
          id: strokeId(edge.id, layerId),
          edgeId: edge.id,
          layer: layerId,
          source: edge.source,
          target: edge.target,
          relation: edge.relation,
          status: edge.status,
          statusText: edge.uncited ? 'uncited' : STATUS_GLYPH[edge.status].text,
        },
        classes: `rel-${edge.relation} status-${edge.status}${edge.uncited ? ' uncited' : ''}`,
      });
    }
  }
  return out;
}
