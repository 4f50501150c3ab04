/**
 * The figure as drawn: a stored route is drawn as segments (or a straight line, or a curve when
 * there is none), and a compartment is a compound box round what is shown inside it, which shows only
 * while something inside it does.
 */
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { routeStyle, strokeId, toElements } from '../../src/graph/elements';
import { positionsFor } from '../../src/graph/layout';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { applyView } from '../../src/graph/sync';
import { layerView } from '../../src/model/layers';
import { buildModel, type Model } from '../../src/model/model';
import { parsePathway } from '../../src/model/validate';
import { rawFixture } from '../helpers/fixtures';
import { routedMini } from '../helpers/routed';

let cy: Core | null = null;
afterEach(() => {
  cy?.destroy();
  cy = null;
});

function modelOf(raw: unknown): Model {
  const parsed = parsePathway(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return buildModel(parsed.pathway);
}

async function draw(model: Model): Promise<Core> {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(model, await positionsFor(model)),
    style: buildStylesheet(model),
  });
  return cy;
}

// That the canvas draws a route through exactly its points is checked in the browser, where
// Cytoscape computes edge geometry: tests/e2e/figure.spec.ts.
describe('stored routes', () => {
  it('puts a bend on either side of the line between the centres correctly', () => {
    const s = { x: 0, y: 0 };
    const t = { x: 100, y: 0 };
    const below = routeStyle([s, { x: 50, y: 40 }, t], s, t);
    const above = routeStyle([s, { x: 50, y: -40 }, t], s, t);
    expect(below.weights).toEqual([0.5]);
    expect(above.weights).toEqual([0.5]);
    expect(below.distances[0]).toBeCloseTo(-above.distances[0]!, 6);
    expect(Math.abs(below.distances[0]!)).toBeCloseTo(40, 6);
  });

  it('draws an edge with no stored route as a curve, and a route with no bend as a straight line', async () => {
    const { raw } = routedMini();
    raw.edges.find((e) => e.id === 'd-binds-c')!.route = [
      { x: 390, y: 164 },
      { x: 210, y: 286 },
    ];
    const drawn = await draw(modelOf(raw));
    expect(drawn.$id(strokeId('b-activates-c', 'alpha')).style('curve-style')).toBe('bezier');
    expect(drawn.$id(strokeId('d-binds-c', 'beta')).style('curve-style')).toBe('straight');
  });
});

describe('compartments', () => {
  /** The mini fixture with `inCell` (b and c unless told) in a "cell" compartment, d otherwise in a "cleft". */
  function withCompartments(inCell: readonly string[] = ['b', 'c']) {
    const raw = rawFixture();
    const nodes = raw.nodes as Record<string, unknown>[];
    nodes.push({ id: 'cell', label: 'Cell', kind: 'compartment', description: 'A cell.' });
    if (!inCell.includes('d'))
      nodes.push({ id: 'cleft', label: 'Cleft', kind: 'compartment', description: 'Outside.' });
    for (const n of nodes) {
      if (inCell.includes(String(n.id))) n.parent = 'cell';
      else if (n.id === 'd') n.parent = 'cleft';
    }
    return modelOf(raw);
  }

  it('draws a compartment as the SBGN compartment glyph around its children', async () => {
    const model = withCompartments();
    const drawn = await draw(model);
    const cell = drawn.$id('cell');
    expect(cell.isParent()).toBe(true);
    expect(
      cell
        .children()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['b', 'c']);
    expect(cell.style('shape')).toBe('round-rectangle');
    const width = (id: string) => parseFloat(String(drawn.$id(id).style('border-width')));
    expect(width('cell')).toBeGreaterThan(width('b'));
  });

  it('hugs what is shown: a layer that hides a child shrinks the box, and nothing shown moves', async () => {
    const model = withCompartments(['b', 'c', 'd']);
    const drawn = await draw(model);
    const all = layerView(model, ['alpha', 'beta', 'critique']);
    applyView(drawn, model, all, null);
    const cell = drawn.$id('cell');
    const box = cell.boundingBox();
    const at = (id: string) => ({ ...drawn.$id(id).position() });
    const before = { b: at('b'), c: at('c') };

    // Only alpha: d is not drawn, so the box closes round b and c, which stay where they were.
    applyView(drawn, model, layerView(model, ['alpha']), null);
    expect(drawn.$id('d').visible()).toBe(false);
    expect(cell.visible()).toBe(true);
    const small = cell.boundingBox();
    expect(small.w * small.h).toBeLessThan(box.w * box.h);
    expect({ b: at('b'), c: at('c') }).toEqual(before);

    // Back: the same box as before (to a fraction of a unit: Cytoscape rounds label sizes).
    applyView(drawn, model, all, null);
    const again = cell.boundingBox();
    for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(again[k]).toBeCloseTo(box[k], 0);
  });

  it('hides a compartment when nothing inside it shows', async () => {
    const model = withCompartments();
    const drawn = await draw(model);
    applyView(drawn, model, layerView(model, ['alpha', 'beta', 'critique']), null);
    expect(drawn.$id('cleft').visible()).toBe(true);
    applyView(drawn, model, layerView(model, ['alpha']), null);
    expect(drawn.$id('d').visible()).toBe(false);
    expect(drawn.$id('cleft').visible()).toBe(false);
  });
});

describe('shared interactions', () => {
  it('are drawn once, in ink, labelled with the numbers of the layers that assert them', async () => {
    const model = modelOf(rawFixture());
    const drawn = await draw(model);
    const layers = model.pathway.layers.map((l) => l.id);
    const number = (id: string) => layers.indexOf(id) + 1;
    applyView(drawn, model, layerView(model, ['alpha', 'beta']), null);
    const alpha = drawn.$id(strokeId('b-activates-c', 'alpha'));
    const beta = drawn.$id(strokeId('b-activates-c', 'beta'));
    expect(alpha.visible()).toBe(true);
    expect(beta.visible()).toBe(false);
    expect(alpha.hasClass('shared')).toBe(true);
    // The status word (here "inferred") still follows the layer numbers.
    const status = alpha.data('statusText') as string;
    expect(status).toBe('inferred');
    expect(alpha.style('label')).toBe(`${number('alpha')} · ${number('beta')}  ${status}`);
    // Positive control: an interaction of one layer keeps that layer's own stroke, unlabelled.
    const only = drawn.$id(strokeId('a-inhibits-b', 'alpha'));
    expect(only.visible()).toBe(true);
    expect(only.hasClass('shared')).toBe(false);
    expect(only.style('label')).toBe('');

    // With beta alone, beta's own stroke draws it, in beta's style.
    applyView(drawn, model, layerView(model, ['beta']), null);
    expect(alpha.visible()).toBe(false);
    expect(beta.visible()).toBe(true);
    expect(beta.hasClass('shared')).toBe(false);
    expect(beta.style('label')).toBe(status);
  });
});
