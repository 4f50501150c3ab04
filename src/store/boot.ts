/**
 * Start-up: validate the built-in model, load it, then apply the URL and keep it in sync.
 */
import { buildModel } from '../model/model';
import { parsePathway } from '../model/validate';
import { useAppStore } from './store';
import { applyUrl, syncUrl } from './urlBridge';

/** Load a pathway value; on failure the errors are stored and the current model stays. */
export function loadPathwayValue(value: unknown): boolean {
  const result = parsePathway(value);
  const { loadModel, setLoadErrors } = useAppStore.getState();
  if (!result.ok) {
    setLoadErrors(result.errors);
    return false;
  }
  loadModel(buildModel(result.pathway));
  return true;
}

export function boot(builtIn: unknown, win: Window = window): () => void {
  if (!loadPathwayValue(builtIn)) return () => {};
  applyUrl(useAppStore, win.location.search);
  return syncUrl(useAppStore, win);
}
