/**
 * Micro-benchmark page: the app's canvas sync (one cy, class toggles by id inside cy.batch) against
 * the react-cytoscapejs way (rebuild the element list on every state change, let the wrapper diff
 * all of it into cy), on the same generated graph, stylesheet and viewport.
 *
 * "ours" runs the real code: src/graph/elements.ts (projection), stylesheet.ts, layout.ts (preset
 * positions), sync.ts (createSync, the incremental sync GraphCanvas uses) and src/model/layers.ts (layerView), behind a zustand store
 * subscription as <GraphCanvas/> has it. The baselines run react-cytoscapejs 2.0.0 itself under
 * React 19, rendered with flushSync so that "sync" covers the whole synchronous update.
 *
 * Driven by scripts/bench.mjs through `window.__bench.run(options)`, one fresh page per run.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { createElement, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import CytoscapeComponent from 'react-cytoscapejs';
import { createStore } from 'zustand/vanilla';
import { toElements, type Positions } from '../src/graph/elements';
import { positionsFor } from '../src/graph/layout';
import { buildStylesheet, LIGHT_THEME } from '../src/graph/stylesheet';
import { createSync } from '../src/graph/sync';
import { NO_OVERLAY } from '../src/model/overlay';
import { layerView, orderLayers } from '../src/model/layers';
import { buildModel, type Model } from '../src/model/model';
import { generatePathway } from './models';

/**
 * ours: the app's sync. rcy-visible: react-cytoscapejs with only the visible elements in the list
 * (the idiomatic use: hidden strokes and nodes are removed and re-added). rcy-classes:
 * react-cytoscapejs with every element always in the list and visibility as a `hidden` class.
 */
export type Approach = 'ours' | 'rcy-visible' | 'rcy-classes';

export interface RunOptions {
  nodes: number;
  approach: Approach;
  /** Off-and-on cycles of the toggled layer. */
  cycles: number;
  seed?: number;
  /** false: toggle back to back without yielding to the browser (no painting), e.g. to profile the sync. */
  paint?: boolean;
}

interface Toggle {
  phase: 'off' | 'on';
  /** JS from the state change until its synchronous work ends, ms. */
  sync: number;
  /** From the state change until the next painted frame (cy `render` event, then one rAF), ms. */
  painted: number | null;
  /** Edges drawn after the change (a cross-check that every approach shows the same thing). */
  visibleEdges: number;
}

export interface RunResult {
  approach: Approach;
  nodes: number;
  edges: number;
  strokes: number;
  layer: string;
  /** Creating cy with the elements (and, for the baselines, React's first render), ms. */
  construct: number;
  /** From before construction to the first painted frame, ms. */
  firstPaint: number;
  toggles: Toggle[];
}

interface Harness {
  cy: Core;
  set: (active: readonly string[]) => void;
  visibleEdges: () => number;
  destroy: () => void;
}

const CY_OPTIONS = { minZoom: 0.15, maxZoom: 4, autounselectify: true, boxSelectionEnabled: false } as const;
const PRESET = { name: 'preset', fit: true, padding: 30 } as const;

function stage(): HTMLElement {
  const host = document.getElementById('stage');
  if (!host) throw new Error('#stage is missing');
  host.replaceChildren();
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  host.append(container);
  return container;
}

/** The app's way: one cy, built once; a store change toggles classes by id in one batch. */
function mountOurs(model: Model, positions: Positions, container: HTMLElement): Harness {
  const store = createStore<{ activeLayers: readonly string[] }>()(() => ({ activeLayers: model.defaultLayerIds }));
  const cy = cytoscape({
    container,
    elements: toElements(model, positions),
    style: buildStylesheet(model, LIGHT_THEME),
    layout: { name: 'preset', fit: false },
    ...CY_OPTIONS,
  });
  // As <GraphCanvas/> does: an incremental sync that touches only what a change affects.
  const syncTo = createSync(cy, model);
  const sync = () =>
    syncTo({
      view: layerView(model, store.getState().activeLayers),
      selection: null,
      focused: null,
      overlay: NO_OVERLAY,
    });
  sync();
  cy.fit(cy.elements(':visible'), 30);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.activeLayers !== prev.activeLayers) sync();
  });
  return {
    cy,
    set: (activeLayers) => store.setState({ activeLayers }),
    visibleEdges: () => cy.edges(':visible').length,
    destroy: () => {
      unsubscribe();
      cy.destroy();
    },
  };
}

