/**
 * Start-up: load the model (the file named by `?pathway=`, else the built-in one), then apply the
 * URL and keep it in sync.
 */
import { buildModel } from '../model/model';
import { isSafePathwayUrl } from '../model/url';
import { parsePathway, parsePathwayText, type ParseResult } from '../model/validate';
import { appStore } from './store';
import { applyUrl, syncUrl } from './urlBridge';

/** Load a validated result; on failure the errors are shown and the current model stays. */
function loadResult(result: ParseResult, source: string): boolean {
  const { loadModel, setLoadErrors, addNotice } = appStore.getState();
  if (!result.ok) {
    setLoadErrors(result.errors);
    addNotice(
      `${source} could not be loaded: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}.`,
    );
    return false;
  }
  loadModel(buildModel(result.pathway));
  return true;
}

/** Load a pathway value (already parsed JSON). */
function loadPathwayValue(value: unknown, source = 'The pathway file'): boolean {
  return loadResult(parsePathway(value), source);
}

/** Load pathway JSON text, e.g. a file the user opened. */
export function loadPathwayText(text: string, source = 'The pathway file'): boolean {
  return loadResult(parsePathwayText(text), source);
}

/**
 * Fetch `?pathway=` from the page's own origin. Returns false (with a notice) when it is refused,
 * unreachable or invalid, so the caller falls back to the built-in model.
 */
async function loadPathwayUrl(raw: string, win: Window, fetchImpl: typeof fetch): Promise<boolean> {
  const { addNotice } = appStore.getState();
  let url: URL | null = null;
  try {
    url = isSafePathwayUrl(raw) ? new URL(raw, win.location.href) : null;
  } catch {
    url = null;
  }
  if (!url || url.origin !== win.location.origin) {
    addNotice(`pathway=${raw.slice(0, 60)} was refused: only files on this site can be opened by address.`);
    return false;
  }
  try {
    const response = await fetchImpl(url.href, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return loadPathwayText(await response.text(), `The pathway file ${url.pathname}`);
  } catch (err) {
    addNotice(
      `The pathway file ${url.pathname} could not be fetched (${err instanceof Error ? err.message : 'error'}).`,
    );
    return false;
  }
}

/** Follow the system's light/dark preference while no theme is chosen. */
function watchColorScheme(win: Window): () => void {
  if (typeof win.matchMedia !== 'function') return () => {};
  const query = win.matchMedia('(prefers-color-scheme: dark)');
  const update = () => appStore.getState().setSystemDark(query.matches);
  update();
  query.addEventListener?.('change', update);
  return () => query.removeEventListener?.('change', update);
}

/** The built-in model: its JSON value, or a function that fetches it. */
export type BuiltIn = unknown;

async function resolveBuiltIn(builtIn: BuiltIn): Promise<unknown> {
  if (typeof builtIn !== 'function') return builtIn;
  try {
    return await (builtIn as () => Promise<unknown>)();
  } catch (err) {
    appStore
      .getState()
      .addNotice(`The built-in model could not be loaded (${err instanceof Error ? err.message : 'error'}).`);
    return undefined;
  }
}

export async function boot(
  builtIn: BuiltIn,
  win: Window = window,
  fetchImpl: typeof fetch = fetch,
): Promise<() => void> {
  const unwatch = watchColorScheme(win);
  let requested: string | null = null;
  try {
    requested = new URLSearchParams(win.location.search).get('pathway');
  } catch {
    requested = null;
  }
  const fromFile = requested !== null && (await loadPathwayUrl(requested, win, fetchImpl));
  if (!fromFile) {
    const fileErrors = appStore.getState().loadErrors;
    if (!loadPathwayValue(await resolveBuiltIn(builtIn), 'The built-in model')) return unwatch;
    // Keep showing why the requested file was not opened.
    if (fileErrors.length) appStore.getState().setLoadErrors(fileErrors);
  }
  applyUrl(appStore, win.location.search);
  if (!fromFile) appStore.getState().setConfig({ pathwayUrl: null });
  const unsync = syncUrl(appStore, win);
  return () => {
    unwatch();
    unsync();
  };
}

/** The largest file the app opens (a pathway of many thousand nodes is a few MB). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Open a file the user chose or dropped: any supported format (detected from the content and the
 * name), validated before it replaces anything. On failure the current model stays and the
 * problems are listed. Returns whether the file was opened.
 */
export async function loadFile(text: string, fileName: string): Promise<boolean> {
  const { setLoadErrors, addNotice, loadModel, setConfig } = appStore.getState();
  if (text.length > MAX_FILE_BYTES) {
    setLoadErrors([{ path: '(file)', message: `${fileName} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }]);
    return false;
  }
  const { importFile } = await import('../model/formats/load');
  const result = await importFile(text, fileName);
  if (!result.ok) {
    setLoadErrors(result.errors);
    addNotice(`${fileName} was not opened: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}.`);
    return false;
  }
  loadModel(buildModel(result.pathway));
  setConfig({ pathwayUrl: null, focus: [] });
  addNotice(`Opened ${fileName}.`, 'info');
  const shown = result.warnings.slice(0, 3);
  for (const w of shown) addNotice(w, 'warning');
  if (result.warnings.length > shown.length)
    addNotice(`…and ${result.warnings.length - shown.length} more notes about ${fileName}.`, 'warning');
  return true;
}
