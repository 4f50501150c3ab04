/**
 * Start-up and the model's sources: `?pathway=`, a `#model=` link, the file kept from an earlier
 * visit, the built-in model; then the URL applies and stays in sync. Also opening a file and going
 * back to the built-in model.
 */
import * as z from 'zod/mini';
import { buildModel } from '../model/model';
import { decodeModel, modelInHash, withModelInHash } from '../model/shareLink';
import type { Tour } from '../model/tours';
import type { ImportResult } from '../model/formats/types';
import type { Point } from '../model/layout/aspect';
import type { Pathway, ValidationError } from '../model/types';
import { isSafePathwayUrl } from '../model/url';
import { flag } from '../model/urlValues';
import { parsePathway, parsePathwayText, type ParseResult } from '../model/validate';
import { indexedDbStorage, type ModelStorage } from './savedModel';
import { appStore } from './store';
import { BUILT_IN, type ModelSource } from './types';
import { applyUrl, syncUrl } from './urlBridge';
import { positionsOf } from '../worker/protocol';
import { beginWork, cancelWork, type WorkHandle } from './work';

/** Load a validated result; on failure the errors are shown and the current model stays. */
function loadResult(result: ParseResult, label: string, source: ModelSource = BUILT_IN): boolean {
  const { loadModel, setLoadErrors, addNotice } = appStore.getState();
  if (!result.ok) {
    setLoadErrors(result.errors);
    addNotice(`${label} could not be loaded: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}.`);
    return false;
  }
  loadModel(buildModel(result.pathway), source);
  return true;
}

/** Load a pathway value (already parsed JSON). */
function loadPathwayValue(value: unknown, label = 'The pathway file'): boolean {
  return loadResult(parsePathway(value), label);
}