/** The whole element list for a state, rebuilt from scratch as a declarative render would. */
function declarativeElements(
  model: Model,
  positions: Positions,
  active: readonly string[],
  keepHidden: boolean,
): ElementDefinition[] {
  const view = layerView(model, active);
  const out: ElementDefinition[] = [];
  for (const ele of toElements(model, positions)) {
    const data = ele.data as { id: string; edgeId?: string; layer?: string };
    let visible: boolean;
    let classes = ele.classes as string;
    if (ele.group === 'nodes') visible = view.visibleNodes.has(data.id);
    else {
      const layers = view.edgeLayers.get(data.edgeId ?? '');
      // As the app draws it: an interaction several shown layers assert is one stroke, its first layer's.
      visible = layers?.[0] === data.layer;
      if (visible && layers) {
        classes += ' primary';
        if (layers.length > 1) classes += ' shared';
        if (view.highlighted.has(data.edgeId ?? '')) classes += ' contested';
      }
    }
    if (visible) out.push({ ...ele, classes });
    else if (keepHidden) out.push({ ...ele, classes: `${classes} hidden` });
  }
  return out;
}

/** The react-cytoscapejs way: state in React, the element list rebuilt each render, the wrapper diffs it. */
function mountBaseline(
  model: Model,
  positions: Positions,
  container: HTMLElement,
  keepHidden: boolean,
): Harness & { root: Root } {
  const stylesheet = buildStylesheet(model, LIGHT_THEME);
  let cy: Core | null = null;
  let setActive: ((active: readonly string[]) => void) | null = null;
  function Baseline() {
    const [active, set] = useState<readonly string[]>(model.defaultLayerIds);
    setActive = set;
    // model, positions and keepHidden are fixed for the run: the list is rebuilt on every state change.
    const elements = useMemo(() => declarativeElements(model, positions, active, keepHidden), [active]);
    return createElement(CytoscapeComponent, {
      elements,
      stylesheet,
      layout: PRESET,
      style: { position: 'absolute', inset: 0 },
      ...CY_OPTIONS,
      cy: (instance: Core) => {
        cy = instance;
      },
    });
  }
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Baseline)));
  if (!cy || !setActive) throw new Error('react-cytoscapejs did not mount');
  const mounted: Core = cy;
  const update: (active: readonly string[]) => void = setActive;
  return {
    cy: mounted,
    root,
    set: (active) => flushSync(() => update(active)),
    visibleEdges: () => mounted.edges(':visible').length,
    destroy: () => root.unmount(),
  };
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Resolves at the first rAF after cy's next `render` event: the frame that shows the change. */
function nextPaint(cy: Core): Promise<number> {
  return new Promise((resolve) => cy.one('render', () => requestAnimationFrame(() => resolve(performance.now()))));
}

async function settle(): Promise<void> {
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 30));
}

async function run(options: RunOptions): Promise<RunResult> {
  const model = buildModel(generatePathway(options.nodes, options.seed));
  // Preset positions (every generated node has one); `await` also covers a synchronous positionsFor.
  const positions = await positionsFor(model);
  const container = stage();
  const layer = model.layerIds[0] ?? '';
  const defaults = model.defaultLayerIds;
  const without = defaults.filter((id) => id !== layer);

  const start = performance.now();
  const harness =
    options.approach === 'ours'
      ? mountOurs(model, positions, container)
      : mountBaseline(model, positions, container, options.approach === 'rcy-classes');
  const construct = performance.now() - start;
  // Construction is synchronous; cy draws its first frame in a later animation frame.
  const firstPaint = nextPaint(harness.cy);
  const painted = (await firstPaint) - start;
  await settle();

  const toggles: Toggle[] = [];
  for (let i = 0; i < options.cycles * 2; i++) {
    const phase = i % 2 === 0 ? 'off' : 'on';
    const next = orderLayers(model, phase === 'off' ? without : defaults);
    const paint = options.paint === false ? null : nextPaint(harness.cy);
    const t0 = performance.now();
    harness.set(next);
    const t1 = performance.now();
    const t2 = paint ? await paint : null;
    toggles.push({ phase, sync: t1 - t0, painted: t2 === null ? null : t2 - t0, visibleEdges: harness.visibleEdges() });
    if (paint) await settle();
  }
  const result: RunResult = {
    approach: options.approach,
    nodes: model.pathway.nodes.length,
    edges: model.pathway.edges.length,
    strokes: model.pathway.edges.reduce((n, e) => n + e.layers.length, 0),
    layer,
    construct,
    firstPaint: painted,
    toggles,
  };
  harness.destroy();
  return result;
}

declare global {
  interface Window {
    __bench?: { run: (options: RunOptions) => Promise<RunResult> };
  }
}

window.__bench = { run };
document.documentElement.dataset.ready = 'true';
