// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectLayerVisibility } from '../../src/store/selectors';
import { appStore } from '../../src/store/store';
import { fixtureModel } from '../helpers/fixtures';

const visibility = () => selectLayerVisibility(appStore.getState());
const summary = () => visibility().map(({ layer, number, on }) => `${number}. ${layer.id} ${on ? 'on' : 'off'}`);

describe('selectLayerVisibility', () => {
  it('is empty without a model', () => {
    expect(visibility()).toEqual([]);
  });

  it('lists every layer in display order, numbered from 1, with whether it is shown', () => {
    appStore.getState().loadModel(fixtureModel());
    expect(summary()).toEqual(['1. alpha on', '2. beta on', '3. critique off']);
    appStore.getState().toggleLayer('alpha');
    appStore.getState().toggleLayer('critique');
    expect(summary()).toEqual(['1. alpha off', '2. beta on', '3. critique on']);
  });

  it('returns the same array until the model or the active layers change', () => {
    appStore.getState().loadModel(fixtureModel());
    const first = visibility();
    appStore.getState().select({ kind: 'node', id: 'a' });
    expect(visibility()).toBe(first);
    appStore.getState().toggleLayer('beta');
    const second = visibility();
    expect(second).not.toBe(first);
    expect(visibility()).toBe(second);
    appStore.getState().loadModel(fixtureModel());
    expect(visibility()).not.toBe(second);
  });
});
