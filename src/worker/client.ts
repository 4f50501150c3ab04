/**
 * The page's side of the file worker: one worker per job (opening a large file is rare, and a job
 * cancelled is simply terminated, whatever it was doing). Where no worker can be made — a page
 * without `Worker` (unit tests), or a sandboxed frame with an opaque origin — the same tasks run on
 * the main thread instead: slower to the eye, never wrong.
 */
import type { Pathway } from '../model/types';
import type { PlacedNodes, Stage, WorkerReply, WorkerRequest } from './protocol';

export type Progress = (stage: Stage, fraction?: number) => void;

export interface Job<T> {
  /** The result, or `null` once cancelled. */
  readonly done: Promise<T | null>;
  /** Stop the job: its worker is terminated, and `done` gives `null`. */
  readonly cancel: () => void;
}

type Final = Exclude<WorkerReply, { type: 'progress' }>;

let nextId = 1;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module', name: 'pathway-layers-files' });
  } catch {
    return null;
  }
}

function run(request: WorkerRequest, onProgress: Progress): Job<Final> {
  let cancelled = false;
  let worker: Worker | null = null;
  let heard = false;
  let settle: (value: Final | null) => void = () => undefined;
  const done = new Promise<Final | null>((resolve) => (settle = resolve));
  const receive = (reply: WorkerReply) => {
    if (cancelled || reply.id !== request.id) return;
    heard = true;
    if (reply.type === 'progress') onProgress(reply.stage, reply.fraction);
    else {
      worker?.terminate();
      settle(reply);
    }
  };
  /** On the main thread, when there is no worker (or it could not load). */
  const inThread = () => {
    worker?.terminate();
    worker = null;
    void import('./tasks').then(({ handleRequest }) => (cancelled ? undefined : handleRequest(request, receive)));
  };
  worker = startWorker();
  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => receive(event.data);
    // A worker that fails to load (a blocked module, an opaque origin) reports an error before any
    // message: the job runs here instead. One that fails later (out of memory) fails the job.
    worker.onerror = (event) => {
      event.preventDefault();
      if (!heard) inThread();
      else receive({ id: request.id, type: 'failed', message: event.message || 'the file worker stopped' });
    };
    worker.postMessage(request);
  } else inThread();
  return {
    done,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      worker?.terminate();
      settle(null);
    },
  };
}

/** How a file opened in the worker came out. */
export type Opened = Extract<Final, { type: 'opened' }> | Extract<Final, { type: 'failed' }>;

/** Read, check and (when it needs it) lay out a file off the main thread. */
export function openInWorker(text: string, fileName: string, onProgress: Progress): Job<Opened> {
  return run({ id: nextId++, type: 'open', text, fileName }, onProgress) as Job<Opened>;
}

/** Lay out a large pathway off the main thread; `null` when it failed or was cancelled. */
export function layoutInWorker(pathway: Pathway, onProgress: Progress): Job<PlacedNodes> {
  const job = run({ id: nextId++, type: 'layout', pathway }, onProgress);
  return { done: job.done.then((reply) => (reply?.type === 'laidOut' ? reply.placed : null)), cancel: job.cancel };
}
