import { describe, expect, it } from 'vitest';
import { layerEdgeCounts, layersShowing, layerView, orderLayers, soloLayerView } from '../../src/model/layers';
import { stateFromUrl } from '../../src/store/urlBridge';
import { fixtureModel } from '../helpers/fixtures';

const model = fixtureModel();

describe('layerView', () => {
  it('shows an edge with the active layers that assert it, in display order', () => {
    const view = layerView(model, ['beta', 'alpha']);
    expect(view.edgeLayers.get('b-activates-c')).toEqual(['alpha', 'beta']);
    expect(view.edgeLayers.get('a-inhibits-b')).toEqual(['alpha']);
    expect(view.edgeLayers.has('f-questions-d')).toBe(false);
  });

  it('hides edges and nodes no active layer asserts', () => {
    const view = layerView(model, ['beta']);
    expect([...view.edgeLayers.keys()].sort()).toEqual(['b-activates-c', 'c-needed-for-e', 'd-binds-c']);
    expect([...view.visibleNodes].sort()).toEqual(['b', 'c', 'd', 'e']);
  });

  it('highlights contested edges only while a critique layer is on', () => {
    expect(layerView(model, ['alpha', 'beta']).highlighted.size).toBe(0);
    expect([...layerView(model, ['beta', 'critique']).highlighted]).toEqual(['d-binds-c']);
  });

  it('shows nothing with no layer', () => {
    const view = layerView(model, []);
    expect(view.edgeLayers.size).toBe(0);
    expect(view.visibleNodes.size).toBe(0);
  });
});

describe('soloLayerView (one small multiple of the grid view)', () => {
  it('shows every edge the layer asserts, each in that layer only, even where others assert it too', () => {
    const view = soloLayerView(model, 'beta');
    expect([...view.edgeLayers.entries()].sort()).toEqual([
      ['b-activates-c', ['beta']],
      ['c-needed-for-e', ['beta']],
      ['d-binds-c', ['beta']],
    ]);
    expect([...view.visibleNodes].sort()).toEqual(['b', 'c', 'd', 'e']);
  });

  it('for each layer, shows exactly the edges whose data name that layer, and their ends', () => {
    for (const layer of model.pathway.layers) {
      const view = soloLayerView(model, layer.id);
      const asserted = model.pathway.edges.filter((e) => e.layers.includes(layer.id));
      expect([...view.edgeLayers.keys()].sort(), layer.id).toEqual(asserted.map((e) => e.id).sort());
      expect([...view.visibleNodes].sort(), layer.id).toEqual(
        [...new Set(asserted.flatMap((e) => [e.source, e.target]))].sort(),
      );
    }
  });

  it('highlights contested edges only in a critique layer of its own', () => {
    // d-binds-c is disputed, but beta alone has no critique layer on to point at it.
    expect(soloLayerView(model, 'beta').highlighted.size).toBe(0);
    expect([...soloLayerView(model, 'critique').edgeLayers.keys()]).toEqual(['f-questions-d']);
  });

  it('shows nothing for a layer the model does not have', () => {
    const view = soloLayerView(model, 'nope');
    expect(view.edgeLayers.size).toBe(0);
    expect(view.visibleNodes.size).toBe(0);
  });
});

describe('layersShowing (a link shows what it names)', () => {
  const node = (id: string) => ({ kind: 'node' as const, id });
  const edge = (id: string) => ({ kind: 'edge' as const, id });

  it('turns on the layer that draws an edge or node no active layer draws', () => {
    expect(layersShowing(model, ['alpha'], [edge('f-questions-d')])).toEqual(['alpha', 'critique']);
    expect(layersShowing(model, ['alpha'], [node('f')])).toEqual(['alpha', 'critique']);
    // d is drawn by beta's d-binds-c, the first layer with an edge at d.
    expect(layersShowing(model, ['alpha'], [node('d')])).toEqual(['alpha', 'beta']);
  });

  it('leaves the layers alone when what is named is drawn already, or is unknown', () => {
    expect(layersShowing(model, ['beta', 'alpha'], [edge('b-activates-c'), node('c')])).toEqual(['alpha', 'beta']);
    expect(layersShowing(model, ['alpha'], [node('nowhere'), edge('nothing')])).toEqual(['alpha']);
  });

  it('applies to select= and focus= links, but never overrides layers= the link sets', () => {
    expect(stateFromUrl(model, '?select=edge:f-questions-d').state.activeLayers).toEqual(['alpha', 'beta', 'critique']);
    expect(stateFromUrl(model, '?focus=node:f').state.activeLayers).toEqual(['alpha', 'beta', 'critique']);
    expect(stateFromUrl(model, '?layers=alpha&focus=node:f').state.activeLayers).toEqual(['alpha']);
    expect(stateFromUrl(model, '?focus=node:b').state.activeLayers).toEqual(['alpha', 'beta']);
  });
});

describe('orderLayers', () => {
  it('keeps display order and drops unknown ids and repeats', () => {
    expect(orderLayers(model, ['critique', 'nope', 'alpha', 'alpha'])).toEqual(['alpha', 'critique']);
  });
});

describe('layerEdgeCounts', () => {
  it('counts the edges each layer asserts', () => {
    expect(Object.fromEntries(layerEdgeCounts(model))).toEqual({ alpha: 3, beta: 3, critique: 1 });
  });
});