/** Load pathway JSON text, e.g. a file the user opened. */
export function loadPathwayText(text: string, label = 'The pathway file', source?: ModelSource): boolean {
  return loadResult(parsePathwayText(text), label, source);
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
    return loadPathwayText(await response.text(), `The pathway file ${url.pathname}`, {
      kind: 'address',
      url: raw,
    });
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

/** What boot keeps for later: the built-in model (for "Built-in model"), the window and the storage. */
interface Session {
  readonly builtIn: BuiltIn;
  readonly win: Window;
  readonly storage: ModelStorage;
  /** Embedded in a course page: the opened file is neither kept nor reopened. */
  readonly embedded: boolean;
}

let session: Session | null = null;

/** Drop `#model=` from the address (the model it held was replaced, or refused). */
function forgetLinkInAddress(win: Window): void {
  const hash = withModelInHash(win.location.hash, null);
  if (hash === win.location.hash) return;
  try {
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${hash}`);
  } catch {
    // A sandboxed frame may refuse; the fragment then stays, harmlessly.
  }
}

/**
 * Open the pathway a `#model=` link holds: decoded with every check of `shareLink.ts`, then validated
 * like any file. On refusal the reason is shown, the current model stays and the fragment goes.
 */
async function loadLink(value: string, win: Window): Promise<boolean> {
  const decoded = await decodeModel(value);
  const opened = decoded.ok
    ? loadPathwayText(decoded.text, 'The pathway in this link', { kind: 'link' })
    : (appStore.getState().addNotice(`The pathway in this link was not opened: ${decoded.reason}.`), false);
  if (!opened) forgetLinkInAddress(win);
  return opened;
}

/** Reopen the file kept from an earlier visit; a kept file that no longer loads is forgotten. */
async function loadSaved(storage: ModelStorage): Promise<boolean> {
  const saved = await storage.read();
  if (!saved) return false;
  const source: ModelSource = {
    kind: 'file',
    name: saved.name,
    reopened: true,
    ...(saved.edited ? { edited: true } : {}),
  };
  if (!loadPathwayText(saved.text, `${saved.name} (kept from your last visit)`, source)) {
    await storage.clear();
    return false;
  }
  appStore
    .getState()
    .addNotice(`Reopened ${saved.name} from your last visit. “Built-in model” in the toolbar goes back.`, 'info');
  return true;
}

function isEmbedded(search: string): boolean {
  const parsed = z.safeParse(flag, new URLSearchParams(search).get('embed'));
  return parsed.success && parsed.data;
}

/**
 * Start-up. The model is, in order: the file `?pathway=` names; the pathway a `#model=` link holds;
 * the file opened on an earlier visit (not in an embed); the built-in model. The first of these that
 * is there is the one tried: if it fails, it says why and the built-in model is shown. Then the URL's state applies and the address follows the store.
 */
export async function boot(
  builtIn: BuiltIn,
  win: Window = window,
  fetchImpl: typeof fetch = fetch,
  storage: ModelStorage = indexedDbStorage(),
): Promise<() => void> {
  const unwatch = watchColorScheme(win);
  let search = '';
  try {
    search = win.location.search;
  } catch {
    search = '';
  }
  const embedded = isEmbedded(search);
  session = { builtIn, win, storage, embedded };
  warnedNotKept.clear();
  const requested = new URLSearchParams(search).get('pathway');
  // One source is asked for; when it fails, the built-in model is shown (not an earlier file).
  const link = modelInHash(win.location.hash);
  let opened: boolean;
  if (requested !== null) opened = await loadPathwayUrl(requested, win, fetchImpl);
  else if (link !== null) opened = await loadLink(link, win);
  else opened = !embedded && (await loadSaved(storage));
  const fromFile = requested !== null && opened;
  if (!opened) {
    const fileErrors = appStore.getState().loadErrors;
    if (!loadPathwayValue(await resolveBuiltIn(builtIn), 'The built-in model')) return unwatch;
    // Keep showing why the requested file or link was not opened.
    if (fileErrors.length) appStore.getState().setLoadErrors(fileErrors);
  }
  applyUrl(appStore, search);
  if (!fromFile) appStore.getState().setConfig({ pathwayUrl: null });
  const unsync = syncUrl(appStore, win);
  // A pasted link that differs only in its fragment does not reload the page.
  const onHash = () => {
    const value = modelInHash(win.location.hash);
    if (value === null || !mayReplaceEdited(win)) return;
    void loadLink(value, win).then((opened) => {
      // As for an opened file: the address no longer names another pathway.
      if (opened) appStore.getState().setConfig({ pathwayUrl: null, focus: [] });
    });
  };
  win.addEventListener?.('hashchange', onHash);
  win.addEventListener?.('pagehide', flushKeep);
  return () => {
    unwatch();
    unsync();
    win.removeEventListener?.('hashchange', onHash);
    win.removeEventListener?.('pagehide', flushKeep);
  };
}

/**
 * The start-up of a page with no address parameters and no kept file: the built-in model `value` in
 * its default view. The build's prerender (`src/prerender.tsx`) starts this way, so the page it
 * writes is the one the browser starts with. False (with the problems shown) when it does not load.
 */
export function showBuiltInValue(value: unknown): boolean {
  if (!loadPathwayValue(value, 'The built-in model')) return false;
  applyUrl(appStore, '');
  appStore.getState().setConfig({ pathwayUrl: null });
  return true;
}

/**
 * Back to the built-in model from an opened file, a link or `?pathway=`: the kept file is
 * forgotten and the address loses what named the other model.
 */
export async function showBuiltIn(): Promise<boolean> {
  if (!session) return false;
  const { builtIn, win, storage } = session;
  // Only the file this tab shows is forgotten: leaving a link or `?pathway=` keeps a kept file.
  const leavingFile = appStore.getState().modelSource.kind === 'file';
  cancelKeep();
  // A large file still being opened is left for this.
  cancelWork();
  const value = await resolveBuiltIn(builtIn);
  if (!loadPathwayValue(value, 'The built-in model')) return false;
  // The address first, in the same task as the model: a link pasted while the storage is busy stays.
  forgetLinkInAddress(win);
  appStore.getState().setConfig({ pathwayUrl: null, focus: [] });
  appStore.getState().addNotice('Showing the built-in model.', 'info');
  if (leavingFile) await storage.clear();
  return true;
}

/**
 * Tours written in the app live only in the kept model until its file is saved: replacing it with
 * another file or a link asks first. Where the browser cannot ask (a sandboxed frame), it goes ahead.
 */
function mayReplaceEdited(win: Window | undefined): boolean {
  const source = appStore.getState().modelSource;
  if (source.kind !== 'file' || !source.edited || typeof win?.confirm !== 'function') return true;
  try {
    return win.confirm(
      `Replace ${source.name}? The tours you wrote in it are kept only in this browser and would be forgotten. ` +
        'To keep them, cancel and use Save the pathway file (Tours → Edit) first.',
    );
  } catch {
    return true;
  }
}

/** The largest file the app opens (a pathway of many thousand nodes is a few MB). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Files longer than this, or with more lines than {@link WORKER_FILE_LINES} (a compact format such
 * as SIF holds thousands of interactions in less), are read, checked and laid out in the file
 * worker, with a progress bar and Cancel; smaller ones open at once on the main thread, where they
 * take a few milliseconds and a worker would only add its start-up.
 */
export const WORKER_FILE_CHARS = 256 * 1024;
const WORKER_FILE_LINES = 2000;

function isLargeFile(text: string): boolean {
  if (text.length > WORKER_FILE_CHARS) return true;
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && lines <= WORKER_FILE_LINES; at = text.indexOf('\n', at + 1)) lines++;
  return lines > WORKER_FILE_LINES;
}

/** Counts every file opened: a file that finishes after a later one was opened replaces nothing. */
let opening = 0;

/** A file's import, with the positions the worker computed when it needed a layout. */
type Read = { result: ImportResult; layout?: ReadonlyMap<string, Point> | undefined } | null;

/** Read a large file in the worker, showing its progress; `null` when cancelled. */
async function readInWorker(text: string, fileName: string, work: WorkHandle): Promise<Read> {
  const { openInWorker } = await import('../worker/client');
  if (work.cancelled) return null;
  const job = openInWorker(text, fileName, (stage, fraction) => work.report(stage, fraction));
  work.cancelWith(job.cancel);
  const reply = await job.done;
  if (!reply) return null;
  if (reply.type === 'failed')
    return { result: { ok: false, errors: [{ path: '(file)', message: `could not be read: ${reply.message}` }] } };
  return { result: reply.result, layout: reply.placed && positionsOf(reply.placed) };
}

/**
 * Open a file the user chose or dropped: any supported format (detected from the content and the
 * name), validated before it replaces anything. On failure the current model stays and the
 * problems are listed. A large file is read in the file worker with a progress bar; Cancel keeps
 * the current model. Once opened, it is kept in this browser for the next visit (not in an
 * embed) and replaces any `#model=` link in the address. Returns whether the file was opened.
 */
export async function loadFile(text: string, fileName: string): Promise<boolean> {
  const { setLoadErrors, addNotice, loadModel, setConfig } = appStore.getState();
  if (text.length > MAX_FILE_BYTES) {
    setLoadErrors([{ path: '(file)', message: `${fileName} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }]);
    return false;
  }
  if (!mayReplaceEdited(session?.win)) return false;
  const mine = ++opening;
  const shown = appStore.getState().model;
  let read: Read;
  let work: WorkHandle | null = null;
  try {
    if (isLargeFile(text)) {
      work = beginWork(`Opening ${fileName}`);
      work.report('reading');
      read = await readInWorker(text, fileName, work);
    } else {
      // A large file still being read is overtaken by this one: its bar goes.
      cancelWork();
      const { importFile } = await import('../model/formats/load');
      read = { result: await importFile(text, fileName) };
    }
  } catch (err) {
    // A part of the app that could not load (offline after a new version): nothing changes.
    work?.end();
    setLoadErrors([{ path: '(file)', message: `${fileName} could not be read: ${String(err)}` }]);
    return false;
  }
  if (!read || work?.cancelled) {
    addNotice(`Stopped opening ${fileName}; the diagram shown is unchanged.`, 'info');
    return false;
  }
  // Another file, a link or the built-in model came first meanwhile: that is what the user chose.
  if (mine !== opening || appStore.getState().model !== shown) {
    work?.end();
    return false;
  }
  const { result } = read;
  if (!result.ok) {
    work?.end();
    setLoadErrors(result.errors);
    addNotice(`${fileName} was not opened: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}.`);
    return false;
  }
  cancelKeep();
  // The canvas ends the work once it has drawn the new model.
  work?.report('drawing');
  loadModel(buildModel(result.pathway, read.layout), { kind: 'file', name: fileName, reopened: false });
  setConfig({ pathwayUrl: null, focus: [] });
  // The import's notes fold under one notice: on a phone, four long notes would hide the diagram.
  addNotice(`Opened ${fileName}.`, 'info', result.warnings);
  if (session) {
    forgetLinkInAddress(session.win);
    if (!session.embedded) await keep(session.storage, fileName, result.pathway);
  }
  return true;
}

const warnedNotKept = new Set<string>();

/** Keep an opened pathway for the next visit; say so when this browser keeps nothing. */
async function keep(
  storage: ModelStorage,
  name: string,
  pathway: Pathway,
  edited = false,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  const { exportPathwayJson } = await import('../model/formats/pathway');
  // Another model may have replaced this one while the exporter loaded: then it is not kept.
  if (!stillWanted()) return true;
  const text = exportPathwayJson(pathway);
  const kept = await storage.write({ name, text, savedAt: Date.now(), ...(edited ? { edited: true } : {}) });
  // Said once per file: edits are kept again and again.
  if (!kept && !warnedNotKept.has(name)) {
    warnedNotKept.add(name);
    appStore.getState().addNotice(`This browser does not keep files: ${name} will not come back on a reload.`);
  }
  return kept;
}

/** Edits are kept a moment after the last one (typing a caption would otherwise write on every key). */
const KEEP_EDITS_AFTER_MS = 300;
let keepTimer: ReturnType<typeof setTimeout> | null = null;
let keepListeners: ((kept: boolean) => void)[] = [];

/**
 * Replace the model's tours with ones written in the app. They apply at once when they check (else
 * the problems are returned and nothing changes). The pathway is then kept in this browser like an
 * opened file (not in an embed; `onKept` hears whether it was), and the address stops naming
 * another pathway.
 */
export function saveTours(tours: readonly Tour[], onKept?: (kept: boolean) => void): readonly ValidationError[] {
  const errors = appStore.getState().setTours(tours);
  if (errors.length) return errors;
  appStore.getState().setConfig({ pathwayUrl: null });
  if (!session) return [];
  forgetLinkInAddress(session.win);
  if (session.embedded) return [];
  const { storage } = session;
  if (onKept) keepListeners.push(onKept);
  cancelKeep();
  keepTimer = setTimeout(() => keepEditsNow(storage), KEEP_EDITS_AFTER_MS);
  return [];
}

/** Closing the tab within the pause still keeps the last edit (as far as the browser lets it). */
function flushKeep(): void {
  if (keepTimer && session) keepEditsNow(session.storage);
}

/** Keep the edited model now: only if it is still the one shown when the write happens. */
function keepEditsNow(storage: ModelStorage): void {
  cancelKeep();
  const listeners = keepListeners;
  keepListeners = [];
  const { model, modelSource } = appStore.getState();
  if (!model || modelSource.kind !== 'file') return;
  const stillShown = () => appStore.getState().model === model;
  void keep(storage, modelSource.name, model.pathway, modelSource.edited === true, stillShown).then((kept) => {
    for (const listener of listeners) listener(kept);
  });
}

/** Drop a pending keep of edits: another model replaces the edited one. */
function cancelKeep(): void {
  if (keepTimer) clearTimeout(keepTimer);
  keepTimer = null;
}
