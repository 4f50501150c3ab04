import { describe, expect, it } from 'vitest';
import { layerEdgeCounts, layerView, orderLayers } from '../../src/model/layers';
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
