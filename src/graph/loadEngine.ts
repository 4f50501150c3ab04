/**
 * Loads the canvas engine (`engine.ts`, with Cytoscape) once. The page's script (`start.ts`) starts
 * the load beside the app's once the page has painted; `<GraphCanvas/>` waits for it.
 */
import type * as EngineModule from './engine';

type Engine = typeof EngineModule;

let loading: Promise<Engine> | null = null;
let loaded: Engine | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine').then(
    (engine) => (loaded = engine),
    (err: unknown) => {
      // A chunk that failed to load (the network, a new deployment) is asked for again next time.
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** The engine, when it has loaded. */
export function loadedEngine(): Engine | null {
  return loaded;
}
