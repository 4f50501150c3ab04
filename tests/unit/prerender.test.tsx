import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEngine } from '../../src/graph/loadEngine';
import { resetControls } from '../../src/lib/resetControls';
import { renderPage } from '../../src/prerender';
import { viewKey } from '../../src/store/prerender';
import { appStore } from '../../src/store/store';
import type { PathwayEdge } from '../../src/model/types';
import { App } from '../../src/ui/App';

const BUILT_IN = JSON.parse(readFileSync(join(__dirname, '../../data/antidepressants.json'), 'utf8')) as {
  edges: PathwayEdge[];
};
const HEADLESS = { headless: true, styleEnabled: true } as const;

let mounted: { root: Root; container: HTMLElement } | null = null;
afterEach(() => {
  if (!mounted) return;
  const { root, container } = mounted;
  act(() => root.unmount());
  container.remove();
  mounted = null;
});

describe('the prerendered page', () => {
  it('holds the shell and the text twin of the default view: every interaction shown, with its evidence; no script', async () => {
    const { html, key, attribute } = await renderPage(BUILT_IN);
    const state = appStore.getState();
    expect(attribute).toBe('data-view-key');
    expect(key).toBe(viewKey(state));
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(page.querySelector('h1')?.textContent).toBe('How do antidepressants work?');
    expect(page.querySelector('script')).toBeNull();
    const twin = page.querySelector('.diagram-twin');
    expect(twin).not.toBeNull();
    const shown = new Set(state.activeLayers);
    const edges = BUILT_IN.edges.filter((e) => e.layers.some((l) => shown.has(l)));
    const hidden = BUILT_IN.edges.filter((e) => !e.layers.some((l) => shown.has(l)));
    expect(edges.length).toBeGreaterThan(20);
    expect(hidden.length).toBeGreaterThan(0);
    for (const edge of edges)
      expect(twin?.querySelector(`[id="text-edge-${edge.id}"]`)?.textContent).toMatch(/Evidence:/);
    for (const edge of hidden) expect(twin?.querySelector(`[id="text-edge-${edge.id}"]`)).toBeNull();
    // The shell: a switch per layer, the default ones on.
    const switches = [...page.querySelectorAll<HTMLInputElement>('.layer-panel input[type="checkbox"]')];
    expect(switches.filter((s) => s.checked)).toHaveLength(shown.size);
  });

  it('is taken over by the app in the same state: no mismatch, the same nodes; the canvas is built in a later task, then replaces the twin', async () => {
    const { html } = await renderPage(BUILT_IN);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const heading = container.querySelector('h1');
    const twin = container.querySelector('.diagram-twin');
    // A switch clicked before the app took the page over is put back, so the page shows the app's state.
    const classic = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) =>
      input.closest('label, li')?.textContent?.includes('Classic monoamine'),
    );
    expect(classic?.checked).toBe(true);
    classic!.checked = false;
    resetControls(container);
    expect(classic?.checked).toBe(true);
    // The engine has loaded already, so only the deferral keeps `cy` out of the hydrating commit.
    await loadEngine();
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    const onCyReady = vi.fn();
    let root: Root | null = null;
    act(() => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <App cyOptions={HEADLESS} onCyReady={onCyReady} />
        </StrictMode>,
        { onRecoverableError },
      );
    });
    mounted = { root: root!, container };
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.querySelector('h1')).toBe(heading);
    // The twin is kept as the page had it (not rebuilt by React), until the diagram replaces it.
    expect(container.querySelector('.diagram-twin')).toBe(twin);
    expect(twin?.textContent).toMatch(/Evidence:/);
    expect(onCyReady).not.toHaveBeenCalled();
    // A keyboard user reading the twin goes on in the diagram when it replaces the twin.
    twin?.querySelector<HTMLElement>('a[href]')?.focus();
    expect(twin?.contains(document.activeElement)).toBe(true);
    await waitFor(() => expect(onCyReady).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(container.querySelector('.diagram-twin')).toBeNull());
    expect(document.activeElement?.id).toBe('diagram');
    expect(container.querySelector('h1')).toBe(heading);
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('rendered in the browser (not taken over), the twin is built, with every shown interaction', async () => {
    await renderPage(BUILT_IN);
    await loadEngine();
    const container = document.createElement('div');
    document.body.append(container);
    const onCyReady = vi.fn();
    let root: Root | null = null;
    act(() => {
      root = createRoot(container);
      root.render(<App cyOptions={HEADLESS} onCyReady={onCyReady} />);
    });
    mounted = { root: root!, container };
    expect(onCyReady).not.toHaveBeenCalled();
    const twin = container.querySelector('.diagram-twin');
    expect(twin?.querySelectorAll('.text-edges > li').length).toBeGreaterThan(20);
    await waitFor(() => expect(container.querySelector('.diagram-twin')).toBeNull());
  });

  it('has a key that changes with what the first render shows', async () => {
    await renderPage(BUILT_IN);
    const key = viewKey(appStore.getState());
    const { setLayers, setTheme, setView, addNotice } = appStore.getState();
    expect(viewKey(appStore.getState())).toBe(key);
    setLayers(['direct-trkb']);
    expect(viewKey(appStore.getState())).not.toBe(key);
    await renderPage(BUILT_IN);
    setTheme('dark');
    expect(viewKey(appStore.getState())).not.toBe(key);
    await renderPage(BUILT_IN);
    setView('text');
    expect(viewKey(appStore.getState())).not.toBe(key);
    await renderPage(BUILT_IN);
    addNotice('Something to say.');
    expect(viewKey(appStore.getState())).not.toBe(key);
  });
});
