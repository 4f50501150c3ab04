import { describe, expect, it, vi } from 'vitest';
import { selectLayerView, selectSelectedEdge } from '../../src/store/selectors';
import { appStore } from '../../src/store/store';
import { graphController, registerGraphController, type GraphController } from '../../src/store/graphController';
import { applyUrl, stateFromUrl, syncUrl } from '../../src/store/urlBridge';
import { fixtureModel } from '../helpers/fixtures';

const load = () => {
  const model = fixtureModel();
  appStore.getState().loadModel(model);
  return model;
};

describe('store', () => {
  it('loads a model with its default layers and no selection', () => {
    load();
    const s = appStore.getState();
    expect(s.activeLayers).toEqual(['alpha', 'beta']);
    expect(s.selection).toBeNull();
  });

  it('toggles layers and keeps display order', () => {
    load();
    const { toggleLayer } = appStore.getState();
    toggleLayer('alpha');
    expect(appStore.getState().activeLayers).toEqual(['beta']);
    toggleLayer('critique');
    toggleLayer('alpha');
    expect(appStore.getState().activeLayers).toEqual(['alpha', 'beta', 'critique']);
  });

  it('ignores unknown layers and selections of things that do not exist', () => {
    load();
    appStore.getState().setLayers(['nope', 'beta']);
    expect(appStore.getState().activeLayers).toEqual(['beta']);
    appStore.getState().select({ kind: 'edge', id: 'ghost' });
    expect(appStore.getState().selection).toBeNull();
    appStore.getState().select({ kind: 'edge', id: 'd-binds-c' });
    expect(selectSelectedEdge(appStore.getState())?.claim).toBe('D binds C.');
  });

  it('memoises the layer view until layers change', () => {
    load();
    const a = selectLayerView(appStore.getState());
    expect(selectLayerView(appStore.getState())).toBe(a);
    appStore.getState().toggleLayer('critique');
    expect(selectLayerView(appStore.getState())).not.toBe(a);
  });

  it('keeps no camera command in state: a tour step changes the step, not a request', () => {
    load();
    const before = Object.keys(appStore.getState()).sort();
    expect(before).not.toContain('camera');
    expect(before).not.toContain('imageRequest');
  });
});

describe('graph controller registry', () => {
  const fake = (): GraphController & { calls: string[] } => {
    const calls: string[] = [];
    return {
      calls,
      fit: () => calls.push('fit'),
      zoomBy: (f) => calls.push(`zoom ${f}`),
      frame: (t) => calls.push(`frame ${t.map((x) => x.id).join(',')}`),
      center: (t) => calls.push(`center ${t.id}`),
      setInsets: (insets) => calls.push(`insets ${insets.bottom} ${insets.right}`),
      exportImage: () => Promise.resolve('x.png'),
      snapshot: () => null,
      viewport: () => ({ zoom: 1, pan: { x: 0, y: 0 } }),
      inView: () => null,
    };
  };

  it('routes calls to the registered canvas, and nothing is queued for a canvas built later', () => {
    const first = fake();
    const unregister = registerGraphController(first);
    graphController()?.frame([{ kind: 'node', id: 'a' }]);
    expect(first.calls).toEqual(['frame a']);
    unregister();
    expect(graphController()).toBeNull();
    // A request with no canvas is dropped: a canvas that appears later must not replay it.
    graphController()?.fit();
    const second = fake();
    const unregisterSecond = registerGraphController(second);
    expect(second.calls).toEqual([]);
    // Unregistering a controller that was already replaced leaves the new one in place.
    unregister();
    expect(graphController()).toBe(second);
    unregisterSecond();
  });
});

describe('URL bridge', () => {
  it('stateFromUrl is pure and applyUrl applies it in one store update', () => {
    load();
    const { model } = appStore.getState();
    const search = '?layers=critique&select=node:e&view=split';
    expect(stateFromUrl(model!, search)).toStrictEqual(stateFromUrl(model!, search));
    let updates = 0;
    const unsubscribe = appStore.subscribe(() => updates++);
    applyUrl(appStore, search);
    unsubscribe();
    expect(updates).toBe(1);
    const s = appStore.getState();
    expect(s.activeLayers).toEqual(['critique']);
    expect(s.view).toBe('split');
  });

  it('applies the URL and turns problems into notices', () => {
    load();
    applyUrl(appStore, '?layers=critique,bogus&select=node:e');
    const s = appStore.getState();
    expect(s.activeLayers).toEqual(['critique']);
    expect(s.selection).toEqual({ kind: 'node', id: 'e' });
    expect(s.notices.map((n) => n.text)).toEqual(['There is no layer “bogus”; it was ignored.']);
  });

  it('writes state changes back with replaceState', () => {
    load();
    const replaceState = vi.fn();
    const win = { location: { pathname: '/app/', hash: '' }, history: { state: null, replaceState } };
    const stop = syncUrl(appStore, win as unknown as Window);
    appStore.getState().toggleLayer('beta');
    expect(replaceState).toHaveBeenLastCalledWith(null, '', '/app/?layers=alpha');
    appStore.getState().select({ kind: 'edge', id: 'a-inhibits-b' });
    expect(replaceState).toHaveBeenLastCalledWith(null, '', '/app/?layers=alpha&select=edge:a-inhibits-b');
    const calls = replaceState.mock.calls.length;
    appStore.getState().addNotice('unrelated');
    expect(replaceState.mock.calls.length).toBe(calls);
    stop();
  });
});
