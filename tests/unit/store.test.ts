import { describe, expect, it, vi } from 'vitest';
import { selectLayerView, selectSelectedEdge } from '../../src/store/selectors';
import { useAppStore } from '../../src/store/store';
import { graphController, registerGraphController, type GraphController } from '../../src/store/graphController';
import { applyUrl, stateFromUrl, syncUrl } from '../../src/store/urlBridge';
import { fixtureModel } from '../helpers/fixtures';

const load = () => {
  const model = fixtureModel();
  useAppStore.getState().loadModel(model);
  return model;
};

describe('store', () => {
  it('loads a model with its default layers and no selection', () => {
    load();
    const s = useAppStore.getState();
    expect(s.activeLayers).toEqual(['alpha', 'beta']);
    expect(s.selection).toBeNull();
  });

  it('toggles layers and keeps display order', () => {
    load();
    const { toggleLayer } = useAppStore.getState();
    toggleLayer('alpha');
    expect(useAppStore.getState().activeLayers).toEqual(['beta']);
    toggleLayer('critique');
    toggleLayer('alpha');
    expect(useAppStore.getState().activeLayers).toEqual(['alpha', 'beta', 'critique']);
  });

  it('ignores unknown layers and selections of things that do not exist', () => {
    load();
    useAppStore.getState().setLayers(['nope', 'beta']);
    expect(useAppStore.getState().activeLayers).toEqual(['beta']);
    useAppStore.getState().select({ kind: 'edge', id: 'ghost' });
    expect(useAppStore.getState().selection).toBeNull();
    useAppStore.getState().select({ kind: 'edge', id: 'd-binds-c' });
    expect(selectSelectedEdge(useAppStore.getState())?.claim).toBe('D binds C.');
  });

  it('memoises the layer view until layers change', () => {
    load();
    const a = selectLayerView(useAppStore.getState());
    expect(selectLayerView(useAppStore.getState())).toBe(a);
    useAppStore.getState().toggleLayer('critique');
    expect(selectLayerView(useAppStore.getState())).not.toBe(a);
  });

  it('keeps no camera command in state: a tour step changes the step, not a request', () => {
    load();
    const before = Object.keys(useAppStore.getState()).sort();
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
      exportImage: () => Promise.resolve('x.png'),
      viewport: () => ({ zoom: 1, pan: { x: 0, y: 0 } }),
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
    const { model } = useAppStore.getState();
    const search = '?layers=critique&select=node:e&view=split';
    expect(stateFromUrl(model!, search)).toStrictEqual(stateFromUrl(model!, search));
    let updates = 0;
    const unsubscribe = useAppStore.subscribe(() => updates++);
    applyUrl(useAppStore, search);
    unsubscribe();
    expect(updates).toBe(1);
    const s = useAppStore.getState();
    expect(s.activeLayers).toEqual(['critique']);
    expect(s.view).toBe('split');
  });

  it('applies the URL and turns problems into notices', () => {
    load();
    applyUrl(useAppStore, '?layers=critique,bogus&select=node:e');
    const s = useAppStore.getState();
    expect(s.activeLayers).toEqual(['critique']);
    expect(s.selection).toEqual({ kind: 'node', id: 'e' });
    expect(s.notices.map((n) => n.text)).toEqual(['There is no layer “bogus”; it was ignored.']);
  });

  it('writes state changes back with replaceState', () => {
    load();
    const replaceState = vi.fn();
    const win = { location: { pathname: '/app/', hash: '' }, history: { state: null, replaceState } };
    const stop = syncUrl(useAppStore, win as unknown as Window);
    useAppStore.getState().toggleLayer('beta');
    expect(replaceState).toHaveBeenLastCalledWith(null, '', '/app/?layers=alpha');
    useAppStore.getState().select({ kind: 'edge', id: 'a-inhibits-b' });
    expect(replaceState).toHaveBeenLastCalledWith(null, '', '/app/?layers=alpha&select=edge:a-inhibits-b');
    const calls = replaceState.mock.calls.length;
    useAppStore.getState().addNotice('unrelated');
    expect(replaceState.mock.calls.length).toBe(calls);
    stop();
  });
});
