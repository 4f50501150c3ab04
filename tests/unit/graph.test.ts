import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strokeId, toElements } from '../../src/graph/elements';
import { bindEvents } from '../../src/graph/events';
import { positionsFor } from '../../src/graph/layout';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { applyView } from '../../src/graph/sync';
import { layerView } from '../../src/model/layers';
import { buildModel } from '../../src/model/model';
import { parsePathway } from '../../src/model/validate';
import { fixtureModel, readJson } from '../helpers/fixtures';

const model = fixtureModel();
let cy: Core;

beforeEach(async () => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(model, await positionsFor(model)),
    style: buildStylesheet(model),
  });
});
afterEach(() => cy.destroy());

const visibleIds = () =>
  cy
    .elements(':visible')
    .map((e) => e.id())
    .sort();

describe('projection', () => {
  it('draws every node once and one stroke per (edge, layer)', () => {
    expect(cy.nodes()).toHaveLength(model.pathway.nodes.length);
    const strokes = model.pathway.edges.reduce((n, e) => n + e.layers.length, 0);
    expect(cy.edges()).toHaveLength(strokes);
    expect(cy.$id(strokeId('b-activates-c', 'beta')).data('edgeId')).toBe('b-activates-c');
  });

  it('gives every node a position from one layered layout, flowing top to bottom', async () => {
    const p = await positionsFor(model);
    expect(p.size).toBe(model.pathway.nodes.length);
    expect(p.get('a')!.y).toBeLessThan(p.get('b')!.y);
    expect(p.get('b')!.y).toBeLessThan(p.get('c')!.y);
    expect(p.get('c')!.y).toBeLessThan(p.get('e')!.y);
    expect(await positionsFor(model)).toBe(p);
  });

  it('uses preset positions when the file has them for every node', async () => {
    const raw = readJson('tests/fixtures/mini.json') as { nodes: { position?: object }[] };
    raw.nodes.forEach((n, i) => (n.position = { x: i * 10, y: 5 }));
    const result = parsePathway(raw);
    if (!result.ok) throw new Error('invalid');
    const p = await positionsFor(buildModel(result.pathway));
    expect(p.get('c')).toEqual({ x: 20, y: 5 });
  });

  it('keeps the layout deterministic', async () => {
    const again = await positionsFor(fixtureModel());
    for (const [id, pos] of await positionsFor(model)) expect(again.get(id)).toEqual(pos);
  });
});

describe('applyView', () => {
  it('shows only strokes of active layers and the nodes they touch', () => {
    applyView(cy, model, layerView(model, ['beta']), null);
    expect(visibleIds()).toEqual(
      [
        'b',
        'c',
        'd',
        'e',
        strokeId('b-activates-c', 'beta'),
        strokeId('c-needed-for-e', 'beta'),
        strokeId('d-binds-c', 'beta'),
      ].sort(),
    );
  });

  it('marks shared edges, the primary stroke and contested edges', () => {
    applyView(cy, model, layerView(model, ['alpha', 'beta', 'critique']), null);
    expect(cy.$id(strokeId('b-activates-c', 'alpha')).hasClass('shared')).toBe(true);
    expect(cy.$id(strokeId('b-activates-c', 'alpha')).hasClass('primary')).toBe(true);
    expect(cy.$id(strokeId('b-activates-c', 'beta')).hasClass('primary')).toBe(false);
    expect(cy.$id(strokeId('a-inhibits-b', 'alpha')).hasClass('shared')).toBe(false);
    expect(cy.$id(strokeId('d-binds-c', 'beta')).hasClass('contested')).toBe(true);
    applyView(cy, model, layerView(model, ['alpha']), null);
    expect(cy.$id(strokeId('b-activates-c', 'alpha')).hasClass('shared')).toBe(false);
  });

  it('never moves a node when layers change', () => {
    const before = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
    for (const layers of [[], ['alpha'], ['critique'], ['alpha', 'beta', 'critique'], ['beta']]) {
      applyView(cy, model, layerView(model, layers), null);
    }
    expect(cy.nodes().map((n) => ({ id: n.id(), ...n.position() }))).toEqual(before);
  });

  it('marks the selected edge on each of its strokes and its end nodes', () => {
    applyView(cy, model, layerView(model, ['alpha', 'beta']), { kind: 'edge', id: 'b-activates-c' });
    expect(
      cy
        .$('.is-selected')
        .map((e) => e.id())
        .sort(),
    ).toEqual([strokeId('b-activates-c', 'alpha'), strokeId('b-activates-c', 'beta')].sort());
    expect(
      cy
        .$('.is-neighbour')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['b', 'c']);
  });

  it('does a single batch per call', () => {
    const spy = vi.spyOn(cy, 'batch');
    applyView(cy, model, layerView(model, ['alpha']), null);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('events', () => {
  it('turns taps into selection intents with the edge id, node id or nothing', () => {
    const select = vi.fn();
    const unbind = bindEvents(cy, { select });
    cy.$id(strokeId('d-binds-c', 'beta')).emit('tap');
    expect(select).toHaveBeenLastCalledWith({ kind: 'edge', id: 'd-binds-c' });
    cy.$id('e').emit('tap');
    expect(select).toHaveBeenLastCalledWith({ kind: 'node', id: 'e' });
    cy.emit('tap');
    expect(select).toHaveBeenLastCalledWith(null);
    unbind();
    cy.$id('e').emit('tap');
    expect(select).toHaveBeenCalledTimes(3);
  });
});

describe('stylesheet on the built-in model', () => {
  it('maps data only onto elements that carry it, so Cytoscape has nothing to warn about', async () => {
    const result = parsePathway(readJson('data/antidepressants.json'));
    if (!result.ok) throw new Error('the built-in model is invalid');
    const builtIn = buildModel(result.pathway);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const drawn = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(builtIn, await positionsFor(builtIn)),
      style: buildStylesheet(builtIn),
    });
    try {
      const layers = builtIn.pathway.layers.map((l) => l.id);
      // Every layer alone (primary strokes) and all together (shared strokes), every style read.
      for (const shown of [...layers.map((l) => [l]), layers]) {
        applyView(drawn, builtIn, layerView(builtIn, shown), null);
        drawn.elements().forEach((e) => void e.style());
      }
      expect(drawn.edges('.primary').length).toBeGreaterThan(10);
      expect(warn.mock.calls.map((c) => String(c[0]).slice(0, 160))).toEqual([]);
    } finally {
      warn.mockRestore();
      drawn.destroy();
    }
  });
});
