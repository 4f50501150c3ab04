/**
 * The built-in model is a file of its own (not in the JS bundle), fetched from this site once: the
 * page's loader (`start.ts`) starts the fetch, and start-up (`main.tsx`) takes its result.
 */
import builtInUrl from '../data/antidepressants.json?url';

let pending: Promise<unknown> | null = null;

export function fetchBuiltIn(): Promise<unknown> {
  pending ??= fetch(builtInUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .catch((err: unknown) => {
      // Asked again (the "Built-in model" button), it is fetched again.
      pending = null;
      throw err;
    });
  return pending;
}
