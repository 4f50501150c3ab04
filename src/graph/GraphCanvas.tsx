/**
 * The one owner of the Cytoscape instance. It builds `cy` when a model (and its positions) arrive,
 * destroys it on unmount or when another model replaces it, registers the graph controller for
 * imperative work (camera, export), and binds the store → canvas rules (`canvasBridge.ts`). The
 * app keeps this component mounted across view modes, so zoom and pan survive Diagram → Both →
 * Diagram; a hidden canvas (text view) keeps its viewport and defers camera moves until it is
 * shown again. Nothing else in the app touches `cy`.
 *
 * The component itself renders only the containers (so the page can be prerendered and hydrated);
 * Cytoscape and the code that draws arrive with the canvas engine (`engine.ts`), and `cy` is built
 * in a task after the one that rendered the page. Until the first canvas is drawn, `fallback` (the
 * text twin) stands in for it.
 */
import { useStoreState } from '../lib/useStoreState';
import type { Core, CytoscapeOptions } from 'cytoscape';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Model } from '../model/model';
import { selectCompare, selectSideBySide } from '../store/selectors';
import { appStore } from '../store/store';
import type { Positions } from './elements';
import { loadedEngine, loadEngine } from './loadEngine';
import type { MainCanvas } from './secondCanvas';
import { useDrawnModel } from './useDrawnModel';

export interface GraphCanvasProps {
  /** Merged last into the cytoscape() options (tests pass `{ headless: true, styleEnabled: true }`). */
  cyOptions?: Partial<CytoscapeOptions>;
  /** Called with the instance after it is created (tests, benchmarks). */
  onReady?: (cy: Core) => void;
  /** Shown over the canvas until the first diagram is drawn (the text twin of the view). */
  fallback?: ReactNode;
}

export function GraphCanvas({ cyOptions, onReady, fallback }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const second = useRef<HTMLDivElement>(null);
  // The main canvas, as the second canvas of a side-by-side comparison needs it.
  const main = useRef<MainCanvas | null>(null);
  // The main canvas once mounted (a large drawing's is, some tasks after its effect ran).
  const [mounted, setMounted] = useState<Core | null>(null);
  const sideBySide = useStoreState(appStore, selectSideBySide);
  // Side by side in rows (one above the other) when that draws the two larger than columns would.
  const [rows, setRows] = useState(false);
  const compare = useStoreState(appStore, selectCompare);
  const model = useDrawnModel();
  // Options and callback are read once per model: changing them does not rebuild the canvas.
  const init = useRef({ cyOptions, onReady });

  // The canvas engine (Cytoscape and the drawing code), loading since the page started.
  const [engine, setEngine] = useState(loadedEngine);
  useEffect(() => {
    if (engine) return;
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(loaded),
      () =>
        live &&
        appStore
          .getState()
          .addNotice(
            'The diagram could not be loaded (the network?): reload the page to try again. The text view lists everything.',
          ),
    );
    return () => {
      live = false;
    };
  }, [engine]);
  // Whether a diagram has been drawn yet: until then the fallback stands in for it.
  const [drawn, setDrawn] = useState(false);
  const twin = useRef<HTMLDivElement>(null);

  // Positions are ready at once for files with preset positions; others wait for one layout.
  const [positions, setPositions] = useState<{ model: Model; positions: Positions } | null>(null);
  const preset = engine && model ? engine.presetPositions(model) : null;
  const ready = preset ?? (positions?.model === model ? positions.positions : null);
  useEffect(() => {
    if (!engine || !model || engine.presetPositions(model)) return;
    let cancelled = false;
    void engine.positionsFor(model).then((p) => {
      if (!cancelled) setPositions({ model, positions: p });
    });
    return () => {
      cancelled = true;
    };
  }, [engine, model]);

  useEffect(() => {
    const element = container.current;
    if (!engine || !model || !ready || !element) return;
    // In a task of its own, never in the commit that rendered (or hydrated) the page.
    let teardown: (() => void) | null = null;
    const timer = setTimeout(() => {
      teardown = engine.drawMainCanvas(element, model, ready, {
        cyOptions: init.current.cyOptions,
        onReady: init.current.onReady,
        onMounted: (canvas) => {
          main.current = canvas;
          setMounted(canvas?.cy ?? null);
          if (!canvas) return;
          // The twin goes: a keyboard user reading it goes on in the diagram, not from the page's top.
          if (twin.current?.contains(document.activeElement)) element.focus();
          setDrawn(true);
        },
      });
    }, 0);
    return () => {
      clearTimeout(timer);
      teardown?.();
    };
  }, [engine, model, ready]);

  // Side by side: a second canvas draws hypothesis B alone beside this one (`secondCanvas.ts`).
  useEffect(() => {
    const element = second.current;
    const owner = main.current;
    if (!engine || !sideBySide || !model || !ready || !element || !owner || owner.cy !== mounted) return;
    return engine.mountSecondCanvas(element, model, ready, owner, appStore, setRows, init.current.cyOptions);
    // `mounted`: a large drawing's main canvas is mounted some tasks after its effect ran.
  }, [engine, model, ready, sideBySide, mounted]);

  const title = (id: string | undefined) => (id && model?.layerById.get(id)?.title) ?? id ?? '';
  const [a, b] = sideBySide && compare ? compare : [undefined, undefined];

  const canvas = (
    <div
      ref={container}
      id="diagram"
      className={a ? `graph-canvas is-side-a${rows ? ' in-rows' : ''}` : 'graph-canvas'}
      data-testid="graph-canvas"
      data-region="diagram"
      role="application"
      aria-roledescription="network diagram"
      tabIndex={0}
      aria-label={`${model?.pathway.title ?? 'Network diagram'}${a ? `, hypothesis A alone: ${title(a)}` : ''}. Arrow keys move between connected items, Enter opens the details, Escape closes them. The text view lists everything too.`}
    />
  );
  // Always a fragment with the main canvas first: switching side by side must not remount it.
  return (
    <>
      {canvas}
      {!drawn && fallback && <div ref={twin}>{fallback}</div>}
      {a && b && (
        <>
          <div
            ref={second}
            className={`graph-canvas graph-canvas-second${rows ? ' in-rows' : ''}`}
            data-testid="graph-canvas-second"
            role="img"
            aria-label={`Hypothesis B alone: ${title(b)}, at the same positions as A beside it; the two cameras move together.`}
          />
          <p className={`side-caption side-caption-a${rows ? ' in-rows' : ''}`} aria-hidden="true">
            <strong>A</strong> {title(a)}
          </p>
          <p className={`side-caption side-caption-b${rows ? ' in-rows' : ''}`} aria-hidden="true">
            <strong>B</strong> {title(b)}
          </p>
        </>
      )}
    </>
  );
}
