/**
 * Loads the canvas engine (`engine.ts`, with Cytoscape) once. `main.tsx` starts the load as the
 * page starts (its chunk is also preloaded from index.html); `<GraphCanvas/>` waits for it.
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
