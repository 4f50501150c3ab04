import { describe, expect, it, vi } from 'vitest';
import { selectLayerView, selectSelectedEdge } from '../../src/store/selectors';
import { useAppStore } from '../../src/store/store';
import { applyUrl, syncUrl } from '../../src/store/urlBridge';
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

  it('focusNode selects the node and issues a camera command', () => {
    load();
    useAppStore.getState().focusNode('c');
    const s = useAppStore.getState();
    expect(s.selection).toEqual({ kind: 'node', id: 'c' });
    expect(s.camera).toMatchObject({ type: 'focus', nodeId: 'c' });
  });
});

describe('URL bridge', () => {
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
